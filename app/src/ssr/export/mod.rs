//! The JSON portability package (GDPR Art. 20 and the Art. 15(3) copy): every record the
//! register holds about one customer, streamed from the database as it is read.
//!
//! The package is `{"data": {<category>: {<record type>: [...]}}, "manifest": {...}}`.
//! The record types and their fields are declared once, in [`RECORD_TYPES`]; the
//! writer and the JSON Schema ([`schema`]) are both made from that declaration, and a
//! test keeps the published schema file equal to it. Everything is read in one
//! transaction; the records stream first and are counted as they go, so the manifest
//! that closes the package counts exactly the records before it, and the first bytes
//! leave at once however many records there are.

use super::db::Db;
use crate::domain::ids::CustomerId;
use crate::register::{ExportScope, Register};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{json, Map, Value};

/// The schema's version; part of its URL.
pub const SCHEMA_VERSION: u32 = 1;
pub use crate::paths::SCHEMA_PATH;
/// The committed schema file (see `public/schema/`).
pub const SCHEMA_FILE: &str = include_str!("../../../../public/schema/tietoni-export-v1.json");

/// How a column becomes a JSON value.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    Text,
    OptText,
    /// A 32-bit integer column (INTEGER in PostgreSQL).
    Int,
    /// A 64-bit integer column (BIGINT).
    BigInt,
    Bool,
    Date,
    OptDate,
    Time,
    OptTime,
    /// Cents (BIGINT) in this column and the currency in the next: a decimal string.
    Money,
}

/// One field of a record type: its JSON name, column alias and kind.
pub type Field = (&'static str, Kind);

/// A record type of the package: its category, name, what it is, its query (bound to
/// the customer id as `$1`) and its fields in the query's column order.
pub struct RecordType {
    pub category: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub sql: &'static str,
    pub fields: &'static [Field],
}

use Kind::*;

mod manifest;
mod records;
mod schema;
pub use manifest::{manifest, RetentionFacts};
pub use records::RECORD_TYPES;
pub use schema::schema;

/// The categories of the package in order: the register's, then `requests` and
/// `disclosures`.
pub fn categories(reg: &Register) -> Vec<String> {
    let mut ids: Vec<String> = reg.categories.iter().map(|c| c.id.clone()).collect();
    ids.push("requests".into());
    ids.push("disclosures".into());
    ids
}

/// How many columns a field takes (money takes two: cents and currency).
fn width(kind: Kind) -> usize {
    if matches!(kind, Money) {
        2
    } else {
        1
    }
}

/// Cents as a decimal string: 12345 → "123.45", -5 → "-0.05".
pub fn decimal(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", (cents / 100).abs(), (cents % 100).abs())
}

/// One database row as the record's JSON object.
pub fn row_to_json<'r, R>(row: &'r R, fields: &[Field]) -> Result<Map<String, Value>, sqlx::Error>
where
    R: sqlx::Row,
    usize: sqlx::ColumnIndex<R>,
    String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    i32: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    bool: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    NaiveDate: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    DateTime<Utc>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    let mut out = Map::new();
    let mut col = 0usize;
    for (name, kind) in fields {
        let value = match kind {
            Text => Value::String(row.try_get::<String, _>(col)?),
            OptText => row.try_get::<Option<String>, _>(col)?.map_or(Value::Null, Value::String),
            Int => json!(row.try_get::<i32, _>(col)?),
            BigInt => json!(row.try_get::<i64, _>(col)?),
            Bool => json!(row.try_get::<bool, _>(col)?),
            Date => json!(row.try_get::<NaiveDate, _>(col)?),
            OptDate => json!(row.try_get::<Option<NaiveDate>, _>(col)?),
            Time => json!(row.try_get::<DateTime<Utc>, _>(col)?.to_rfc3339()),
            OptTime => json!(row.try_get::<Option<DateTime<Utc>>, _>(col)?.map(|t| t.to_rfc3339())),
            Money => json!({
                "amount": decimal(row.try_get::<i64, _>(col)?),
                "currency": row.try_get::<String, _>(col + 1)?,
            }),
        };
        col += width(*kind);
        out.insert((*name).to_owned(), value);
    }
    Ok(out)
}

/// The customer number of `customer_id`.
pub async fn customer_number(db: &Db, customer_id: CustomerId) -> Result<Option<String>, sqlx::Error> {
    crate::with_db!(db, pool => sqlx::query_scalar("SELECT customer_number FROM customers WHERE id = $1")
        .bind(customer_id).fetch_optional(pool).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_a_decimal_string() {
        assert_eq!(decimal(12345), "123.45");
        assert_eq!(decimal(5), "0.05");
        assert_eq!(decimal(-5), "-0.05");
        assert_eq!(decimal(-12345), "-123.45");
    }

    #[test]
    fn every_record_type_belongs_to_a_category_and_every_category_has_records() {
        let reg = Register::parse(include_str!("../../../../register/elmonet.toml")).unwrap();
        let ids = categories(&reg);
        for t in RECORD_TYPES {
            assert!(ids.iter().any(|c| c == t.category), "{} has no category", t.name);
        }
        for id in &ids {
            assert!(RECORD_TYPES.iter().any(|t| t.category == id), "{id} has no record type");
        }
    }

    #[test]
    fn the_published_schema_is_the_one_the_code_writes() {
        let reg = Register::parse(include_str!("../../../../register/elmonet.toml")).unwrap();
        let published: Value = serde_json::from_str(SCHEMA_FILE).unwrap();
        assert_eq!(
            published,
            schema(&reg),
            "public/schema/tietoni-export-v1.json is stale: run `tietoni export-schema > public/schema/tietoni-export-v1.json`"
        );
    }
}

/// Why an export stopped.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("the client went away")]
    Gone,
}

/// Bytes gathered before a chunk goes to the client.
const CHUNK: usize = 64 * 1024;

/// A sink for the package's bytes, sending a chunk whenever [`CHUNK`] bytes are ready.
struct Sink {
    buf: Vec<u8>,
    tx: tokio::sync::mpsc::Sender<Vec<u8>>,
    sent: u64,
}

impl Sink {
    async fn maybe_flush(&mut self) -> Result<(), ExportError> {
        if self.buf.len() >= CHUNK {
            self.flush().await?;
        }
        Ok(())
    }

    async fn flush(&mut self) -> Result<(), ExportError> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK + 4096));
        self.sent += chunk.len() as u64;
        self.tx.send(chunk).await.map_err(|_| ExportError::Gone)
    }
}

/// Streams the package of `customer_id` into `tx`, chunk by chunk, reading everything
/// in one read-only transaction. Returns the number of bytes sent. On an error nothing
/// more is sent: the caller must then make the response fail, so that no truncated file
/// looks complete.
pub async fn stream(
    db: &Db,
    reg: &Register,
    customer_id: CustomerId,
    public_url: &str,
    tx: tokio::sync::mpsc::Sender<Vec<u8>>,
) -> Result<u64, ExportError> {
    use futures_util::TryStreamExt;
    let mut sink = Sink { buf: Vec::with_capacity(CHUNK + 4096), tx, sent: 0 };
    let postgres = db.backend() == super::db::Backend::Postgres;
    let mut retention = RetentionFacts {
        holds: super::retention::holds::for_customer(db, customer_id, Utc::now().date_naive(), u32::MAX).await?,
        restriction: super::my_data::restriction(db, customer_id).await?,
        ..Default::default()
    };
    crate::with_db!(db, pool => {
        let mut conn = pool.begin().await?;
        if postgres {
            // One snapshot for the counts and the records.
            sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *conn).await?;
        }
        let number: String = sqlx::query_scalar("SELECT customer_number FROM customers WHERE id = $1")
            .bind(customer_id).fetch_one(&mut *conn).await?;
        // The records first, counted as they go: the first bytes leave at once, however
        // many records there are, and no record is read twice.
        let mut counts: Vec<(String, i64)> = Vec::new();
        sink.buf.extend_from_slice(b"{\"data\":{");
        for (ci, category) in categories(reg).iter().enumerate() {
            if ci > 0 {
                sink.buf.push(b',');
            }
            serde_json::to_writer(&mut sink.buf, category).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
            sink.buf.extend_from_slice(b":{");
            let mut n = 0i64;
            for (ti, t) in RECORD_TYPES.iter().filter(|t| t.category == category).enumerate() {
                if ti > 0 {
                    sink.buf.push(b',');
                }
                serde_json::to_writer(&mut sink.buf, t.name).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
                sink.buf.extend_from_slice(b":[");
                let mut rows = sqlx::query(t.sql).bind(customer_id).fetch(&mut *conn);
                let mut first = true;
                while let Some(row) = rows.try_next().await? {
                    if !first {
                        sink.buf.push(b',');
                    }
                    first = false;
                    n += 1;
                    let record = row_to_json(&row, t.fields)?;
                    serde_json::to_writer(&mut sink.buf, &record).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
                    sink.maybe_flush().await?;
                }
                sink.buf.push(b']');
            }
            sink.buf.push(b'}');
            counts.push((category.clone(), n));
        }
        // The day each dated category's oldest record goes, by the same rule as the run.
        for target in super::retention::TARGETS.iter().filter(|t| t.customer == Some("t.customer_id")) {
            let sql = format!("SELECT MIN({}) FROM {} WHERE customer_id = $1", target.time_column, target.table);
            let oldest: Option<DateTime<Utc>> = if target.date_column {
                sqlx::query_scalar::<_, Option<NaiveDate>>(&sql).bind(customer_id).fetch_one(&mut *conn).await?
                    .and_then(|d| d.and_hms_opt(0, 0, 0)).map(|d| d.and_utc())
            } else {
                sqlx::query_scalar(&sql).bind(customer_id).fetch_one(&mut *conn).await?
            };
            if let Some(day) = oldest.and_then(|at| super::retention::due_on(reg, target.category, at)) {
                retention.next.push((target.category.to_owned(), day));
            }
        }
        sink.buf.extend_from_slice(b"},\"manifest\":");
        serde_json::to_writer(&mut sink.buf, &manifest(reg, &number, &counts, public_url, &retention)).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        sink.buf.extend_from_slice(b"}\n");
        sink.flush().await?;
        conn.rollback().await?;
    });
    Ok(sink.sent)
}
