//! Retention periods as data (issue #17): an ISO 8601 duration such as `P12M` or `P6Y`
//! and the event it runs from, read from the register file, so the register's owner
//! changes a period by editing the file.

use chrono::{DateTime, Months, Utc};
use serde::{Deserialize, Serialize};

/// What a retention period runs from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunsFrom {
    /// The record's own time (a call, a recording).
    Record,
    /// The end of the calendar year of the record (accounting vouchers).
    EndOfYear,
    /// The end of the contract the record belongs to.
    ContractEnd,
    /// The end of the whole customer relationship.
    RelationshipEnd,
}

/// A period in calendar years, months and days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub years: u32,
    pub months: u32,
    pub days: u32,
}

impl Period {
    /// Parses an ISO 8601 duration of whole years, months, weeks and days (`P12M`,
    /// `P6Y`, `P1Y6M`, `P90D`); a time part or fractions are refused, as retention runs
    /// by the day.
    #[cfg(feature = "ssr")]
    pub fn parse(text: &str) -> Option<Self> {
        match iso8601::duration(text).ok()? {
            iso8601::Duration::YMDHMS { year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 } => {
                Some(Self { years: year, months: month, days: day })
            }
            iso8601::Duration::Weeks(w) => Some(Self { years: 0, months: 0, days: w.checked_mul(7)? }),
            _ => None,
        }
    }

    /// The moment a period before `now`: a record older than this is due when the
    /// period runs from the record's own time. Calendar arithmetic (a month before
    /// 31 March is 28 or 29 February).
    pub fn before(self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        now.checked_sub_months(Months::new(self.years.checked_mul(12)?.checked_add(self.months)?))?
            .checked_sub_days(chrono::Days::new(u64::from(self.days)))
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn periods_parse_and_count_calendar_time() {
        let p = Period::parse("P12M").unwrap();
        assert_eq!(p, Period { years: 0, months: 12, days: 0 });
        let now = Utc.with_ymd_and_hms(2027, 3, 31, 12, 0, 0).unwrap();
        assert_eq!(p.before(now), Some(Utc.with_ymd_and_hms(2026, 3, 31, 12, 0, 0).unwrap()));
        assert_eq!(
            Period::parse("P1M").unwrap().before(now),
            Some(Utc.with_ymd_and_hms(2027, 2, 28, 12, 0, 0).unwrap()),
            "the end of a shorter month"
        );
        assert_eq!(Period::parse("P6Y").unwrap(), Period { years: 6, months: 0, days: 0 });
        assert_eq!(Period::parse("P2W").unwrap(), Period { years: 0, months: 0, days: 14 });
        for bad in ["", "12M", "PT1H", "P1DT12H", "P1.5Y", "nothing"] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }
}
