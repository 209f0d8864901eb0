//! What a ticket looked like when the agent started a draft, so that before the draft is sent
//! the agent can be shown what has happened since: new messages, another agent's changes.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::backend::{MessageKind, Priority, Ticket};
use crate::text::truncate;

/// The parts of a ticket a reply is written against.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Seen {
    /// The help desk's version stamp, sent with the reply where the desk checks it.
    pub version: Option<String>,
    pub updated_at: Option<Timestamp>,
    /// Ids of the messages the agent had in front of them.
    pub messages: Vec<String>,
    pub status: String,
    pub priority: Option<Priority>,
    /// The assignee's name, or `None` when unassigned.
    pub assignee: Option<String>,
}

/// How much of a new message's first line is quoted.
const QUOTE: usize = 60;

impl Seen {
    /// The ticket as it is now.
    pub fn of(ticket: &Ticket) -> Self {
        let t = &ticket.summary;
        Self {
            version: t.version.clone(),
            updated_at: Some(t.updated_at),
            messages: ticket.conversation.iter().map(|m| m.id.clone()).collect(),
            status: t.status.name.clone(),
            priority: Some(t.priority),
            assignee: t.assignee.as_ref().map(|a| a.name.clone()),
        }
    }

    /// What is different in `ticket`, one line per change, new messages first. Empty when
    /// nothing the agent would care about changed.
    pub fn changes_in(&self, ticket: &Ticket) -> Vec<String> {
        let mut lines: Vec<String> = ticket
            .conversation
            .iter()
            .filter(|m| !self.messages.contains(&m.id))
            .map(|m| {
                let kind = match m.kind {
                    MessageKind::Customer => "customer",
                    MessageKind::Public => "public",
                    MessageKind::Internal => "internal",
                };
                let first = m.body.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
                crate::fl!(
                    "seen-new-message",
                    kind = kind,
                    author = m.author.as_str(),
                    first = truncate(first.trim(), QUOTE)
                )
            })
            .collect();
        let t = &ticket.summary;
        if t.status.name != self.status {
            lines.push(crate::fl!(
                "seen-status",
                was = self.status.as_str(),
                now = t.status.name.as_str()
            ));
        }
        if self.priority.is_some_and(|p| p != t.priority) {
            let was = self
                .priority
                .map(crate::i18n::format::priority)
                .unwrap_or_default();
            let now = crate::i18n::format::priority(t.priority);
            lines.push(crate::fl!("seen-priority", was = was, now = now));
        }
        let assignee = t.assignee.as_ref().map(|a| a.name.clone());
        if assignee != self.assignee {
            let name =
                |a: &Option<String>| a.clone().unwrap_or_else(|| crate::fl!("describe-nobody"));
            lines.push(crate::fl!(
                "seen-assigned",
                was = name(&self.assignee),
                now = name(&assignee)
            ));
        }
        let restamped = self.version.is_some() && t.version != self.version;
        if lines.is_empty() && restamped {
            lines.push(crate::fl!("seen-someone-else"));
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::{Agent, AgentId, Message, Status, StatusKind, TicketSummary};

    fn ticket() -> Ticket {
        let at: Timestamp = "2026-11-22T10:00:00Z".parse().expect("time");
        Ticket {
            summary: TicketSummary {
                subject: "Rechnung doppelt".into(),
                created_at: at,
                updated_at: at,
                version: Some("v1".into()),
                ..TicketSummary::new(crate::backend::TicketId(101))
            },
            conversation: vec![Message {
                id: "1".into(),
                kind: MessageKind::Customer,
                author: "Jürgen".into(),
                body: "Zweimal abgebucht".into(),
                created_at: at,
                attachments: Vec::new(),
            }],
            older_not_shown: false,
            links: Vec::new(),
            cc: Vec::new(),
            url: None,
            fields: Vec::new(),
            time: None,
            queue: None,
            signature: None,
        }
    }

    #[test]
    fn an_unchanged_ticket_has_nothing_to_show() {
        let t = ticket();
        assert!(Seen::of(&t).changes_in(&t).is_empty());
    }

    #[test]
    fn new_messages_and_field_changes_are_listed() {
        let before = ticket();
        let seen = Seen::of(&before);
        let mut after = before.clone();
        after.conversation.push(Message {
            id: "2".into(),
            kind: MessageKind::Customer,
            author: "Jürgen".into(),
            body: "\nHat sich erledigt, danke!\nGruß".into(),
            created_at: before.summary.updated_at,
            attachments: Vec::new(),
        });
        after.summary.status = Status::new("pending", StatusKind::Pending);
        after.summary.assignee = Some(Agent {
            id: AgentId("7".into()),
            name: "Alex".into(),
            ..Agent::default()
        });
        after.summary.version = Some("v2".into());
        assert_eq!(
            seen.changes_in(&after),
            [
                "New message from Jürgen: “Hat sich erledigt, danke!”",
                "Status: open → pending",
                "Assigned: nobody → Alex",
            ]
        );
    }

    #[test]
    fn a_new_version_alone_still_says_something_changed() {
        let before = ticket();
        let seen = Seen::of(&before);
        let mut after = before;
        after.summary.version = Some("v2".into());
        assert_eq!(seen.changes_in(&after).len(), 1);
    }
}
