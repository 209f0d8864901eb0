//! Noticing new work while frontdesk is open: the help desk is asked what changed every
//! little while, and new tickets and new customer replies are marked until looked at.

use std::collections::HashMap;
use std::time::Duration;

use jiff::Timestamp;

use super::remote::RequestId;
use crate::backend::{TicketId, TicketSummary};

/// What arrived for a ticket since it was last looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum News {
    /// A ticket that was not there before.
    Ticket,
    /// The customer wrote again.
    Reply,
}

/// The longest wait between two polls, however often the help desk refused.
const LONGEST: Duration = Duration::from_secs(600);

/// The polling state.
#[derive(Debug, Default)]
pub struct Watch {
    /// How often to poll; `None`: never.
    pub every: Option<Duration>,
    /// The share of the desk's rate limit polling may use.
    pub share: f64,
    /// What polling costs, as the last poll found it.
    pub cost: PollCost,
    /// Whether an urgent arrival rings the terminal bell.
    pub bell: bool,
    /// Polls that failed in a row; each doubles the wait.
    pub failures: u32,
    /// When the last successful poll started: the next asks what changed since then.
    pub since: Option<Timestamp>,
    /// The timer until the next poll.
    pub timer: Option<RequestId>,
    /// The poll on its way, with the moment it started.
    pub pending: Option<(RequestId, Timestamp)>,
    /// Tickets with news, until opened.
    pub news: HashMap<TicketId, News>,
}

impl Watch {
    /// How long to wait before the next poll: the interval (longer where the desk's rate
    /// limit is small, so polling keeps within its share), doubled for each failure in a row
    /// (a 429 or an unreachable desk), at most ten minutes.
    pub fn delay(&self) -> Option<Duration> {
        let every = self.every?.max(self.within_budget());
        let factor = 2u32.saturating_pow(self.failures.min(10));
        Some(every.saturating_mul(factor).min(LONGEST.max(every)))
    }
}

/// What a poll cost, and what the desk allows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PollCost {
    /// Requests the last poll took (one, unless many tickets changed at once).
    pub requests: u64,
    /// Requests the desk allows a minute, where it says.
    pub limit: Option<u32>,
}

impl Watch {
    /// The shortest interval that keeps polling within its share of the desk's limit.
    pub fn within_budget(&self) -> Duration {
        let Some(limit) = self.cost.limit.filter(|l| *l > 0) else {
            return Duration::ZERO;
        };
        let allowed = (f64::from(limit) * self.share).max(f64::MIN_POSITIVE);
        let per_poll = self.cost.requests.max(1) as f64;
        Duration::from_secs_f64((60.0 * per_poll / allowed).min(LONGEST.as_secs_f64()))
    }

    /// Requests polling makes a minute at the interval it keeps.
    pub fn per_minute(&self) -> Option<f64> {
        let every = self.delay()?.as_secs_f64().max(1.0);
        Some(60.0 * self.cost.requests.max(1) as f64 / every)
    }
}

/// What `now` says that `before` did not: a new ticket (`before` is `None`: not loaded, and
/// created since `since`) or a new customer message. Changes agents make are not news.
pub fn news(before: Option<&TicketSummary>, now: &TicketSummary, since: Timestamp) -> Option<News> {
    if !now.status.kind.is_active() {
        return None;
    }
    match before {
        None if now.created_at >= since => Some(News::Ticket),
        None => now
            .waiting_since
            .is_some_and(|w| w >= since)
            .then_some(News::Reply),
        Some(before) => {
            let waits_anew = now.waiting_since.is_some()
                && (before.waiting_since.is_none()
                    || now.replies.unwrap_or(0) > before.replies.unwrap_or(0));
            (now.updated_at > before.updated_at && waits_anew).then_some(News::Reply)
        }
    }
}
