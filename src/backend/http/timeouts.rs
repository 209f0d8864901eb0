//! How long a desk's answers are waited for, and how often a request is tried again.

use std::time::Duration;

/// How long to wait for a connection and for a whole answer, and how to wait out a 429.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub connect: Duration,
    pub request: Duration,
    /// The wait after a 429 that does not say how long (no `Retry-After`).
    pub rate_limit_default: Duration,
    /// A longer `Retry-After` is not waited out in the background: the call fails with it.
    pub rate_limit_max: Duration,
    /// How many times one request is retried after a 429.
    pub rate_limit_retries: u32,
    /// How many times a read that failed on the way is tried again.
    pub read_retries: u32,
    /// The pause before the first new try of a read; it doubles for each further one.
    pub read_backoff: Duration,
    /// The most bytes of one answer read (not a time, but a limit of the same kind).
    pub max_answer: usize,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(5),
            request: Duration::from_secs(30),
            rate_limit_default: Duration::from_secs(10),
            rate_limit_max: Duration::from_secs(120),
            rate_limit_retries: 3,
            read_retries: 2,
            read_backoff: Duration::from_millis(250),
            max_answer: super::body::MAX_ANSWER,
        }
    }
}
