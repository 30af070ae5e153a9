//! Granting and removing staff access (privacy notice §8, issue #20): the DPO lists the
//! staff accounts, creates one (its owner sets a password from a mailed link and enrols
//! a second factor at the first sign-in), changes a role, resets a second factor (the
//! owner enrols again at the next sign-in) and deactivates or reactivates an account. A
//! deactivated account cannot sign in, its sessions end in the same transaction, and its
//! past actions stay attributed to it. Every change is audited; the DPO cannot change
//! their own account, so the portal is never left without a DPO by a slip.

use super::audit::{self, Entry};
use super::db::{BeginWrite, Db};
use super::staff::Outcome;
use crate::domain::ids::{AccountId, StaffId};
use crate::domain::Role;
use crate::wire::staff::StaffAccount;
use crate::with_db;
use chrono::{DateTime, Utc};

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: AccountId,
    display_name: String,
    email: String,
    role: String,
    disabled: bool,
    second_factor: bool,
    must_enrol: bool,
    last_sign_in: Option<DateTime<Utc>>,
}

/// The staff accounts with their latest sign-in. The sign-in is found through the
/// sign-ins' own index (`audit_log_sign_ins`, migration 0036), whose condition is this
/// statement's condition on the action, word for word.
pub const LIST_SQL: &str = "SELECT a.id, a.display_name, a.email, a.role, a.disabled, a.totp_secret IS NOT NULL AS second_factor, a.must_enrol,
            (SELECT MAX(l.occurred_at) FROM audit_log l WHERE l.actor_id = a.id AND l.action = 'sign_in') AS last_sign_in
     FROM accounts a WHERE a.role IN ('customer_service', 'dpo') ORDER BY a.display_name, a.id";

/// Every staff account, by name, with its latest sign-in from the audit log.
pub async fn list(db: &Db) -> Result<Vec<StaffAccount>, sqlx::Error> {
    let rows: Vec<AccountRow> = with_db!(db, pool => sqlx::query_as(LIST_SQL).fetch_all(pool).await?);
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(StaffAccount {
                id: r.id,
                name: r.display_name,
                email: r.email,
                role: r.role.parse().ok()?,
                active: !r.disabled,
                second_factor: r.second_factor,
                must_enrol: r.must_enrol,
                last_sign_in: r.last_sign_in,
            })
        })
        .collect())
}

/// What the DPO changes on a staff account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Role(Role),
    Active(bool),
    /// The second factor and its recovery codes removed, the sessions ended: the owner
    /// enrols a new factor at the next sign-in.
    ResetFactor,
}

/// Applies `change` to staff account `account` on behalf of the DPO `dpo`: one
/// transaction with the audit row; a deactivation ends the account's sessions too.
/// `NotApplicable` for an account that is not staff, for a role that is not a staff
/// role, and for the DPO's own account.
pub async fn change(db: &Db, dpo: StaffId, account: AccountId, change: Change) -> Result<Outcome, sqlx::Error> {
    if account == dpo.into() || matches!(change, Change::Role(role) if !role.is_staff()) {
        return Ok(Outcome::NotApplicable);
    }
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let changed = match change {
            Change::Role(role) => sqlx::query(
                "UPDATE accounts SET role = $1 WHERE id = $2 AND role IN ('customer_service', 'dpo') AND role <> $1",
            ).bind(role.as_str()).bind(account).execute(&mut *tx).await?.rows_affected(),
            Change::Active(active) => sqlx::query(
                "UPDATE accounts SET disabled = $1 WHERE id = $2 AND role IN ('customer_service', 'dpo') AND disabled = $3",
            ).bind(!active).bind(account).bind(active).execute(&mut *tx).await?.rows_affected(),
            Change::ResetFactor => {
                let n = sqlx::query(
                    "UPDATE accounts SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, must_enrol = TRUE
                     WHERE id = $1 AND role IN ('customer_service', 'dpo')",
                ).bind(account).execute(&mut *tx).await?.rows_affected();
                sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1").bind(account).execute(&mut *tx).await?;
                n
            }
        };
        if changed != 1 {
            return Ok(Outcome::NotApplicable);
        }
        if matches!(change, Change::Active(false) | Change::ResetFactor) {
            sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account).execute(&mut *tx).await?;
        }
        let detail = match change {
            Change::Role(role) => format!("account={account}/role={}", role.as_str()),
            Change::Active(true) => format!("account={account}/activated"),
            Change::Active(false) => format!("account={account}/deactivated"),
            Change::ResetFactor => format!("account={account}/second_factor_reset"),
        };
        audit::record_in(&mut tx, Entry::staff(dpo, "staff_account_changed").detail(&detail)).await?;
        tx.commit().await?;
        Ok(Outcome::Done)
    })
}

/// Why a staff account could not be created.
#[derive(Debug, PartialEq, Eq)]
pub enum Created {
    Done,
    /// Another account has this email address.
    EmailTaken,
}

/// Creates a staff account for `name` at `email` with `role` on behalf of the DPO `dpo`,
/// without a password or second factor: in the same transaction a link to set the
/// password (valid [`WELCOME_VALIDITY`](super::one_time::WELCOME_VALIDITY)) is mailed
/// to the address in `lang`, and the account is marked to enrol a second factor at its
/// first sign-in. Audited (`staff_account_changed`, `account=<id>/created/role=<role>`).
pub async fn create(
    db: &Db,
    dpo: StaffId,
    name: &str,
    email: &str,
    role: Role,
    lang: crate::domain::Lang,
) -> Result<Created, sqlx::Error> {
    use super::outbox::{Mail, MailArgs, OutboxTx};
    let (token, token_hash) = super::one_time::new_reset_token();
    let now = Utc::now();
    let args =
        MailArgs { link_path: Some(format!("{}?avain={token}", crate::paths::RESET_PATH)), ..Default::default() };
    let mail = Mail { template: "staff-welcome-mail", lang, to: email, args, customer_id: None };
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE lower(email) = lower($1)")
            .bind(email).fetch_optional(&mut *tx).await?;
        if taken.is_some() {
            return Ok(Created::EmailTaken);
        }
        let account: AccountId = sqlx::query_scalar(
            "INSERT INTO accounts (email, role, display_name, created_at, must_enrol) VALUES ($1, $2, $3, $4, TRUE) RETURNING id",
        ).bind(email).bind(role.as_str()).bind(name).bind(now).fetch_one(&mut *tx).await?;
        sqlx::query("INSERT INTO one_time_codes (purpose, code_hash, account_id, created_at, expires_at) VALUES ('password_reset', $1, $2, $3, $4)")
            .bind(&token_hash).bind(account).bind(now).bind(now + super::one_time::WELCOME_VALIDITY).execute(&mut *tx).await?;
        tx.enqueue_mail(&mail, now).await?;
        let detail = format!("account={account}/created/role={}", role.as_str());
        audit::record_in(&mut tx, Entry::staff(dpo, "staff_account_changed").detail(&detail)).await?;
        tx.commit().await?;
        Ok(Created::Done)
    })
}

/// Whether staff account `account` is to enrol a second factor at this sign-in (the DPO
/// created it or reset its factor), and has none.
pub async fn must_enrol(db: &Db, account: AccountId) -> Result<bool, sqlx::Error> {
    let row: Option<bool> = with_db!(db, pool => sqlx::query_scalar(
        "SELECT must_enrol AND totp_secret IS NULL FROM accounts WHERE id = $1 AND role IN ('customer_service', 'dpo') AND NOT disabled",
    ).bind(account).fetch_optional(pool).await?);
    Ok(row.unwrap_or(false))
}

/// Turns the second factor on for an account that had to enrol one, with the secret it
/// confirmed with a code at `step`: returns the new recovery codes (to show once).
pub async fn enrolled(db: &Db, account: AccountId, secret: &str, step: u64) -> Result<Vec<String>, sqlx::Error> {
    let codes = super::second_factor::enable(db, account, secret, step).await?;
    with_db!(db, pool => sqlx::query("UPDATE accounts SET must_enrol = FALSE WHERE id = $1")
        .bind(account).execute(pool).await.map(|_| ()))?;
    Ok(codes)
}
