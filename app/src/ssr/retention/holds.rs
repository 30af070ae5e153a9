//! What keeps records past their retention period: for one customer, as they see it,
//! and the legal holds the DPO places and lifts (each in one transaction with its
//! audit row; a lifted hold stays as history).

use crate::domain::ids::{CustomerId, StaffId};
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::{BeginWrite, Db};
use crate::wire::retention::{Hold, LegalHold};
use crate::with_db;
use chrono::{DateTime, NaiveDate, Utc};

/// The counted facts behind a customer's holds.
#[derive(sqlx::FromRow)]
struct Facts {
    open_requests: i64,
    /// The first [`REFERENCES_NAMED`] (or fewer) open requests' references, oldest
    /// first, space-separated (references have no spaces); `None` when there are none.
    open_references: Option<String>,
    restricted: bool,
    collection_cases: i64,
    legal_holds: i64,
}

/// How many open requests a page names by reference as holds; the rest it counts (a
/// customer with hundreds of open requests gets one line, not hundreds).
pub const REFERENCES_NAMED: u32 = 5;

/// Everything that holds this customer's due records back today, as the run applies
/// it ([`super::HOLDS`]): open requests (the oldest `named` by reference, all of them
/// counted), a restriction, an open debt-collection case and legal holds in force.
/// Its statements run on one connection of the pool.
pub async fn for_customer(
    db: &Db,
    customer_id: CustomerId,
    today: NaiveDate,
    named: u32,
) -> Result<Vec<Hold>, sqlx::Error> {
    with_db!(db, pool => pool.acquire().await?.holds_of(customer_id, today, named).await)
}

/// [`for_customer`] on a connection already held: a page that reads in a transaction
/// (staff opening a request) reads the holds in it too, as of the same moment and
/// without taking another connection from the pool.
#[allow(async_fn_in_trait)]
pub trait ReadHolds {
    async fn holds_of(
        &mut self,
        customer_id: CustomerId,
        today: NaiveDate,
        named: u32,
    ) -> Result<Vec<Hold>, sqlx::Error>;
}

/// Customer `$1`'s open requests, counted, and the first `limit` of them named by
/// reference, oldest first, space-separated (references have no spaces): two subqueries
/// of [`FACTS`], both read from the open requests' own index (migration 0035). Public
/// for the test that checks their plans. `string_agg` with its own ORDER BY is
/// PostgreSQL's and SQLite's alike (SQLite 3.44 and later).
pub fn open_requests_subqueries(limit: &str) -> [String; 2] {
    let open = crate::ssr::requests::OPEN;
    [
        format!("SELECT COUNT(*) FROM requests WHERE customer_id = $1 AND status IN {open}"),
        format!(
            "SELECT string_agg(reference, ' ' ORDER BY received_at, id) FROM
               (SELECT reference, received_at, id FROM requests WHERE customer_id = $1 AND status IN {open}
                ORDER BY received_at, id LIMIT {limit}) named"
        ),
    ]
}

/// The counts, the restriction and the open requests' first references (`$3` of them) in
/// one statement, built once: it runs on every category page and every request staff
/// open, and a request staff open is itself open, so the references are nearly always
/// wanted. The legal holds' list is read only when there is one.
static FACTS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let [count, named] = open_requests_subqueries("$3");
    format!(
        "SELECT ({count}) AS open_requests, ({named}) AS open_references,
                COALESCE((SELECT processing_restricted FROM customers WHERE id = $1), FALSE) AS restricted,
                (SELECT COUNT(*) FROM collection_cases WHERE customer_id = $1 AND status = 'open') AS collection_cases,
                (SELECT COUNT(*) FROM legal_holds WHERE customer_id = $1 AND lifted_at IS NULL AND ends_on >= $2) AS legal_holds"
    )
});

macro_rules! read_holds {
    ($conn:ty) => {
        impl ReadHolds for $conn {
            async fn holds_of(
                &mut self,
                customer_id: CustomerId,
                today: NaiveDate,
                named: u32,
            ) -> Result<Vec<Hold>, sqlx::Error> {
                let facts: Facts = sqlx::query_as(&FACTS)
                    .bind(customer_id)
                    .bind(today)
                    .bind(i64::from(named))
                    .fetch_one(&mut *self)
                    .await?;
                let legal: Vec<(String, NaiveDate)> = if facts.legal_holds == 0 {
                    Vec::new()
                } else {
                    sqlx::query_as(
                        "SELECT reason, ends_on FROM legal_holds WHERE customer_id = $1 AND lifted_at IS NULL AND ends_on >= $2
                         ORDER BY ends_on, id",
                    )
                    .bind(customer_id)
                    .bind(today)
                    .fetch_all(&mut *self)
                    .await?
                };
                Ok(holds(facts, legal))
            }
        }
    };
}

read_holds!(sqlx::SqliteConnection);
read_holds!(sqlx::PgConnection);

/// The holds the facts read add up to, in the order a page lists them.
fn holds(facts: Facts, legal: Vec<(String, NaiveDate)>) -> Vec<Hold> {
    let mut holds = Vec::new();
    if facts.open_requests > 0 {
        let count = u32::try_from(facts.open_requests).unwrap_or(u32::MAX);
        let references = facts.open_references.as_deref().unwrap_or_default();
        let references = references.split_whitespace().map(str::to_owned).collect();
        holds.push(Hold::OpenRequests { references, count });
    }
    if facts.restricted {
        holds.push(Hold::Restricted);
    }
    if facts.collection_cases > 0 {
        holds.push(Hold::DebtCollection);
    }
    holds.extend(legal.into_iter().map(|(reason, until)| Hold::Legal { reason, until }));
    holds
}

#[derive(sqlx::FromRow)]
struct HoldRow {
    id: i64,
    customer_number: String,
    reason: String,
    ends_on: NaiveDate,
    placed_at: DateTime<Utc>,
    placed_by: String,
}

/// The legal holds in force today, soonest ending first.
pub async fn in_force(db: &Db, today: NaiveDate) -> Result<Vec<LegalHold>, sqlx::Error> {
    let rows: Vec<HoldRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT h.id, c.customer_number, h.reason, h.ends_on, h.placed_at, a.display_name AS placed_by
         FROM legal_holds h JOIN customers c ON c.id = h.customer_id JOIN accounts a ON a.id = h.placed_by
         WHERE h.lifted_at IS NULL AND h.ends_on >= $1 ORDER BY h.ends_on, h.id",
    ).bind(today).fetch_all(pool).await?);
    Ok(rows
        .into_iter()
        .map(|r| LegalHold {
            id: r.id,
            customer_number: r.customer_number,
            reason: r.reason,
            ends_on: r.ends_on,
            placed_at: r.placed_at,
            placed_by: r.placed_by,
        })
        .collect())
}

/// Places a legal hold on the customer with number `customer_number` for the DPO
/// `dpo`; `None` when there is no such customer.
pub async fn place(
    db: &Db,
    dpo: StaffId,
    customer_number: &str,
    reason: &str,
    ends_on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Option<i64>, sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let Some(customer_id): Option<CustomerId> = sqlx::query_scalar("SELECT id FROM customers WHERE customer_number = $1")
            .bind(customer_number).fetch_optional(&mut *tx).await? else {
            return Ok(None);
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO legal_holds (customer_id, reason, ends_on, placed_by, placed_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        ).bind(customer_id).bind(reason).bind(ends_on).bind(dpo).bind(now).fetch_one(&mut *tx).await?;
        let detail = format!("hold={id}/until={ends_on}");
        let entry = Entry::staff(dpo, "legal_hold_placed").customer(Some(customer_id)).detail(&detail);
        audit::record_in(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(Some(id))
    })
}

/// Lifts legal hold `hold` for the DPO `dpo`; `false` when no such hold is in force.
pub async fn lift(db: &Db, dpo: StaffId, hold: i64, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let Some(customer_id): Option<CustomerId> = sqlx::query_scalar(
            "UPDATE legal_holds SET lifted_by = $1, lifted_at = $2 WHERE id = $3 AND lifted_at IS NULL RETURNING customer_id",
        ).bind(dpo).bind(now).bind(hold).fetch_optional(&mut *tx).await? else {
            return Ok(false);
        };
        let detail = format!("hold={hold}");
        let entry = Entry::staff(dpo, "legal_hold_lifted").customer(Some(customer_id)).detail(&detail);
        audit::record_in(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(true)
    })
}
