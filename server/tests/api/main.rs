//! Integration tests: the real server on a random port with a fresh database, spoken to
//! over HTTP. Database tests run on SQLite and on PostgreSQL (the test command starts a
//! PostgreSQL server and sets `TIETONI_TEST_POSTGRES_URL`). Logs only with `TEST_LOG=1`.

mod access_matrix;
mod audit_retention;
mod breaches;
mod chaos;
mod consents;
mod copies;
mod database;
mod disclosures;
mod erasure;
mod export;
mod faults;
mod feedback;
mod helpers;
mod identity;
mod instances;
mod landing;
mod login_email;
mod logs;
mod my_data;
mod objections;
mod outbox;
mod portal_data;
mod properties;
mod public_requests;
mod record;
mod recovery;
mod rectification;
mod requests;
mod retention;
mod retention_pages;
mod retention_partitions;
mod second_factor;
mod security;
mod server_basics;
mod shutdown;
mod sign_in;
mod sqlite_writers;
mod staff;
mod staff_accounts;
