//! From Zendesk's records to frontdesk's model. All text is cleaned here, where it enters.

use std::collections::HashMap;

use jiff::Timestamp;

use super::wire::{Comment, Macro, Sideloads, Ticket, User};
use crate::backend::{
    Agent, AgentId, Attachment, Contact, ContactId, Message, MessageKind, Priority, Status,
    StatusKind, TicketId, TicketSummary,
};
use crate::canned::{Actions, Canned, Source, native};
use crate::text::{clean_line, clean_text, html};

/// The statuses an agent can set, in menu order (`closed` is reached only by automation).
pub fn statuses() -> Vec<Status> {
    ["new", "open", "pending", "hold", "solved"]
        .into_iter()
        .map(status)
        .collect()
}

/// A Zendesk status with what it means.
pub fn status(name: &str) -> Status {
    let kind = match name {
        "new" => StatusKind::New,
        "pending" | "hold" => StatusKind::Pending,
        "solved" => StatusKind::Solved,
        "closed" | "deleted" => StatusKind::Closed,
        _ => StatusKind::Open,
    };
    Status::new(clean_line(name), kind)
}

/// Zendesk's priorities are ours by name; none set is normal.
pub fn priority(name: Option<&str>) -> Priority {
    name.and_then(|p| p.parse().ok()).unwrap_or_default()
}

/// The records sideloaded with a list, by id.
#[derive(Default)]
pub struct Lookup<'a> {
    users: HashMap<&'a str, &'a User>,
    groups: HashMap<&'a str, &'a str>,
    organizations: HashMap<&'a str, &'a str>,
    metrics: HashMap<&'a str, &'a super::wire::MetricSet>,
}

/// A macro's files as attachments to fetch into the draft.
pub fn macro_files(files: &super::wire::MacroFiles) -> Vec<Attachment> {
    files
        .macro_attachments
        .iter()
        .filter(|f| !f.content_url.is_empty())
        .map(|f| Attachment {
            name: clean_line(&f.filename),
            mime: clean_line(&f.content_type),
            size: f.size,
            inline: false,
            source: f.content_url.clone(),
        })
        .collect()
}

/// Who else receives replies: the ticket's CCs, then its followers, by address where the
/// sideloaded users give one.
pub fn watchers(ticket: &super::wire::Ticket, lookup: &Lookup) -> Vec<String> {
    ticket
        .email_cc_ids
        .iter()
        .chain(&ticket.follower_ids)
        .map(|id| match lookup.users.get(id.as_str()) {
            Some(u) if !u.email.is_empty() => clean_line(&u.email),
            Some(u) => clean_line(&u.name),
            None => format!("user {}", clean_line(id)),
        })
        .collect()
}

impl<'a> Lookup<'a> {
    /// Indexes the sideloads.
    pub fn new(side: &'a Sideloads) -> Self {
        Self {
            users: side.users.iter().map(|u| (u.id.as_str(), u)).collect(),
            groups: side
                .groups
                .iter()
                .map(|g| (g.id.as_str(), g.name.as_str()))
                .collect(),
            organizations: side
                .organizations
                .iter()
                .map(|o| (o.id.as_str(), o.name.as_str()))
                .collect(),
            metrics: side
                .metric_sets
                .iter()
                .map(|m| (m.ticket_id.as_str(), m))
                .collect(),
        }
    }

    /// A user by id.
    pub fn user(&self, id: Option<&str>) -> Option<&'a User> {
        id.and_then(|id| self.users.get(id).copied())
    }
}

/// A requester.
pub fn contact(user: &User, organization: Option<&str>) -> Contact {
    Contact {
        id: ContactId(user.id.clone()),
        name: clean_line(&user.name),
        first_name: None,
        last_name: None,
        email: clean_line(&user.email),
        organization: organization.map(clean_line),
        timezone: user.iana_time_zone.as_deref().map(clean_line),
        language: user.locale.as_deref().map(clean_line),
    }
}

/// An agent.
pub fn agent(user: &User) -> Agent {
    Agent {
        id: AgentId(user.id.clone()),
        name: clean_line(&user.name),
        email: clean_line(&user.email),
        signature: clean_text(user.signature.as_deref().unwrap_or_default()),
    }
}

/// One queue row, its people and names taken from the sideloads.
pub fn summary(ticket: &Ticket, side: &Lookup<'_>) -> TicketSummary {
    let id = ticket.id.to_string();
    let requester = side
        .user(ticket.requester_id.as_deref())
        .map(|u| {
            let org = u
                .organization_id
                .as_deref()
                .and_then(|o| side.organizations.get(o).copied());
            contact(u, org)
        })
        .unwrap_or_else(|| Contact {
            id: ContactId(ticket.requester_id.clone().unwrap_or_default()),
            ..Contact::default()
        });
    let status = status(&ticket.status);
    let created = ticket.created_at.unwrap_or(Timestamp::UNIX_EPOCH);
    let updated = ticket
        .updated_at
        .as_deref()
        .and_then(|t| t.parse().ok())
        .unwrap_or(created);
    let metrics = side.metrics.get(id.as_str());
    // A list has no conversation, so "waiting" comes from the ticket's metrics: the customer
    // waits if they wrote after the agent did. Opening the ticket gives the exact figure.
    let waiting_since = match (status.kind, metrics) {
        (StatusKind::New | StatusKind::Open, Some(m)) => match m.requester_updated_at {
            Some(r) if m.assignee_updated_at.is_none_or(|a| a < r) => Some(r),
            _ => None,
        },
        (StatusKind::New, None) => Some(created),
        _ => None,
    };
    TicketSummary {
        id: TicketId(ticket.id),
        subject: crate::text::clean_subject(&ticket.subject),
        requester,
        status,
        priority: priority(ticket.priority.as_deref()),
        priority_value: None,
        assignee: side.user(ticket.assignee_id.as_deref()).map(agent),
        group: ticket
            .group_id
            .as_deref()
            .and_then(|g| side.groups.get(g))
            .map(|g| clean_line(g)),
        tags: crate::text::clean_tags(&ticket.tags),
        created_at: created,
        updated_at: updated,
        waiting_since,
        replies: metrics.and_then(|m| m.replies),
        due_at: ticket.slas.next_breach().or(ticket.due_at),
        clock: ticket.slas.clock(),
        version: ticket.updated_at.clone(),
    }
}

/// The conversation: a private comment is internal; a public one is the customer's when an
/// end user (or the requester) wrote it, else an agent's public reply.
pub fn conversation(comments: &[Comment], users: &[User], requester: &str) -> Vec<Message> {
    let users: HashMap<&str, &User> = users.iter().map(|u| (u.id.as_str(), u)).collect();
    comments
        .iter()
        .map(|c| {
            let author = c.author_id.as_deref().and_then(|a| users.get(a));
            let customer = c.author_id.as_deref() == Some(requester)
                || author.is_some_and(|u| u.role == "end-user");
            let kind = match (c.public, customer) {
                (false, _) => MessageKind::Internal,
                (true, true) => MessageKind::Customer,
                (true, false) => MessageKind::Public,
            };
            let body = match c.html_body.as_deref().filter(|h| !h.trim().is_empty()) {
                Some(h) => html::to_text(h),
                None => c.body.clone(),
            };
            Message {
                id: c.id.clone(),
                kind,
                author: author.map_or_else(|| "(unknown)".into(), |u| clean_line(&u.name)),
                body: clean_text(&body),
                created_at: c.created_at.unwrap_or(Timestamp::UNIX_EPOCH),
                attachments: c
                    .attachments
                    .iter()
                    .filter(|a| !a.deleted && !a.content_url.is_empty())
                    .map(|a| Attachment {
                        name: clean_line(&a.file_name),
                        mime: clean_line(&a.content_type),
                        size: a.size,
                        inline: a.inline,
                        source: a.content_url.clone(),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// A macro as a canned response: its comment text (placeholders translated) and its field
/// actions. Zendesk renders the text itself when it is inserted (see `render_canned`).
pub fn canned(m: &Macro) -> Option<Canned> {
    if !m.active {
        return None;
    }
    let mut body = String::new();
    let mut actions = Actions::default();
    let mut audience = crate::canned::Audience::Any;
    for action in &m.actions {
        let value = &action.value;
        match action.field.as_str() {
            "comment_value" => body = text_value(value),
            "comment_value_html" if body.is_empty() => body = html::to_text(&text_value(value)),
            "comment_mode_is_public" => {
                audience = match text_value(value).trim() {
                    "false" => crate::canned::Audience::Internal,
                    "true" => crate::canned::Audience::Public,
                    _ => audience,
                }
            }
            "status" => actions.status = Some(clean_line(&text_value(value))),
            "priority" => actions.priority = text_value(value).parse().ok(),
            "assignee_id" => {
                actions.assignee = Some(match text_value(value).as_str() {
                    "current_user" => "me".into(),
                    "" => "none".into(),
                    id => clean_line(id),
                })
            }
            "set_tags" | "current_tags" => actions.tags_add.extend(words(value)),
            "remove_tags" => actions.tags_remove.extend(words(value)),
            field if field.starts_with("custom_fields_") => {
                let id = field.trim_start_matches("custom_fields_").to_string();
                let setting = match value {
                    serde_json::Value::Array(list) => crate::canned::FieldSetting::Many(
                        list.iter()
                            .filter_map(|v| v.as_str())
                            .map(clean_line)
                            .collect(),
                    ),
                    other => crate::canned::FieldSetting::One(clean_line(&text_value(other))),
                };
                actions.fields.insert(id, setting);
            }
            _ => {}
        }
    }
    Some(Canned {
        id: format!("zendesk:{}", m.id),
        title: clean_line(&m.title),
        keywords: m
            .description
            .as_deref()
            .map(|d| vec![clean_line(d)])
            .unwrap_or_default(),
        abbrev: None,
        body: clean_text(&native::from_zendesk(&body)),
        actions,
        source: Source::Backend,
        audience,
        language: None,
        family: None,
    })
}

/// An action's value as text: a string, a number, or the text of `[channel, text]`.
fn text_value(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items
            .last()
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Tags from a space-separated string or a list.
fn words(value: &serde_json::Value) -> Vec<String> {
    match value {
        serde_json::Value::Array(items) => items
            .iter()
            .filter_map(|v| v.as_str())
            .flat_map(str::split_whitespace)
            .map(clean_line)
            .collect(),
        other => text_value(other)
            .split_whitespace()
            .map(clean_line)
            .collect(),
    }
}

/// The id of a macro from its canned-response id.
pub fn macro_id(canned: &Canned) -> Option<&str> {
    canned.id.strip_prefix("zendesk:")
}
