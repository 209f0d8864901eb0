//! The outbox: replies and notes the agent has sent that the help desk has not yet taken.
//! A reply leaves the composer when the agent sends it and waits here until the desk confirms
//! it; a failure that may pass (the desk down, slow, overloaded) keeps it here with its error
//! and a time for the next try. The outbox is written to disk on every change, so it outlives
//! a crash or a restart.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use super::remote::RequestId;
use super::seen::Seen;
use crate::backend::{Opening, Reply, Ticket, TicketId};

/// Where a reply in the outbox stands. Not saved: after a restart every reply starts idle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Delivery {
    /// Nothing under way (just loaded from disk).
    #[default]
    Idle,
    /// Being sent by request `.0`.
    Sending(RequestId),
    /// Reading the conversation (request `.0`) to find out whether the last try arrived.
    Checking(RequestId),
    /// The next try starts when timer `timer` runs out, at `at`.
    Waiting { at: Timestamp, timer: RequestId },
    /// Not retried until the agent asks (the help desk refused the credential).
    Held,
}

/// A reply or note on its way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outgoing {
    /// Unique within the outbox, kept across restarts.
    pub id: u64,
    pub ticket: TicketId,
    pub reply: Reply,
    /// The requester's name, for messages about it.
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub canned_used: Vec<String>,
    /// The ticket as the agent had it when writing, to find the reply if it did arrive.
    #[serde(default)]
    pub seen: Option<Seen>,
    pub queued_at: Timestamp,
    #[serde(default)]
    pub attempts: u32,
    /// Why the last try failed, as the agent should read it.
    #[serde(default)]
    pub error: Option<String>,
    /// The last try may have reached the help desk: read the conversation before trying again,
    /// so the reply is never posted twice.
    #[serde(default)]
    pub unsure: bool,
    #[serde(skip)]
    pub delivery: Delivery,
    /// The help desk refused the last try as a conflict, and the conversation is being read
    /// to see whether an earlier try of this very reply is what changed the ticket.
    #[serde(skip)]
    pub conflicted: bool,
    /// A new ticket this entry opens (`reply` is its first message, `ticket` is
    /// `NEW_TICKET` until the desk numbers it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening: Option<Opening>,
    /// A change to many tickets this entry makes (`ticket` is `MARKED`, `reply` empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bulk: Option<super::marks::Bulk>,
    /// A change to `ticket` alone, with no message (`reply` holds its changes and the
    /// version it was made against): what it does, in words ("#4076 status → solved").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<String>,
}

impl Outgoing {
    /// An entry that makes `bulk`'s change to every one of its tickets.
    pub fn for_bulk(id: u64, bulk: super::marks::Bulk, queued_at: Timestamp) -> Self {
        Self {
            bulk: Some(bulk),
            ..Self::blank(id, super::marks::MARKED, Reply::default(), queued_at)
        }
    }

    /// An entry that changes `ticket`'s fields, guarded by the version the agent saw.
    pub fn for_change(
        id: u64,
        ticket: TicketId,
        changes: crate::backend::Changes,
        what: String,
        expected_version: Option<String>,
        queued_at: Timestamp,
    ) -> Self {
        let reply = Reply {
            changes,
            expected_version,
            ..Reply::default()
        };
        Self {
            change: Some(what),
            ..Self::blank(id, ticket, reply, queued_at)
        }
    }

    /// An entry of `reply` to `ticket` not yet tried.
    pub fn blank(id: u64, ticket: TicketId, reply: Reply, queued_at: Timestamp) -> Self {
        Self {
            id,
            ticket,
            reply,
            to: String::new(),
            canned_used: Vec::new(),
            seen: None,
            queued_at,
            attempts: 0,
            error: None,
            unsure: false,
            delivery: Delivery::Idle,
            conflicted: false,
            opening: None,
            bulk: None,
            change: None,
        }
    }

    /// "reply to Jürgen Müller on #101" or "note on #101".
    pub fn describe(&self) -> String {
        if let Some(opening) = &self.opening {
            return crate::fl!("outbox-new-ticket", who = opening.who());
        }
        if let Some(bulk) = &self.bulk {
            let (had, all) = bulk.progress();
            return crate::fl!(
                "outbox-bulk",
                what = bulk.what.as_str(),
                all = all,
                done = had
            );
        }
        if let Some(what) = &self.change {
            return what.clone();
        }
        let id = self.ticket.to_string();
        if let Some(forward) = &self.reply.forward {
            return crate::fl!("outbox-forward", to = forward.to.join(", "), id = id);
        }
        match (self.reply.public, self.to.is_empty()) {
            (true, false) => crate::fl!("outbox-reply-to", to = self.to.as_str(), id = id),
            (true, true) => crate::fl!("outbox-reply", id = id),
            (false, _) => crate::fl!("outbox-note", id = id),
        }
    }

    /// Whether `ticket` already has what this entry brings. A change: its fields are as the
    /// change sets them. A reply: its conversation holds a message of the same kind, new
    /// since the agent wrote it, whose text contains the reply's (compared on letters and
    /// digits only, since help desks re-wrap and re-format what they store).
    pub fn arrived_in(&self, ticket: &Ticket) -> bool {
        if self.change.is_some() {
            let changes = &self.reply.changes;
            return !changes.is_empty() && changes.held_by(ticket);
        }
        let wanted = comparable(&self.reply.body);
        if wanted.is_empty() {
            return false;
        }
        // Allows for the help desk's clock running behind ours.
        let since = self.queued_at - SignedDuration::from_mins(10);
        let known = self
            .seen
            .as_ref()
            .map(|s| s.messages.as_slice())
            .unwrap_or(&[]);
        ticket.conversation.iter().any(|m| {
            // A forward is kept as the desk keeps one (often for agents only).
            let forwarded = self.reply.forward.is_some();
            let kind_matches = (forwarded
                || (m.kind == crate::backend::MessageKind::Public) == self.reply.public)
                && m.kind != crate::backend::MessageKind::Customer;
            kind_matches
                && m.created_at >= since
                && !known.contains(&m.id)
                && comparable(&m.body).contains(&wanted)
        })
    }
}

/// Letters and digits only, lower-cased.
fn comparable(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// How long to wait before try number `attempts + 1`: 5 s, 15 s, 45 s … up to 5 minutes,
/// spread by ±20% (derived from the reply's id, so `update` stays pure) so that many
/// frontdesks that lost the same help desk do not all come back in the same second.
pub fn backoff(id: u64, attempts: u32) -> std::time::Duration {
    let base = 5.0 * 3f64.powi(attempts.saturating_sub(1).min(10) as i32);
    let capped = base.min(300.0);
    let spread = (id
        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
        .wrapping_add(u64::from(attempts))
        % 41) as f64
        / 100.0
        - 0.2;
    std::time::Duration::from_secs_f64(capped * (1.0 + spread))
}

/// Every reply not yet taken by the help desk.
#[derive(Debug, Default)]
pub struct Outbox {
    pub items: Vec<Outgoing>,
    /// The newest adoption of another frontdesk's entries that `items` holds.
    pub adopted: u64,
    /// The store is being asked for entries left by frontdesks that quit.
    pub adopting: bool,
    /// The agent opened the outbox while that was under way: it opens once the answer is in.
    pub show_when_adopted: bool,
    /// Set after a first quit with replies still here: the next quit goes through.
    pub quit_armed: bool,
}

impl Outbox {
    /// Replies from an earlier run.
    pub fn restored(items: Vec<Outgoing>) -> Self {
        Self {
            items,
            adopted: 0,
            adopting: false,
            show_when_adopted: false,
            quit_armed: false,
        }
    }

    /// An id no reply here has.
    pub fn next_id(&self) -> u64 {
        self.items.iter().map(|i| i.id).max().map_or(1, |m| m + 1)
    }

    /// The reply with this id.
    pub fn get_mut(&mut self, id: u64) -> Option<&mut Outgoing> {
        self.items.iter_mut().find(|i| i.id == id)
    }

    /// Takes the reply with this id out of the outbox.
    pub fn take(&mut self, id: u64) -> Option<Outgoing> {
        let pos = self.items.iter().position(|i| i.id == id)?;
        Some(self.items.remove(pos))
    }

    /// The reply a request or timer belongs to.
    pub fn by_request(&mut self, req: RequestId) -> Option<&mut Outgoing> {
        self.items.iter_mut().find(|i| match i.delivery {
            Delivery::Sending(r) | Delivery::Checking(r) => r == req,
            Delivery::Waiting { timer, .. } => timer == req,
            Delivery::Idle | Delivery::Held => false,
        })
    }

    /// The entry whose try `req` is, while it is still in `delivery` (an answer to a try
    /// superseded meanwhile finds nothing).
    pub fn answered(&mut self, req: RequestId, delivery: Delivery) -> Option<&mut Outgoing> {
        self.by_request(req).filter(|i| i.delivery == delivery)
    }

    /// Whether a reply for `ticket` is waiting here.
    pub fn has(&self, ticket: TicketId) -> bool {
        self.items.iter().any(|i| i.ticket == ticket)
    }

    /// The bulk change under way, if any, for the progress bar.
    pub fn bulk(&self) -> Option<&super::marks::Bulk> {
        self.items.iter().find_map(|i| i.bulk.as_ref())
    }

    /// The earliest next try, for the status line.
    pub fn next_try(&self) -> Option<Timestamp> {
        self.items
            .iter()
            .filter_map(|i| match i.delivery {
                Delivery::Waiting { at, .. } => Some(at),
                _ => None,
            })
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_to_a_ceiling_and_is_spread() {
        let secs = |id, n| backoff(id, n).as_secs_f64();
        assert!((4.0..=6.0).contains(&secs(1, 1)));
        assert!((12.0..=18.0).contains(&secs(1, 2)));
        assert!((240.0..=360.0).contains(&secs(1, 9)));
        let spread: std::collections::HashSet<u64> = (1..20)
            .map(|id| backoff(id, 3).as_millis() as u64)
            .collect();
        assert!(
            spread.len() > 5,
            "different replies come back at different times"
        );
    }
}
