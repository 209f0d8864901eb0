//! Marked tickets, for bulk triage: `space` marks one, `v` starts a range that follows the
//! selection. Marks are ticket ids, so they survive a refresh and a view switch.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::backend::{Changes, TicketId};

/// The menus and prompts of a bulk change name this instead of a ticket: no desk numbers a
/// ticket this high.
pub const MARKED: TicketId = TicketId(u64::MAX);

/// The marked tickets.
#[derive(Debug, Default, Clone)]
pub struct Marks {
    pub ids: BTreeSet<TicketId>,
    /// While a range is being marked: where it started, and the marks from before it (the
    /// range is laid over them, so moving back unmarks what the range added).
    pub range: Option<(TicketId, BTreeSet<TicketId>)>,
}

impl Marks {
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn contains(&self, id: TicketId) -> bool {
        self.ids.contains(&id)
    }

    /// Marks `id`, or unmarks it if it was marked; ends a range.
    pub fn toggle(&mut self, id: TicketId) {
        self.range = None;
        if !self.ids.remove(&id) {
            self.ids.insert(id);
        }
    }

    /// Starts a range at `id` (marked at once), or ends the one under way.
    pub fn toggle_range(&mut self, id: TicketId) -> bool {
        if self.range.take().is_some() {
            return false;
        }
        self.range = Some((id, self.ids.clone()));
        self.ids.insert(id);
        true
    }

    /// The range now reaches `rows` (the tickets between its start and the selection).
    pub fn stretch(&mut self, rows: impl IntoIterator<Item = TicketId>) {
        if let Some((_, before)) = &self.range {
            let mut ids = before.clone();
            ids.extend(rows);
            self.ids = ids;
        }
    }

    pub fn clear(&mut self) {
        self.ids.clear();
        self.range = None;
    }
}

/// One change made to many tickets, as it goes through the outbox: which are done, which
/// failed and why, which are on their way. Saved after every step, so a job cut short by a
/// crash resumes where it was, and the tickets it was sending when it stopped are read
/// before anything is sent again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bulk {
    pub changes: Changes,
    /// The change in words: `status → solved`.
    pub what: String,
    /// Every ticket, in the order they were shown.
    pub tickets: Vec<TicketId>,
    #[serde(default)]
    pub done: Vec<TicketId>,
    #[serde(default)]
    pub failed: Vec<(TicketId, String)>,
    /// Asked for and not yet answered.
    #[serde(default)]
    pub sending: Vec<TicketId>,
    /// The agent stopped it: what is not sent yet stays as it is.
    #[serde(default)]
    pub cancelled: bool,
}

impl Bulk {
    pub fn new(changes: Changes, what: String, tickets: Vec<TicketId>) -> Self {
        Self {
            changes,
            what,
            tickets,
            done: Vec::new(),
            failed: Vec::new(),
            sending: Vec::new(),
            cancelled: false,
        }
    }

    /// The tickets not yet done, failed or on their way, in order.
    pub fn left(&self) -> Vec<TicketId> {
        self.tickets
            .iter()
            .copied()
            .filter(|id| {
                !self.done.contains(id)
                    && !self.sending.contains(id)
                    && !self.failed.iter().any(|(f, _)| f == id)
            })
            .collect()
    }

    /// How many tickets have an outcome, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (self.done.len() + self.failed.len(), self.tickets.len())
    }
}
