//! The person: basic data, business roles, other data and the history of changes.

use super::*;
use crate::domain::ids::CustomerId;

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

pub(in crate::ssr::my_data) async fn basic(
    db: &Db,
    customer_id: CustomerId,
    reveal: bool,
    data: &mut CategoryData,
) -> Found {
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

pub(in crate::ssr::my_data) async fn business_role(db: &Db, customer_id: CustomerId, data: &mut CategoryData) -> Found {
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
struct OtherRow {
    topic: String,
    content: String,
    channel: String,
    given_at: DateTime<Utc>,
}

pub(in crate::ssr::my_data) async fn other_data(db: &Db, customer_id: CustomerId, data: &mut CategoryData) -> Found {
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
struct ChangeRow {
    changed_at: DateTime<Utc>,
    field: String,
    old_value: Option<String>,
    new_value: Option<String>,
    actor_kind: String,
    source: Option<String>,
    reference: Option<String>,
}

pub(in crate::ssr::my_data) async fn change_history(
    db: &Db,
    customer_id: CustomerId,
    reveal: bool,
    data: &mut CategoryData,
) -> Found {
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
