//! One function per category of the register: its rows (named, one struct per query)
//! turned into the tables "My data" shows. Every query is bound to the customer id it is
//! given and to nothing the request says about whose data it is.

use super::keyset::{page, time_keyset, Keyset};
use super::Filter;
use crate::domain::{IdentityCode, Lang};
use crate::ssr::db::{Db, Param};
use crate::wire::my_data::{CategoryData, Cell, DataTable, PAGE_SIZE};
use crate::with_db;
use chrono::{DateTime, NaiveDate, Utc};

type Found = Result<(), sqlx::Error>;

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

#[derive(sqlx::FromRow)]
struct BasicRow {
    customer_number: String,
    first_name: String,
    last_name: String,
    identity_code: Option<String>,
    street_address: String,
    postal_code: String,
    city: String,
    phone: Option<String>,
    email: Option<String>,
    language: String,
    created_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct Provenance {
    field: String,
    changed_at: DateTime<Utc>,
    actor_kind: String,
    source: Option<String>,
}

pub(super) async fn basic(db: &Db, customer_id: i64, reveal: bool, data: &mut CategoryData) -> Found {
    let row: Option<BasicRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT customer_number, first_name, last_name, identity_code, street_address, postal_code, city, phone, email, language, created_at
         FROM customers WHERE id = $1",
    ).bind(customer_id).fetch_optional(pool).await?);
    let Some(r) = row else { return Ok(()) };
    // Where each field came from and when it last changed, from the change log.
    let changes: Vec<Provenance> = with_db!(db, pool => sqlx::query_as(
        "SELECT field, changed_at, actor_kind, source FROM change_log
         WHERE customer_id = $1 AND entity = 'customers' ORDER BY changed_at, id",
    ).bind(customer_id).fetch_all(pool).await?);
    let provenance = |field: &str| -> (Cell, Cell) {
        changes.iter().rev().find(|c| c.field == field).map_or((Cell::Empty, Cell::Empty), |c| {
            (Cell::Code(c.source.clone().unwrap_or_else(|| c.actor_kind.clone())), Cell::DateTime(c.changed_at))
        })
    };
    let fields: Vec<(&str, Cell)> = vec![
        ("customer_number", Cell::Text(r.customer_number)),
        ("first_name", Cell::Text(r.first_name)),
        ("last_name", Cell::Text(r.last_name)),
        ("identity_code", identity(r.identity_code, reveal)),
        ("street_address", Cell::Text(r.street_address)),
        ("postal_code", Cell::Text(r.postal_code)),
        ("city", Cell::Text(r.city)),
        ("phone", text(r.phone)),
        ("email", text(r.email)),
        ("language", Cell::Code(format!("lang-{}", r.language))),
        ("customer_since", Cell::DateTime(r.created_at)),
    ];
    let rows = fields
        .into_iter()
        .map(|(field, value)| {
            let (source, changed) = provenance(field);
            vec![Cell::Code(format!("field-{field}")), value, source, changed]
        })
        .collect();
    data.total = 1;
    data.tables.push(table("data-basic-caption", &["col-field", "col-value", "col-source", "col-changed"], rows));
    Ok(())
}

#[derive(sqlx::FromRow)]
struct BusinessRoleRow {
    company_name: String,
    business_id: String,
    role: String,
    position: String,
    valid_from: NaiveDate,
    valid_to: Option<NaiveDate>,
}

pub(super) async fn business_role(db: &Db, customer_id: i64, data: &mut CategoryData) -> Found {
    let rows: Vec<BusinessRoleRow> = with_db!(db, pool => sqlx::query_as(
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
                    Cell::Text(r.company_name),
                    Cell::Text(r.business_id),
                    Cell::Text(r.role),
                    Cell::Text(r.position),
                    Cell::Date(r.valid_from),
                    date(r.valid_to),
                ]
            })
            .collect(),
    ));
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ContractRow {
    contract_number: String,
    product: String,
    status: String,
    started_on: NaiveDate,
    ended_on: Option<NaiveDate>,
    service_address: Option<String>,
}

#[derive(sqlx::FromRow)]
struct OrderRow {
    id: i64,
    order_number: String,
    ordered_at: DateTime<Utc>,
    channel: String,
    status: String,
}

#[derive(sqlx::FromRow)]
struct OrderItemRow {
    order_id: i64,
    product: String,
    quantity: i32,
}

pub(super) async fn contracts(db: &Db, customer_id: i64, lang: Lang, due: Due, data: &mut CategoryData) -> Found {
    // Product names in the customer's language; the column is chosen here, never from input.
    let name = match lang {
        Lang::Fi => "p.name_fi",
        Lang::Sv => "p.name_sv",
        Lang::En => "p.name_en",
    };
    let contracts: Vec<ContractRow> = with_db!(db, pool => sqlx::query_as(&format!(
        "SELECT c.contract_number, {name} AS product, c.status, c.started_on, c.ended_on, c.service_address
         FROM contracts c JOIN products p ON p.id = c.product_id WHERE c.customer_id = $1 ORDER BY c.started_on DESC, c.id DESC",
    )).bind(customer_id).fetch_all(pool).await?);
    let orders: Vec<OrderRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT id, order_number, ordered_at, channel, status FROM orders WHERE customer_id = $1 ORDER BY ordered_at DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    let items: Vec<OrderItemRow> = with_db!(db, pool => sqlx::query_as(&format!(
        "SELECT i.order_id, {name} AS product, i.quantity FROM order_items i
         JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id
         WHERE o.customer_id = $1 ORDER BY i.id",
    )).bind(customer_id).fetch_all(pool).await?);
    data.total = (contracts.len() + orders.len()) as i64;
    data.tables.push(table(
        "data-contracts-caption",
        &with_due_column(
            &["col-contract-number", "col-product", "col-status", "col-started", "col-ended", "col-service-address"],
            due,
            false,
        ),
        contracts
            .into_iter()
            .map(|r| {
                let ended = r.ended_on.and_then(|d| d.and_hms_opt(0, 0, 0)).map(|d| d.and_utc());
                let mut cells = vec![
                    Cell::Text(r.contract_number),
                    Cell::Text(r.product),
                    Cell::Code(r.status),
                    Cell::Date(r.started_on),
                    date(r.ended_on),
                    text(r.service_address),
                ];
                cells.extend(due_cell(due, ended));
                cells
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
                    .filter(|i| i.order_id == o.id)
                    .map(|i| format!("{} × {}", i.quantity, i.product))
                    .collect::<Vec<_>>()
                    .join(", ");
                vec![
                    Cell::Text(o.order_number),
                    Cell::DateTime(o.ordered_at),
                    Cell::Code(o.channel),
                    Cell::Code(o.status),
                    text(Some(what)),
                ]
            })
            .collect(),
    ));
    Ok(())
}

#[derive(sqlx::FromRow)]
struct InvoiceRow {
    id: i64,
    invoice_number: String,
    issued_on: NaiveDate,
    due_on: NaiveDate,
    amount_cents: i64,
    currency: String,
    status: String,
    paid_on: Option<NaiveDate>,
}

#[derive(sqlx::FromRow)]
struct CollectionRow {
    agency: String,
    status: String,
    amount_cents: i64,
    currency: String,
    opened_on: NaiveDate,
    closed_on: Option<NaiveDate>,
}

pub(super) async fn billing(db: &Db, customer_id: i64, filter: &Filter, due: Due, data: &mut CategoryData) -> Found {
    data.paged = true;
    let cursor = match filter.after {
        Some(id) => match with_db!(db, pool => sqlx::query_scalar::<_, NaiveDate>(
            "SELECT issued_on FROM invoices WHERE id = $1 AND customer_id = $2",
        ).bind(id).bind(customer_id).fetch_optional(pool).await?)
        {
            Some(at) => Some((Param::Date(at), id)),
            None => return Ok(()),
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
    let rows: Vec<InvoiceRow> = with_db!(db, pool =>
        crate::bind_params!(sqlx::query_as(&sql).bind(customer_id), &k.page_params).bind(PAGE_SIZE + 1).fetch_all(pool).await?);
    data.total = count(db, customer_id, "invoices", &k).await?;
    let (rows, next) = page(rows, |r| r.id);
    data.next_after = next;
    data.tables.push(table(
        "data-invoices-caption",
        &with_due_column(
            &["col-invoice-number", "col-issued", "col-due", "col-amount", "col-status", "col-paid"],
            due,
            false,
        ),
        rows.into_iter()
            .map(|r| {
                let issued = r.issued_on.and_hms_opt(0, 0, 0).map(|d| d.and_utc());
                let mut cells = vec![
                    Cell::Text(r.invoice_number),
                    Cell::Date(r.issued_on),
                    Cell::Date(r.due_on),
                    Cell::Money { cents: r.amount_cents, currency: r.currency },
                    Cell::Code(r.status),
                    date(r.paid_on),
                ];
                cells.extend(due_cell(due, issued));
                cells
            })
            .collect(),
    ));
    if filter.after.is_none() {
        let cases: Vec<CollectionRow> = with_db!(db, pool => sqlx::query_as(
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
                        Cell::Text(c.agency),
                        Cell::Code(c.status),
                        Cell::Money { cents: c.amount_cents, currency: c.currency },
                        Cell::Date(c.opened_on),
                        date(c.closed_on),
                    ]
                })
                .collect(),
        ));
    }
    Ok(())
}

/// How many of the customer's rows of `table` the keyset's date filter selects.
async fn count(db: &Db, customer_id: i64, table: &str, k: &Keyset) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM {table} WHERE customer_id = $1{}", k.filter);
    with_db!(db, pool => crate::bind_params!(sqlx::query_scalar(&sql).bind(customer_id), &k.filter_params).fetch_one(pool).await)
}

#[derive(sqlx::FromRow)]
struct IpRow {
    id: i64,
    address: String,
    assigned_from: DateTime<Utc>,
    assigned_to: Option<DateTime<Utc>>,
}

pub(super) async fn ip_addresses(
    db: &Db,
    customer_id: i64,
    filter: &Filter,
    due: Due,
    data: &mut CategoryData,
) -> Found {
    data.paged = true;
    let Some(k) = time_keyset(db, customer_id, "ip_assignments", "assigned_from", filter).await? else {
        return Ok(());
    };
    let sql = format!(
        "SELECT id, address, assigned_from, assigned_to FROM ip_assignments
         WHERE customer_id = $1{} ORDER BY assigned_from DESC, id DESC LIMIT {}",
        k.page,
        k.limit()
    );
    let rows: Vec<IpRow> = with_db!(db, pool =>
        crate::bind_params!(sqlx::query_as(&sql).bind(customer_id), &k.page_params).bind(PAGE_SIZE + 1).fetch_all(pool).await?);
    data.total = count(db, customer_id, "ip_assignments", &k).await?;
    let (rows, next) = page(rows, |r| r.id);
    data.next_after = next;
    data.tables.push(table(
        "data-ip-caption",
        &with_due_column(&["col-ip-address", "col-assigned-from", "col-assigned-to"], due, false),
        rows.into_iter()
            .map(|r| {
                let mut cells = vec![Cell::Text(r.address), Cell::DateTime(r.assigned_from), datetime(r.assigned_to)];
                cells.extend(due_cell(due, r.assigned_to));
                cells
            })
            .collect(),
    ));
    Ok(())
}

#[derive(sqlx::FromRow)]
struct OtherRow {
    topic: String,
    content: String,
    channel: String,
    given_at: DateTime<Utc>,
}

pub(super) async fn other_data(db: &Db, customer_id: i64, data: &mut CategoryData) -> Found {
    let rows: Vec<OtherRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT topic, content, channel, given_at FROM other_data WHERE customer_id = $1 ORDER BY given_at DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    data.total = rows.len() as i64;
    data.tables.push(table(
        "data-other-caption",
        &["col-topic", "col-content", "col-channel", "col-given"],
        rows.into_iter()
            .map(|r| {
                vec![Cell::Text(r.topic), Cell::Text(r.content), Cell::Code(r.channel), Cell::DateTime(r.given_at)]
            })
            .collect(),
    ));
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ConsentRow {
    purpose: String,
    channel: String,
    action: String,
    occurred_at: DateTime<Utc>,
    source: String,
    wording: Option<String>,
    wording_version: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ProhibitionRow {
    channel: String,
    action: String,
    occurred_at: DateTime<Utc>,
    source: String,
}

pub(super) async fn marketing_permissions(
    db: &Db,
    reg: &crate::register::Register,
    lang: Lang,
    customer_id: i64,
    data: &mut CategoryData,
) -> Found {
    let consents: Vec<ConsentRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT purpose, channel, action, occurred_at, source, wording, wording_version FROM consent_events WHERE customer_id = $1
         ORDER BY occurred_at DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    let prohibitions: Vec<ProhibitionRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT channel, action, occurred_at, source FROM marketing_prohibition_events WHERE customer_id = $1 ORDER BY occurred_at DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    let objections: Vec<ObjectionRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT e.purpose, e.action, e.occurred_at, r.reference FROM objection_events e LEFT JOIN requests r ON r.id = e.request_id
         WHERE e.customer_id = $1 ORDER BY e.occurred_at DESC, e.id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    data.total = (consents.len() + prohibitions.len() + objections.len()) as i64;
    data.tables.push(table(
        "data-consents-caption",
        &["col-purpose", "col-channel", "col-event", "col-when", "col-source", "col-wording"],
        consents
            .into_iter()
            .map(|r| {
                let wording = match (r.wording, r.wording_version) {
                    (Some(text), Some(version)) => Cell::Text(format!("{text} [{version}]")),
                    (Some(text), None) => Cell::Text(text),
                    _ => Cell::Empty,
                };
                vec![
                    Cell::Code(r.purpose),
                    Cell::Code(r.channel),
                    Cell::Code(r.action),
                    Cell::DateTime(r.occurred_at),
                    Cell::Code(r.source),
                    wording,
                ]
            })
            .collect(),
    ));
    data.tables.push(table(
        "data-prohibitions-caption",
        &["col-channel", "col-event", "col-when", "col-source"],
        prohibitions
            .into_iter()
            .map(|r| {
                vec![Cell::Code(r.channel), Cell::Code(r.action), Cell::DateTime(r.occurred_at), Cell::Code(r.source)]
            })
            .collect(),
    ));
    // Objections to other purposes (Art. 21(1)), shown once there is one.
    if !objections.is_empty() {
        data.tables.push(table(
            "data-objections-caption",
            &["col-purpose", "col-event", "col-when", "col-request"],
            objections
                .into_iter()
                .map(|r| {
                    let title = reg.purpose(&r.purpose).map(|p| p.title.get(lang).to_owned()).unwrap_or(r.purpose);
                    vec![
                        Cell::Text(title),
                        Cell::Code(r.action),
                        Cell::DateTime(r.occurred_at),
                        r.reference.map(Cell::Text).unwrap_or(Cell::Empty),
                    ]
                })
                .collect(),
        ));
    }
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ObjectionRow {
    purpose: String,
    action: String,
    occurred_at: DateTime<Utc>,
    reference: Option<String>,
}

#[derive(sqlx::FromRow)]
struct BlockRow {
    kind: String,
    reason: String,
    set_by: String,
    since: DateTime<Utc>,
    until: Option<DateTime<Utc>>,
}

pub(super) async fn service_blocks(db: &Db, customer_id: i64, data: &mut CategoryData) -> Found {
    let rows: Vec<BlockRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT kind, reason, set_by, since, until FROM service_blocks WHERE customer_id = $1 ORDER BY since DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    data.total = rows.len() as i64;
    data.tables.push(table(
        "data-blocks-caption",
        &["col-block", "col-reason", "col-set-by", "col-since", "col-until"],
        rows.into_iter()
            .map(|r| {
                vec![
                    Cell::Code(r.kind),
                    Cell::Code(r.reason),
                    Cell::Code(r.set_by),
                    Cell::DateTime(r.since),
                    datetime(r.until),
                ]
            })
            .collect(),
    ));
    Ok(())
}

#[derive(sqlx::FromRow)]
struct TrafficRow {
    id: i64,
    started_at: DateTime<Utc>,
    direction: String,
    kind: String,
    other_party: String,
    duration_seconds: i32,
}

pub(super) async fn traffic_data(
    db: &Db,
    customer_id: i64,
    filter: &Filter,
    due: Due,
    data: &mut CategoryData,
) -> Found {
    data.paged = true;
    let Some(k) = time_keyset(db, customer_id, "traffic_records", "started_at", filter).await? else {
        return Ok(());
    };
    let sql = format!(
        "SELECT id, started_at, direction, kind, other_party, duration_seconds FROM traffic_records
         WHERE customer_id = $1{} ORDER BY started_at DESC, id DESC LIMIT {}",
        k.page,
        k.limit()
    );
    let rows: Vec<TrafficRow> = with_db!(db, pool =>
        crate::bind_params!(sqlx::query_as(&sql).bind(customer_id), &k.page_params).bind(PAGE_SIZE + 1).fetch_all(pool).await?);
    data.total = count(db, customer_id, "traffic_records", &k).await?;
    let (rows, next) = page(rows, |r| r.id);
    data.next_after = next;
    data.tables.push(table(
        "data-traffic-caption",
        &with_due_column(&["col-when", "col-direction", "col-kind", "col-other-party", "col-duration"], due, false),
        rows.into_iter()
            .map(|r| {
                let mut cells = vec![
                    Cell::DateTime(r.started_at),
                    Cell::Code(r.direction),
                    Cell::Code(r.kind),
                    Cell::Text(r.other_party),
                    Cell::Seconds(r.duration_seconds.into()),
                ];
                cells.extend(due_cell(due, Some(r.started_at)));
                cells
            })
            .collect(),
    ));
    Ok(())
}

#[derive(sqlx::FromRow)]
struct RecordingRow {
    id: i64,
    recorded_at: DateTime<Utc>,
    direction: String,
    topic: String,
    duration_seconds: i32,
}

pub(super) async fn call_recordings(db: &Db, customer_id: i64, due: Due, data: &mut CategoryData) -> Found {
    let rows: Vec<RecordingRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT id, recorded_at, direction, topic, duration_seconds FROM call_recordings
         WHERE customer_id = $1 ORDER BY recorded_at DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    data.total = rows.len() as i64;
    data.tables.push(table(
        "data-recordings-caption",
        &with_due_column(&["col-when", "col-direction", "col-topic", "col-duration", "col-recording"], due, true),
        rows.into_iter()
            .map(|r| {
                let mut cells = vec![
                    Cell::DateTime(r.recorded_at),
                    Cell::Code(r.direction),
                    Cell::Text(r.topic),
                    Cell::Seconds(r.duration_seconds.into()),
                ];
                cells.extend(due_cell(due, Some(r.recorded_at)));
                // The player stays the last column.
                cells.push(Cell::Text(format!("{}/{}", crate::paths::RECORDING_PATH, r.id)));
                cells
            })
            .collect(),
    ));
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ChangeRow {
    changed_at: DateTime<Utc>,
    field: String,
    old_value: Option<String>,
    new_value: Option<String>,
    actor_kind: String,
    source: Option<String>,
    reference: Option<String>,
}

pub(super) async fn change_history(db: &Db, customer_id: i64, reveal: bool, data: &mut CategoryData) -> Found {
    let rows: Vec<ChangeRow> = with_db!(db, pool => sqlx::query_as(
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
                let secret = r.field == "identity_code";
                let value = |v: Option<String>| if secret { identity(v, reveal) } else { text(v) };
                vec![
                    Cell::DateTime(r.changed_at),
                    Cell::Code(format!("field-{}", r.field)),
                    value(r.old_value),
                    value(r.new_value),
                    Cell::Code(r.source.unwrap_or(r.actor_kind)),
                    text(r.reference),
                ]
            })
            .collect(),
    ));
    Ok(())
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
