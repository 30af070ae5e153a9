//! Keyset paging of the large categories (traffic data, IP addresses, invoices): the
//! newest first, the next page continuing below the last row's time and id, never with
//! OFFSET, so a page deep in the list costs what the first one does.

use super::Filter;
use crate::domain::ids::CustomerId;
use crate::ssr::db::{Db, Param};
use crate::wire::my_data::PAGE_SIZE;
use crate::with_db;
use chrono::{DateTime, Utc};

/// The SQL of one keyset page of `table` (newest first by `col`, then id), for the
/// customer in `$1`. Conditions are added only when given, so each query is a plain
/// index range: no `$n IS NULL OR …`, which would make the database scan from the
/// newest row down to the cursor.
pub(super) struct Keyset {
    /// `AND …` conditions of the date filter (for the count and the page).
    pub filter: String,
    pub filter_params: Vec<Param>,
    /// The filter plus the cursor condition.
    pub page: String,
    pub page_params: Vec<Param>,
}

impl Keyset {
    pub fn new(
        col: &str,
        from: Option<Param>,
        to: Option<Param>,
        to_inclusive: bool,
        cursor: Option<(Param, i64)>,
    ) -> Self {
        let mut filter = String::new();
        let mut params = Vec::new();
        if let Some(f) = from {
            params.push(f);
            filter.push_str(&format!(" AND {col} >= ${}", params.len() + 1));
        }
        if let Some(t) = to {
            params.push(t);
            let op = if to_inclusive { "<=" } else { "<" };
            filter.push_str(&format!(" AND {col} {op} ${}", params.len() + 1));
        }
        let mut page = filter.clone();
        let mut page_params = params.clone();
        if let Some((at, id)) = cursor {
            page_params.push(at);
            page_params.push(Param::Id(id));
            let n = page_params.len();
            page.push_str(&format!(" AND ({col}, id) < (${}, ${})", n, n + 1));
        }
        Keyset { filter, filter_params: params, page, page_params }
    }

    /// The LIMIT placeholder number after the page's parameters.
    pub fn limit(&self) -> String {
        format!("${}", self.page_params.len() + 2)
    }
}

/// The keyset of a table paged by a timestamp column: the filter's Helsinki days as UTC
/// bounds and the cursor row's time. `None` when the cursor is not the customer's row.
pub(super) async fn time_keyset(
    db: &Db,
    customer_id: CustomerId,
    table: &str,
    col: &str,
    filter: &Filter,
) -> Result<Option<Keyset>, sqlx::Error> {
    let cursor = match filter.after {
        Some(id) => {
            let sql = format!("SELECT {col} FROM {table} WHERE id = $1 AND customer_id = $2");
            let at: Option<DateTime<Utc>> =
                with_db!(db, pool => sqlx::query_scalar(&sql).bind(id).bind(customer_id).fetch_optional(pool).await?);
            match at {
                Some(at) => Some((Param::Time(at), id)),
                None => return Ok(None),
            }
        }
        None => None,
    };
    let (from, to) = filter.bounds();
    Ok(Some(Keyset::new(col, from.map(Param::Time), to.map(Param::Time), false, cursor)))
}

/// One page of a keyset-paged query: at most [`PAGE_SIZE`] rows and the id the next
/// page continues after, if there are more.
pub(super) fn page<T>(mut rows: Vec<T>, id_of: impl Fn(&T) -> i64) -> (Vec<T>, Option<i64>) {
    let more = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let next = if more { rows.last().map(&id_of) } else { None };
    (rows, next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn a_page_says_where_the_next_one_starts_only_when_there_is_one() {
        let full: Vec<i64> = (0..=PAGE_SIZE).collect();
        let (rows, next) = page(full, |r| *r);
        assert_eq!(rows.len() as i64, PAGE_SIZE);
        assert_eq!(next, Some(PAGE_SIZE - 1));
        let (_, next) = page((0..PAGE_SIZE).collect::<Vec<i64>>(), |r| *r);
        assert_eq!(next, None);
    }

    #[test]
    fn a_keyset_adds_only_the_conditions_it_has() {
        let k = Keyset::new("t", None, None, false, None);
        assert_eq!((k.filter.as_str(), k.page.as_str(), k.limit()), ("", "", "$2".to_owned()));
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let k = Keyset::new("t", Some(Param::Date(day)), None, true, Some((Param::Date(day), 7)));
        assert_eq!(k.filter, " AND t >= $2");
        assert_eq!(k.page, " AND t >= $2 AND (t, id) < ($3, $4)");
        assert_eq!(k.limit(), "$5");
        let k = Keyset::new("t", None, Some(Param::Date(day)), true, None);
        assert_eq!(k.filter, " AND t <= $2");
    }
}
