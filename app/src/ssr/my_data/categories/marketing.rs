//! Marketing permissions (consents and prohibitions) and service blocks.

use super::*;
use crate::domain::ids::CustomerId;

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

pub(in crate::ssr::my_data) async fn marketing_permissions(
    db: &Db,
    reg: &crate::register::Register,
    lang: Lang,
    customer_id: CustomerId,
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

pub(in crate::ssr::my_data) async fn service_blocks(
    db: &Db,
    customer_id: CustomerId,
    data: &mut CategoryData,
) -> Found {
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
