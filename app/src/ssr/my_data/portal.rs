//! The portal's own data about the customer (register category `portal`): the account,
//! the sessions in force, every event of the audit log about the customer or done with
//! their account (paged with a keyset, newest first), the Art. 19 notifications of their
//! requests and the mails written to them. Each query is bound to the customer id it is
//! given; the events a customer's account did without naming the customer (sign-ins,
//! failed ones, password changes) are found through the account, never by a name.

use super::keyset::{page, Keyset};
use super::Filter;
use crate::domain::ids::{AccountId, CustomerId};
use crate::domain::Lang;
use crate::i18n::{t, t_args, t_or};
use crate::ssr::db::{Db, Param};
use crate::wire::my_data::{CategoryData, Cell, DataTable, PAGE_SIZE};
use crate::with_db;
use chrono::{DateTime, Utc};

/// The audit rows (`l`) the customer's own account did as customer, before signing in or
/// by the system's hand (a lockout): the second half of [`events_of!`]. Its condition on
/// `actor_kind` is the condition of the accounts' index of the log (`audit_log_by_account`,
/// migration 0036) word for word: change one, change both, or the rows are read from the
/// whole log.
macro_rules! by_account {
    () => {
        "l.actor_kind IN ('customer', 'anonymous', 'system')
         AND l.actor_id IN (SELECT id FROM accounts WHERE customer_id = $1)"
    };
}
pub(crate) use by_account;

/// The audit rows (`l`) about customer `$1`: those naming the customer, and those their
/// own account did as customer, before signing in or by the system's hand (a lockout).
/// A macro so that `concat!` can build the package's record type (a `&'static str`)
/// from the same condition the pages use.
macro_rules! events_of {
    () => {
        concat!("(l.customer_id = $1 OR (", $crate::ssr::my_data::portal::by_account!(), "))")
    };
}
pub(crate) use events_of;

/// [`events_of!`] as a constant, for `format!`.
pub const EVENTS_OF: &str = events_of!();

/// Customer `$1`'s rows of the portal's own data, as "My data" counts them. Their audit
/// rows are [`events_of!`] counted as a sum of disjoint index ranges (those naming them,
/// and those of their account naming nobody or someone else), not with its `OR`: on
/// SQLite an `OR` of two indexes gathers and de-duplicates every row id first, which
/// made the count of a customer with 15 000 audit rows 2.7 ms on every view.
pub const COUNT_SQL: &str = concat!(
    "(SELECT COUNT(*) FROM accounts WHERE customer_id = $1)
      + (SELECT COUNT(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.customer_id = $1)
      + (SELECT COUNT(*) FROM login_email_changes l JOIN accounts a ON a.id = l.account_id WHERE a.customer_id = $1)
      + (SELECT COUNT(*) FROM audit_log l WHERE l.customer_id = $1)
      + (SELECT COUNT(*) FROM audit_log l WHERE ",
    by_account!(),
    " AND l.customer_id IS NULL)
      + (SELECT COUNT(*) FROM audit_log l WHERE ",
    by_account!(),
    " AND l.customer_id < $1)
      + (SELECT COUNT(*) FROM audit_log l WHERE ",
    by_account!(),
    " AND l.customer_id > $1)
      + (SELECT COUNT(*) FROM recipient_notifications n JOIN requests r ON r.id = n.request_id WHERE r.customer_id = $1)
      + (SELECT COUNT(*) FROM outbox WHERE customer_id = $1)
      + (SELECT COUNT(*) FROM accessibility_feedback WHERE customer_id = $1)"
);

type Found = Result<(), sqlx::Error>;

fn table(caption: &str, columns: &[&str], rows: Vec<Vec<Cell>>) -> DataTable {
    DataTable { caption: caption.into(), columns: columns.iter().map(|c| (*c).to_owned()).collect(), rows }
}

fn at(v: Option<DateTime<Utc>>) -> Cell {
    v.map(Cell::DateTime).unwrap_or(Cell::Empty)
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    email: String,
    created_at: DateTime<Utc>,
    password_changed_at: Option<DateTime<Utc>>,
    totp_enabled_at: Option<DateTime<Utc>>,
    failed_sign_ins: i32,
    locked_until: Option<DateTime<Utc>>,
}

#[derive(sqlx::FromRow)]
struct LoginChangeRow {
    new_email: String,
    created_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    confirmed_at: Option<DateTime<Utc>>,
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    created_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    occurred_at: DateTime<Utc>,
    action: String,
    actor_kind: String,
    actor_id: Option<AccountId>,
    staff_role: Option<String>,
    reference: Option<String>,
    detail: Option<String>,
}

#[derive(sqlx::FromRow)]
struct NotificationRow {
    reference: String,
    recipient: String,
    notified_at: Option<DateTime<Utc>>,
}

#[derive(sqlx::FromRow)]
struct FeedbackRow {
    reference: String,
    received_at: DateTime<Utc>,
    message: String,
    answered_at: Option<DateTime<Utc>>,
    answer: Option<String>,
}

#[derive(sqlx::FromRow)]
struct MailRow {
    template: String,
    created_at: DateTime<Utc>,
    status: String,
    sent_at: Option<DateTime<Utc>>,
}

/// The category's tables: on the first page the account, sessions, notifications and
/// mails (a handful of rows each), and on every page one page of events.
pub(super) async fn portal(
    db: &Db,
    reg: &crate::register::Register,
    customer_id: CustomerId,
    filter: &Filter,
    lang: Lang,
    data: &mut CategoryData,
) -> Found {
    data.paged = true;
    let first_page = filter.after.is_none();
    let mut fixed_rows = 0;
    if first_page {
        fixed_rows = fixed_tables(db, customer_id, lang, data).await?;
    }
    let Some(k) = keyset(db, customer_id, filter).await? else { return Ok(()) };
    let sql = format!(
        "SELECT l.id, l.occurred_at, l.action, l.actor_kind, l.actor_id, s.role AS staff_role, r.reference, l.detail
         FROM (SELECT * FROM audit_log l WHERE {EVENTS_OF}{} ORDER BY occurred_at DESC, id DESC LIMIT {}) l
         LEFT JOIN accounts s ON s.id = l.actor_id AND l.actor_kind = 'staff'
         LEFT JOIN requests r ON r.id = l.request_id AND r.customer_id = $1
         ORDER BY l.occurred_at DESC, l.id DESC",
        k.page,
        k.limit()
    );
    let rows: Vec<EventRow> = with_db!(db, pool =>
        crate::bind_params!(sqlx::query_as(&sql).bind(customer_id), &k.page_params).bind(PAGE_SIZE + 1).fetch_all(pool).await?);
    let count = format!("SELECT COUNT(*) FROM audit_log l WHERE {EVENTS_OF}{}", k.filter);
    let events: i64 = with_db!(db, pool =>
        crate::bind_params!(sqlx::query_scalar(&count).bind(customer_id), &k.filter_params).fetch_one(pool).await?);
    data.total = events + fixed_rows;
    let (rows, next) = page(rows, |r| r.id);
    data.next_after = next;
    data.tables.push(table(
        "data-portal-events-caption",
        &["col-when", "col-event", "col-actor", "col-request", "col-detail"],
        rows.into_iter()
            .map(|r| {
                vec![
                    Cell::DateTime(r.occurred_at),
                    Cell::Text(event_text(lang, &r.action)),
                    Cell::Text(actor_text(lang, &r.actor_kind, r.staff_role.as_deref(), r.actor_id)),
                    r.reference.map(Cell::Text).unwrap_or(Cell::Empty),
                    detail_cell(reg, lang, r.detail),
                ]
            })
            .collect(),
    ));
    Ok(())
}

/// The keyset of the events: the filter's days and the cursor event's time, when the
/// cursor is one of the customer's events (else `None`: no page).
async fn keyset(db: &Db, customer_id: CustomerId, filter: &Filter) -> Result<Option<Keyset>, sqlx::Error> {
    let cursor = match filter.after {
        Some(id) => {
            let sql = format!("SELECT l.occurred_at FROM audit_log l WHERE l.id = $2 AND {EVENTS_OF}");
            let at: Option<DateTime<Utc>> =
                with_db!(db, pool => sqlx::query_scalar(&sql).bind(customer_id).bind(id).fetch_optional(pool).await?);
            match at {
                Some(at) => Some((Param::Time(at), id)),
                None => return Ok(None),
            }
        }
        None => None,
    };
    let (from, to) = filter.bounds();
    Ok(Some(Keyset::new("occurred_at", from.map(Param::Time), to.map(Param::Time), false, cursor)))
}

/// The account, sessions, notifications and mails; returns how many rows they hold.
async fn fixed_tables(
    db: &Db,
    customer_id: CustomerId,
    lang: Lang,
    data: &mut CategoryData,
) -> Result<i64, sqlx::Error> {
    let (account, sessions, notifications, mails): (
        Option<AccountRow>,
        Vec<SessionRow>,
        Vec<NotificationRow>,
        Vec<MailRow>,
    ) = with_db!(db, pool => (
        sqlx::query_as(
            "SELECT email, created_at, password_changed_at, totp_enabled_at, failed_sign_ins, locked_until
             FROM accounts WHERE customer_id = $1",
        ).bind(customer_id).fetch_optional(pool).await?,
        sqlx::query_as(
            "SELECT s.created_at, s.expires_at FROM sessions s JOIN accounts a ON a.id = s.account_id
             WHERE a.customer_id = $1 ORDER BY s.created_at DESC",
        ).bind(customer_id).fetch_all(pool).await?,
        sqlx::query_as(
            "SELECT r.reference, n.recipient, n.notified_at FROM recipient_notifications n JOIN requests r ON r.id = n.request_id
             WHERE r.customer_id = $1 ORDER BY r.received_at DESC, n.id",
        ).bind(customer_id).fetch_all(pool).await?,
        sqlx::query_as(
            "SELECT template, created_at, status, sent_at FROM outbox WHERE customer_id = $1 ORDER BY created_at DESC, id DESC",
        ).bind(customer_id).fetch_all(pool).await?,
    ));
    let changes: Vec<LoginChangeRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT l.new_email, l.created_at, l.expires_at, l.confirmed_at FROM login_email_changes l
         JOIN accounts a ON a.id = l.account_id WHERE a.customer_id = $1 ORDER BY l.created_at DESC, l.id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    let feedback: Vec<FeedbackRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT reference, received_at, message, answered_at, answer FROM accessibility_feedback
         WHERE customer_id = $1 ORDER BY received_at DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    let rows = i64::from(account.is_some())
        + (changes.len() + sessions.len() + notifications.len() + mails.len() + feedback.len()) as i64;
    if let Some(a) = account {
        let field = |code: &str, value: Cell| vec![Cell::Code(format!("field-{code}")), value];
        data.tables.push(table(
            "data-portal-account-caption",
            &["col-field", "col-value"],
            vec![
                field("login_email", Cell::Text(a.email)),
                field("account_created", Cell::DateTime(a.created_at)),
                field("password_changed", at(a.password_changed_at)),
                field("second_factor", a.totp_enabled_at.map_or(Cell::Code("not-in-use".into()), Cell::DateTime)),
                field("failed_sign_ins", Cell::Text(a.failed_sign_ins.to_string())),
                field("locked_until", at(a.locked_until)),
            ],
        ));
    }
    if !changes.is_empty() {
        data.tables.push(table(
            "data-portal-login-changes-caption",
            &["col-new-login", "col-sent", "col-expires", "col-confirmed"],
            changes
                .into_iter()
                .map(|c| {
                    let confirmed = c.confirmed_at.map_or(Cell::Code("not-yet".into()), Cell::DateTime);
                    vec![Cell::Text(c.new_email), Cell::DateTime(c.created_at), Cell::DateTime(c.expires_at), confirmed]
                })
                .collect(),
        ));
    }
    data.tables.push(table(
        "data-portal-sessions-caption",
        &["col-started", "col-expires"],
        sessions.into_iter().map(|s| vec![Cell::DateTime(s.created_at), Cell::DateTime(s.expires_at)]).collect(),
    ));
    data.tables.push(table(
        "data-portal-notifications-caption",
        &["col-request", "col-recipient", "col-notified"],
        notifications
            .into_iter()
            .map(|n| {
                let told = n.notified_at.map_or(Cell::Code("not-yet".into()), Cell::DateTime);
                vec![Cell::Text(n.reference), Cell::Text(n.recipient), told]
            })
            .collect(),
    ));
    data.tables.push(table(
        "data-portal-mails-caption",
        &["col-written", "col-mail", "col-status", "col-sent"],
        mails
            .into_iter()
            .map(|m| {
                vec![
                    Cell::DateTime(m.created_at),
                    Cell::Text(mail_text(lang, &m.template)),
                    Cell::Code(format!("mail-{}", m.status)),
                    at(m.sent_at),
                ]
            })
            .collect(),
    ));
    data.tables.push(table(
        "data-portal-feedback-caption",
        &["col-received", "col-reference", "col-feedback", "col-answered", "col-answer"],
        feedback
            .into_iter()
            .map(|f| {
                vec![
                    Cell::DateTime(f.received_at),
                    Cell::Text(f.reference),
                    Cell::Text(f.message),
                    f.answered_at.map_or(Cell::Code("not-yet".into()), Cell::DateTime),
                    f.answer.map(Cell::Text).unwrap_or(Cell::Empty),
                ]
            })
            .collect(),
    ));
    Ok(rows)
}

/// An audit action in words (`event-<action>`), or the action's code when it has none.
pub fn event_text(lang: Lang, action: &str) -> String {
    t_or(lang, &format!("event-{action}"), || action.to_owned())
}

/// A mail in words (its template's description), or the template's code.
pub fn mail_text(lang: Lang, template: &str) -> String {
    t_or(lang, &format!("outbox-template-{template}"), || template.to_owned())
}

/// Who did it: you, the portal, someone not signed in, or staff by role and a
/// pseudonymous number (`H-0003`), never by name.
fn actor_text(lang: Lang, kind: &str, role: Option<&str>, id: Option<AccountId>) -> String {
    match kind {
        "staff" => t_args(
            lang,
            "event-actor-staff",
            &[
                ("role", t(lang, &format!("role-{}", role.unwrap_or("staff")))),
                ("ref", id.map(|id| format!("H-{id:04}")).unwrap_or_default()),
            ],
        ),
        other => t_or(lang, &format!("event-actor-{other}"), || other.to_owned()),
    }
}

/// An event's detail: a category of the register by its title, else as recorded.
fn detail_cell(reg: &crate::register::Register, lang: Lang, detail: Option<String>) -> Cell {
    match detail.filter(|d| !d.is_empty()) {
        Some(d) => Cell::Text(reg.category(&d).map(|c| c.title.get(lang).to_owned()).unwrap_or(d)),
        None => Cell::Empty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every action the code writes to the audit log, as the customer reads it: found in
    /// the sources (the third argument of every `Entry::new` call, when a literal) plus
    /// those passed in a variable.
    fn actions() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut found = vec![
            "session_ended".to_owned(),
            "other_sessions_ended".to_owned(),
            "data_exported".to_owned(),
            "data_export_abandoned".to_owned(),
            "data_export_failed".to_owned(),
        ];
        let mut dirs = vec![root.join("app/src"), root.join("server/src")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    // The action is `Entry::new`'s third argument and `Entry::staff`'s second.
                    let calls = text.split("Entry::new(").skip(1).map(|c| (c, 2));
                    for (call, at) in calls.chain(text.split("Entry::staff(").skip(1).map(|c| (c, 1))) {
                        // The call's arguments at its own depth of parentheses.
                        let (mut depth, mut args) = (0, vec![String::new()]);
                        for c in call.chars() {
                            match c {
                                '(' => depth += 1,
                                ')' if depth == 0 => break,
                                ')' => depth -= 1,
                                ',' if depth == 0 => {
                                    args.push(String::new());
                                    continue;
                                }
                                _ => {}
                            }
                            args.last_mut().unwrap().push(c);
                        }
                        let literal = args.get(at).map_or("", |a| a.trim());
                        if let Some(action) = literal.strip_prefix('"').and_then(|a| a.strip_suffix('"')) {
                            found.push(action.to_owned());
                        }
                    }
                }
            }
        }
        found.sort();
        found.dedup();
        found
    }

    #[test]
    fn every_audited_action_reads_in_words_in_every_language() {
        let actions = actions();
        assert!(actions.len() > 40, "the scan found the actions: {actions:?}");
        for lang in Lang::ALL {
            for action in &actions {
                let key = format!("event-{action}");
                assert!(crate::i18n::has_text(*lang, &key), "{key} has no text in {lang}");
            }
            for kind in ["customer", "anonymous", "system"] {
                assert_ne!(actor_text(*lang, kind, None, None), kind, "actor {kind} in {lang}");
            }
            assert!(actor_text(*lang, "staff", Some("dpo"), Some(AccountId(3))).ends_with(" H-0003"));
        }
    }
}
