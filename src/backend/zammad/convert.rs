//! From Zammad's records to frontdesk's model. All text is cleaned here, where it enters.

use std::collections::HashMap;

use jiff::Timestamp;

use super::wire::{Article, Assets, Macro, Named, TextModule, Ticket, User};
use crate::backend::{
    Agent, AgentId, Attachment, Contact, ContactId, Message, MessageKind, Priority, Status,
    StatusKind, TicketId, TicketSummary,
};
use crate::canned::{Actions, Canned, Source, native};
use crate::text::{clean_line, clean_text, html};

/// Zammad's owner id for "nobody".
pub const NOBODY: &str = "1";

/// The names of the desk's states and priorities by id, read once.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub states: HashMap<String, String>,
    pub priorities: HashMap<String, String>,
}

impl Catalog {
    /// From the `/ticket_states` and `/ticket_priorities` lists.
    pub fn new(states: &[Named], priorities: &[Named]) -> Self {
        let index = |list: &[Named]| {
            list.iter()
                .map(|n| (n.id.clone(), n.name.clone()))
                .collect()
        };
        Self {
            states: index(states),
            priorities: index(priorities),
        }
    }

    /// The priority record closest to `p`: its own level if the desk has it, else the nearest.
    pub fn priority_id(&self, p: Priority) -> Option<String> {
        let mut all: Vec<(&String, Priority)> = self
            .priorities
            .iter()
            .map(|(id, name)| (id, priority(name)))
            .collect();
        all.sort_by_key(|(id, _)| id.parse::<u64>().unwrap_or(u64::MAX));
        all.iter()
            .find(|(_, level)| *level == p)
            .or_else(|| all.iter().rev().find(|(_, level)| *level < p))
            .or_else(|| all.first())
            .map(|(id, _)| (*id).clone())
    }
}

/// The statuses an agent can set (Zammad's defaults), in menu order.
pub fn statuses() -> Vec<Status> {
    ["new", "open", "pending reminder", "pending close", "closed"]
        .into_iter()
        .map(status)
        .collect()
}

/// A state by name, with what it means.
pub fn status(name: &str) -> Status {
    let kind = match name {
        "new" => StatusKind::New,
        "closed" | "merged" | "removed" => StatusKind::Closed,
        n if n.starts_with("pending") => StatusKind::Pending,
        _ => StatusKind::Open,
    };
    Status::new(clean_line(name), kind)
}

/// A priority by Zammad's name (`1 low`, `2 normal`, `3 high`, or an admin's own).
pub fn priority(name: &str) -> Priority {
    let lower = name.to_ascii_lowercase();
    if lower.contains("urgent") || lower.contains("critical") {
        return Priority::Urgent;
    }
    match lower
        .split_whitespace()
        .next()
        .and_then(|n| n.parse::<u32>().ok())
    {
        Some(1) => Priority::Low,
        Some(3) => Priority::High,
        Some(n) if n >= 4 => Priority::Urgent,
        Some(_) => Priority::Normal,
        None if lower.contains("low") => Priority::Low,
        None if lower.contains("high") => Priority::High,
        None => Priority::Normal,
    }
}

fn full_name(u: &User) -> String {
    let name = format!("{} {}", u.firstname.trim(), u.lastname.trim());
    let name = name.trim();
    if name.is_empty() {
        clean_line(&u.login)
    } else {
        clean_line(name)
    }
}

/// A customer.
pub fn contact(u: &User, assets: &Assets) -> Contact {
    Contact {
        id: ContactId(u.id.clone()),
        name: full_name(u),
        first_name: Some(clean_line(&u.firstname)).filter(|s| !s.is_empty()),
        last_name: Some(clean_line(&u.lastname)).filter(|s| !s.is_empty()),
        email: clean_line(&u.email),
        organization: u
            .organization_id
            .as_ref()
            .and_then(|o| assets.organizations.get(o))
            .map(|o| clean_line(&o.name)),
        timezone: None,
        language: None,
    }
}

/// An agent.
pub fn agent(u: &User) -> Agent {
    Agent {
        id: AgentId(u.id.clone()),
        name: full_name(u),
        email: clean_line(&u.email),
        signature: String::new(),
    }
}

/// One queue row; people and groups come from `assets`, names of states and priorities from
/// the answer itself (expanded) or the catalog.
pub fn summary(t: &Ticket, assets: &Assets, catalog: &Catalog) -> TicketSummary {
    let state = t
        .state
        .clone()
        .or_else(|| catalog.states.get(t.state_id.as_deref()?).cloned())
        .unwrap_or_else(|| "open".into());
    let status = status(&state);
    let priority_name = t
        .priority
        .clone()
        .or_else(|| catalog.priorities.get(t.priority_id.as_deref()?).cloned())
        .unwrap_or_default();
    let requester = t
        .customer_id
        .as_ref()
        .and_then(|c| assets.users.get(c))
        .map(|u| contact(u, assets))
        .unwrap_or_else(|| Contact {
            id: ContactId(t.customer_id.clone().unwrap_or_default()),
            ..Contact::default()
        });
    let created = t.created_at.unwrap_or(Timestamp::UNIX_EPOCH);
    let updated = t
        .updated_at
        .as_deref()
        .and_then(|u| u.parse().ok())
        .unwrap_or(created);
    // Without the articles, the customer waits if their last contact came after the agents'.
    let waiting_since = match (status.kind, t.last_contact_customer_at) {
        (StatusKind::New | StatusKind::Open, Some(c))
            if t.last_contact_agent_at.is_none_or(|a| a < c) =>
        {
            Some(c)
        }
        (StatusKind::New, None) => Some(created),
        _ => None,
    };
    TicketSummary {
        id: TicketId(t.id),
        subject: crate::text::clean_subject(&t.title),
        requester,
        status,
        priority: priority(&priority_name),
        priority_value: t.priority_id.as_deref().and_then(|p| p.parse().ok()),
        assignee: t
            .owner_id
            .as_ref()
            .filter(|o| o.as_str() != NOBODY)
            .and_then(|o| assets.users.get(o))
            .map(agent),
        group: t
            .group_id
            .as_ref()
            .and_then(|g| assets.groups.get(g))
            .map(|g| clean_line(&g.name)),
        tags: Vec::new(),
        created_at: created,
        updated_at: updated,
        waiting_since,
        replies: t.article_count.map(|n| n.saturating_sub(1)),
        due_at: t.escalation_at,
        clock: clock(t),
        version: t.updated_at.clone(),
    }
}

/// The conversation: customers' articles, agents' public ones, and internal ones.
pub fn conversation(ticket: &str, articles: &[Article]) -> Vec<Message> {
    let mut messages: Vec<Message> = articles
        .iter()
        .map(|a| {
            let kind = match (a.sender.as_str(), a.internal) {
                (_, true) => MessageKind::Internal,
                ("Customer", false) => MessageKind::Customer,
                _ => MessageKind::Public,
            };
            let body = if a.content_type.as_deref() == Some("text/html") {
                html::to_text(&a.body)
            } else {
                a.body.clone()
            };
            Message {
                id: a.id.clone(),
                kind,
                author: author(a),
                body: clean_text(&body),
                created_at: a.created_at.unwrap_or(Timestamp::UNIX_EPOCH),
                attachments: a
                    .attachments
                    .iter()
                    .map(|f| Attachment {
                        name: clean_line(&f.filename),
                        mime: clean_line(&f.preferences.mime_type),
                        size: f.size.trim().parse().ok(),
                        inline: !f.preferences.content_id.is_empty(),
                        source: format!("ticket_attachment/{ticket}/{}/{}", a.id, f.id),
                    })
                    .collect(),
            }
        })
        .collect();
    messages.sort_by_key(|m| m.created_at);
    messages
}

/// Who else receives replies: Zammad keeps copies per article, so the addresses copied on the
/// newest public article that names any.
pub fn watchers(articles: &[Article]) -> Vec<String> {
    articles
        .iter()
        .filter(|a| !a.internal && !a.cc.trim().is_empty())
        .max_by_key(|a| a.created_at)
        .map(|a| {
            a.cc.split(',')
                .map(clean_line)
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// `"Nicole Braun" <nicole@example.com>` → `Nicole Braun`; else who created the article.
fn author(a: &Article) -> String {
    let from = a.from.as_deref().unwrap_or_default();
    let name = from
        .split('<')
        .next()
        .unwrap_or_default()
        .trim()
        .trim_matches('"');
    if !name.is_empty() {
        return clean_line(name);
    }
    if !from.trim().is_empty() {
        return clean_line(from.trim_matches(['<', '>', ' ']));
    }
    match &a.created_by {
        Some(serde_json::Value::String(s)) => clean_line(s),
        _ => "(unknown)".into(),
    }
}

/// A text module: its first keyword, after Zammad's own `::`, is the abbreviation.
pub fn text_module(m: &TextModule) -> Option<Canned> {
    if !m.active {
        return None;
    }
    let keywords: Vec<String> = m
        .keywords
        .split([',', ' '])
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(clean_line)
        .collect();
    Some(Canned {
        id: format!("zammad:text:{}", m.id),
        title: clean_line(&m.name),
        abbrev: keywords.first().map(|k| format!("::{k}")),
        keywords,
        body: clean_text(&native::from_zammad(&html::to_text(&m.content))),
        actions: Actions::default(),
        source: Source::Backend,
        audience: crate::canned::Audience::Any,
        language: None,
        family: None,
    })
}

/// A macro: its note as the text, its `perform` as actions.
pub fn macro_canned(m: &Macro, catalog: &Catalog) -> Option<Canned> {
    if !m.active {
        return None;
    }
    let value = |key: &str| {
        m.perform
            .get(key)
            .and_then(|v| v.get("value"))
            .map(|v| match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            })
    };
    let mut actions = Actions {
        status: value("ticket.state_id").and_then(|id| catalog.states.get(&id).cloned()),
        priority: value("ticket.priority_id")
            .and_then(|id| catalog.priorities.get(&id).map(|n| priority(n))),
        ..Actions::default()
    };
    if let Some(owner) = m.perform.get("ticket.owner_id") {
        let current =
            owner.get("pre_condition").and_then(|v| v.as_str()) == Some("current_user.id");
        actions.assignee = match (current, value("ticket.owner_id")) {
            (true, _) => Some("me".into()),
            (false, Some(id)) if id == NOBODY => Some("none".into()),
            (false, Some(id)) => Some(id),
            (false, None) => None,
        };
    }
    if let Some(tags) = m.perform.get("ticket.tags") {
        let list: Vec<String> = value("ticket.tags")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(clean_line)
            .collect();
        match tags.get("operator").and_then(|o| o.as_str()) {
            Some("remove") => actions.tags_remove = list,
            _ => actions.tags_add = list,
        }
    }
    let body = m
        .perform
        .get("article.note")
        .and_then(|n| n.get("body"))
        .and_then(|b| b.as_str())
        .map(html::to_text)
        .unwrap_or_default();
    // A macro's note is internal unless it says otherwise ("true"/"false", as text or not).
    let internal = m
        .perform
        .get("article.note")
        .and_then(|n| n.get("internal"))
        .is_none_or(|v| v.as_bool().unwrap_or_else(|| v.as_str() != Some("false")));
    Some(Canned {
        id: format!("zammad:macro:{}", m.id),
        title: clean_line(&m.name),
        keywords: vec!["macro".into()],
        abbrev: None,
        body: clean_text(&body),
        actions,
        source: Source::Backend,
        audience: if body.trim().is_empty() {
            crate::canned::Audience::Any
        } else if internal {
            crate::canned::Audience::Internal
        } else {
            crate::canned::Audience::Public
        },
        language: None,
        family: None,
    })
}

/// The tickets this one is linked to, in Zammad's words.
pub fn links(found: &super::wire::Links) -> Vec<crate::backend::Link> {
    found
        .links
        .iter()
        .filter(|l| l.link_object == "Ticket")
        .filter_map(|l| {
            let id = l.link_object_value.as_deref()?.parse().ok()?;
            let kind = match l.link_type.as_str() {
                "parent" => "parent",
                "child" => "child",
                _ => "linked to",
            };
            Some(crate::backend::Link::new(kind, TicketId(id)))
        })
        .collect()
}

/// Which of Zammad's clocks `escalation_at` is: first response, update or solution.
fn clock(t: &super::wire::Ticket) -> Option<crate::backend::Clock> {
    let at = t.escalation_at?;
    let name = [
        (t.first_response_escalation_at, "first response"),
        (t.update_escalation_at, "update"),
        (t.close_escalation_at, "solution"),
    ]
    .into_iter()
    .find(|(clock, _)| *clock == Some(at))
    .map_or("escalation", |(_, name)| name);
    Some(crate::backend::Clock::running(name))
}
