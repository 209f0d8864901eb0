//! Tickets a ticket points to, as the desk relates them: RT's links, Zendesk's problem and
//! incidents, Freshdesk's parent and child tickets, Zammad's links.

use serde::{Deserialize, Serialize};

use super::TicketId;

/// One related ticket, with how it is related in the desk's words (`refers to`, `depends on`,
/// `parent`, `incident of`…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub kind: String,
    pub id: TicketId,
}

impl Link {
    pub fn new(kind: &str, id: TicketId) -> Self {
        Self {
            kind: kind.to_string(),
            id,
        }
    }
}
