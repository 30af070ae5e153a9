//! Granting and removing staff access (privacy notice §8, issue #20): the DPO lists the
//! staff accounts, changes a role and deactivates or reactivates an account. A
//! deactivated account cannot sign in, its sessions end in the same transaction, and its
//! past actions stay attributed to it. Every change is audited; the DPO cannot change
//! their own account, so the portal is never left without a DPO by a slip.

use super::audit::{self, Actor, Entry};
use super::db::{BeginWrite, Db};
use super::staff::Outcome;
use crate::domain::Role;
use crate::wire::staff::StaffAccount;
use crate::with_db;
use chrono::{DateTime, Utc};

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: i64,
    display_name: String,
    email: String,
    role: String,
    disabled: bool,
    second_factor: bool,
    last_sign_in: Option<DateTime<Utc>>,
}

/// Every staff account, by name, with its latest sign-in from the audit log.
pub async fn list(db: &Db) -> Result<Vec<StaffAccount>, sqlx::Error> {
    let rows: Vec<AccountRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT a.id, a.display_name, a.email, a.role, a.disabled, a.totp_secret IS NOT NULL AS second_factor,
                (SELECT MAX(l.occurred_at) FROM audit_log l WHERE l.actor_id = a.id AND l.action = 'sign_in') AS last_sign_in
         FROM accounts a WHERE a.role IN ('customer_service', 'dpo') ORDER BY a.display_name, a.id",
    ).fetch_all(pool).await?);
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
}

/// Applies `change` to staff account `account` on behalf of the DPO `dpo`: one
/// transaction with the audit row; a deactivation ends the account's sessions too.
/// `NotApplicable` for an account that is not staff, for a role that is not a staff
/// role, and for the DPO's own account.
pub async fn change(db: &Db, dpo: i64, account: i64, change: Change) -> Result<Outcome, sqlx::Error> {
    if account == dpo || matches!(change, Change::Role(role) if !role.is_staff()) {
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
        };
        if changed != 1 {
            return Ok(Outcome::NotApplicable);
        }
        if change == Change::Active(false) {
            sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account).execute(&mut *tx).await?;
        }
        let detail = match change {
            Change::Role(role) => format!("account={account}/role={}", role.as_str()),
            Change::Active(true) => format!("account={account}/activated"),
            Change::Active(false) => format!("account={account}/deactivated"),
        };
        audit::record_in(&mut tx, Entry::new(Actor::Staff, Some(dpo), "staff_account_changed").detail(&detail)).await?;
        tx.commit().await?;
        Ok(Outcome::Done)
    })
}
