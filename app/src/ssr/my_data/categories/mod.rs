//! One function per category of the register: its rows (named, one struct per query)
//! turned into the tables "My data" shows. Every query is bound to the customer id it is
//! given and to nothing the request says about whose data it is. The categories live in
//! rooms by what they are about: the person ([`person`]), contracts and billing
//! ([`contracts`]), marketing and service blocks ([`marketing`]), and communications —
//! addresses, traffic and recordings ([`communications`]); the cell and column helpers
//! they share are here.

use super::keyset::{page, time_keyset, Keyset};
use super::Filter;
use crate::domain::ids::CustomerId;
use crate::domain::{IdentityCode, Lang};
use crate::ssr::db::{Db, Param};
use crate::wire::my_data::{CategoryData, Cell, DataTable, PAGE_SIZE};
use crate::with_db;
use chrono::{DateTime, NaiveDate, Utc};

type Found = Result<(), sqlx::Error>;

mod communications;
mod contracts;
mod marketing;
mod person;

pub(super) use communications::{call_recordings, ip_addresses, traffic_data};
pub(super) use contracts::{billing, contracts};
pub(super) use marketing::{marketing_permissions, service_blocks};
pub(super) use person::{basic, business_role, change_history, other_data};

fn table(caption: &str, columns: &[&str], rows: Vec<Vec<Cell>>) -> DataTable {
    DataTable { caption: caption.into(), columns: columns.iter().map(|c| (*c).to_owned()).collect(), rows }
}

fn text(v: Option<String>) -> Cell {
    v.filter(|s| !s.is_empty()).map(Cell::Text).unwrap_or(Cell::Empty)
}

fn date(v: Option<NaiveDate>) -> Cell {
    v.map(Cell::Date).unwrap_or(Cell::Empty)
}

fn datetime(v: Option<DateTime<Utc>>) -> Cell {
    v.map(Cell::DateTime).unwrap_or(Cell::Empty)
}

/// The rule by which a category's records go, when it dates them one by one.
pub(super) type Due = Option<(crate::domain::retention::Period, crate::domain::retention::RunsFrom)>;

/// The column of the day a record goes (`col-deleted-on`), when the rule dates records.
fn due_column(due: Due) -> Option<&'static str> {
    due.map(|_| "col-deleted-on")
}

/// The day a record whose period runs from `at` goes; `value-retention-not-started`
/// while its period has not begun (an IP address still in use).
fn due_cell(due: Due, at: Option<DateTime<Utc>>) -> Option<Cell> {
    let (period, runs_from) = due?;
    Some(match at.and_then(|at| crate::domain::retention::due_at(period, runs_from, at)) {
        Some(day) => Cell::Date(day.date_naive()),
        None => Cell::Code("retention-not-started".into()),
    })
}

/// `columns` with the deletion column last, or before the recording player.
fn with_due_column<'a>(columns: &[&'a str], due: Due, before_last: bool) -> Vec<&'a str> {
    let mut out = columns.to_vec();
    if let Some(c) = due_column(due) {
        out.insert(if before_last { out.len() - 1 } else { out.len() }, c);
    }
    out
}

/// An identity code as shown: masked (`010190-9***`) unless revealed.
pub(super) fn identity(value: Option<String>, reveal: bool) -> Cell {
    match value {
        Some(v) if reveal => Cell::Text(v),
        Some(v) => Cell::Text(IdentityCode::parse(&v).map(|c| c.masked()).unwrap_or_else(|_| "***".into())),
        None => Cell::Empty,
    }
}

/// How many of the customer's rows of `table` the keyset's date filter selects.
async fn count(db: &Db, customer_id: CustomerId, table: &str, k: &Keyset) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM {table} WHERE customer_id = $1{}", k.filter);
    with_db!(db, pool => crate::bind_params!(sqlx::query_scalar(&sql).bind(customer_id), &k.filter_params).fetch_one(pool).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_codes_are_masked_unless_revealed() {
        assert_eq!(identity(Some("131052-308T".into()), false), Cell::Text("131052-3***".into()));
        assert_eq!(identity(Some("131052-308T".into()), true), Cell::Text("131052-308T".into()));
    }
}
