//! `time.strftime` formatting in the C locale, over a [`Tm`].

use super::calendar::Tm;

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(tm: &Tm) -> &'static str {
    DAYS[tm.wday.rem_euclid(7) as usize]
}

fn month_name(tm: &Tm) -> &'static str {
    MONTHS[(tm.mon - 1).rem_euclid(12) as usize]
}

/// `asctime` text: `Tue Nov 14 22:13:20 2023`.
pub fn asctime(tm: &Tm) -> String {
    format!(
        "{} {} {:>2} {:02}:{:02}:{:02} {}",
        &day_name(tm)[..3],
        &month_name(tm)[..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// Formats `tm` by a strftime pattern; unknown directives are copied through.
pub fn strftime(fmt: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(d) => directive(&mut out, d, tm),
            None => out.push('%'),
        }
    }
    out
}

fn hour12(h: i64) -> i64 {
    if h % 12 == 0 { 12 } else { h % 12 }
}

fn directive(out: &mut String, d: char, tm: &Tm) {
    let sunday_wday = (tm.wday + 1).rem_euclid(7);
    let yday0 = tm.yday - 1;
    let text = match d {
        'a' => day_name(tm)[..3].to_owned(),
        'A' => day_name(tm).to_owned(),
        'b' | 'h' => month_name(tm)[..3].to_owned(),
        'B' => month_name(tm).to_owned(),
        'c' => asctime(tm),
        'd' => format!("{:02}", tm.mday),
        'e' => format!("{:>2}", tm.mday),
        'H' => format!("{:02}", tm.hour),
        'I' => format!("{:02}", hour12(tm.hour)),
        'j' => format!("{:03}", tm.yday),
        'm' => format!("{:02}", tm.mon),
        'M' => format!("{:02}", tm.min),
        'p' => (if tm.hour < 12 { "AM" } else { "PM" }).to_owned(),
        'S' => format!("{:02}", tm.sec),
        'U' => format!("{:02}", (yday0 + 7 - sunday_wday) / 7),
        'W' => format!("{:02}", (yday0 + 7 - tm.wday) / 7),
        'w' => sunday_wday.to_string(),
        'u' => (tm.wday + 1).to_string(),
        'x' | 'D' => format!(
            "{:02}/{:02}/{:02}",
            tm.mon,
            tm.mday,
            tm.year.rem_euclid(100)
        ),
        'X' | 'T' => format!("{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
        'R' => format!("{:02}:{:02}", tm.hour, tm.min),
        'F' => format!("{}-{:02}-{:02}", tm.year, tm.mon, tm.mday),
        'y' => format!("{:02}", tm.year.rem_euclid(100)),
        'Y' => tm.year.to_string(),
        'C' => format!("{:02}", tm.year.div_euclid(100)),
        'Z' => tm.zone.clone(),
        'z' => {
            let sign = if tm.gmtoff < 0 { '-' } else { '+' };
            let off = tm.gmtoff.abs();
            format!("{sign}{:02}{:02}", off / 3600, off % 3600 / 60)
        }
        'n' => "\n".to_owned(),
        't' => "\t".to_owned(),
        '%' => "%".to_owned(),
        other => format!("%{other}"),
    };
    out.push_str(&text);
}

#[cfg(test)]
mod tests {
    use super::super::calendar::gmtime;
    use super::*;

    #[test]
    fn formats_like_the_c_locale() {
        let t = gmtime(1_700_000_000);
        assert_eq!(
            strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %w %y %p %%", &t),
            "2023-11-14 22:13:20 Tue Tuesday Nov November 318 2 23 PM %"
        );
        assert_eq!(strftime("%c", &t), "Tue Nov 14 22:13:20 2023");
        assert_eq!(
            strftime("%I%p %U %W %z %Z", &gmtime(0)),
            "12AM 00 00 +0000 UTC"
        );
    }
}
