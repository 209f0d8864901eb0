//! Staying inside a help desk's rate limit instead of running into it. Desks that limit
//! requests say on every answer how many are left in the current window (each under its own
//! header names); frontdesk counts its own requests against that number, so requests sent at
//! once do not all spend the last one, and when nothing is left it waits for the window to
//! end rather than be refused with a 429. A desk that counts a write twice (Help Scout) has
//! its client made `with_write_cost(2)`.

use jiff::{SignedDuration, Timestamp};
use reqwest::header::HeaderMap;

/// What a desk's answers said about its rate limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests the account may make in a window (a minute on every desk that says).
    pub limit: Option<u32>,
    /// Requests left in this window, with the ones frontdesk has sent since counted off.
    pub remaining: u32,
    /// When the window ends, where the desk says (or an estimate a minute after its answer).
    pub resets_at: Timestamp,
}

/// When a desk does not say when its window ends: every desk that limits counts per minute.
const WINDOW: SignedDuration = SignedDuration::from_secs(60);

/// The account-wide limit first: where a desk sends both, an endpoint's own limit is the
/// smaller, and the budget for polling is a share of the account's.
const LIMIT: &[&str] = &[
    "x-rate-limit",
    "x-ratelimit-total",
    "x-ratelimit-limit-minute",
    "x-ratelimit-limit",
    "ratelimit-limit",
];
const REMAINING: &[&str] = &[
    "x-rate-limit-remaining",
    "x-ratelimit-remaining",
    "x-ratelimit-remaining-minute",
    "ratelimit-remaining",
];
const RESET: &[&str] = &["ratelimit-reset", "x-ratelimit-reset"];

/// What is known of the current window.
#[derive(Debug, Default)]
pub struct Window {
    known: Option<RateLimit>,
}

impl Window {
    /// Takes `cost` requests from the window; `Some(t)`: none are left, wait until `t`.
    pub fn take(&mut self, cost: u32, now: Timestamp) -> Option<Timestamp> {
        let known = self.known.as_mut()?;
        if now >= known.resets_at {
            // A new window: the next answer says what is left in it.
            self.known = None;
            return None;
        }
        if known.remaining < cost {
            return Some(known.resets_at);
        }
        known.remaining -= cost;
        None
    }

    /// Reads what an answer said. Requests sent since the desk counted this one are already
    /// taken off, so the smaller of the two counts holds until the window ends.
    pub fn learn(&mut self, headers: &HeaderMap, now: Timestamp) {
        let Some(remaining) = REMAINING.iter().filter_map(|h| number(headers, h)).min() else {
            return;
        };
        let limit = LIMIT.iter().find_map(|h| number(headers, h));
        let current = self.known.filter(|old| now < old.resets_at);
        let resets_at = RESET
            .iter()
            .find_map(|h| reset(headers, h, now))
            .or(current.map(|old| old.resets_at))
            .unwrap_or(now + WINDOW);
        let remaining = match current {
            Some(old) => old.remaining.min(remaining),
            None => remaining,
        };
        self.known = Some(RateLimit {
            limit: limit.or(self.known.and_then(|k| k.limit)),
            remaining,
            resets_at,
        });
    }

    /// A 429: nothing is left until `until`.
    pub fn refused(&mut self, until: Timestamp) {
        let limit = self.known.and_then(|k| k.limit);
        self.known = Some(RateLimit {
            limit,
            remaining: 0,
            resets_at: until,
        });
    }

    pub fn known(&self) -> Option<RateLimit> {
        self.known
    }
}

fn number(headers: &HeaderMap, name: &str) -> Option<u32> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}

/// A window's end as desks write it: seconds from now (Zendesk's `ratelimit-reset`), a Unix
/// time, or an ISO 8601 time (Jira's `X-RateLimit-Reset`).
fn reset(headers: &HeaderMap, name: &str, now: Timestamp) -> Option<Timestamp> {
    let text = headers.get(name)?.to_str().ok()?.trim();
    if let Ok(n) = text.parse::<i64>() {
        return if n > 1_000_000_000 {
            Timestamp::from_second(n).ok()
        } else {
            now.checked_add(SignedDuration::from_secs(n.max(0))).ok()
        };
    }
    text.parse().ok()
}

impl super::Http {
    /// Waits while another request was told to wait (it would only be refused too), and while
    /// the desk's rate-limit budget for this window is spent, holding the others meanwhile so
    /// the interface counts down.
    pub(super) async fn wait_for_budget(&self, cost: u32) {
        if let Some(until) = self.throttle.until() {
            sleep_until(until).await;
        }
        while let Some(until) = self.throttle.take(cost) {
            tracing::info!(%until, "the rate limit's budget is spent; waiting for the next window");
            self.throttle.hold(until);
            sleep_until(until).await;
            self.throttle.release();
        }
    }
}

async fn sleep_until(until: Timestamp) {
    if let Ok(wait) = std::time::Duration::try_from(until.duration_since(Timestamp::now())) {
        tokio::time::sleep(wait).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_str(value).expect("header"));
        }
        map
    }

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + secs).expect("time")
    }

    #[test]
    fn the_last_requests_wait_for_the_window_to_end() {
        let mut w = Window::default();
        w.learn(
            &headers(&[
                ("x-rate-limit", "200"),
                ("x-rate-limit-remaining", "2"),
                ("ratelimit-reset", "30"),
            ]),
            at(0),
        );
        assert_eq!(w.take(1, at(1)), None);
        assert_eq!(w.take(1, at(1)), None);
        assert_eq!(w.take(1, at(1)), Some(at(30)), "the third would be refused");
        // The first answer comes back saying 1 left: two were already sent, so none is.
        w.learn(&headers(&[("x-rate-limit-remaining", "1")]), at(2));
        assert_eq!(
            w.known().map(|k| (k.limit, k.remaining)),
            Some((Some(200), 0))
        );
        assert_eq!(w.take(1, at(60)), None, "a new window");
    }

    #[test]
    fn each_desk_says_it_its_own_way() {
        type Case = (
            &'static [(&'static str, &'static str)],
            Option<u32>,
            u32,
            i64,
        );
        let cases: &[Case] = &[
            // Freshdesk: no end given, so a minute from the answer.
            (
                &[
                    ("x-ratelimit-total", "400"),
                    ("x-ratelimit-remaining", "37"),
                ],
                Some(400),
                37,
                60,
            ),
            // Help Scout.
            (
                &[
                    ("x-ratelimit-limit-minute", "200"),
                    ("x-ratelimit-remaining-minute", "5"),
                ],
                Some(200),
                5,
                60,
            ),
            // Jira: an ISO time.
            (
                &[
                    ("x-ratelimit-limit", "100"),
                    ("x-ratelimit-remaining", "9"),
                    ("x-ratelimit-reset", "2027-01-15T08:00:10Z"),
                ],
                Some(100),
                9,
                0,
            ),
            // Zendesk: the account's and the endpoint's; the tighter counts.
            (
                &[
                    ("x-rate-limit", "700"),
                    ("x-rate-limit-remaining", "650"),
                    ("ratelimit-limit", "100"),
                    ("ratelimit-remaining", "3"),
                    ("ratelimit-reset", "12"),
                ],
                Some(700),
                3,
                12,
            ),
        ];
        for (pairs, limit, remaining, reset) in cases {
            let mut w = Window::default();
            w.learn(&headers(pairs), at(0));
            let k = w.known().expect("read");
            assert_eq!((k.limit, k.remaining), (*limit, *remaining), "{pairs:?}");
            if *reset > 0 {
                assert_eq!(k.resets_at, at(*reset), "{pairs:?}");
            }
        }
        let mut none = Window::default();
        none.learn(&headers(&[("content-type", "application/json")]), at(0));
        assert_eq!(none.known(), None, "a desk without limits is never held");
        assert_eq!(none.take(1, at(0)), None);
    }

    #[test]
    fn a_write_that_counts_twice_waits_when_one_is_left() {
        let mut w = Window::default();
        w.learn(
            &headers(&[
                ("x-ratelimit-limit-minute", "200"),
                ("x-ratelimit-remaining-minute", "3"),
            ]),
            at(0),
        );
        assert_eq!(w.take(2, at(1)), None, "a write: 3 → 1");
        assert_eq!(w.take(2, at(1)), Some(at(60)), "another would overdraw");
        assert_eq!(w.take(1, at(1)), None, "a read still fits");
    }

    #[test]
    fn a_429_empties_the_window_until_it_says() {
        let mut w = Window::default();
        w.refused(at(20));
        assert_eq!(w.take(1, at(5)), Some(at(20)));
        assert_eq!(w.take(1, at(20)), None);
    }
}
