//! The hold a 429 puts on every request of one help desk, shared so the interface can count
//! down.

use std::sync::Arc;

use jiff::Timestamp;
use tokio::sync::watch;

/// Until when the help desk has asked frontdesk to hold its requests, shared by every request
/// of one desk so the interface can show a countdown.
#[derive(Debug, Clone)]
pub struct Throttle {
    until: Arc<watch::Sender<Option<Timestamp>>>,
}

impl Default for Throttle {
    fn default() -> Self {
        Self {
            until: Arc::new(watch::channel(None).0),
        }
    }
}

impl Throttle {
    /// Changes of the hold, as they happen.
    pub fn subscribe(&self) -> watch::Receiver<Option<Timestamp>> {
        self.until.subscribe()
    }

    /// The hold now in force, if any.
    pub fn until(&self) -> Option<Timestamp> {
        *self.until.borrow()
    }

    pub(super) fn hold(&self, until: Timestamp) {
        self.until.send_if_modified(|now| {
            let later = now.is_none_or(|t| t < until);
            if later {
                *now = Some(until);
            }
            later
        });
    }

    pub(super) fn release(&self) {
        // Another request may still be waiting for a later time; that one releases it.
        self.until.send_if_modified(|now| {
            let over = now.is_some_and(|t| t <= Timestamp::now());
            if over {
                *now = None;
            }
            over
        });
    }
}
