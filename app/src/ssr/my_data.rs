//! The queries behind "My data": every category of the register for one customer.
//! Every query is bound to the customer id it is given (from the session, by the caller)
//! and to nothing the request says about whose data it is.
//!
//! The large categories (traffic data, IP addresses, invoices) are paged with a keyset
//! (the newest first; the next page continues below the last row's time and id), never
//! with OFFSET, so a page deep in the list costs what the first one does.

// Query rows are tuples that mirror their SELECT lists, read right beside the SQL.
#![allow(clippy::type_complexity)]

use super::db::{Db, Param};
use crate::domain::{IdentityCode, Lang};
use crate::wire::my_data::{CategoryData, Cell, DataTable, ErasureNow, PAGE_SIZE};
use crate::with_db;
use chrono::{DateTime, NaiveDate, Utc};

/// Which page of a paged category, and which dates (Helsinki calendar days).
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub after: Option<i64>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Filter {
    /// The filter's dates as UTC bounds: from the start of `from` to the start of the
    /// day after `to`, in Helsinki time.
    fn bounds(&self) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        let start = |d: NaiveDate| {
            d.and_hms_opt(0, 0, 0)
                .and_then(|t| t.and_local_timezone(chrono_tz::Europe::Helsinki).earliest())
                .map(|t| t.with_timezone(&Utc))
        };
        (self.from.and_then(start), self.to.and_then(|d| d.succ_opt()).and_then(start))
    }
}

/// The SQL of one keyset page of `table` (newest first by `col`, then id), for the
/// customer in `$1`. Conditions are added only when given, so each query is a plain
/// index range: no `$n IS NULL OR …`, which would make the database scan from the
/// newest row down to the cursor.
struct Keyset {
    /// `AND …` conditions of the date filter (for the count and the page).
    filter: String,
    filter_params: Vec<Param>,
    /// The filter plus the cursor condition.
    page: String,
    page_params: Vec<Param>,
}

impl Keyset {
    fn new(
        col: &str,
        from: Option<Param>,
        to: Option<Param>,
        to_inclusive: bool,
        cursor: Option<(Param, i64)>,
    ) -> Self {
        let mut filter = String::new();
        let mut params = Vec::new();
        if let Some(f) = from {
            params.push(f);
            filter.push_str(&format!(" AND {col} >= ${}", params.len() + 1));
        }
        if let Some(t) = to {
            params.push(t);
            let op = if to_inclusive { "<=" } else { "<" };
            filter.push_str(&format!(" AND {col} {op} ${}", params.len() + 1));
        }
        let mut page = filter.clone();
        let mut page_params = params.clone();
        if let Some((at, id)) = cursor {
            page_params.push(at);
            page_params.push(Param::Id(id));
            let n = page_params.len();
            page.push_str(&format!(" AND ({col}, id) < (${}, ${})", n, n + 1));
        }
        Keyset { filter, filter_params: params, page, page_params }
    }

    /// The LIMIT placeholder number after the page's parameters.
    fn limit(&self) -> String {
        format!("${}", self.page_params.len() + 2)
    }
}

/// The number of records in each category of the register, in the register's order.
pub async fn counts(db: &Db, customer_id: i64) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let sql = "SELECT
        (SELECT COUNT(*) FROM customers WHERE id = $1),
        (SELECT COUNT(*) FROM business_roles WHERE customer_id = $1),
        (SELECT COUNT(*) FROM contracts WHERE customer_id = $1) + (SELECT COUNT(*) FROM orders WHERE customer_id = $1),
        (SELECT COUNT(*) FROM invoices WHERE customer_id = $1) + (SELECT COUNT(*) FROM collection_cases WHERE customer_id = $1),
        (SELECT COUNT(*) FROM ip_assignments WHERE customer_id = $1),
        (SELECT COUNT(*) FROM other_data WHERE customer_id = $1),
        (SELECT COUNT(*) FROM consent_events WHERE customer_id = $1) + (SELECT COUNT(*) FROM marketing_prohibition_events WHERE customer_id = $1),
        (SELECT COUNT(*) FROM service_blocks WHERE customer_id = $1),
        (SELECT COUNT(*) FROM traffic_records WHERE customer_id = $1),
        (SELECT COUNT(*) FROM call_recordings WHERE customer_id = $1),
        (SELECT COUNT(*) FROM change_log WHERE customer_id = $1)";
    type Counts = (i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64);
    let c: Counts = with_db!(db, pool => sqlx::query_as(sql).bind(customer_id).fetch_one(pool).await?);
    Ok(vec![
        ("basic".into(), c.0),
        ("business_role".into(), c.1),
        ("contracts".into(), c.2),
        ("billing".into(), c.3),
        ("ip_addresses".into(), c.4),
        ("other_data".into(), c.5),
        ("marketing_permissions".into(), c.6),
        ("service_blocks".into(), c.7),
        ("traffic_data".into(), c.8),
        ("call_recordings".into(), c.9),
        ("change_history".into(), c.10),
    ])
}

/// The basic-data fields a customer may ask to rectify, with their current values
/// (field slug, value as stored).
pub async fn basic_values(db: &Db, customer_id: i64) -> Result<Vec<(String, Option<String>)>, sqlx::Error> {
    type Row = (String, String, Option<String>, String, String, String, Option<String>, Option<String>, String);
    let row: Option<Row> = with_db!(db, pool => sqlx::query_as(
        "SELECT first_name, last_name, identity_code, street_address, postal_code, city, phone, email, language
         FROM customers WHERE id = $1",
    ).bind(customer_id).fetch_optional(pool).await?);
    let Some(r) = row else { return Ok(Vec::new()) };
    Ok(vec![
        ("first_name".into(), Some(r.0)),
        ("last_name".into(), Some(r.1)),
        ("identity_code".into(), r.2),
        ("street_address".into(), Some(r.3)),
        ("postal_code".into(), Some(r.4)),
        ("city".into(), Some(r.5)),
        ("phone".into(), r.6),
        ("email".into(), r.7),
        ("language".into(), Some(r.8)),
    ])
}

/// Staff looks at the customer's data, newest first, at most 100. Staff appear by role
/// and a pseudonymous number (their account id), never by name.
pub async fn staff_views(db: &Db, customer_id: i64) -> Result<Vec<crate::wire::my_data::StaffView>, sqlx::Error> {
    let rows: Vec<(DateTime<Utc>, String, Option<i64>, Option<String>, Option<String>)> = with_db!(db, pool => sqlx::query_as(
        "SELECT l.occurred_at, COALESCE(a.role, 'staff'), l.actor_id, l.detail, r.reference
         FROM audit_log l LEFT JOIN accounts a ON a.id = l.actor_id
         LEFT JOIN requests r ON r.id = l.request_id AND r.customer_id = l.customer_id
         WHERE l.customer_id = $1 AND l.actor_kind = 'staff' AND l.action = 'view_customer_data'
         ORDER BY l.occurred_at DESC, l.id DESC LIMIT 100",
    ).bind(customer_id).fetch_all(pool).await?);
    Ok(rows
        .into_iter()
        .map(|(at, role, actor, what, request)| crate::wire::my_data::StaffView {
            at,
            role,
            staff_ref: actor.map(|id| format!("H-{id:04}")).unwrap_or_default(),
            what,
            request,
        })
        .collect())
}

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

/// An identity code as shown: masked (`010190-9***`) unless revealed.
fn identity(value: Option<String>, reveal: bool) -> Cell {
    match value {
        Some(v) if reveal => Cell::Text(v),
        Some(v) => Cell::Text(IdentityCode::parse(&v).map(|c| c.masked()).unwrap_or_else(|_| "***".into())),
        None => Cell::Empty,
    }
}

/// One page of a keyset-paged query: at most [`PAGE_SIZE`] rows and the id the next
/// page continues after, if there are more.
fn page<T>(mut rows: Vec<T>, id_of: impl Fn(&T) -> i64) -> (Vec<T>, Option<i64>) {
    let more = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let next = if more { rows.last().map(&id_of) } else { None };
    (rows, next)
}

/// Whether the customer could have category `id` erased now: by the register's
/// retention rule for it, and for rules that last the customer relationship, whether
/// the customer has an active contract.
///
/// A category the register does not name, or whose retention rule it does not define,
/// is not erasable on the customer's word: it is `Law` with no law named, for staff to
/// look at, never `Possible` by default.
pub async fn erasure_now(
    db: &Db,
    reg: &crate::register::Register,
    customer_id: i64,
    id: &str,
    lang: Lang,
) -> Result<ErasureNow, sqlx::Error> {
    use crate::register::Erasable;
    let Some(rule) = reg.category(id).and_then(|c| reg.retention_rule(&c.retention)) else {
        return Ok(ErasureNow::Law(String::new()));
    };
    // The contracts are counted only when the rule depends on them.
    let active = rule.erasable == Erasable::AfterContract
        && with_db!(db, pool => sqlx::query_scalar::<_, i64>(ACTIVE_CONTRACTS_SQL).bind(customer_id).fetch_one(pool).await?)
            > 0;
    Ok(erasure_under(rule, active, lang))
}

/// How many active contracts customer `$1` has.
pub const ACTIVE_CONTRACTS_SQL: &str = "SELECT COUNT(*) FROM contracts WHERE customer_id = $1 AND status = 'active'";

/// Whether data kept under `rule` can be erased now, given whether the customer has an
/// active contract; a law that keeps it is named in `lang`.
pub fn erasure_under(rule: &crate::register::RetentionRule, active_contract: bool, lang: Lang) -> ErasureNow {
    use crate::register::Erasable;
    match rule.erasable {
        Erasable::Anytime => ErasureNow::Possible,
        Erasable::Law => ErasureNow::Law(rule.law.as_ref().map(|l| l.get(lang).to_owned()).unwrap_or_default()),
        Erasable::AfterContract if active_contract => ErasureNow::ActiveContract,
        Erasable::AfterContract => ErasureNow::Possible,
    }
}

/// The keyset of a table paged by a timestamp column: the filter's Helsinki days as UTC
/// bounds and the cursor row's time. `None` when the cursor is not the customer's row.
async fn time_keyset(
    db: &Db,
    customer_id: i64,
    table: &str,
    col: &str,
    filter: &Filter,
) -> Result<Option<Keyset>, sqlx::Error> {
    let cursor = match filter.after {
        Some(id) => {
            let sql = format!("SELECT {col} FROM {table} WHERE id = $1 AND customer_id = $2");
            let at: Option<DateTime<Utc>> =
                with_db!(db, pool => sqlx::query_scalar(&sql).bind(id).bind(customer_id).fetch_optional(pool).await?);
            match at {
                Some(at) => Some((Param::Time(at), id)),
                None => return Ok(None),
            }
        }
        None => None,
    };
    let (from, to) = filter.bounds();
    Ok(Some(Keyset::new(col, from.map(Param::Time), to.map(Param::Time), false, cursor)))
}

/// A category's records, or `None` for an unknown category id.
pub async fn category(
    db: &Db,
    customer_id: i64,
    id: &str,
    filter: &Filter,
    reveal: bool,
    lang: Lang,
) -> Result<Option<CategoryData>, sqlx::Error> {
    let mut data = CategoryData {
        category: id.into(),
        total: 0,
        tables: vec![],
        next_after: None,
        paged: false,
        identity_revealed: reveal,
        erasure: ErasureNow::Possible,
    };
    match id {
        "basic" => {
            type Row = (
                String,
                String,
                String,
                Option<String>,
                String,
                String,
                String,
                Option<String>,
                Option<String>,
                String,
                DateTime<Utc>,
            );
            let row: Option<Row> = with_db!(db, pool => sqlx::query_as(
                "SELECT customer_number, first_name, last_name, identity_code, street_address, postal_code, city, phone, email, language, created_at
                 FROM customers WHERE id = $1",
            ).bind(customer_id).fetch_optional(pool).await?);
            let Some(r) = row else { return Ok(Some(data)) };
            // Where each field came from and when it last changed, from the change log.
            let changes: Vec<(String, DateTime<Utc>, String, Option<String>)> = with_db!(db, pool => sqlx::query_as(
                "SELECT field, changed_at, actor_kind, source FROM change_log
                 WHERE customer_id = $1 AND entity = 'customers' ORDER BY changed_at, id",
            ).bind(customer_id).fetch_all(pool).await?);
            let provenance = |field: &str| -> (Cell, Cell) {
                changes.iter().rev().find(|c| c.0 == field).map_or((Cell::Empty, Cell::Empty), |c| {
                    (Cell::Code(c.3.clone().unwrap_or_else(|| c.2.clone())), Cell::DateTime(c.1))
                })
            };
            let fields: Vec<(&str, Cell)> = vec![
                ("customer_number", Cell::Text(r.0)),
                ("first_name", Cell::Text(r.1)),
                ("last_name", Cell::Text(r.2)),
                ("identity_code", identity(r.3, reveal)),
                ("street_address", Cell::Text(r.4)),
                ("postal_code", Cell::Text(r.5)),
                ("city", Cell::Text(r.6)),
                ("phone", text(r.7)),
                ("email", text(r.8)),
                ("language", Cell::Code(format!("lang-{}", r.9))),
                ("customer_since", Cell::DateTime(r.10)),
            ];
            let rows = fields
                .into_iter()
                .map(|(field, value)| {
                    let (source, changed) = provenance(field);
                    vec![Cell::Code(format!("field-{field}")), value, source, changed]
                })
                .collect();
            data.total = 1;
            data.tables.push(table(
                "data-basic-caption",
                &["col-field", "col-value", "col-source", "col-changed"],
                rows,
            ));
        }
        "business_role" => {
            let rows: Vec<(String, String, String, String, NaiveDate, Option<NaiveDate>)> = with_db!(db, pool => sqlx::query_as(
                "SELECT company_name, business_id, role, position, valid_from, valid_to FROM business_roles
                 WHERE customer_id = $1 ORDER BY valid_from DESC, id DESC",
            ).bind(customer_id).fetch_all(pool).await?);
            data.total = rows.len() as i64;
            data.tables.push(table(
                "data-business-role-caption",
                &["col-company", "col-business-id", "col-role", "col-position", "col-valid-from", "col-valid-to"],
                rows.into_iter()
                    .map(|r| {
                        vec![
                            Cell::Text(r.0),
                            Cell::Text(r.1),
                            Cell::Text(r.2),
                            Cell::Text(r.3),
                            Cell::Date(r.4),
                            date(r.5),
                        ]
                    })
                    .collect(),
            ));
        }
        "contracts" => {
            let name = match lang {
                Lang::Fi => "p.name_fi",
                Lang::Sv => "p.name_sv",
                Lang::En => "p.name_en",
            };
            let contracts: Vec<(String, String, String, NaiveDate, Option<NaiveDate>, Option<String>)> = with_db!(db, pool => sqlx::query_as(&format!(
                "SELECT c.contract_number, {name}, c.status, c.started_on, c.ended_on, c.service_address
                 FROM contracts c JOIN products p ON p.id = c.product_id WHERE c.customer_id = $1 ORDER BY c.started_on DESC, c.id DESC",
            )).bind(customer_id).fetch_all(pool).await?);
            let orders: Vec<(i64, String, DateTime<Utc>, String, String)> = with_db!(db, pool => sqlx::query_as(
                "SELECT id, order_number, ordered_at, channel, status FROM orders WHERE customer_id = $1 ORDER BY ordered_at DESC, id DESC",
            ).bind(customer_id).fetch_all(pool).await?);
            let items: Vec<(i64, String, i32, i64)> = with_db!(db, pool => sqlx::query_as(&format!(
                "SELECT i.order_id, {name}, i.quantity, i.unit_price_cents FROM order_items i
                 JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id
                 WHERE o.customer_id = $1 ORDER BY i.id",
            )).bind(customer_id).fetch_all(pool).await?);
            data.total = (contracts.len() + orders.len()) as i64;
            data.tables.push(table(
                "data-contracts-caption",
                &[
                    "col-contract-number",
                    "col-product",
                    "col-status",
                    "col-started",
                    "col-ended",
                    "col-service-address",
                ],
                contracts
                    .into_iter()
                    .map(|r| {
                        vec![Cell::Text(r.0), Cell::Text(r.1), Cell::Code(r.2), Cell::Date(r.3), date(r.4), text(r.5)]
                    })
                    .collect(),
            ));
            data.tables.push(table(
                "data-orders-caption",
                &["col-order-number", "col-ordered", "col-channel", "col-status", "col-items"],
                orders
                    .into_iter()
                    .map(|o| {
                        let what = items
                            .iter()
                            .filter(|i| i.0 == o.0)
                            .map(|i| format!("{} × {}", i.2, i.1))
                            .collect::<Vec<_>>()
                            .join(", ");
                        vec![Cell::Text(o.1), Cell::DateTime(o.2), Cell::Code(o.3), Cell::Code(o.4), text(Some(what))]
                    })
                    .collect(),
            ));
        }
        "billing" => {
            data.paged = true;
            let cursor = match filter.after {
                Some(id) => match with_db!(db, pool => sqlx::query_scalar::<_, NaiveDate>(
                    "SELECT issued_on FROM invoices WHERE id = $1 AND customer_id = $2",
                ).bind(id).bind(customer_id).fetch_optional(pool).await?)
                {
                    Some(at) => Some((Param::Date(at), id)),
                    None => return Ok(Some(data)),
                },
                None => None,
            };
            let k = Keyset::new("issued_on", filter.from.map(Param::Date), filter.to.map(Param::Date), true, cursor);
            let sql = format!(
                "SELECT id, invoice_number, issued_on, due_on, amount_cents, currency, status, paid_on FROM invoices
                 WHERE customer_id = $1{} ORDER BY issued_on DESC, id DESC LIMIT {}",
                k.page,
                k.limit()
            );
            let rows: Vec<(i64, String, NaiveDate, NaiveDate, i64, String, String, Option<NaiveDate>)> = with_db!(db, pool =>
                crate::bind_params!(sqlx::query_as(&sql).bind(customer_id), &k.page_params).bind(PAGE_SIZE + 1).fetch_all(pool).await?);
            let count = format!("SELECT COUNT(*) FROM invoices WHERE customer_id = $1{}", k.filter);
            data.total = with_db!(db, pool =>
                crate::bind_params!(sqlx::query_scalar(&count).bind(customer_id), &k.filter_params).fetch_one(pool).await?);
            let (rows, next) = page(rows, |r| r.0);
            data.next_after = next;
            data.tables.push(table(
                "data-invoices-caption",
                &["col-invoice-number", "col-issued", "col-due", "col-amount", "col-status", "col-paid"],
                rows.into_iter()
                    .map(|r| {
                        vec![
                            Cell::Text(r.1),
                            Cell::Date(r.2),
                            Cell::Date(r.3),
                            Cell::Money { cents: r.4, currency: r.5 },
                            Cell::Code(r.6),
                            date(r.7),
                        ]
                    })
                    .collect(),
            ));
            if filter.after.is_none() {
                let cases: Vec<(String, String, i64, String, NaiveDate, Option<NaiveDate>)> = with_db!(db, pool => sqlx::query_as(
                    "SELECT c.agency, c.status, c.amount_cents, c.currency, c.opened_on, c.closed_on FROM collection_cases c
                     WHERE c.customer_id = $1 ORDER BY c.opened_on DESC, c.id DESC",
                ).bind(customer_id).fetch_all(pool).await?);
                data.tables.push(table(
                    "data-collection-caption",
                    &["col-agency", "col-status", "col-amount", "col-opened", "col-closed"],
                    cases
                        .into_iter()
                        .map(|c| {
                            vec![
                                Cell::Text(c.0),
                                Cell::Code(c.1),
                                Cell::Money { cents: c.2, currency: c.3 },
                                Cell::Date(c.4),
                                date(c.5),
                            ]
                        })
                        .collect(),
                ));
            }
        }
        "ip_addresses" => {
            data.paged = true;
            let Some(k) = time_keyset(db, customer_id, "ip_assignments", "assigned_from", filter).await? else {
                return Ok(Some(data));
            };
            let sql = format!(
                "SELECT id, address, assigned_from, assigned_to FROM ip_assignments
                 WHERE customer_id = $1{} ORDER BY assigned_from DESC, id DESC LIMIT {}",
                k.page,
                k.limit()
            );
            let rows: Vec<(i64, String, DateTime<Utc>, Option<DateTime<Utc>>)> = with_db!(db, pool =>
                crate::bind_params!(sqlx::query_as(&sql).bind(customer_id), &k.page_params).bind(PAGE_SIZE + 1).fetch_all(pool).await?);
            let count = format!("SELECT COUNT(*) FROM ip_assignments WHERE customer_id = $1{}", k.filter);
            data.total = with_db!(db, pool =>
                crate::bind_params!(sqlx::query_scalar(&count).bind(customer_id), &k.filter_params).fetch_one(pool).await?);
            let (rows, next) = page(rows, |r| r.0);
            data.next_after = next;
            data.tables.push(table(
                "data-ip-caption",
                &["col-ip-address", "col-assigned-from", "col-assigned-to"],
                rows.into_iter().map(|r| vec![Cell::Text(r.1), Cell::DateTime(r.2), datetime(r.3)]).collect(),
            ));
        }
        "other_data" => {
            let rows: Vec<(String, String, String, DateTime<Utc>)> = with_db!(db, pool => sqlx::query_as(
                "SELECT topic, content, channel, given_at FROM other_data WHERE customer_id = $1 ORDER BY given_at DESC, id DESC",
            ).bind(customer_id).fetch_all(pool).await?);
            data.total = rows.len() as i64;
            data.tables.push(table(
                "data-other-caption",
                &["col-topic", "col-content", "col-channel", "col-given"],
                rows.into_iter()
                    .map(|r| vec![Cell::Text(r.0), Cell::Text(r.1), Cell::Code(r.2), Cell::DateTime(r.3)])
                    .collect(),
            ));
        }
        "marketing_permissions" => {
            let consents: Vec<(String, String, String, DateTime<Utc>, String)> = with_db!(db, pool => sqlx::query_as(
                "SELECT purpose, channel, action, occurred_at, source FROM consent_events WHERE customer_id = $1 ORDER BY occurred_at DESC, id DESC",
            ).bind(customer_id).fetch_all(pool).await?);
            let prohibitions: Vec<(String, String, DateTime<Utc>, String)> = with_db!(db, pool => sqlx::query_as(
                "SELECT channel, action, occurred_at, source FROM marketing_prohibition_events WHERE customer_id = $1 ORDER BY occurred_at DESC, id DESC",
            ).bind(customer_id).fetch_all(pool).await?);
            data.total = (consents.len() + prohibitions.len()) as i64;
            data.tables.push(table(
                "data-consents-caption",
                &["col-purpose", "col-channel", "col-event", "col-when", "col-source"],
                consents
                    .into_iter()
                    .map(|r| {
                        vec![Cell::Code(r.0), Cell::Code(r.1), Cell::Code(r.2), Cell::DateTime(r.3), Cell::Code(r.4)]
                    })
                    .collect(),
            ));
            data.tables.push(table(
                "data-prohibitions-caption",
                &["col-channel", "col-event", "col-when", "col-source"],
                prohibitions
                    .into_iter()
                    .map(|r| vec![Cell::Code(r.0), Cell::Code(r.1), Cell::DateTime(r.2), Cell::Code(r.3)])
                    .collect(),
            ));
        }
        "service_blocks" => {
            let rows: Vec<(String, String, String, DateTime<Utc>, Option<DateTime<Utc>>)> = with_db!(db, pool => sqlx::query_as(
                "SELECT kind, reason, set_by, since, until FROM service_blocks WHERE customer_id = $1 ORDER BY since DESC, id DESC",
            ).bind(customer_id).fetch_all(pool).await?);
            data.total = rows.len() as i64;
            data.tables.push(table(
                "data-blocks-caption",
                &["col-block", "col-reason", "col-set-by", "col-since", "col-until"],
                rows.into_iter()
                    .map(|r| {
                        vec![Cell::Text(r.0), Cell::Text(r.1), Cell::Code(r.2), Cell::DateTime(r.3), datetime(r.4)]
                    })
                    .collect(),
            ));
        }
        "traffic_data" => {
            data.paged = true;
            let Some(k) = time_keyset(db, customer_id, "traffic_records", "started_at", filter).await? else {
                return Ok(Some(data));
            };
            let sql = format!(
                "SELECT id, started_at, direction, kind, other_party, duration_seconds FROM traffic_records
                 WHERE customer_id = $1{} ORDER BY started_at DESC, id DESC LIMIT {}",
                k.page,
                k.limit()
            );
            let rows: Vec<(i64, DateTime<Utc>, String, String, String, i32)> = with_db!(db, pool =>
                crate::bind_params!(sqlx::query_as(&sql).bind(customer_id), &k.page_params).bind(PAGE_SIZE + 1).fetch_all(pool).await?);
            let count = format!("SELECT COUNT(*) FROM traffic_records WHERE customer_id = $1{}", k.filter);
            data.total = with_db!(db, pool =>
                crate::bind_params!(sqlx::query_scalar(&count).bind(customer_id), &k.filter_params).fetch_one(pool).await?);
            let (rows, next) = page(rows, |r| r.0);
            data.next_after = next;
            data.tables.push(table(
                "data-traffic-caption",
                &["col-when", "col-direction", "col-kind", "col-other-party", "col-duration"],
                rows.into_iter()
                    .map(|r| {
                        vec![
                            Cell::DateTime(r.1),
                            Cell::Code(r.2),
                            Cell::Code(r.3),
                            Cell::Text(r.4),
                            Cell::Seconds(r.5.into()),
                        ]
                    })
                    .collect(),
            ));
        }
        "call_recordings" => {
            let rows: Vec<(i64, DateTime<Utc>, String, String, i32)> = with_db!(db, pool => sqlx::query_as(
                "SELECT id, recorded_at, direction, topic, duration_seconds FROM call_recordings
                 WHERE customer_id = $1 ORDER BY recorded_at DESC, id DESC",
            ).bind(customer_id).fetch_all(pool).await?);
            data.total = rows.len() as i64;
            data.tables.push(table(
                "data-recordings-caption",
                &["col-when", "col-direction", "col-topic", "col-duration", "col-recording"],
                rows.into_iter()
                    .map(|r| {
                        vec![
                            Cell::DateTime(r.1),
                            Cell::Code(r.2),
                            Cell::Text(r.3),
                            Cell::Seconds(r.4.into()),
                            Cell::Text(format!("{}/{}", crate::paths::RECORDING_PATH, r.0)),
                        ]
                    })
                    .collect(),
            ));
        }
        "change_history" => {
            type Row = (DateTime<Utc>, String, Option<String>, Option<String>, String, Option<String>, Option<String>);
            let rows: Vec<Row> = with_db!(db, pool => sqlx::query_as(
                "SELECT l.changed_at, l.field, l.old_value, l.new_value, l.actor_kind, l.source, r.reference
                 FROM change_log l LEFT JOIN requests r ON r.id = l.request_id AND r.customer_id = l.customer_id
                 WHERE l.customer_id = $1 ORDER BY l.changed_at DESC, l.id DESC",
            ).bind(customer_id).fetch_all(pool).await?);
            data.total = rows.len() as i64;
            data.tables.push(table(
                "data-changes-caption",
                &["col-when", "col-field", "col-old", "col-new", "col-by", "col-request"],
                rows.into_iter()
                    .map(|r| {
                        let secret = r.1 == "identity_code";
                        let value = |v: Option<String>| if secret { identity(v, reveal) } else { text(v) };
                        vec![
                            Cell::DateTime(r.0),
                            Cell::Code(format!("field-{}", r.1)),
                            value(r.2),
                            value(r.3),
                            Cell::Code(r.5.unwrap_or(r.4)),
                            text(r.6),
                        ]
                    })
                    .collect(),
            ));
        }
        _ => return Ok(None),
    }
    Ok(Some(data))
}

/// Whether the processing of the customer's data is restricted (GDPR Art. 18).
pub async fn is_restricted(db: &Db, customer_id: i64) -> Result<bool, sqlx::Error> {
    with_db!(db, pool => sqlx::query_scalar("SELECT processing_restricted FROM customers WHERE id = $1")
        .bind(customer_id).fetch_one(pool).await)
}

/// One call recording's audio, as the customer plays or downloads it.
#[derive(Debug, sqlx::FromRow)]
pub struct Recording {
    pub mime_type: String,
    pub audio: Vec<u8>,
    pub recorded_at: DateTime<Utc>,
}

/// The customer's own recording `id` (someone else's is `None`, as a missing one).
pub async fn own_recording(db: &Db, customer_id: i64, id: i64) -> Result<Option<Recording>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as(
        "SELECT mime_type, audio, recorded_at FROM call_recordings WHERE id = $1 AND customer_id = $2",
    ).bind(id).bind(customer_id).fetch_optional(pool).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_filter_covers_whole_helsinki_days() {
        let f = Filter {
            after: None,
            from: NaiveDate::from_ymd_opt(2026, 11, 1),
            to: NaiveDate::from_ymd_opt(2026, 11, 30),
        };
        let (from, to) = f.bounds();
        assert_eq!(from.unwrap().to_rfc3339(), "2026-10-31T22:00:00+00:00");
        assert_eq!(to.unwrap().to_rfc3339(), "2026-11-30T22:00:00+00:00");
    }

    #[test]
    fn a_page_says_where_the_next_one_starts_only_when_there_is_one() {
        let full: Vec<i64> = (0..=PAGE_SIZE).collect();
        let (rows, next) = page(full, |r| *r);
        assert_eq!(rows.len() as i64, PAGE_SIZE);
        assert_eq!(next, Some(PAGE_SIZE - 1));
        let (_, next) = page((0..PAGE_SIZE).collect::<Vec<i64>>(), |r| *r);
        assert_eq!(next, None);
    }

    #[test]
    fn a_keyset_adds_only_the_conditions_it_has() {
        let k = Keyset::new("t", None, None, false, None);
        assert_eq!((k.filter.as_str(), k.page.as_str(), k.limit()), ("", "", "$2".to_owned()));
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let k = Keyset::new("t", Some(Param::Date(day)), None, true, Some((Param::Date(day), 7)));
        assert_eq!(k.filter, " AND t >= $2");
        assert_eq!(k.page, " AND t >= $2 AND (t, id) < ($3, $4)");
        assert_eq!(k.limit(), "$5");
        let k = Keyset::new("t", None, Some(Param::Date(day)), true, None);
        assert_eq!(k.filter, " AND t <= $2");
    }

    #[test]
    fn identity_codes_are_masked_unless_revealed() {
        assert_eq!(identity(Some("131052-308T".into()), false), Cell::Text("131052-3***".into()));
        assert_eq!(identity(Some("131052-308T".into()), true), Cell::Text("131052-308T".into()));
    }
}
