//! From Freshdesk's records to frontdesk's model, and back for writes. All text is cleaned
//! here, where it enters.

use std::collections::HashMap;

use jiff::Timestamp;

use super::wire;
use crate::backend::{
    Agent, AgentId, Attachment, Contact, ContactId, Message, MessageKind, Priority, Status,
    StatusKind, TicketId, TicketSummary,
};
use crate::canned::{Canned, Source, native};
use crate::text::{clean_line, clean_text, html};

/// Freshdesk's built-in statuses by number.
const STATUSES: &[(i64, &str, StatusKind)] = &[
    (2, "open", StatusKind::Open),
    (3, "pending", StatusKind::Pending),
    (4, "resolved", StatusKind::Solved),
    (5, "closed", StatusKind::Closed),
];

/// The statuses an agent can set, in menu order.
pub fn statuses() -> Vec<Status> {
    STATUSES
        .iter()
        .map(|(_, name, kind)| Status::new(*name, *kind))
        .collect()
}

/// A status number with its name; custom statuses (6 and up) count as open.
pub fn status(n: i64) -> Status {
    STATUSES
        .iter()
        .find(|(id, _, _)| *id == n)
        .map(|(_, name, kind)| Status::new(*name, *kind))
        .unwrap_or_else(|| Status::new(format!("status {n}"), StatusKind::Open))
}

/// The number of a status name, as a write needs it.
pub fn status_number(name: &str) -> Option<i64> {
    let name = name.trim().to_ascii_lowercase();
    // Canned actions written for other desks say "solved".
    let name = if name == "solved" {
        "resolved".into()
    } else {
        name
    };
    STATUSES
        .iter()
        .find(|(_, n, _)| *n == name)
        .map(|(id, _, _)| *id)
        .or_else(|| name.strip_prefix("status ").and_then(|n| n.parse().ok()))
}

/// Freshdesk's 1 low … 4 urgent.
pub fn priority(n: i64) -> Priority {
    match n {
        1 => Priority::Low,
        3 => Priority::High,
        4 => Priority::Urgent,
        _ => Priority::Normal,
    }
}

/// The number of a priority, as a write needs it.
pub fn priority_number(p: Priority) -> i64 {
    match p {
        Priority::Low => 1,
        Priority::Normal => 2,
        Priority::High => 3,
        Priority::Urgent => 4,
    }
}

/// A requester.
pub fn contact(c: &wire::Contact) -> Contact {
    Contact {
        id: ContactId(c.id.clone()),
        name: clean_line(&c.name),
        email: clean_line(&c.email),
        language: c.language.as_deref().map(clean_line),
        timezone: c.time_zone.as_deref().and_then(super::zones::iana),
        ..Contact::default()
    }
}

/// An agent.
pub fn agent(a: &wire::Agent) -> Agent {
    Agent {
        id: AgentId(a.id.clone()),
        name: clean_line(&a.contact.name),
        email: clean_line(&a.contact.email),
        signature: clean_text(&html::to_text(a.signature.as_deref().unwrap_or_default())),
    }
}

/// One queue row. The requester comes embedded (`include=requester`) or from `known`;
/// the assignee's name from `agents`.
pub fn summary(
    t: &wire::Ticket,
    known: Option<&Contact>,
    agents: &HashMap<String, Agent>,
) -> TicketSummary {
    let requester = t
        .requester
        .as_ref()
        .map(contact)
        .or_else(|| known.cloned())
        .unwrap_or_else(|| Contact {
            id: ContactId(t.requester_id.clone().unwrap_or_default()),
            ..Contact::default()
        });
    let status = status(t.status);
    let created = t.created_at.unwrap_or(Timestamp::UNIX_EPOCH);
    let updated = t
        .updated_at
        .as_deref()
        .and_then(|u| u.parse().ok())
        .unwrap_or(created);
    let stats = t.stats.clone().unwrap_or_default();
    // Without the conversation, "waiting" comes from the stats: the customer waits if they
    // wrote after the last agent response, or since creation if nobody responded.
    let waiting_since = if matches!(status.kind, StatusKind::Open) {
        match (stats.requester_responded_at, stats.agent_responded_at) {
            (Some(r), a) if a.is_none_or(|a| a < r) => Some(r),
            (None, None) if t.stats.is_some() => Some(created),
            _ => None,
        }
    } else {
        None
    };
    // The next target: the first response until an agent has answered, then the next
    // response where the account keeps one, then resolution.
    let (due_at, clock) = match (stats.agent_responded_at, t.fr_due_by, t.nr_due_by) {
        (None, Some(first), _) => (Some(first), "first response"),
        (Some(_), _, Some(next)) if t.due_by.is_none_or(|d| next < d) => {
            (Some(next), "next response")
        }
        _ => (t.due_by, "resolution"),
    };
    let clock = due_at.map(|_| crate::backend::Clock::running(clock));
    TicketSummary {
        id: TicketId(t.id),
        subject: crate::text::clean_subject(&t.subject),
        requester,
        status,
        priority: priority(t.priority),
        priority_value: None,
        assignee: t.responder_id.as_ref().map(|id| {
            agents.get(id).cloned().unwrap_or_else(|| Agent {
                id: AgentId(id.clone()),
                name: format!("agent {id}"),
                ..Agent::default()
            })
        }),
        group: None,
        tags: crate::text::clean_tags(&t.tags),
        created_at: created,
        updated_at: updated,
        waiting_since,
        replies: None,
        due_at,
        clock,
        version: t.updated_at.clone(),
    }
}

/// The conversation: the ticket's description (the requester's first message), then the
/// conversations. A private one is internal; an incoming one is the customer's.
pub fn conversation(
    t: &wire::Ticket,
    requester: &Contact,
    items: &[wire::Conversation],
    agents: &HashMap<String, Agent>,
) -> Vec<Message> {
    let first = readable(t.description.as_deref(), t.description_text.as_deref());
    let mut messages = vec![Message {
        id: format!("{}-description", t.id),
        kind: MessageKind::Customer,
        author: requester.display_name().to_string(),
        body: first,
        created_at: t.created_at.unwrap_or(Timestamp::UNIX_EPOCH),
        attachments: files(&t.attachments),
    }];
    for c in items {
        let kind = match (c.private, c.incoming) {
            (true, _) => MessageKind::Internal,
            (false, true) => MessageKind::Customer,
            (false, false) => MessageKind::Public,
        };
        let author = match c.user_id.as_deref() {
            Some(id) if id == requester.id.0 => requester.display_name().to_string(),
            Some(id) if agents.contains_key(id) => agents[id].name.clone(),
            _ => c
                .from_email
                .as_deref()
                .map(clean_line)
                .unwrap_or_else(|| "(unknown)".into()),
        };
        messages.push(Message {
            id: c.id.clone(),
            kind,
            author,
            body: readable(c.body.as_deref(), c.body_text.as_deref()),
            created_at: c.created_at.unwrap_or(Timestamp::UNIX_EPOCH),
            attachments: files(&c.attachments),
        });
    }
    messages.sort_by_key(|m| m.created_at);
    messages
}

/// Files as attachments; the pre-signed link is where they download from.
fn files(records: &[wire::FileRecord]) -> Vec<Attachment> {
    records
        .iter()
        .filter(|f| !f.attachment_url.is_empty())
        .map(|f| Attachment {
            name: clean_line(&f.name),
            mime: clean_line(&f.content_type),
            size: f.size,
            inline: false,
            source: f.attachment_url.clone(),
        })
        .collect()
}

/// Who else receives replies: the ticket's CCs, each address once.
pub fn watchers(t: &wire::Ticket) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for address in t.cc_emails.iter().chain(&t.reply_cc_emails) {
        let address = clean_line(address);
        if !all.iter().any(|a| a.eq_ignore_ascii_case(&address)) {
            all.push(address);
        }
    }
    all
}

/// HTML turned into text, or the plain text Freshdesk also sends.
fn readable(html_body: Option<&str>, text: Option<&str>) -> String {
    let text = match (html_body.filter(|h| !h.trim().is_empty()), text) {
        (Some(h), _) => html::to_text(h),
        (None, Some(t)) => t.to_string(),
        (None, None) => String::new(),
    };
    clean_text(&text)
}

/// A canned response, placeholders translated; the folder name helps finding it.
pub fn canned(c: &wire::CannedResponse, folder: &str) -> Canned {
    let body = match (c.content_html.as_deref(), c.content.as_deref()) {
        (Some(h), _) if !h.trim().is_empty() => html::to_text(h),
        (_, Some(t)) => t.to_string(),
        _ => String::new(),
    };
    Canned {
        id: format!("freshdesk:{}", c.id),
        title: clean_line(&c.title),
        keywords: vec![clean_line(folder)],
        abbrev: None,
        body: clean_text(&native::from_freshdesk(&body)),
        actions: Default::default(),
        source: Source::Backend,
        audience: crate::canned::Audience::Any,
        language: None,
        family: None,
    }
}

/// Plain text as the HTML body Freshdesk expects: escaped, line breaks kept.
pub fn to_html(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    escaped
        .split('\n')
        .map(|line| format!("<div>{}</div>", if line.is_empty() { "<br>" } else { line }))
        .collect()
}

/// The tickets this one is associated with, in Freshdesk's words.
pub fn links(t: &wire::Ticket) -> Vec<crate::backend::Link> {
    let kind = match t.association_type {
        Some(1) => "child",
        Some(2) => "parent",
        Some(3) => "tracks",
        Some(4) => "tracked by",
        _ => return Vec::new(),
    };
    t.associated_tickets_list
        .iter()
        .map(|&id| crate::backend::Link::new(kind, TicketId(id)))
        .collect()
}
