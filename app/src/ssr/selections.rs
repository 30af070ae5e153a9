//! Every selection of customers for a purpose of processing goes through here, so that
//! what the law says a customer has asked for is honoured in one place: a customer whose
//! processing is restricted (GDPR Art. 18) is in no selection; one whose objection to a
//! purpose was upheld (Art. 21(1)) is in no selection for that purpose; a
//! direct-marketing prohibition (Art. 21(2)–(3)) keeps a customer out of every direct
//! marketing on the channel, and out of all of it when it covers every channel.

use super::db::Db;
use crate::domain::{ConsentChannel, ConsentPurpose};
use crate::register::Register;
use crate::with_db;

/// Why a selection was not made.
#[derive(Debug, thiserror::Error)]
pub enum SelectionError {
    #[error("the register has no purpose `{0}`")]
    UnknownPurpose(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The SQL condition (on customer `c`) that the customer has no upheld objection to
/// the purpose bound as `$1`.
const NOT_OBJECTED: &str = "COALESCE((SELECT action FROM objection_events WHERE customer_id = c.id AND purpose = $1
                             ORDER BY id DESC LIMIT 1), 'ended') <> 'upheld'";

/// The SQL condition that no direct-marketing prohibition covering every channel is on.
const NOT_PROHIBITED_ALL: &str =
    "COALESCE((SELECT action FROM marketing_prohibition_events WHERE customer_id = c.id AND channel = 'all'
                                  ORDER BY id DESC LIMIT 1), 'lifted') <> 'prohibited'";

/// The customer numbers whose data may be processed for the register's purpose
/// `purpose` now (e.g. `business_planning` for statistics, `marketing` for analysis of
/// the customer base), in order.
pub async fn for_purpose(db: &Db, register: &Register, purpose: &str) -> Result<Vec<String>, SelectionError> {
    let Some(p) = register.purpose(purpose) else {
        return Err(SelectionError::UnknownPurpose(purpose.to_owned()));
    };
    let prohibition = if p.direct_marketing { format!("AND {NOT_PROHIBITED_ALL}") } else { String::new() };
    let sql = format!(
        "SELECT c.customer_number FROM customers c
         WHERE NOT c.processing_restricted AND {NOT_OBJECTED} {prohibition}
         ORDER BY c.customer_number"
    );
    Ok(with_db!(db, pool => sqlx::query_scalar(&sql).bind(purpose).fetch_all(pool).await)?)
}

/// The customer numbers that may be sent marketing for the consent purpose `purpose` on
/// `channel` now: the latest consent event is `given`, processing is not restricted, and
/// — for direct marketing (not opinion and market research, which a prohibition does
/// not cover) — no prohibition is on for the channel or for every channel. An upheld
/// objection to direct marketing is such a prohibition on every channel. Any marketing
/// list is made with this.
pub async fn marketing_audience(
    db: &Db,
    purpose: ConsentPurpose,
    channel: ConsentChannel,
) -> Result<Vec<String>, sqlx::Error> {
    let prohibition = if purpose.is_direct_marketing() {
        format!(
            "AND COALESCE((SELECT action FROM marketing_prohibition_events WHERE customer_id = c.id AND channel = $2
                           ORDER BY id DESC LIMIT 1), 'lifted') <> 'prohibited'
             AND {NOT_PROHIBITED_ALL}"
        )
    } else {
        String::new()
    };
    let sql = format!(
        "SELECT c.customer_number FROM customers c
         WHERE NOT c.processing_restricted
           AND (SELECT action FROM consent_events WHERE customer_id = c.id AND purpose = $1 AND channel = $2
                ORDER BY id DESC LIMIT 1) = 'given'
           {prohibition}
         ORDER BY c.customer_number"
    );
    with_db!(db, pool => sqlx::query_scalar(&sql)
        .bind(purpose.as_str())
        .bind(channel.as_str())
        .fetch_all(pool)
        .await)
}
