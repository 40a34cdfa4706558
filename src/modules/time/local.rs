//! Local time through the C library (`localtime_r`, `mktime`), which reads `TZ` and `/etc/localtime`.

use super::calendar::Tm;

/// The local broken-down time of a Unix timestamp; `None` when the C library cannot represent it.
#[allow(clippy::useless_conversion)] // `time_t` is not i64 on every platform.
pub fn localtime(t: i64) -> Option<Tm> {
    let secs: libc::time_t = t.try_into().ok()?;
    // SAFETY: `tm` is a plain C struct for which all-zero bytes are valid, and
    // `localtime_r` only writes through the two valid pointers it is given.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe { !libc::localtime_r(&secs, &mut tm).is_null() };
    ok.then(|| from_c(&tm))
}

/// The Unix timestamp of a local broken-down time; `None` when out of range.
pub fn mktime(t: &Tm) -> Option<i64> {
    // SAFETY: as above; `mktime` reads and normalises the struct it is given.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (t.year - 1900).try_into().ok()?;
    tm.tm_mon = (t.mon - 1).try_into().ok()?;
    tm.tm_mday = t.mday.try_into().ok()?;
    tm.tm_hour = t.hour.try_into().ok()?;
    tm.tm_min = t.min.try_into().ok()?;
    tm.tm_sec = t.sec.try_into().ok()?;
    tm.tm_isdst = t.isdst.try_into().ok()?;
    tm.tm_wday = -1;
    let r = unsafe { libc::mktime(&mut tm) };
    (r != -1 || tm.tm_wday != -1).then_some(r as i64)
}

fn from_c(tm: &libc::tm) -> Tm {
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: a non-null `tm_zone` set by `localtime_r` points to a NUL-terminated static string.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Tm {
        year: tm.tm_year as i64 + 1900,
        mon: tm.tm_mon as i64 + 1,
        mday: tm.tm_mday as i64,
        hour: tm.tm_hour as i64,
        min: tm.tm_min as i64,
        sec: tm.tm_sec as i64,
        wday: (tm.tm_wday as i64 + 6) % 7,
        yday: tm.tm_yday as i64 + 1,
        isdst: tm.tm_isdst as i64,
        gmtoff: tm.tm_gmtoff,
        zone,
    }
}
