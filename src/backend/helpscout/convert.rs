//! From Help Scout's records to frontdesk's model. All text is cleaned here, where it enters.
//!
//! Help Scout has no priority. frontdesk reads one from the conversation's tags (`urgent`,
//! `high`, `low`; no tag is normal), or from a dropdown custom field the profile names
//! (`priority_field = "Priority"`), and writes it back the same way.

use jiff::Timestamp;

use super::wire::{Conversation, File, Person, SavedReply, Thread};
use crate::backend::{
    Agent, AgentId, Attachment, Contact, ContactId, Message, MessageKind, Priority, Status,
    StatusKind, TicketId, TicketSummary,
};
use crate::canned::{Actions, Audience, Canned, Source, native};
use crate::text::{clean_line, clean_text, html};

/// Where a conversation's priority is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PriorityFrom {
    /// Tags named after the levels.
    Tags,
    /// A dropdown custom field of this name whose options are named after the levels.
    Field(String),
}

/// The level a word names: `urgent`, `high`, `low`, `normal` (any case, `priority:`/`p-`
/// prefixes allowed), or `None`.
pub fn level(word: &str) -> Option<Priority> {
    let lower = word.trim().to_lowercase();
    let bare = lower
        .strip_prefix("priority:")
        .or_else(|| lower.strip_prefix("priority-"))
        .unwrap_or(&lower);
    match bare {
        "urgent" | "critical" | "p1" => Some(Priority::Urgent),
        "high" | "p2" => Some(Priority::High),
        "normal" | "medium" | "p3" => Some(Priority::Normal),
        "low" | "p4" => Some(Priority::Low),
        _ => None,
    }
}

/// A conversation's priority, read where the profile keeps it.
pub fn priority(c: &Conversation, from: &PriorityFrom) -> Priority {
    match from {
        PriorityFrom::Tags => c
            .tags
            .iter()
            .filter_map(|t| level(&t.tag))
            .max()
            .unwrap_or(Priority::Normal),
        PriorityFrom::Field(name) => c
            .custom_fields
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
            .and_then(|f| level(&f.text))
            .unwrap_or(Priority::Normal),
    }
}

/// The tags to keep when the priority becomes `p`: every other tag, and `p`'s own word
/// (none for normal).
pub fn tags_for(tags: &[String], p: Priority) -> Vec<String> {
    let mut kept: Vec<String> = tags
        .iter()
        .filter(|t| level(t).is_none())
        .cloned()
        .collect();
    if p != Priority::Normal {
        kept.push(p.name().to_lowercase());
    }
    kept
}

/// The statuses an agent can set, in menu order.
pub fn statuses() -> Vec<Status> {
    ["active", "pending", "closed", "spam"]
        .into_iter()
        .map(status)
        .collect()
}

/// A status by Help Scout's name.
pub fn status(name: &str) -> Status {
    let kind = match name {
        "pending" => StatusKind::Pending,
        "closed" | "spam" => StatusKind::Closed,
        _ => StatusKind::Open,
    };
    Status::new(clean_line(name), kind)
}

/// Help Scout's name for a status an agent means: its own names, and the words other desks
/// and canned actions use.
pub fn status_name(name: &str) -> Option<&'static str> {
    match name.trim().to_lowercase().as_str() {
        "active" | "open" | "new" => Some("active"),
        "pending" | "waiting" | "on hold" | "hold" => Some("pending"),
        "closed" | "solved" | "resolved" => Some("closed"),
        "spam" => Some("spam"),
        _ => None,
    }
}

fn full_name(p: &Person) -> String {
    let name = format!("{} {}", p.first.trim(), p.last.trim());
    match name.trim() {
        "" => clean_line(&p.email),
        name => clean_line(name),
    }
}

/// An agent (a Help Scout user).
pub fn agent(p: &Person) -> Agent {
    Agent {
        id: AgentId(p.id.clone()),
        name: full_name(p),
        email: clean_line(&p.email),
        signature: String::new(),
    }
}

/// A customer.
pub fn contact(p: &Person) -> Contact {
    Contact {
        id: ContactId(p.id.clone()),
        name: full_name(p),
        first_name: Some(clean_line(&p.first)).filter(|s| !s.is_empty()),
        last_name: Some(clean_line(&p.last)).filter(|s| !s.is_empty()),
        email: clean_line(&p.email),
        organization: None,
        timezone: None,
        language: None,
    }
}

/// One queue row.
pub fn summary(c: &Conversation, from: &PriorityFrom) -> TicketSummary {
    let created = c.created_at.unwrap_or(Timestamp::UNIX_EPOCH);
    let mut row = TicketSummary::new(TicketId(c.id));
    row.subject = crate::text::clean_subject(&c.subject);
    row.requester = c.primary_customer.as_ref().map(contact).unwrap_or_default();
    row.status = status(&c.status);
    row.priority = priority(c, from);
    row.assignee = c.assignee.as_ref().filter(|a| !a.id.is_empty()).map(agent);
    // A tag that holds the priority shows as the priority, not again as a tag.
    let shown: Vec<&str> = c
        .tags
        .iter()
        .map(|t| t.tag.as_str())
        .filter(|t| *from != PriorityFrom::Tags || level(t).is_none())
        .collect();
    row.tags = crate::text::clean_tags(&shown);
    row.created_at = created;
    row.updated_at = c
        .user_updated_at
        .as_deref()
        .and_then(|u| u.parse().ok())
        .unwrap_or(created);
    row.waiting_since = c
        .customer_waiting_since
        .as_ref()
        .and_then(|w| w.time)
        .filter(|_| row.status.kind == StatusKind::Open);
    row.replies = c.threads.map(|n| n.saturating_sub(1));
    row.version = c.user_updated_at.clone();
    row
}

/// A file on a thread of conversation `conversation`; `source` is its data endpoint.
pub fn attachment(conversation: u64, f: &File) -> Attachment {
    Attachment {
        name: clean_line(&f.filename),
        mime: clean_line(&f.mime_type),
        size: f.size,
        inline: false,
        source: format!("conversations/{conversation}/attachments/{}/data", f.id),
    }
}

/// The conversation, oldest first: customer threads, replies and notes (history lines
/// such as "assigned to" are left out).
pub fn conversation(id: u64, threads: &[Thread]) -> Vec<Message> {
    let mut messages: Vec<Message> = threads
        .iter()
        .filter_map(|t| {
            let by = t.created_by.as_ref();
            let kind = match t.kind.as_str() {
                "customer" => MessageKind::Customer,
                "reply" => MessageKind::Public,
                "note" | "forwardparent" | "forwardchild" => MessageKind::Internal,
                "phone" | "chat" | "message" if by.is_some_and(|b| b.kind == "customer") => {
                    MessageKind::Customer
                }
                "phone" | "chat" | "message" => MessageKind::Public,
                _ => return None,
            };
            Some(Message {
                id: t.id.clone(),
                kind,
                author: by.map(full_name).unwrap_or_default(),
                body: clean_text(&html::to_text(&t.body)),
                created_at: t.created_at.unwrap_or(Timestamp::UNIX_EPOCH),
                attachments: t
                    .embedded
                    .as_ref()
                    .map(|e| e.attachments.iter().map(|f| attachment(id, f)).collect())
                    .unwrap_or_default(),
            })
        })
        .collect();
    messages.sort_by_key(|m| m.created_at);
    messages
}

/// A saved reply as a canned response, its variables in frontdesk's syntax.
pub fn saved_reply(r: &SavedReply) -> Canned {
    Canned {
        id: format!("helpscout:saved:{}", r.id),
        title: clean_line(&r.name),
        keywords: Vec::new(),
        abbrev: None,
        body: clean_text(&native::from_helpscout(&html::to_text(&r.text))),
        actions: Actions::default(),
        source: Source::Backend,
        audience: Audience::Any,
        language: None,
        family: None,
    }
}

/// Plain text as the HTML Help Scout keeps messages in: escaped, lines kept.
pub fn to_html(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    escaped.replace('\n', "<br>\n")
}

/// The conversation's lines of history (`lineitem` threads: assignments, status changes,
/// moves), in Help Scout's own words.
pub fn line_items(threads: &[Thread]) -> Vec<crate::backend::Event> {
    let mut events: Vec<crate::backend::Event> = threads
        .iter()
        .filter(|t| t.kind == "lineitem")
        .filter_map(|t| {
            let text = t
                .action
                .as_ref()
                .map_or(t.body.as_str(), |a| a.text.as_str());
            let text = clean_line(&html::to_text(text));
            let who = t
                .created_by
                .as_ref()
                .map(|p| clean_line(format!("{} {}", p.first, p.last).trim()));
            (!text.is_empty()).then_some(crate::backend::Event {
                at: t.created_at?,
                who: who.unwrap_or_default(),
                field: String::new(),
                from: None,
                to: Some(text),
            })
        })
        .collect();
    events.sort_by_key(|e| e.at);
    events
}
