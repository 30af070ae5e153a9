//! Identity checks of requests in the store: how the person was identified for each
//! request, by whom and when, and whether it is enough for the request's kind.

use super::db::Db;
use crate::domain::{IdentityLevel, IdentityMethod};
use crate::wire::requests::IdentityCheck;
use crate::with_db;
use chrono::{DateTime, Utc};

/// An identity check as stored, with the name of the staff member who recorded it.
#[derive(sqlx::FromRow)]
struct CheckRow {
    method: String,
    detail: Option<String>,
    checked_by: Option<String>,
    checked_at: DateTime<Utc>,
    verified: bool,
}

/// The checks of request `request_id`, oldest first, with the name of the staff member
/// who recorded each (none: the portal did, at filing).
pub async fn checks(db: &Db, request_id: i64) -> Result<Vec<IdentityCheck>, sqlx::Error> {
    with_db!(db, pool => pool.acquire().await?.identity_checks_of(request_id).await)
}

/// [`checks`] on a connection already held: staff opening a request read them in the
/// page's transaction.
#[allow(async_fn_in_trait)]
pub trait ReadChecks {
    async fn identity_checks_of(&mut self, request_id: i64) -> Result<Vec<IdentityCheck>, sqlx::Error>;
}

macro_rules! read_checks {
    ($conn:ty) => {
        impl ReadChecks for $conn {
            async fn identity_checks_of(&mut self, request_id: i64) -> Result<Vec<IdentityCheck>, sqlx::Error> {
                let rows: Vec<CheckRow> = sqlx::query_as(
                    "SELECT c.method, c.detail, a.display_name AS checked_by, c.checked_at, c.verified
                     FROM identity_checks c LEFT JOIN accounts a ON a.id = c.checked_by
                     WHERE c.request_id = $1 ORDER BY c.checked_at, c.id",
                )
                .bind(request_id)
                .fetch_all(&mut *self)
                .await?;
                Ok(rows.into_iter().filter_map(check).collect())
            }
        }
    };
}

read_checks!(sqlx::SqliteConnection);
read_checks!(sqlx::PgConnection);

fn check(row: CheckRow) -> Option<IdentityCheck> {
    Some(IdentityCheck {
        method: row.method.parse().ok()?,
        detail: row.detail,
        checked_by: row.checked_by,
        checked_at: row.checked_at,
        verified: row.verified,
    })
}

/// Whether the verified checks reach `required`.
pub fn suffices(checks: &[IdentityCheck], required: IdentityLevel) -> bool {
    crate::domain::identity::established(checks.iter().map(|c| (c.method, c.verified)))
        .is_some_and(|level| level >= required)
}

/// The method a staff member may record, with its detail checked: an identity document
/// needs its type; known-data questions take none.
pub fn staff_check(method: &str, document: Option<&str>) -> Option<(IdentityMethod, Option<String>)> {
    let method: IdentityMethod = method.parse().ok()?;
    if !IdentityMethod::STAFF_RECORDED.contains(&method) {
        return None;
    }
    match method {
        IdentityMethod::IdDocument => {
            let doc: crate::domain::identity::IdDocument = document?.parse().ok()?;
            Some((method, Some(doc.as_str().to_owned())))
        }
        _ => Some((method, None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(method: IdentityMethod, verified: bool) -> IdentityCheck {
        IdentityCheck { method, detail: None, checked_by: None, checked_at: Utc::now(), verified }
    }

    #[test]
    fn a_failed_check_establishes_nothing() {
        assert!(!suffices(&[at(IdentityMethod::IdDocument, false)], IdentityLevel::Low));
        assert!(suffices(&[at(IdentityMethod::KnownData, true)], IdentityLevel::Low));
        assert!(!suffices(&[at(IdentityMethod::KnownData, true)], IdentityLevel::Substantial));
        assert!(suffices(
            &[at(IdentityMethod::KnownData, true), at(IdentityMethod::IdDocument, true)],
            IdentityLevel::High
        ));
        assert!(!suffices(&[], IdentityLevel::Low));
    }

    #[test]
    fn staff_record_only_their_ways_and_a_document_needs_its_type() {
        assert_eq!(staff_check("known_data", None), Some((IdentityMethod::KnownData, None)));
        assert_eq!(
            staff_check("id_document", Some("passport")),
            Some((IdentityMethod::IdDocument, Some("passport".into())))
        );
        assert_eq!(staff_check("id_document", None), None);
        assert_eq!(staff_check("id_document", Some("library_card")), None);
        assert_eq!(staff_check("strong_eid", None), None);
        assert_eq!(staff_check("password", None), None);
    }
}
