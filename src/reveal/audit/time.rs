//! Time stamps: RFC 3339 UTC to the second, the one form entries carry.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::AuditError;

pub(crate) fn unix_secs(at: SystemTime) -> Result<u64, AuditError> {
    at.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .map_err(|_| AuditError::Clock)
}

/// The last second humantime formats (and this log writes):
/// `9999-12-31T23:59:59Z`.
const LAST_SECOND: u64 = 253_402_300_799;

/// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`; `None` past year 9999.
pub fn format_rfc3339(secs: u64) -> Option<String> {
    // humantime's Display fails past year 9999, which `to_string` would
    // turn into a panic: refuse those first.
    if secs > LAST_SECOND {
        return None;
    }
    let at = UNIX_EPOCH + Duration::from_secs(secs);
    Some(humantime::format_rfc3339_seconds(at).to_string())
}

/// The inverse of [`format_rfc3339`], accepting only its exact form.
pub(crate) fn parse_rfc3339(s: &str) -> Option<u64> {
    // humantime also takes fractions, `+00:00` and a leap second (read as
    // :59); the log writes none of them, so only the string that formats
    // back to itself is accepted (which also refuses 31 February).
    if s.len() != 20 {
        return None;
    }
    let secs = unix_secs(humantime::parse_rfc3339(s).ok()?).ok()?;
    (format_rfc3339(secs)?.as_str() == s).then_some(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_round_trips_and_is_strict() {
        assert_eq!(format_rfc3339(0).unwrap(), "1970-01-01T00:00:00Z");
        assert_eq!(format_rfc3339(951_782_400).unwrap(), "2000-02-29T00:00:00Z");
        assert_eq!(
            format_rfc3339(1_767_225_599).unwrap(),
            "2025-12-31T23:59:59Z"
        );
        for secs in [
            0,
            59,
            86_399,
            951_782_400,
            1_767_225_600,
            4_102_444_800,
            253_402_300_799,
        ] {
            assert_eq!(parse_rfc3339(&format_rfc3339(secs).unwrap()), Some(secs));
        }
        assert_eq!(format_rfc3339(253_402_300_800), None);
        for bad in [
            "2026-02-30T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "2026-01-01T24:00:00Z",
            "2026-01-01 00:00:00Z",
            "2026-01-01T00:00:00+00:00",
            "2026-1-01T00:00:00Z",
            "",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }

    // The calendar this module used before humantime (Howard Hinnant's
    // algorithms), kept as the reference that pins every time stamp.
    /// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`; `None` past year 9999.
    fn reference_format(secs: u64) -> Option<String> {
        let days = i64::try_from(secs / 86_400).ok()?;
        let rem = secs % 86_400;
        let (y, m, d) = civil_from_days(days);
        if y > 9999 {
            return None;
        }
        Some(format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
            rem / 3600,
            rem / 60 % 60,
            rem % 60
        ))
    }

    /// The inverse of `reference_format`, accepting only its exact form.
    fn reference_parse(s: &str) -> Option<u64> {
        let b = s.as_bytes();
        if b.len() != 20
            || b[4] != b'-'
            || b[7] != b'-'
            || b[10] != b'T'
            || b[13] != b':'
            || b[16] != b':'
            || b[19] != b'Z'
        {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<i64> {
            b[r].iter().try_fold(0i64, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
            })
        };
        let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (h, mi, se) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 59 {
            return None;
        }
        let days = days_from_civil(y, mo, d);
        let secs = u64::try_from(days * 86_400 + h * 3600 + mi * 60 + se).ok()?;
        // Rejects 31 February and the like: such a date does not round-trip.
        (reference_format(secs)?.as_str() == s).then_some(secs)
    }

    /// Days since 1970-01-01 to (year, month, day), proleptic Gregorian
    /// (Howard Hinnant's `civil_from_days`).
    pub(super) fn civil_from_days(z: i64) -> (i64, i64, i64) {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        (y, m, d)
    }

    /// (year, month, day) to days since 1970-01-01 (Hinnant's `days_from_civil`).
    pub(super) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
        let y = y - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Audit time stamps are byte for byte what the hand-written calendar
    /// wrote, on days across four centuries, every second of a few days
    /// around leap days and year ends, and the range's ends; the parser
    /// accepts and refuses what it did.
    #[test]
    fn time_stamps_are_pinned_to_the_old_calendar() {
        let mut instants: Vec<u64> = vec![0, 1, 59, 60, 3599, 3600, 86_399, 86_400];
        // Every 7,919 s (a prime: every second of the day comes round)
        // from 1970 to past 2400.
        instants.extend((0..13_950_000_000u64).step_by(7_919 * 113));
        for day in [
            "1972-02-28",
            "1972-02-29",
            "1999-12-31",
            "2000-02-28",
            "2000-02-29",
            "2024-02-29",
            "2026-12-31",
            "2100-02-28",
            "2100-03-01",
            "2400-02-29",
            "9999-12-31",
        ] {
            let start = reference_parse(&format!("{day}T00:00:00Z")).unwrap();
            instants.extend(start..start + 86_400);
        }
        instants.extend([LAST_SECOND - 1, LAST_SECOND, LAST_SECOND + 1, u64::MAX]);
        for &secs in &instants {
            let old = reference_format(secs);
            assert_eq!(format_rfc3339(secs), old, "{secs}");
            if let Some(text) = old {
                assert_eq!(parse_rfc3339(&text), Some(secs), "{text}");
            }
        }
        assert!(instants.len() > 900_000);
        for s in [
            "2026-02-30T00:00:00Z",
            "2026-01-01T23:59:60Z",
            "2026-01-01T00:00:00.5Z",
            "2026-01-01T00:00:00+00:00",
            "1969-12-31T23:59:59Z",
            "0000-01-01T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-00-10T00:00:00Z",
            "2026-01-00T00:00:00Z",
            "2026-01-01T00:60:00Z",
            "+026-01-01T00:00:00Z",
            "2026-01-01T0a:00:00Z",
            "2026-01-01t00:00:00Z",
            "2026-01-01T00:00:00z",
            "9999-12-31T23:59:59Z",
            "2026-06-15T12:34:56Z",
        ] {
            assert_eq!(parse_rfc3339(s), reference_parse(s), "{s}");
        }
    }
}
