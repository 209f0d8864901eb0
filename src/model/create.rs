//! A ticket the agent opens for a customer (one who phoned, or wrote to someone directly), and
//! what a desk needs to find it again when the answer to creating it was lost.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::Priority;

/// A queue (RT) or group (Zendesk, Freshdesk, Zammad) a new ticket can start in.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct QueueRef {
    /// What the desk takes: an id, or the name where the desk takes names (RT, Zammad).
    pub id: String,
    pub name: String,
}

/// Everything about a new ticket except its first message (a [`super::Reply`]: text, public
/// or internal, copies).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Opening {
    /// The customer's e-mail address; a desk creates the customer when it does not know it.
    pub requester: String,
    /// The customer's name, where the agent picked a known person (a new one has none).
    #[serde(default)]
    pub name: String,
    pub subject: String,
    /// `None`: the desk's default.
    #[serde(default)]
    pub queue: Option<QueueRef>,
    pub priority: Priority,
    /// A word unique to this ticket that the desk keeps (a tag, an external id): how a retry
    /// after a lost answer finds the ticket its first try created.
    pub marker: String,
    /// When the agent sent it, so a desk without markers looks only at tickets since then.
    pub sent_at: Timestamp,
}

impl Opening {
    /// "ann@example.com" or "Ann Example".
    pub fn who(&self) -> &str {
        if self.name.is_empty() {
            &self.requester
        } else {
            &self.name
        }
    }
}

/// How a desk creates tickets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CreateSupport {
    /// The ticket can start with an internal note. Where it cannot (RT, Freshdesk), the ticket
    /// is created first and the note follows through the outbox as a reply would.
    pub internal_start: bool,
    /// The desk files tickets in queues or groups the agent can choose.
    pub queues: bool,
}
