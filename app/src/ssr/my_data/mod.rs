//! The queries behind "My data": every category of the register for one customer.
//! Every query is bound to the customer id it is given (from the session, by the caller)
//! and to nothing the request says about whose data it is.
//!
//! Each category has its own function in `categories`; the large ones (traffic data, IP
//! addresses, invoices) are paged with a keyset (`keyset`), never with OFFSET.

mod categories;
mod keyset;
pub mod portal;

use super::db::Db;
use crate::domain::ids::{AccountId, CustomerId};
use crate::domain::Lang;
use crate::wire::my_data::{CategoryData, ErasureNow};
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
    pub(super) fn bounds(&self) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        let start = |d: NaiveDate| {
            d.and_hms_opt(0, 0, 0)
                .and_then(|t| t.and_local_timezone(chrono_tz::Europe::Helsinki).earliest())
                .map(|t| t.with_timezone(&Utc))
        };
        (self.from.and_then(start), self.to.and_then(|d| d.succ_opt()).and_then(start))
    }
}

/// The number of records of one customer in each category of the register.
#[derive(sqlx::FromRow)]
struct Counts {
    basic: i64,
    business_role: i64,
    contracts: i64,
    billing: i64,
    ip_addresses: i64,
    other_data: i64,
    marketing_permissions: i64,
    service_blocks: i64,
    traffic_data: i64,
    call_recordings: i64,
    change_history: i64,
    portal: i64,
}

/// The number of records in each category of the register, in the register's order.
pub async fn counts(db: &Db, customer_id: CustomerId) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let sql = "SELECT
        (SELECT COUNT(*) FROM customers WHERE id = $1) AS basic,
        (SELECT COUNT(*) FROM business_roles WHERE customer_id = $1) AS business_role,
        (SELECT COUNT(*) FROM contracts WHERE customer_id = $1) + (SELECT COUNT(*) FROM orders WHERE customer_id = $1) AS contracts,
        (SELECT COUNT(*) FROM invoices WHERE customer_id = $1) + (SELECT COUNT(*) FROM collection_cases WHERE customer_id = $1) AS billing,
        (SELECT COUNT(*) FROM ip_assignments WHERE customer_id = $1) AS ip_addresses,
        (SELECT COUNT(*) FROM other_data WHERE customer_id = $1) AS other_data,
        (SELECT COUNT(*) FROM consent_events WHERE customer_id = $1)
          + (SELECT COUNT(*) FROM marketing_prohibition_events WHERE customer_id = $1) AS marketing_permissions,
        (SELECT COUNT(*) FROM service_blocks WHERE customer_id = $1) AS service_blocks,
        (SELECT COUNT(*) FROM traffic_records WHERE customer_id = $1) AS traffic_data,
        (SELECT COUNT(*) FROM call_recordings WHERE customer_id = $1) AS call_recordings,
        (SELECT COUNT(*) FROM change_log WHERE customer_id = $1) AS change_history";
    let sql = format!("{sql},\n        {} AS portal", portal::COUNT_SQL);
    let c: Counts = with_db!(db, pool => sqlx::query_as(&sql).bind(customer_id).fetch_one(pool).await?);
    Ok(vec![
        ("basic".into(), c.basic),
        ("business_role".into(), c.business_role),
        ("contracts".into(), c.contracts),
        ("billing".into(), c.billing),
        ("ip_addresses".into(), c.ip_addresses),
        ("other_data".into(), c.other_data),
        ("marketing_permissions".into(), c.marketing_permissions),
        ("service_blocks".into(), c.service_blocks),
        ("traffic_data".into(), c.traffic_data),
        ("call_recordings".into(), c.call_recordings),
        ("change_history".into(), c.change_history),
        ("portal".into(), c.portal),
    ])
}

/// The basic-data fields a customer may rectify, as stored.
#[derive(sqlx::FromRow)]
struct BasicValues {
    first_name: String,
    last_name: String,
    identity_code: Option<String>,
    street_address: String,
    postal_code: String,
    city: String,
    phone: Option<String>,
    email: Option<String>,
    language: String,
}

/// The basic-data fields a customer may ask to rectify, with their current values
/// (field slug, value as stored).
pub async fn basic_values(db: &Db, customer_id: CustomerId) -> Result<Vec<(String, Option<String>)>, sqlx::Error> {
    let row: Option<BasicValues> = with_db!(db, pool => sqlx::query_as(
        "SELECT first_name, last_name, identity_code, street_address, postal_code, city, phone, email, language
         FROM customers WHERE id = $1",
    ).bind(customer_id).fetch_optional(pool).await?);
    let Some(r) = row else { return Ok(Vec::new()) };
    Ok(vec![
        ("first_name".into(), Some(r.first_name)),
        ("last_name".into(), Some(r.last_name)),
        ("identity_code".into(), r.identity_code),
        ("street_address".into(), Some(r.street_address)),
        ("postal_code".into(), Some(r.postal_code)),
        ("city".into(), Some(r.city)),
        ("phone".into(), r.phone),
        ("email".into(), r.email),
        ("language".into(), Some(r.language)),
    ])
}

#[derive(sqlx::FromRow)]
struct RoleRow {
    id: i64,
    company_name: String,
    role: String,
    position: String,
}

#[derive(sqlx::FromRow)]
struct GivenRow {
    id: i64,
    topic: String,
    content: String,
}

/// The fields of the customer's records they may ask to rectify: the role and the
/// position of each role at a business customer, and each item of other data they gave.
pub async fn rectifiable_records(
    db: &Db,
    customer_id: CustomerId,
) -> Result<Vec<crate::wire::requests::RecordField>, sqlx::Error> {
    use crate::domain::request::RectifiableField as F;
    use crate::wire::requests::RecordField;
    let (roles, given): (Vec<RoleRow>, Vec<GivenRow>) = with_db!(db, pool => (
        sqlx::query_as("SELECT id, company_name, role, position FROM business_roles WHERE customer_id = $1 ORDER BY valid_from, id")
            .bind(customer_id).fetch_all(pool).await?,
        sqlx::query_as("SELECT id, topic, content FROM other_data WHERE customer_id = $1 ORDER BY given_at, id")
            .bind(customer_id).fetch_all(pool).await?,
    ));
    let mut out = Vec::new();
    for r in roles {
        out.push(RecordField { field: F::BusinessRole, record: r.id, of: r.company_name.clone(), current: r.role });
        out.push(RecordField { field: F::BusinessPosition, record: r.id, of: r.company_name, current: r.position });
    }
    out.extend(given.into_iter().map(|g| RecordField {
        field: F::OtherData,
        record: g.id,
        of: g.topic,
        current: g.content,
    }));
    Ok(out)
}

/// The value of `field` in the customer's own record `id`; `None` when the record is
/// not theirs (or not there), or the field is of the basic data.
pub async fn record_value(
    db: &Db,
    customer_id: CustomerId,
    field: crate::domain::request::RectifiableField,
    id: i64,
) -> Result<Option<String>, sqlx::Error> {
    let Some((table, column, _)) = field.record() else { return Ok(None) };
    let sql = format!("SELECT {column} FROM {table} WHERE id = $1 AND customer_id = $2");
    with_db!(db, pool => sqlx::query_scalar(&sql).bind(id).bind(customer_id).fetch_optional(pool).await)
}

#[derive(sqlx::FromRow)]
struct StaffViewRow {
    occurred_at: DateTime<Utc>,
    role: String,
    actor_id: Option<AccountId>,
    detail: Option<String>,
    reference: Option<String>,
}

/// Staff looks at customer `$1`'s data, newest first, at most 100. Its condition on the
/// action is the condition of the looks' own index (`audit_log_staff_views`, migration
/// 0036), word for word: only through it is a look found without reading every audit
/// row of the customer.
pub const STAFF_VIEWS_SQL: &str =
    "SELECT l.occurred_at, COALESCE(a.role, 'staff') AS role, l.actor_id, l.detail, r.reference
     FROM audit_log l LEFT JOIN accounts a ON a.id = l.actor_id
     LEFT JOIN requests r ON r.id = l.request_id AND r.customer_id = l.customer_id
     WHERE l.customer_id = $1 AND l.actor_kind = 'staff' AND l.action = 'view_customer_data'
     ORDER BY l.occurred_at DESC, l.id DESC LIMIT 100";

/// Staff looks at the customer's data, newest first, at most 100. Staff appear by role
/// and a pseudonymous number (their account id), never by name.
pub async fn staff_views(
    db: &Db,
    customer_id: CustomerId,
) -> Result<Vec<crate::wire::my_data::StaffView>, sqlx::Error> {
    let rows: Vec<StaffViewRow> =
        with_db!(db, pool => sqlx::query_as(STAFF_VIEWS_SQL).bind(customer_id).fetch_all(pool).await?);
    Ok(rows
        .into_iter()
        .map(|r| crate::wire::my_data::StaffView {
            at: r.occurred_at,
            role: r.role,
            staff_ref: r.actor_id.map(|id| format!("H-{id:04}")).unwrap_or_default(),
            what: r.detail,
            request: r.reference,
        })
        .collect())
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
    customer_id: CustomerId,
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

/// A category's records, or `None` for an unknown category id.
pub async fn category(
    db: &Db,
    reg: &crate::register::Register,
    customer_id: CustomerId,
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
        retention: None,
    };
    let d = &mut data;
    let due = crate::ssr::retention::record_rule(reg, id);
    match id {
        "basic" => categories::basic(db, customer_id, reveal, d).await?,
        "business_role" => categories::business_role(db, customer_id, d).await?,
        "contracts" => categories::contracts(db, customer_id, lang, due, d).await?,
        "billing" => categories::billing(db, customer_id, filter, due, d).await?,
        "ip_addresses" => categories::ip_addresses(db, customer_id, filter, due, d).await?,
        "other_data" => categories::other_data(db, customer_id, d).await?,
        "marketing_permissions" => categories::marketing_permissions(db, reg, lang, customer_id, d).await?,
        "service_blocks" => categories::service_blocks(db, customer_id, d).await?,
        "traffic_data" => categories::traffic_data(db, customer_id, filter, due, d).await?,
        "call_recordings" => categories::call_recordings(db, customer_id, due, d).await?,
        "change_history" => categories::change_history(db, customer_id, reveal, d).await?,
        "portal" => portal::portal(db, reg, customer_id, filter, lang, d).await?,
        _ => return Ok(None),
    }
    Ok(Some(data))
}

/// When and by which request the restriction in force was set: the latest change of
/// the flag to `true`, with its request's kind and details (for the ground).
#[derive(Debug, sqlx::FromRow)]
pub struct RestrictionRow {
    pub changed_at: DateTime<Utc>,
    pub reference: Option<String>,
    pub kind: Option<String>,
    pub details: Option<String>,
}

/// The restriction in force, or `None` when processing is not restricted.
pub async fn restriction(db: &Db, customer_id: CustomerId) -> Result<Option<RestrictionRow>, sqlx::Error> {
    if !is_restricted(db, customer_id).await? {
        return Ok(None);
    }
    let row: Option<RestrictionRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT l.changed_at, r.reference, r.kind, r.details FROM change_log l LEFT JOIN requests r ON r.id = l.request_id
         WHERE l.customer_id = $1 AND l.field = 'processing_restricted' AND l.new_value = 'true'
         ORDER BY l.id DESC LIMIT 1",
    ).bind(customer_id).fetch_optional(pool).await?);
    // Restricted with no recorded change (set outside the portal): in force, unexplained.
    Ok(Some(row.unwrap_or(RestrictionRow { changed_at: Utc::now(), reference: None, kind: None, details: None })))
}

/// One item of "other data the customer has given", as the erasure form lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OtherDataItem {
    pub id: i64,
    pub topic: String,
    pub given_at: DateTime<Utc>,
}

/// The customer's items of other data, newest first.
pub async fn other_data_items(db: &Db, customer_id: CustomerId) -> Result<Vec<OtherDataItem>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as(
        "SELECT id, topic, given_at FROM other_data WHERE customer_id = $1 ORDER BY given_at DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await)
}

/// Whether the processing of the customer's data is restricted (GDPR Art. 18).
pub async fn is_restricted(db: &Db, customer_id: CustomerId) -> Result<bool, sqlx::Error> {
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
pub async fn own_recording(db: &Db, customer_id: CustomerId, id: i64) -> Result<Option<Recording>, sqlx::Error> {
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
}
