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
    /// How long to wait before the next poll: the interval, doubled for each failure in a
    /// row (a 429 or an unreachable desk), at most ten minutes.
    pub fn delay(&self) -> Option<Duration> {
        let every = self.every?;
        let factor = 2u32.saturating_pow(self.failures.min(10));
        Some(every.saturating_mul(factor).min(LONGEST.max(every)))
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
