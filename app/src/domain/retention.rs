//! Retention periods as data (issue #17): an ISO 8601 duration such as `P12M` or `P6Y`
//! and the event it runs from, read from the register file, so the register's owner
//! changes a period by editing the file.

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeZone, Utc};
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

impl RunsFrom {
    pub fn as_str(self) -> &'static str {
        match self {
            RunsFrom::Record => "record",
            RunsFrom::EndOfYear => "end_of_year",
            RunsFrom::ContractEnd => "contract_end",
            RunsFrom::RelationshipEnd => "relationship_end",
        }
    }
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

impl Period {
    /// The moment a period after `from`.
    pub fn after(self, from: DateTime<Utc>) -> Option<DateTime<Utc>> {
        from.checked_add_months(Months::new(self.years.checked_mul(12)?.checked_add(self.months)?))?
            .checked_add_days(chrono::Days::new(u64::from(self.days)))
    }
}

/// The first moment of the year after `at`'s year: where a period that runs from the
/// end of the year starts.
fn end_of_year(at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    Utc.with_ymd_and_hms(at.year().checked_add(1)?, 1, 1, 0, 0, 0).single()
}

/// When a record whose own time is `at` is past its period (the retention run deletes
/// it at its first run from then on), for periods that run from the record or from the
/// end of its year. `None` for events the record alone does not tell (a contract's end).
pub fn due_at(period: Period, runs_from: RunsFrom, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    match runs_from {
        RunsFrom::Record => period.after(at),
        RunsFrom::EndOfYear => period.after(end_of_year(at)?),
        RunsFrom::ContractEnd | RunsFrom::RelationshipEnd => None,
    }
}

/// The day a record of `date` is past its period, as [`due_at`] for a date.
pub fn due_on(period: Period, runs_from: RunsFrom, date: NaiveDate) -> Option<NaiveDate> {
    due_at(period, runs_from, date.and_hms_opt(0, 0, 0)?.and_utc()).map(|d| d.date_naive())
}

/// The records older than this are due at `now`: `due_at(record) <= now` exactly when
/// the record's time is before the cutoff.
pub fn cutoff(period: Period, runs_from: RunsFrom, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let before = period.before(now)?;
    match runs_from {
        RunsFrom::Record => Some(before),
        // End of year(at) <= before  <=>  year(at) < year(before)  <=>  at < 1 Jan year(before).
        RunsFrom::EndOfYear => Utc.with_ymd_and_hms(before.year(), 1, 1, 0, 0, 0).single(),
        RunsFrom::ContractEnd | RunsFrom::RelationshipEnd => None,
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

    #[test]
    fn a_record_is_due_exactly_when_it_is_older_than_the_cutoff() {
        let now = Utc.with_ymd_and_hms(2033, 3, 1, 8, 0, 0).unwrap();
        let six_years = Period::parse("P6Y").unwrap();
        let cut = cutoff(six_years, RunsFrom::EndOfYear, now).unwrap();
        assert_eq!(cut, Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap());
        let invoice = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        assert_eq!(due_on(six_years, RunsFrom::EndOfYear, invoice), NaiveDate::from_ymd_opt(2033, 1, 1));
        let year = Period::parse("P12M").unwrap();
        let call = Utc.with_ymd_and_hms(2026, 2, 28, 23, 59, 0).unwrap();
        assert_eq!(due_at(year, RunsFrom::Record, call), Some(Utc.with_ymd_and_hms(2027, 2, 28, 23, 59, 0).unwrap()));
        // Walk records across years: due by `due_at` <=> older than the cutoff.
        for runs_from in [RunsFrom::Record, RunsFrom::EndOfYear] {
            for period in [year, six_years, Period::parse("P90D").unwrap()] {
                let cut = cutoff(period, runs_from, now).unwrap();
                let mut at = Utc.with_ymd_and_hms(2019, 1, 1, 0, 0, 0).unwrap();
                while at < now {
                    let due = due_at(period, runs_from, at).unwrap() <= now;
                    assert_eq!(due, at < cut, "{period:?} {runs_from:?} {at}");
                    at += chrono::Duration::hours(37);
                }
            }
        }
        assert_eq!(due_at(year, RunsFrom::ContractEnd, call), None);
    }
}
