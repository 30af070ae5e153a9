//! Personal-data breaches (GDPR Art. 33 and 34): how likely a breach is to put people at
//! risk, and the clock to notify the supervisory authority, which runs 72 hours from the
//! moment the controller became aware of it. Staff give that moment as a Helsinki wall
//! clock time; the clock itself is hours, not calendar days, so a change to or from
//! summer time moves the deadline's wall-clock hour.

use super::slug_enum;
use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Helsinki;

/// Art. 33(1): "not later than 72 hours after having become aware of it".
pub const NOTIFY_WITHIN_HOURS: i64 = 72;

slug_enum!(
    /// How likely the breach is to result in a risk to people's rights and freedoms.
    Risk, "risk", {
        /// Unlikely to result in a risk: recorded (Art. 33(5)), not notified.
        Unlikely => "unlikely",
        /// A risk: the Data Protection Ombudsman is notified (Art. 33(1)).
        Risk => "risk",
        /// A high risk: the people affected are told as well (Art. 34(1)).
        High => "high",
    }
);

impl Risk {
    /// Whether the Data Protection Ombudsman must be notified.
    pub fn must_notify_authority(self) -> bool {
        self != Risk::Unlikely
    }

    /// Whether the people affected must be told.
    pub fn must_tell_people(self) -> bool {
        self == Risk::High
    }
}

/// The latest moment to notify the authority of a breach the controller became aware of
/// at `aware_at`.
pub fn notify_by(aware_at: DateTime<Utc>) -> DateTime<Utc> {
    aware_at + Duration::hours(NOTIFY_WITHIN_HOURS)
}

/// Where a clock stands: whole hours left until its deadline, or whole hours past it
/// (each rounded down, so "1 hour left" may be 1 h 59 min and never more).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    Left(i64),
    Past(i64),
}

/// The clock of `deadline` at `now`.
pub fn clock(deadline: DateTime<Utc>, now: DateTime<Utc>) -> Clock {
    if now <= deadline {
        Clock::Left((deadline - now).num_hours())
    } else {
        Clock::Past((now - deadline).num_hours())
    }
}

/// Why a Helsinki wall-clock time was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalTimeError {
    /// Not `YYYY-MM-DDTHH:MM` (the value of a `datetime-local` field) or `YYYY-MM-DD HH:MM`.
    Unreadable,
    /// A time the clocks skip when summer time begins (03.00–03.59 on its Sunday).
    Skipped,
}

/// Reads a Helsinki wall-clock time as typed in a `datetime-local` field. An hour the
/// clocks go through twice (autumn) is read as its first occurrence, the earlier moment,
/// so a clock started from it is never shorter than the law's.
pub fn from_helsinki_local(text: &str) -> Result<DateTime<Utc>, LocalTimeError> {
    let text = text.trim();
    let local = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
        .ok_or(LocalTimeError::Unreadable)?;
    Helsinki.from_local_datetime(&local).earliest().map(|t| t.with_timezone(&Utc)).ok_or(LocalTimeError::Skipped)
}

/// A moment as a `datetime-local` field's value in Helsinki time (`2026-11-30T14:05`).
pub fn to_helsinki_local(at: DateTime<Utc>) -> String {
    at.with_timezone(&Helsinki).format("%Y-%m-%dT%H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn the_clock_is_72_hours_whatever_the_wall_clock_does() {
        // Winter time (UTC+2): 10.00 on Monday is due 10.00 on Thursday.
        let aware = from_helsinki_local("2026-11-30T10:00").unwrap();
        assert_eq!(aware, utc("2026-11-30T08:00:00Z"));
        assert_eq!(to_helsinki_local(notify_by(aware)), "2026-12-03T10:00");
        // Across the start of summer time (29.3.2027 03.00 → 04.00) the deadline is an
        // hour later by the wall clock: 72 hours, not three calendar days.
        let aware = from_helsinki_local("2027-03-26T10:00").unwrap();
        assert_eq!(to_helsinki_local(notify_by(aware)), "2027-03-29T11:00");
        // Across its end (25.10.2026 04.00 → 03.00) an hour earlier.
        let aware = from_helsinki_local("2026-10-23T10:00").unwrap();
        assert_eq!(to_helsinki_local(notify_by(aware)), "2026-10-26T09:00");
    }

    #[test]
    fn skipped_and_doubled_hours_are_handled() {
        assert_eq!(from_helsinki_local("2027-03-28T03:30"), Err(LocalTimeError::Skipped));
        // 03.30 on 25.10.2026 happens twice; the first (summer time, UTC+3) is taken.
        assert_eq!(from_helsinki_local("2026-10-25T03:30").unwrap(), utc("2026-10-25T00:30:00Z"));
        assert_eq!(from_helsinki_local("2026-11-30 14:05").unwrap(), utc("2026-11-30T12:05:00Z"));
        for bad in ["", "30.11.2026 14.05", "2026-11-31T10:00", "2026-11-30T25:00", "eilen"] {
            assert_eq!(from_helsinki_local(bad), Err(LocalTimeError::Unreadable), "{bad}");
        }
    }

    #[test]
    fn the_clock_rounds_down_both_ways() {
        let deadline = utc("2026-12-03T08:00:00Z");
        assert_eq!(clock(deadline, utc("2026-11-30T08:00:00Z")), Clock::Left(72));
        assert_eq!(clock(deadline, utc("2026-12-03T06:00:01Z")), Clock::Left(1));
        assert_eq!(clock(deadline, utc("2026-12-03T08:00:00Z")), Clock::Left(0));
        assert_eq!(clock(deadline, utc("2026-12-03T08:00:01Z")), Clock::Past(0));
        assert_eq!(clock(deadline, utc("2026-12-03T16:30:00Z")), Clock::Past(8));
    }

    #[test]
    fn only_a_likely_risk_is_notified_and_only_a_high_one_told() {
        assert!(!Risk::Unlikely.must_notify_authority() && !Risk::Unlikely.must_tell_people());
        assert!(Risk::Risk.must_notify_authority() && !Risk::Risk.must_tell_people());
        assert!(Risk::High.must_notify_authority() && Risk::High.must_tell_people());
    }
}
