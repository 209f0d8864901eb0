//! From Request Tracker's records to frontdesk's model. All text is cleaned here, where it
//! enters the program.

use std::collections::HashMap;

use jiff::Timestamp;

use super::wire::{Article, Part, TicketRow, Transaction, UserRef};
use crate::backend::{
    Agent, AgentId, Attachment, Contact, ContactId, Message, MessageKind, Priority, Status,
    StatusKind, TicketId, TicketSummary,
};
use crate::canned::{Actions, Canned, Source};
use crate::config::PriorityScale;
use crate::text::{clean_line, clean_text};

/// The statuses of RT's default lifecycle, in menu order.
pub fn statuses() -> Vec<Status> {
    [
        ("new", StatusKind::New),
        ("open", StatusKind::Open),
        ("stalled", StatusKind::Pending),
        ("resolved", StatusKind::Solved),
        ("rejected", StatusKind::Closed),
        ("deleted", StatusKind::Closed),
    ]
    .into_iter()
    .map(|(name, kind)| Status::new(name, kind))
    .collect()
}

/// A status by its RT name; names from custom lifecycles count as open.
pub fn status(name: &str) -> Status {
    statuses()
        .into_iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| Status::new(clean_line(name), StatusKind::Open))
}

/// The level a priority number reaches: the highest whose number it is at least.
pub fn level(n: i64, scale: &PriorityScale) -> Priority {
    if n >= scale.urgent {
        Priority::Urgent
    } else if n >= scale.high {
        Priority::High
    } else if n >= scale.normal {
        Priority::Normal
    } else {
        Priority::Low
    }
}

/// The number a level is written as.
pub fn number(p: Priority, scale: &PriorityScale) -> i64 {
    match p {
        Priority::Low => scale.low,
        Priority::Normal => scale.normal,
        Priority::High => scale.high,
        Priority::Urgent => scale.urgent,
    }
}

/// A requester as a contact.
pub fn contact(user: &UserRef) -> Contact {
    let email = user
        .email_address
        .clone()
        .unwrap_or_else(|| user.login().to_string());
    Contact {
        id: ContactId(clean_line(user.login())),
        name: user
            .real_name
            .as_deref()
            .map(clean_line)
            .unwrap_or_default(),
        first_name: None,
        last_name: None,
        email: clean_line(&email),
        organization: user.organization.as_deref().map(clean_line),
        timezone: user.timezone.as_deref().map(clean_line),
        language: user
            .lang
            .as_deref()
            .map(clean_line)
            .filter(|l| !l.is_empty()),
    }
}

/// A user as an agent; their login is the id RT takes as an owner.
pub fn agent(user: &UserRef) -> Agent {
    Agent {
        id: AgentId(user.login().to_string()),
        name: clean_line(user.real_name.as_deref().unwrap_or(user.login())),
        email: user
            .email_address
            .as_deref()
            .map(clean_line)
            .unwrap_or_default(),
        signature: user
            .signature
            .as_deref()
            .map(clean_text)
            .unwrap_or_default(),
    }
}

/// One queue row.
pub fn summary(row: &TicketRow, scale: &PriorityScale) -> Option<TicketSummary> {
    let id = TicketId(row.id.parse().ok()?);
    let status = status(row.status.as_deref().unwrap_or("new"));
    let number = row
        .priority
        .as_deref()
        .and_then(|p| p.trim().parse::<i64>().ok());
    let priority = number.map_or(Priority::Normal, |n| level(n, scale));
    let requester = row.requestor.first().map(contact).unwrap_or_default();
    let requestors: Vec<&str> = row.requestor.iter().map(UserRef::login).collect();
    let assignee = row
        .owner
        .as_ref()
        .filter(|o| o.login() != "Nobody")
        .map(agent);
    let created = row.created.unwrap_or(Timestamp::UNIX_EPOCH);
    let updated = row.last_updated.unwrap_or(created);
    // The list does not carry the conversation, so "waiting" is estimated: never answered
    // (nothing told to the requester yet) waits since creation; otherwise it waits if a
    // requester made the last change. Opening the ticket gives the exact figure.
    let waiting_since = if matches!(status.kind, StatusKind::New | StatusKind::Open) {
        match (row.told, &row.last_updated_by) {
            (None, _) => Some(created),
            (Some(_), Some(by)) if requestors.contains(&by.login()) => Some(updated),
            _ => None,
        }
    } else {
        None
    };
    Some(TicketSummary {
        id,
        subject: crate::text::clean_subject(row.subject.as_deref().unwrap_or_default()),
        requester,
        status,
        priority,
        priority_value: number,
        assignee,
        group: row
            .queue
            .as_ref()
            .and_then(|q| q.name.as_deref())
            .map(clean_line),
        tags: Vec::new(),
        created_at: created,
        updated_at: updated,
        waiting_since,
        replies: None,
        due_at: row.due,
        // Where a service level applies, RT sets Due from it.
        clock: row
            .sla
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|level| crate::backend::Clock::running(&format!("SLA {}", clean_line(level)))),
        version: None,
    })
}

/// The conversation from the ticket's transactions and their MIME parts: creations,
/// correspondence and comments, oldest first. Mail copies (`EmailRecord`) and other
/// transactions are left out. A message from a requester (or any unprivileged user) is the
/// customer's; an agent's correspondence is public; a comment is internal.
pub fn conversation(
    id: TicketId,
    history: &[Transaction],
    parts: &[Part],
    requestors: &[String],
    web: &str,
) -> Vec<Message> {
    let mut by_txn: HashMap<&str, Vec<&Part>> = HashMap::new();
    for part in parts {
        by_txn
            .entry(part.transaction_id.as_str())
            .or_default()
            .push(part);
    }
    history
        .iter()
        .filter(|t| matches!(t.kind.as_str(), "Create" | "Correspond" | "Comment"))
        .map(|t| {
            let parts = by_txn
                .get(t.id.as_str())
                .map(Vec::as_slice)
                .unwrap_or_default();
            let from_customer = requestors.iter().any(|r| r == t.creator.login())
                || t.creator.privileged.as_deref() == Some("0");
            let kind = match t.kind.as_str() {
                "Comment" => MessageKind::Internal,
                _ if from_customer => MessageKind::Customer,
                _ => MessageKind::Public,
            };
            let author = t
                .creator
                .real_name
                .as_deref()
                .or(t.creator.email_address.as_deref())
                .unwrap_or(t.creator.login());
            Message {
                id: format!("{id}-{}", t.id),
                kind,
                author: clean_line(author),
                body: body(parts),
                created_at: t.created.unwrap_or(Timestamp::UNIX_EPOCH),
                attachments: parts
                    .iter()
                    .filter_map(|p| attachment(p, &t.id, web))
                    .collect(),
            }
        })
        .collect()
}

/// A part with a file name as an attachment. RT's REST 2.0 gives a part's bytes only as
/// base64 inside JSON; the web interface's attachment path gives them raw, with the same
/// token, so that is where a download goes (streamed, never held whole).
fn attachment(part: &Part, transaction: &str, web: &str) -> Option<Attachment> {
    let name = part.filename.as_deref().filter(|n| !n.trim().is_empty())?;
    let mut link = reqwest::Url::parse(web).ok()?;
    link.path_segments_mut().ok()?.pop_if_empty().extend([
        "Ticket",
        "Attachment",
        transaction,
        &part.id,
        name,
    ]);
    Some(Attachment {
        name: clean_line(name),
        mime: clean_line(&part.content_type),
        size: part
            .content_length
            .as_deref()
            .and_then(|n| n.trim().parse().ok()),
        inline: false,
        source: link.to_string(),
    })
}

/// The ticket's watchers (Cc, then AdminCc) by address, else by login.
pub fn watchers(row: &TicketRow) -> Vec<String> {
    row.cc
        .iter()
        .chain(&row.admin_cc)
        .map(|u| clean_line(u.email_address.as_deref().unwrap_or(u.login())))
        .filter(|u| !u.is_empty())
        .collect()
}

/// The readable text of one message: its plain-text part, else its HTML part as text.
fn body(parts: &[&Part]) -> String {
    let inline = |p: &&&Part| {
        p.filename.is_none() && p.content.as_deref().is_some_and(|c| !c.trim().is_empty())
    };
    let text = parts
        .iter()
        .filter(inline)
        .find(|p| p.content_type.starts_with("text/plain"))
        .and_then(|p| p.content.clone())
        .or_else(|| {
            parts
                .iter()
                .filter(inline)
                .find(|p| p.content_type.starts_with("text/html"))
                .and_then(|p| p.content.as_deref())
                .map(crate::text::html::to_text)
        })
        .unwrap_or_default();
    clean_text(text.trim_end())
        .trim_start_matches('\n')
        .to_string()
}

/// An article as a canned response: its name is the title, its summary the keywords (comma
/// separated), its `Content` custom field the text.
pub fn canned(article: &Article) -> Option<Canned> {
    let content = article
        .custom_fields
        .iter()
        .find(|cf| cf.name == "Content")
        .and_then(|cf| cf.values.first())
        .and_then(|v| v.as_str())
        .filter(|c| !c.trim().is_empty())?;
    let body = if content.trim_start().starts_with('<') {
        crate::text::html::to_text(content)
    } else {
        content.to_string()
    };
    Some(Canned {
        id: format!("rt:{}", article.id),
        title: clean_line(article.name.as_deref().unwrap_or("(untitled article)")),
        keywords: article
            .summary
            .as_deref()
            .map(|s| {
                s.split(',')
                    .map(clean_line)
                    .filter(|k| !k.is_empty())
                    .collect()
            })
            .unwrap_or_default(),
        abbrev: None,
        body: clean_text(body.trim_end()),
        actions: Actions::default(),
        source: Source::Backend,
        audience: crate::canned::Audience::Any,
        language: None,
        family: None,
    })
}

#[cfg(test)]
mod tests;

/// The ticket's links to other tickets, in RT's words; links to outside addresses are left out.
pub fn links(hyperlinks: &[super::wire::Hyperlink]) -> Vec<crate::backend::Link> {
    hyperlinks
        .iter()
        .filter(|h| h.kind == "ticket")
        .filter_map(|h| {
            let kind = match h.relation.as_str() {
                "refers-to" => "refers to",
                "referred-to-by" => "referred to by",
                "depends-on" => "depends on",
                "depended-on-by" => "depended on by",
                "parent" => "parent",
                "child" => "child",
                _ => return None,
            };
            let id = match &h.id {
                serde_json::Value::String(s) => s.parse().ok()?,
                serde_json::Value::Number(n) => n.as_u64()?,
                _ => return None,
            };
            Some(crate::backend::Link::new(kind, TicketId(id)))
        })
        .collect()
}

/// The ticket's custom fields in the order RT made them (its answer lists them in no order).
/// A file or picture field shows its file's name.
pub fn fields(custom: &[super::wire::CustomFieldValues]) -> Vec<crate::backend::FieldValue> {
    let mut fields: Vec<crate::backend::FieldValue> = custom
        .iter()
        .map(|cf| crate::backend::FieldValue {
            id: cf.id.clone(),
            name: clean_line(&cf.name),
            values: cf
                .values
                .iter()
                .filter_map(|v| match v {
                    serde_json::Value::String(s) => Some(clean_line(s)),
                    serde_json::Value::Number(n) => Some(n.to_string()),
                    serde_json::Value::Object(file) => file
                        .get("filename")
                        .and_then(|f| f.as_str())
                        .map(clean_line),
                    _ => None,
                })
                .collect(),
        })
        .collect();
    fields.sort_by_key(|f| (f.id.parse::<u64>().unwrap_or(u64::MAX), f.name.clone()));
    fields
}

/// The time worked and estimated on the ticket, where any was recorded.
pub fn time(row: &TicketRow) -> Option<crate::backend::TimeWorked> {
    let minutes = |v: &Option<String>| v.as_deref().and_then(|m| m.trim().parse::<u32>().ok());
    let worked = minutes(&row.time_worked).unwrap_or(0);
    let estimated = minutes(&row.time_estimated).filter(|&m| m > 0);
    (worked > 0 || estimated.is_some()).then_some(crate::backend::TimeWorked { worked, estimated })
}

/// The queue the ticket is in (RT takes a queue by its name).
pub fn queue(row: &TicketRow) -> Option<crate::backend::QueueRef> {
    let name = clean_line(row.queue.as_ref()?.name.as_deref()?);
    Some(crate::backend::QueueRef {
        id: name.clone(),
        name,
    })
}
