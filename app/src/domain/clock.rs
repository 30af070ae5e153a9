//! The statutory clock of GDPR Art. 12(3): an answer is due one month after receipt,
//! extendable by two further months. Months are calendar months in Europe/Helsinki: a
//! request received on 31 January is due on the last day of February.

use chrono::{DateTime, Months, NaiveDate, Utc};
use chrono_tz::Europe::Helsinki;

/// The Helsinki calendar date on which a moment falls.
pub fn helsinki_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Helsinki).date_naive()
}

/// The moment a Helsinki calendar day begins.
pub fn start_of_helsinki_day(date: NaiveDate) -> DateTime<Utc> {
    use chrono::TimeZone;
    let midnight = date.and_hms_opt(0, 0, 0).expect("midnight exists");
    Helsinki
        .from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| midnight.and_utc())
}

/// Adds calendar months, clamping to the month's last day when the day does not exist.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).expect("dates stay within chrono's range")
}

/// The day by which a request received at `received` must be answered.
pub fn due_date(received: DateTime<Utc>) -> NaiveDate {
    add_months(helsinki_date(received), 1)
}

/// The due date after the permitted extension of two further months.
pub fn extended_due_date(received: DateTime<Utc>) -> NaiveDate {
    add_months(helsinki_date(received), 3)
}

/// An extension may be made only while still within the first month.
pub fn may_extend(received: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    helsinki_date(now) <= due_date(received)
}

/// Days from `today` to `due` (negative when overdue).
pub fn days_left(due: NaiveDate, today: NaiveDate) -> i64 {
    (due - today).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_received_is_the_helsinki_day_whatever_the_hour() {
        let day = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        let start = start_of_helsinki_day(day);
        assert_eq!(helsinki_date(start), day);
        assert_eq!(helsinki_date(start - chrono::Duration::seconds(1)), day.pred_opt().unwrap());
        assert_eq!(due_date(start), NaiveDate::from_ymd_opt(2026, 8, 1).unwrap());
    }
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }
    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn one_calendar_month_clamped_to_month_end() {
        assert_eq!(due_date(at(2026, 1, 15, 10)), date(2026, 2, 15));
        assert_eq!(due_date(at(2026, 1, 31, 10)), date(2026, 2, 28));
        assert_eq!(due_date(at(2028, 1, 31, 10)), date(2028, 2, 29));
        assert_eq!(due_date(at(2026, 12, 31, 10)), date(2027, 1, 31));
        assert_eq!(extended_due_date(at(2026, 11, 30, 10)), date(2027, 2, 28));
    }

    #[test]
    fn the_date_is_helsinki_not_utc() {
        // 22:30 UTC on 31 March 2026 is already 1 April in Helsinki (UTC+3 in summer time).
        assert_eq!(helsinki_date(Utc.with_ymd_and_hms(2026, 3, 31, 22, 30, 0).unwrap()), date(2026, 4, 1));
        assert_eq!(due_date(Utc.with_ymd_and_hms(2026, 3, 31, 22, 30, 0).unwrap()), date(2026, 5, 1));
        // Across the autumn DST change (25 October 2026).
        assert_eq!(due_date(Utc.with_ymd_and_hms(2026, 10, 24, 21, 30, 0).unwrap()), date(2026, 11, 25));
    }

    #[test]
    fn extension_only_within_the_first_month() {
        let received = at(2026, 1, 31, 10);
        assert!(may_extend(received, at(2026, 2, 28, 20)));
        assert!(!may_extend(received, at(2026, 3, 1, 10)));
        assert_eq!(days_left(date(2026, 2, 28), date(2026, 2, 20)), 8);
        assert_eq!(days_left(date(2026, 2, 28), date(2026, 3, 2)), -2);
    }

    #[test]
    fn leap_days_and_month_ends() {
        // Received on a leap day: due on 29 March; extended to 29 May.
        assert_eq!(due_date(at(2028, 2, 29, 10)), date(2028, 3, 29));
        assert_eq!(extended_due_date(at(2028, 2, 29, 10)), date(2028, 5, 29));
        // 30 and 31 January both end on the last day of February, leap year or not.
        assert_eq!(due_date(at(2027, 1, 30, 10)), date(2027, 2, 28));
        assert_eq!(due_date(at(2028, 1, 30, 10)), date(2028, 2, 29));
        // 31 March → 30 April; 31 August → 30 September; 31 October (+3) → 31 January.
        assert_eq!(due_date(at(2026, 3, 31, 10)), date(2026, 4, 30));
        assert_eq!(due_date(at(2026, 8, 31, 10)), date(2026, 9, 30));
        assert_eq!(extended_due_date(at(2026, 10, 31, 10)), date(2027, 1, 31));
        // Across a year end.
        assert_eq!(due_date(at(2026, 12, 15, 10)), date(2027, 1, 15));
    }

    #[test]
    fn spring_dst_change_and_helsinki_midnight() {
        // Summer time starts on 29 March 2026 at 03:00 local (01:00 UTC).
        // 21:59 UTC on 28 March is 23:59 Helsinki (UTC+2): still 28 March.
        assert_eq!(due_date(Utc.with_ymd_and_hms(2026, 3, 28, 21, 59, 0).unwrap()), date(2026, 4, 28));
        // 22:00 UTC on 28 March is midnight in Helsinki: already 29 March.
        assert_eq!(due_date(Utc.with_ymd_and_hms(2026, 3, 28, 22, 0, 0).unwrap()), date(2026, 4, 29));
        // In summer time the day changes at 21:00 UTC.
        assert_eq!(helsinki_date(Utc.with_ymd_and_hms(2026, 6, 30, 20, 59, 0).unwrap()), date(2026, 6, 30));
        assert_eq!(helsinki_date(Utc.with_ymd_and_hms(2026, 6, 30, 21, 0, 0).unwrap()), date(2026, 7, 1));
    }

    #[test]
    fn extension_is_judged_by_the_helsinki_date() {
        let received = at(2026, 5, 15, 9);
        // Due 15 June. 20:59 UTC on 15 June is 23:59 in Helsinki: still within the month.
        assert!(may_extend(received, Utc.with_ymd_and_hms(2026, 6, 15, 20, 59, 0).unwrap()));
        // 21:00 UTC is already 16 June in Helsinki: too late.
        assert!(!may_extend(received, Utc.with_ymd_and_hms(2026, 6, 15, 21, 0, 0).unwrap()));
        assert_eq!(extended_due_date(received), date(2026, 8, 15));
    }
}
