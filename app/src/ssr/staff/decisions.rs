//! Deciding a request: approved, its effect applied to the register (a rectification
//! written, an erasure of every copy, an objection upheld, a restriction set), or
//! rejected with the answer to the customer; and the recipients to tell (Art. 19).

use super::*;
use crate::domain::Lang;
use crate::ssr::outbox::MailArgs;

/// The categories a decision changes: the basic data for a rectification, the erased
/// categories (and those of single records) for an erasure, every category for a
/// restriction.
pub fn categories_changed<'a>(register: &'a crate::register::Register, details: &'a RequestDetails) -> Vec<&'a str> {
    match details {
        RequestDetails::Rectification { field, .. } => vec![field.category()],
        RequestDetails::Erasure { categories, records, .. } => {
            let mut of: Vec<&str> = categories.iter().map(String::as_str).collect();
            of.extend(records.iter().filter_map(|r| crate::domain::request::erasable_record(r)).map(|(c, _)| c));
            of
        }
        RequestDetails::Restriction { .. } => register.categories.iter().map(|c| c.id.as_str()).collect(),
        _ => Vec::new(),
    }
}

/// A disclosure of the customer's data as a decision reads the log (oldest first).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Disclosed {
    pub recipient_name: String,
    /// Comma-separated category ids.
    pub categories: String,
    /// Where the recipient is told of later changes, if staff recorded it.
    pub notify_email: Option<String>,
    /// The recipient's reference (e.g. an authority's case number).
    pub reference: Option<String>,
    pub disclosed_on: NaiveDate,
}

/// A recipient to tell of a change (GDPR Art. 19).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToTell {
    pub recipient: String,
    /// The latest address recorded with one of the disclosures concerned: the notice
    /// goes there through the outbox; none, and staff tell the recipient another way.
    pub address: Option<String>,
    /// The disclosures concerned: their references and days, oldest first.
    pub references: Vec<String>,
    pub days: Vec<NaiveDate>,
    /// The changed categories this recipient received (by id), in the order disclosed.
    pub categories: Vec<String>,
}

/// The recipients to tell of a change (GDPR Art. 19): each named recipient the log of
/// disclosures says received any of `categories`, once, in the order first disclosed,
/// with the disclosures concerned.
pub fn recipients_of(disclosed: &[Disclosed], categories: &[&str]) -> Vec<ToTell> {
    let mut out: Vec<ToTell> = Vec::new();
    for d in disclosed.iter().filter(|d| d.categories.split(',').any(|c| categories.contains(&c))) {
        let at = match out.iter().position(|t| t.recipient == d.recipient_name) {
            Some(at) => at,
            None => {
                let new = ToTell {
                    recipient: d.recipient_name.clone(),
                    address: None,
                    references: vec![],
                    days: vec![],
                    categories: vec![],
                };
                out.push(new);
                out.len() - 1
            }
        };
        let tell = &mut out[at];
        if d.notify_email.is_some() {
            tell.address.clone_from(&d.notify_email);
        }
        if let Some(r) = d.reference.as_ref().filter(|r| !tell.references.contains(r)) {
            tell.references.push(r.clone());
        }
        if !tell.days.contains(&d.disclosed_on) {
            tell.days.push(d.disclosed_on);
        }
        for c in d.categories.split(',').filter(|c| categories.contains(c)) {
            if !tell.categories.iter().any(|t| t == c) {
                tell.categories.push(c.to_owned());
            }
        }
    }
    out
}

/// The notice (in Finnish, the recipients' language of business here) that tells
/// `tell` of the change `details` made: what was done, to which of the categories it
/// received, which disclosures it concerns (their days and references), and whom to ask
/// for the changed data. It carries no personal data.
pub fn recipient_notice(register: &crate::register::Register, details: &RequestDetails, tell: &ToTell) -> MailArgs {
    let lang = Lang::Fi;
    let change = match details {
        RequestDetails::Erasure { .. } => "erasure",
        RequestDetails::Restriction { .. } => "restriction",
        _ => "rectification",
    };
    let titles: Vec<&str> =
        tell.categories.iter().filter_map(|c| register.category(c)).map(|c| c.title.get(lang)).collect();
    let days: Vec<String> = tell.days.iter().map(|d| crate::i18n::format_date(lang, *d)).collect();
    let references = if tell.references.is_empty() { "-".to_owned() } else { tell.references.join(", ") };
    MailArgs {
        reference: Some(references),
        change: Some(change.to_owned()),
        categories: Some(titles.join(", ")),
        date: Some(days.join(", ")),
        contact: Some(register.controller.contact_person.email.clone()),
        ..Default::default()
    }
}

/// A rectified email address becomes the customer's login address only when a link
/// sent to it is confirmed (`ssr::login_email`): in the decision's transaction, the
/// change with the link's hash, the link to the new address and a notice to the old
/// login address (unless erased), each in the customer's language. Nothing when the
/// customer has no account or already signs in with that address.
macro_rules! move_login_later {
    ($tx:ident, $customer_id:expr, $request_id:expr, $proposed:expr, $now:expr) => {{
        use crate::ssr::login_email;
        use crate::ssr::outbox::{Mail, MailArgs, OutboxTx};
        let account: Option<login_email::LoginAccount> =
            sqlx::query_as(login_email::ACCOUNT_SQL).bind($customer_id).fetch_optional(&mut *$tx).await?;
        if let Some(a) = account.filter(|a| !a.email.eq_ignore_ascii_case($proposed)) {
            let (token, stored) = login_email::new_token();
            sqlx::query(login_email::VOID_SQL).bind($now).bind(a.id).execute(&mut *$tx).await?;
            sqlx::query(login_email::INSERT_SQL)
                .bind(a.id)
                .bind($request_id)
                .bind($proposed)
                .bind(stored)
                .bind($now)
                .bind($now + login_email::VALIDITY)
                .execute(&mut *$tx)
                .await?;
            let lang = a.language.parse().unwrap_or_default();
            let link = MailArgs {
                link_path: Some(format!("{}?avain={token}", crate::paths::EMAIL_CONFIRM_PATH)),
                ..Default::default()
            };
            let confirm = Mail {
                template: "login-email-confirm-mail",
                lang,
                to: $proposed,
                args: link,
                customer_id: Some($customer_id),
            };
            $tx.enqueue_mail(&confirm, $now).await?;
            if !a.email.ends_with("@invalid") {
                let notice = Mail {
                    template: "login-email-notice-mail",
                    lang,
                    to: &a.email,
                    args: MailArgs::default(),
                    customer_id: Some($customer_id),
                };
                $tx.enqueue_mail(&notice, $now).await?;
            }
        }
    }};
}

/// Decides request `reference`: approved (its effect applied to the register) or
/// rejected, with the answer to the customer. Approved rectifications, erasures and
/// restrictions list the recipients to be told (GDPR Art. 19).
pub async fn decide(
    db: &Db,
    staff: Staff,
    register: &crate::register::Register,
    reference: &str,
    approve: bool,
    reason: &str,
) -> Result<Outcome, sqlx::Error> {
    let event = if approve { "completed" } else { "rejected" };
    staff_action!(db, staff, reference, event, |tx, t, now| {
        if !t.status.is_open() {
            return Ok(Outcome::NotApplicable);
        }
        if !may_decide(staff.role, t.kind, approve) {
            return Ok(Outcome::NotAllowed);
        }
        if approve {
            // Carried out only for a person identified as surely as the register asks.
            let checks: Vec<(String, bool)> =
                sqlx::query_as("SELECT method, verified FROM identity_checks WHERE request_id = $1")
                    .bind(t.id)
                    .fetch_all(&mut *tx)
                    .await?;
            let established = crate::domain::identity::established(
                checks.iter().filter_map(|(m, v)| Some((m.parse::<crate::domain::IdentityMethod>().ok()?, *v))),
            );
            if established.is_none_or(|level| level < register.identity_required(t.kind)) {
                return Ok(Outcome::IdentityMissing);
            }
        }
        if approve {
            // A decision that changes the register needs the customer it is about; an
            // answer (a copy, a question, a complaint) does not: someone not in the
            // register is told that nothing is held about them.
            let answer_only = matches!(t.kind, RequestKind::Copy | RequestKind::Question | RequestKind::Complaint);
            if t.customer_id.is_none() && !answer_only {
                return Ok(Outcome::NotLinked);
            }
            if let Some(customer_id) = t.customer_id {
                if t.kind == RequestKind::Copy {
                    // The answer to a copy request is the copy: prepared first, released now.
                    let until = now + chrono::Duration::days(super::copies::COPY_DAYS);
                    let released = sqlx::query(super::copies::RELEASE_SQL)
                        .bind(staff.id)
                        .bind(now)
                        .bind(until)
                        .bind(t.id)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                    if released != 1 {
                        return Ok(Outcome::CopyMissing);
                    }
                }
                match &t.details {
                    Some(RequestDetails::Rectification { field, record, proposed, .. }) => {
                        // The basic data's column, or the column of the customer's own record.
                        let (table, column, entity_id) = match (field.record(), record) {
                            (Some((table, column, _)), Some(id)) => (table, column, *id),
                            (None, None) => ("customers", field.as_str(), customer_id.0),
                            _ => return Ok(Outcome::NotApplicable),
                        };
                        let owner = if table == "customers" { "id" } else { "customer_id" };
                        let old: Option<Option<String>> =
                            sqlx::query_scalar(&format!("SELECT {column} FROM {table} WHERE id = $1 AND {owner} = $2"))
                                .bind(entity_id)
                                .bind(customer_id)
                                .fetch_optional(&mut *tx)
                                .await?;
                        // The record went meanwhile (erased): nothing to rectify.
                        let Some(old) = old else { return Ok(Outcome::NotApplicable) };
                        sqlx::query(&format!("UPDATE {table} SET {column} = $1 WHERE id = $2 AND {owner} = $3"))
                            .bind(proposed)
                            .bind(entity_id)
                            .bind(customer_id)
                            .execute(&mut *tx)
                            .await?;
                        sqlx::query(
                        "INSERT INTO change_log (customer_id, entity, entity_id, field, old_value, new_value, changed_at, actor_kind, actor_id, source, request_id)
                         VALUES ($1, $8, $9, $2, $3, $4, $5, 'staff', $6, 'request', $7)",
                    ).bind(customer_id).bind(column).bind(old).bind(proposed).bind(now).bind(staff.id).bind(t.id)
                    .bind(table).bind(entity_id)
                    .execute(&mut *tx).await?;
                        if *field == crate::domain::request::RectifiableField::Email {
                            move_login_later!(tx, customer_id, t.id, proposed, now);
                        }
                    }
                    Some(RequestDetails::Erasure { categories, records, .. }) => {
                        // A legal hold in force keeps the data for a legal claim (Art. 17(3)(e)).
                        let held: i64 = sqlx::query_scalar(
                            "SELECT COUNT(*) FROM legal_holds WHERE customer_id = $1 AND lifted_at IS NULL AND ends_on >= $2",
                        )
                        .bind(customer_id)
                        .bind(crate::domain::clock::helsinki_date(now))
                        .fetch_one(&mut *tx)
                        .await?;
                        if held > 0 {
                            return Ok(Outcome::LegalHold);
                        }
                        let active: i64 = sqlx::query_scalar(crate::ssr::my_data::ACTIVE_CONTRACTS_SQL)
                            .bind(customer_id)
                            .fetch_one(&mut *tx)
                            .await?;
                        // Whether the register lets the category go now (its retention rule,
                        // and for rules that last the relationship, no active contract).
                        let erasable = |category: &str| {
                            register.category(category).and_then(|c| register.retention_rule(&c.retention)).is_some_and(
                                |r| {
                                    crate::ssr::my_data::erasure_under(r, active > 0, crate::domain::Lang::Fi)
                                        == crate::wire::my_data::ErasureNow::Possible
                                },
                            )
                        };
                        for category in categories {
                            let Some(statements) = erasure_sql(category).filter(|_| erasable(category)) else {
                                return Ok(Outcome::NotApplicable);
                            };
                            let mut erased = 0;
                            for sql in &statements {
                                erased += sqlx::query(sql).bind(customer_id).execute(&mut *tx).await?.rows_affected();
                            }
                            if category == "basic" {
                                // The values a rectification request carried (the old and the
                                // proposed one) are copies of basic data too.
                                let asked: Vec<(i64, String)> = sqlx::query_as(
                                "SELECT id, details FROM requests WHERE customer_id = $1 AND kind = 'rectification'",
                            )
                            .bind(customer_id)
                            .fetch_all(&mut *tx)
                            .await?;
                                for (id, details) in asked {
                                    let Some(RequestDetails::Rectification { field, record: None, reason, .. }) =
                                        RequestDetails::from_json(RequestKind::Rectification, &details)
                                    else {
                                        continue;
                                    };
                                    let redacted = RequestDetails::Rectification {
                                        field,
                                        record: None,
                                        current: None,
                                        proposed: "-".into(),
                                        reason,
                                    };
                                    sqlx::query("UPDATE requests SET details = $1 WHERE id = $2")
                                        .bind(serde_json::to_string(&redacted).unwrap_or_default())
                                        .bind(id)
                                        .execute(&mut *tx)
                                        .await?;
                                }
                            }
                            // A tombstone: what was erased and how much, never its content.
                            sqlx::query(TOMBSTONE_SQL)
                                .bind(customer_id)
                                .bind(t.id)
                                .bind(category)
                                .bind(format!("erased:{erased}"))
                                .bind(now)
                                .bind(staff.id)
                                .execute(&mut *tx)
                                .await?;
                        }
                        sqlx::query(super::copies::PURGE_CUSTOMER_SQL)
                            .bind(customer_id)
                            .bind(now)
                            .execute(&mut *tx)
                            .await?;
                        // Single records: each erased with the values of its changes, and a
                        // tombstone naming the record, never its content.
                        for record in records {
                            let Some(("other_data", id)) = crate::domain::request::erasable_record(record) else {
                                return Ok(Outcome::NotApplicable);
                            };
                            if !erasable("other_data") {
                                return Ok(Outcome::NotApplicable);
                            }
                            let erased = sqlx::query("DELETE FROM other_data WHERE id = $1 AND customer_id = $2")
                                .bind(id)
                                .bind(customer_id)
                                .execute(&mut *tx)
                                .await?
                                .rows_affected();
                            sqlx::query(
                                "UPDATE change_log SET old_value = NULL, new_value = NULL
                             WHERE customer_id = $1 AND entity = 'other_data' AND entity_id = $2",
                            )
                            .bind(customer_id)
                            .bind(id)
                            .execute(&mut *tx)
                            .await?;
                            sqlx::query(TOMBSTONE_SQL)
                                .bind(customer_id)
                                .bind(t.id)
                                .bind(record)
                                .bind(format!("erased:{erased}"))
                                .bind(now)
                                .bind(staff.id)
                                .execute(&mut *tx)
                                .await?;
                        }
                    }
                    Some(RequestDetails::Restriction { .. }) => {
                        // (Returns NotLinked from the action for a request linked to nobody.)
                        let _: Result<Outcome, sqlx::Error> =
                            set_restricted!(tx, t, staff.id, true, None::<String>, now);
                    }
                    Some(RequestDetails::Objection { purposes, .. }) => {
                        // Only purposes that rest on a basis open to objection (or direct
                        // marketing) can be upheld; an objection to none of them is answered
                        // with a rejection and its reason instead.
                        let objectable: Vec<&String> = purposes.iter().filter(|p| register.objectable(p)).collect();
                        if objectable.is_empty() {
                            return Ok(Outcome::NotApplicable);
                        }
                        for purpose in objectable {
                            if register.purpose(purpose).is_some_and(|p| p.direct_marketing) {
                                // Absolute (Art. 21(3)): a prohibition on every channel, which
                                // the customer sees and can lift on the permissions page.
                                sqlx::query(
                                "INSERT INTO marketing_prohibition_events (customer_id, channel, action, occurred_at, source)
                                 SELECT $1, 'all', 'prohibited', $2, 'request'
                                 WHERE COALESCE((SELECT action FROM marketing_prohibition_events WHERE customer_id = $1 AND channel = 'all'
                                                 ORDER BY id DESC LIMIT 1), 'lifted') <> 'prohibited'",
                            ).bind(customer_id).bind(now).execute(&mut *tx).await?;
                            } else {
                                sqlx::query(
                                "INSERT INTO objection_events (customer_id, purpose, action, occurred_at, request_id, staff_id)
                                 SELECT $1, $2, 'upheld', $3, $4, $5
                                 WHERE COALESCE((SELECT action FROM objection_events WHERE customer_id = $1 AND purpose = $2
                                                 ORDER BY id DESC LIMIT 1), 'ended') <> 'upheld'",
                            ).bind(customer_id).bind(purpose).bind(now).bind(t.id).bind(staff.id).execute(&mut *tx).await?;
                            }
                        }
                    }
                    _ => {}
                }
                if let Some(details) = &t.details {
                    use crate::ssr::outbox::{Mail, OutboxTx};
                    let disclosed: Vec<Disclosed> = sqlx::query_as(
                        "SELECT recipient_name, categories, notify_email, reference, disclosed_on FROM disclosures
                         WHERE customer_id = $1 ORDER BY disclosed_on, id",
                    )
                    .bind(customer_id)
                    .fetch_all(&mut *tx)
                    .await?;
                    let changed = categories_changed(register, details);
                    for tell in recipients_of(&disclosed, &changed) {
                        let notification: i64 = sqlx::query_scalar(
                            "INSERT INTO recipient_notifications (request_id, recipient) VALUES ($1, $2) RETURNING id",
                        )
                        .bind(t.id)
                        .bind(&tell.recipient)
                        .fetch_one(&mut *tx)
                        .await?;
                        // Told through the outbox when an address is known: the notice
                        // commits with the decision, and its sending marks the recipient told.
                        if let Some(to) = &tell.address {
                            let args = recipient_notice(register, details, &tell);
                            let notice =
                                Mail { template: "recipient-notice", lang: Lang::Fi, to, args, customer_id: None };
                            tx.enqueue_recipient_notice(&notice, notification, now).await?;
                        }
                    }
                }
            }
        }
        sqlx::query("UPDATE requests SET status = $1, decided_at = $2, decision_reason = $3 WHERE id = $4")
            .bind(event)
            .bind(now)
            .bind(reason)
            .bind(t.id)
            .execute(&mut *tx)
            .await?;
        Ok(Outcome::Done)
    })
}

/// Records a check of the person's identity for request `reference` made by `staff`:
/// an identity document seen, or questions about data only they know, and whether it
/// verified them. Only while the request is open.
pub async fn record_identity_check(
    db: &Db,
    staff: Staff,
    reference: &str,
    method: crate::domain::IdentityMethod,
    detail: Option<&str>,
    verified: bool,
) -> Result<Outcome, sqlx::Error> {
    let event = if verified { "identity_verified" } else { "identity_not_verified" };
    staff_action!(db, staff, reference, event, |tx, t, now| {
        if !t.status.is_open() {
            return Ok(Outcome::NotApplicable);
        }
        sqlx::query(
            "INSERT INTO identity_checks (request_id, method, level, detail, checked_by, checked_at, verified) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(t.id)
        .bind(method.as_str())
        .bind(method.level().as_str())
        .bind(detail)
        .bind(staff.id)
        .bind(now)
        .bind(verified)
        .execute(&mut *tx)
        .await?;
        Ok(Outcome::Done)
    })
}
