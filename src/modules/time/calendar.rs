//! Pure calendar arithmetic for `time`: broken-down UTC times and back, without the C library.

/// A broken-down time, the fields of `struct_time` (months 1-12, weekday 0 = Monday, yday 1-366).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tm {
    /// Full year.
    pub year: i64,
    /// Month, 1-12.
    pub mon: i64,
    /// Day of month, 1-31.
    pub mday: i64,
    /// Hour, 0-23.
    pub hour: i64,
    /// Minute, 0-59.
    pub min: i64,
    /// Second, 0-61.
    pub sec: i64,
    /// Weekday, 0 = Monday.
    pub wday: i64,
    /// Day of the year, 1-366.
    pub yday: i64,
    /// Daylight saving flag (-1, 0 or 1).
    pub isdst: i64,
    /// Offset east of UTC in seconds.
    pub gmtoff: i64,
    /// Zone abbreviation.
    pub zone: String,
}

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `(year, month, day)` of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// True for leap years.
pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Day of the year (1-based) of a civil date.
pub fn year_day(y: i64, m: i64, d: i64) -> i64 {
    days_from_civil(y, m, d) - days_from_civil(y, 1, 1) + 1
}

/// The UTC broken-down time of a Unix timestamp in whole seconds.
pub fn gmtime(t: i64) -> Tm {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 3).rem_euclid(7),
        yday: year_day(year, mon, mday),
        isdst: 0,
        gmtoff: 0,
        zone: "UTC".to_owned(),
    }
}

/// The Unix timestamp of a UTC broken-down time (fields may be out of range).
pub fn timegm(tm: &Tm) -> i64 {
    let y = tm.year + (tm.mon - 1).div_euclid(12);
    let m = (tm.mon - 1).rem_euclid(12) + 1;
    days_from_civil(y, m, 1) * 86_400
        + (tm.mday - 1) * 86_400
        + tm.hour * 3600
        + tm.min * 60
        + tm.sec
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_moments() {
        let t = gmtime(0);
        assert_eq!((t.year, t.mon, t.mday, t.wday, t.yday), (1970, 1, 1, 3, 1));
        let t = gmtime(1_700_000_000);
        assert_eq!(
            (t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday),
            (2023, 11, 14, 22, 13, 20, 1, 318)
        );
        let t = gmtime(951_782_400);
        assert_eq!((t.mon, t.mday, t.yday), (2, 29, 60));
        assert_eq!(gmtime(-86_400).mday, 31);
        assert_eq!(timegm(&gmtime(1_234_567_890)), 1_234_567_890);
        assert!(is_leap(2000) && !is_leap(1900));
    }
}
