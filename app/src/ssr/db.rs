//! One database handle over two backends. SQLite (a file) is the embedded default,
//! PostgreSQL the production backend. Both run the same SQL text (`$1` placeholders,
//! `RETURNING`, `ON CONFLICT` work on both native pools); only the DDL differs, so each
//! backend has its own migrations folder (`server/migrations/<backend>`).
//!
//! `sqlx::Any` cannot decode booleans or timestamps on these backends, so instead
//! [`with_db!`] expands a block of code once per native pool: the query is written once
//! and type-checked against both drivers.

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, SqlitePool};
use std::str::FromStr;
use std::time::Duration;

/// A pool on one of the two supported backends.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Which backend a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

/// Runs `$body` with `$pool` bound to the native pool of whichever backend `$db` is.
/// The body is compiled once per backend.
#[macro_export]
macro_rules! with_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::ssr::db::Db::Sqlite($pool) => $body,
            $crate::ssr::db::Db::Postgres($pool) => $body,
        }
    };
}

/// Beginning a transaction that will write. On SQLite it is `BEGIN IMMEDIATE`: the
/// write lock is taken at once (waiting up to the busy timeout), so a transaction that
/// reads and then writes can never fail with `SQLITE_BUSY` half-way, as a deferred one
/// does when another writer committed in between. On PostgreSQL it is a plain `BEGIN`;
/// rows a decision depends on are locked with `SELECT … FOR UPDATE`.
#[allow(async_fn_in_trait)]
pub trait BeginWrite {
    type Database: sqlx::Database;
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, Self::Database>, sqlx::Error>;
}

impl BeginWrite for sqlx::SqlitePool {
    type Database = sqlx::Sqlite;
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
        self.begin_with("BEGIN IMMEDIATE").await
    }
}

impl BeginWrite for sqlx::PgPool {
    type Database = sqlx::Postgres;
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, sqlx::Error> {
        self.begin().await
    }
}

impl Db {
    /// Connects to `url` (`sqlite:path/to/file.db` or `postgres://…`). A SQLite file is
    /// created if missing and runs in WAL mode with foreign keys enforced.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, sqlx::Error> {
        match Backend::of_url(url) {
            Some(Backend::Sqlite) => {
                let options = SqliteConnectOptions::from_str(url)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(5))
                    // Pages of the file are read through a memory map instead of copied in
                    // by a system call each. A connection's page cache is emptied whenever
                    // another connection has written, which under load is before almost
                    // every statement: refilling it from the map is cheap (the benchmark's
                    // requests, `server/benches/http.rs`). 256 MiB of address space per
                    // connection, not of memory; past it SQLite reads as before.
                    .pragma("mmap_size", "268435456");
                // A connection to a local file does not go stale, so it is not pinged
                // before each use (sqlx's default: one more hand-off to the connection's
                // thread for every statement run on the pool). PostgreSQL keeps the ping:
                // a restarted server leaves the pool's connections dead.
                let pool = SqlitePoolOptions::new()
                    .max_connections(max_connections)
                    .test_before_acquire(false)
                    .acquire_timeout(Duration::from_secs(5))
                    .connect_with(options)
                    .await?;
                Ok(Db::Sqlite(pool))
            }
            Some(Backend::Postgres) => {
                let options = PgConnectOptions::from_str(url)?;
                let pool = PgPoolOptions::new()
                    .max_connections(max_connections)
                    .acquire_timeout(Duration::from_secs(5))
                    .connect_with(options)
                    .await?;
                Ok(Db::Postgres(pool))
            }
            None => Err(sqlx::Error::Configuration("DATABASE_URL must start with sqlite: or postgres://".into())),
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// A cheap round trip, for the health endpoint.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        with_db!(self, pool => sqlx::query("SELECT 1").execute(pool).await.map(|_| ()))
    }

    /// SQLite: copies the write-ahead log back into the database and empties it
    /// (`wal_checkpoint(TRUNCATE)`), waiting up to the busy timeout for readers of old
    /// frames to finish. Under a steady load SQLite's own checkpoints never find a
    /// moment without readers, so the log only grows — to 594 MiB in the load
    /// benchmark (BENCHMARKS.md). `serve` calls this every few seconds. False when
    /// another connection kept the log busy past the timeout, and on PostgreSQL.
    pub async fn checkpoint(&self) -> Result<bool, sqlx::Error> {
        let Db::Sqlite(pool) = self else { return Ok(false) };
        let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(pool).await?;
        Ok(busy == 0)
    }

    pub async fn close(&self) {
        with_db!(self, pool => pool.close().await)
    }
}

/// A value bound into a query whose SQL is put together at run time (filters that are
/// present or not); bound in order with [`bind_params!`].
#[derive(Clone, Debug)]
pub enum Param {
    Date(chrono::NaiveDate),
    Time(chrono::DateTime<chrono::Utc>),
    Id(i64),
    Text(String),
}

/// Binds `params` (a slice of [`Param`]) in order onto a query.
#[macro_export]
macro_rules! bind_params {
    ($query:expr, $params:expr) => {{
        let mut query = $query;
        for param in $params {
            query = match param {
                $crate::ssr::db::Param::Date(d) => query.bind(*d),
                $crate::ssr::db::Param::Time(t) => query.bind(*t),
                $crate::ssr::db::Param::Id(i) => query.bind(*i),
                $crate::ssr::db::Param::Text(s) => query.bind(s.clone()),
            };
        }
        query
    }};
}

/// The domain's ids ([`crate::domain::ids`]) are stored as the integers they wrap, on
/// either backend: bound as parameters and read from rows like an `i64`.
macro_rules! integer_id {
    ($($id:ty),*) => {$(
        impl<DB: sqlx::Database> sqlx::Type<DB> for $id
        where
            i64: sqlx::Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <i64 as sqlx::Type<DB>>::type_info()
            }
            fn compatible(ty: &DB::TypeInfo) -> bool {
                <i64 as sqlx::Type<DB>>::compatible(ty)
            }
        }
        impl<'q, DB: sqlx::Database> sqlx::Encode<'q, DB> for $id
        where
            i64: sqlx::Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <DB as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <i64 as sqlx::Encode<'q, DB>>::encode_by_ref(&self.0, buf)
            }
        }
        impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for $id
        where
            i64: sqlx::Decode<'r, DB>,
        {
            fn decode(value: <DB as sqlx::Database>::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                Ok(Self(<i64 as sqlx::Decode<'r, DB>>::decode(value)?))
            }
        }
    )*};
}
integer_id!(crate::domain::CustomerId, crate::domain::AccountId, crate::domain::StaffId);
