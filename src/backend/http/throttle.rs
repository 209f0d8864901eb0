//! The hold a 429 puts on every request of one help desk, shared so the interface can count
//! down; and the rate-limit budget the desk reports, shared by everything the process sends.

use std::sync::{Arc, Mutex, PoisonError};

use jiff::Timestamp;
use tokio::sync::watch;

use super::budget::{RateLimit, Window};

/// Until when the help desk has asked frontdesk to hold its requests, shared by every request
/// of one desk so the interface can show a countdown.
#[derive(Debug, Clone)]
pub struct Throttle {
    until: Arc<watch::Sender<Option<Timestamp>>>,
    window: Arc<Mutex<Window>>,
}

impl Default for Throttle {
    fn default() -> Self {
        Self {
            until: Arc::new(watch::channel(None).0),
            window: Arc::default(),
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

    /// What the desk last said of its rate limit, with frontdesk's requests since counted off.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.window().known()
    }

    /// Takes one request of `cost` from the budget; `Some(t)`: wait until `t` first.
    pub(super) fn take(&self, cost: u32) -> Option<Timestamp> {
        self.window().take(cost, Timestamp::now())
    }

    pub(super) fn learn(&self, headers: &reqwest::header::HeaderMap) {
        self.window().learn(headers, Timestamp::now());
    }

    pub(super) fn refused(&self, until: Timestamp) {
        self.window().refused(until);
    }

    fn window(&self) -> std::sync::MutexGuard<'_, Window> {
        // The window holds plain numbers: one left by a panicking thread is still usable.
        self.window.lock().unwrap_or_else(PoisonError::into_inner)
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
