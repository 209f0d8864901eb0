//! Short human durations for columns: `12m`, `3h`, `2d`, `5w`.

use jiff::{SignedDuration, Timestamp};

/// How long ago `then` was, in the short form a queue column has room for.
pub fn age(now: Timestamp, then: Timestamp) -> String {
    short(now.duration_since(then))
}

/// A duration in its largest whole unit: `45s`, `12m`, `3h`, `2d`, `5w`.
pub fn short(d: SignedDuration) -> String {
    let secs = d.as_secs().max(0);
    match secs {
        s if s < 60 => format!("{s}s"),
        s if s < 3_600 => format!("{}m", s / 60),
        s if s < 86_400 => format!("{}h", s / 3_600),
        s if s < 14 * 86_400 => format!("{}d", s / 86_400),
        s => format!("{}w", s / (7 * 86_400)),
    }
}

/// A wait as a person says it: `45 seconds`, `12 minutes`, `3 hours`, `2 days`.
pub fn wait(d: std::time::Duration) -> String {
    let secs = d.as_secs().max(1);
    let (n, unit) = match secs {
        s if s < 120 => (s, "second"),
        s if s < 2 * 3_600 => (s.div_ceil(60), "minute"),
        s if s < 2 * 86_400 => (s.div_ceil(3_600), "hour"),
        s => (s.div_ceil(86_400), "day"),
    };
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// Time left until `due` (`in 2h`) or past it (`3h over`).
pub fn until(now: Timestamp, due: Timestamp) -> String {
    let d = due.duration_since(now);
    if d.is_negative() {
        format!("{} over", short(-d))
    } else {
        format!("in {}", short(d))
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
}
