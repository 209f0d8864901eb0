//! A change to one ticket or many (bulk triage): whether a ticket already holds it, so a change
//! whose answer was lost, or a job resumed after a crash, is never made twice.

use super::{Changes, TicketSummary};

impl Changes {
    /// Whether `ticket` already is as these changes would make it.
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
        status
            && priority
            && assignee
            && self.tags_add.iter().all(has)
            && !self.tags_remove.iter().any(has)
    }
}
