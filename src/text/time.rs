//! Short human durations for columns: `12m`, `3h`, `2d`, `5w`.

use jiff::{SignedDuration, Timestamp};

/// How long ago `then` was, in the short form a queue column has room for.
pub fn age(now: Timestamp, then: Timestamp) -> String {
    short(now.duration_since(then))
}

/// A duration in its largest whole unit: `45s`, `12m`, `3h`, `2d`, `5w` (`12 мин` in
/// Russian).
pub fn short(d: SignedDuration) -> String {
    let secs: i64 = d.as_secs().max(0);
    let (n, unit) = match secs {
        s if s < 60 => (s, Unit::Second),
        s if s < 3_600 => (s / 60, Unit::Minute),
        s if s < 86_400 => (s / 3_600, Unit::Hour),
        s if s < 14 * 86_400 => (s / 86_400, Unit::Day),
        s => (s / (7 * 86_400), Unit::Week),
    };
    match unit {
        Unit::Second => crate::fl!("time-seconds-short", n = n),
        Unit::Minute => crate::fl!("time-minutes-short", n = n),
        Unit::Hour => crate::fl!("time-hours-short", n = n),
        Unit::Day => crate::fl!("time-days-short", n = n),
        Unit::Week => crate::fl!("time-weeks-short", n = n),
    }
}

enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
}

/// A wait as a person says it: `45 seconds`, `12 minutes`, `3 hours`, `2 days`.
pub fn wait(d: std::time::Duration) -> String {
    let secs: u64 = d.as_secs().max(1);
    let (n, unit) = match secs {
        s if s < 120 => (s, Unit::Second),
        s if s < 2 * 3_600 => (s.div_ceil(60), Unit::Minute),
        s if s < 2 * 86_400 => (s.div_ceil(3_600), Unit::Hour),
        s => (s.div_ceil(86_400), Unit::Day),
    };
    match unit {
        Unit::Second => crate::fl!("time-wait-seconds", n = n),
        Unit::Minute => crate::fl!("time-wait-minutes", n = n),
        Unit::Hour => crate::fl!("time-wait-hours", n = n),
        Unit::Day | Unit::Week => crate::fl!("time-wait-days", n = n),
    }
}

/// Time left until `due` (`in 2h`) or past it (`3h over`).
pub fn until(now: Timestamp, due: Timestamp) -> String {
    let d = due.duration_since(now);
    if d.is_negative() {
        crate::fl!("time-over", duration = short(-d))
    } else {
        crate::fl!("time-in", duration = short(d))
    }
}

/// The same in the eight cells of the queue's target column: `in 2h`, `3h over`, or a
/// language's shorter form (`−3 ч`).
pub fn until_short(now: Timestamp, due: Timestamp) -> String {
    let d = due.duration_since(now);
    if d.is_negative() {
        crate::fl!("time-over-column", duration = short(-d))
    } else {
        crate::fl!("time-in-column", duration = short(d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_read_as_words() {
        let secs = std::time::Duration::from_secs;
        assert_eq!(wait(secs(0)), "1 second");
        assert_eq!(wait(secs(90)), "90 seconds");
        assert_eq!(wait(secs(600)), "10 minutes");
        assert_eq!(wait(secs(86_400)), "24 hours");
        assert_eq!(wait(secs(40 * 86_400)), "40 days");
    }

    #[test]
    fn picks_the_largest_whole_unit() {
        let now: Timestamp = "2026-11-22T12:00:00Z".parse().expect("valid");
        let at = |s: &str| s.parse::<Timestamp>().expect("valid");
        assert_eq!(age(now, at("2026-11-22T11:48:00Z")), "12m");
        assert_eq!(age(now, at("2026-11-22T09:00:00Z")), "3h");
        assert_eq!(age(now, at("2026-11-20T12:00:00Z")), "2d");
        assert_eq!(age(now, at("2026-10-01T12:00:00Z")), "7w");
        assert_eq!(until(now, at("2026-11-22T14:00:00Z")), "in 2h");
        assert_eq!(until(now, at("2026-11-22T09:00:00Z")), "3h over");
    }

    #[test]
    fn the_target_column_s_eight_cells_hold_every_language_s_times() {
        let now: Timestamp = "2026-11-22T12:00:00Z".parse().expect("valid");
        let at = |s: &str| s.parse::<Timestamp>().expect("valid");
        for language in crate::i18n::Language::ALL {
            let _here = crate::i18n::speak_here(language);
            for due in [
                "2026-11-22T23:00:00Z",
                "2026-11-22T01:00:00Z",
                "2026-11-09T12:00:00Z",
                "2025-01-01T12:00:00Z",
            ] {
                let said = until_short(now, at(due));
                assert!(crate::text::width(&said) <= 8, "{language}: {said}");
            }
        }
    }

    #[test]
    fn russian_waits_count_one_few_many() {
        let _ru = crate::i18n::speak_here(crate::i18n::Language::Ru);
        let mins = |m: u64| std::time::Duration::from_secs(m * 60);
        assert_eq!(wait(mins(21)), "21 минуту");
        assert_eq!(wait(mins(3)), "3 минуты");
        assert_eq!(wait(mins(5)), "5 минут");
        let now: Timestamp = "2026-11-22T12:00:00Z".parse().expect("valid");
        let due: Timestamp = "2026-11-22T09:00:00Z".parse().expect("valid");
        assert_eq!(until(now, due), "просрочен на 3 ч");
    }
}
