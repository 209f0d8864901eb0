//! The documented JSON of the commands for scripts (docs/cli.md): stable field names, times
//! in RFC 3339, text cleaned like everything else frontdesk prints.

use serde_json::{Value, json};

use crate::backend::{Message, MessageKind, Ticket, TicketSummary};
use crate::text::{clean_line, clean_text};

/// A ticket as a queue row.
pub fn summary(t: &TicketSummary, url: Option<&str>) -> Value {
    let status_kind = format!("{:?}", t.status.kind).to_lowercase();
    json!({
        "id": t.id.0,
        "subject": clean_line(&t.subject),
        "status": { "name": clean_line(&t.status.name), "kind": status_kind },
        "priority": t.priority.name(),
        "requester": {
            "name": clean_line(&t.requester.name),
            "email": clean_line(&t.requester.email),
        },
        "assignee": t.assignee.as_ref().map(|a| json!({
            "id": clean_line(&a.id.0),
            "name": clean_line(&a.name),
        })),
        "tags": t.tags.iter().map(|tag| clean_line(tag)).collect::<Vec<_>>(),
        "waiting_since": t.waiting_since.map(|at| at.to_string()),
        "target": t.due_at.map(|at| at.to_string()),
        "url": url,
    })
}

/// A ticket with its conversation, oldest message first.
pub fn ticket(t: &Ticket) -> Value {
    let mut value = summary(&t.summary, t.url.as_deref());
    value["messages"] = t.conversation.iter().map(message).collect();
    value
}

fn message(m: &Message) -> Value {
    let (kind, audience) = match m.kind {
        MessageKind::Customer => ("customer", "public"),
        MessageKind::Public => ("agent", "public"),
        MessageKind::Internal => ("agent", "internal"),
    };
    json!({
        "id": clean_line(&m.id),
        "author": clean_line(&m.author),
        "from": kind,
        "audience": audience,
        "at": m.created_at.to_string(),
        "body": clean_text(&m.body),
        "files": m.attachments.iter().map(|a| json!({
            "name": clean_line(&a.name),
            "mime": clean_line(&a.mime),
            "size": a.size,
        })).collect::<Vec<_>>(),
    })
}
