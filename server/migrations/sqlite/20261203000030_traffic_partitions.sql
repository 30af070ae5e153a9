-- Traffic data by month is PostgreSQL's (see the PostgreSQL migration of this number):
-- SQLite has no partitions, and its retention run deletes traffic in batches. This
-- migration keeps the two folders' numbering the same.
SELECT 1;
