//! A change to one ticket or many (a status menu, a reply's side effects, bulk triage), and
//! whether a ticket already holds it, so a change whose answer was lost, or a job resumed
//! after a crash, is never made twice.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{AgentId, Priority, QueueRef, Ticket, TicketSummary};

/// Changes to a ticket's fields, applied together.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Changes {
    /// A status by the help desk's name for it.
    pub status: Option<String>,
    pub priority: Option<Priority>,
    /// `Some(None)` unassigns.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present_even_if_null"
    )]
    pub assignee: Option<Option<AgentId>>,
    pub tags_add: Vec<String>,
    pub tags_remove: Vec<String>,
    /// Minutes spent, logged with the reply or note (where `Capabilities::time_tracking`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_spent: Option<u32>,
    /// The note a time entry logged apart from its reply carries: unique to it, so a try
    /// whose answer was lost is found made (`Capabilities::time_apart`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_note: Option<String>,
    /// Custom fields set, by the desk's field id: the values as the desk takes them (an
    /// option's value, `2026-12-24`, `true`); none empties the field.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, Vec<String>>,
    /// The queue, group or project the ticket moves to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue: Option<QueueRef>,
}

/// A field that is there, even as `null`, is `Some`: `"assignee": null` means "unassign",
/// which a missing field does not.
fn present_even_if_null<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    serde::Deserialize::deserialize(d).map(Some)
}

impl Changes {
    /// Whether nothing would change.
    pub fn is_empty(&self) -> bool {
        self.status.is_none()
            && self.priority.is_none()
            && self.assignee.is_none()
            && self.tags_add.is_empty()
            && self.tags_remove.is_empty()
            && self.time_spent.is_none()
            && self.fields.is_empty()
            && self.queue.is_none()
    }

    /// `other` laid over `self`: later values win, tag lists are combined.
    pub fn merge(&mut self, other: &Changes) {
        if other.time_spent.is_some() {
            self.time_spent = other.time_spent;
        }
        if other.status.is_some() {
            self.status.clone_from(&other.status);
        }
        if other.priority.is_some() {
            self.priority = other.priority;
        }
        if other.assignee.is_some() {
            self.assignee.clone_from(&other.assignee);
        }
        if other.queue.is_some() {
            self.queue.clone_from(&other.queue);
        }
        for (id, values) in &other.fields {
            self.fields.insert(id.clone(), values.clone());
        }
        for tag in &other.tags_add {
            self.tags_remove.retain(|t| t != tag);
            if !self.tags_add.contains(tag) {
                self.tags_add.push(tag.clone());
            }
        }
        for tag in &other.tags_remove {
            self.tags_add.retain(|t| t != tag);
            if !self.tags_remove.contains(tag) {
                self.tags_remove.push(tag.clone());
            }
        }
    }

    /// Whether `ticket`'s row already is as these changes would make it (what a queue row
    /// shows: status, priority, assignee, tags, group). A row does not show custom fields:
    /// a change of fields is never taken as made from a row alone (setting them again
    /// changes nothing).
    pub fn holds(&self, ticket: &TicketSummary) -> bool {
        let status = self
            .status
            .as_ref()
            .is_none_or(|s| ticket.status.name.eq_ignore_ascii_case(s));
        let priority = self.priority.is_none_or(|p| ticket.priority == p);
        let assignee = match &self.assignee {
            None => true,
            Some(None) => ticket.assignee.is_none(),
            Some(Some(id)) => ticket.assignee.as_ref().is_some_and(|a| &a.id == id),
        };
        let has = |tag: &String| ticket.tags.iter().any(|t| t.eq_ignore_ascii_case(tag));
        let group = self.queue.as_ref().is_none_or(|q| {
            let named = |g: &String| g.eq_ignore_ascii_case(&q.name) || *g == q.id;
            ticket.group.as_ref().is_some_and(named)
        });
        self.fields.is_empty()
            && group
            && status
            && priority
            && assignee
            && self.tags_add.iter().all(has)
            && !self.tags_remove.iter().any(has)
    }

    /// Whether the whole `ticket` already is as these changes would make it: its row, its
    /// custom fields and its queue.
    pub fn held_by(&self, ticket: &Ticket) -> bool {
        // Time logged is not on the ticket's record: the desk looks for the entry's note.
        if self.time_spent.is_some() {
            return false;
        }
        let row = Changes {
            fields: Default::default(),
            queue: None,
            ..self.clone()
        };
        let fields = self.fields.iter().all(|(id, wanted)| {
            let field = ticket.fields.iter().find(|f| &f.id == id || &f.name == id);
            let has: Vec<&str> = field
                .map(|f| {
                    f.values
                        .iter()
                        .map(|v| v.trim())
                        .filter(|v| !v.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            let mut wanted: Vec<&str> = wanted.iter().map(|v| v.trim()).collect();
            wanted.retain(|v| !v.is_empty());
            has.len() == wanted.len() && wanted.iter().all(|w| has.contains(w))
        });
        let queue = self.queue.as_ref().is_none_or(|q| {
            let by_ref = ticket.queue.as_ref();
            by_ref.is_some_and(|t| t.id == q.id || t.name.eq_ignore_ascii_case(&q.name))
                || ticket
                    .summary
                    .group
                    .as_ref()
                    .is_some_and(|g| g.eq_ignore_ascii_case(&q.name))
        });
        row.holds(&ticket.summary) && fields && queue
    }
}
