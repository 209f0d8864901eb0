//! From Jira's records to frontdesk's model. All text is cleaned here, where it enters.
//!
//! A request's number in frontdesk is Jira's issue id (keys change when issues move between
//! projects; ids do not); the key is in its link. The requester is the reporter, the first
//! message the description, then the comments: public ones by the reporter are the
//! customer's, other public ones replies, the rest internal.

use jiff::Timestamp;

use super::adf;
use super::wire::{Comment, Fields, Issue, IssueLink, Priority as WirePriority, User};
use crate::backend::{
    Agent, AgentId, Attachment, Contact, ContactId, Link, Message, MessageKind, Priority, Status,
    StatusKind, TicketId, TicketSummary,
};
use crate::text::{clean_line, clean_text};

/// The fields every list and read asks for.
pub const FIELDS: [&str; 10] = [
    "summary", "status", "priority", "reporter", "assignee", "project", "labels", "created",
    "updated", "duedate",
];

/// The statuses offered in the menu: Jira Service Management's stock ones. A change is
/// made through the transition that leads to the chosen one.
pub fn statuses() -> Vec<Status> {
    [
        ("Waiting for support", "indeterminate"),
        ("In progress", "indeterminate"),
        ("Waiting for customer", "indeterminate"),
        ("Pending", "indeterminate"),
        ("Resolved", "done"),
        ("Closed", "done"),
        ("Canceled", "done"),
    ]
    .into_iter()
    .map(|(name, category)| status(name, category))
    .collect()
}

/// A status by name and category (`new`, `indeterminate`, `done`).
pub fn status(name: &str, category: &str) -> Status {
    let lower = name.to_lowercase();
    let kind = match category {
        "done" if lower.contains("resolved") || lower.contains("done") => StatusKind::Solved,
        "done" => StatusKind::Closed,
        "new" => StatusKind::New,
        _ if lower.contains("waiting for customer") || lower.contains("pending") => {
            StatusKind::Pending
        }
        _ => StatusKind::Open,
    };
    Status::new(clean_line(name), kind)
}

/// The level of a priority by its name (Jira's stock names, and common others).
pub fn level(name: &str) -> Option<Priority> {
    match name.trim().to_lowercase().as_str() {
        "highest" | "critical" | "blocker" | "urgent" => Some(Priority::Urgent),
        "high" | "major" => Some(Priority::High),
        "medium" | "normal" => Some(Priority::Normal),
        "low" | "lowest" | "minor" | "trivial" => Some(Priority::Low),
        _ => None,
    }
}

/// The priority to set for level `p`: the one of that level nearest the middle of Jira's
/// list (High rather than Highest for high), else the nearest level there is.
pub fn priority_id(all: &[WirePriority], p: Priority) -> Option<String> {
    let exact = |name: &str| all.iter().find(|x| x.name.eq_ignore_ascii_case(name));
    let preferred = match p {
        Priority::Urgent => exact("Highest").or_else(|| exact("Critical")),
        Priority::High => exact("High"),
        Priority::Normal => exact("Medium").or_else(|| all.iter().find(|x| x.is_default)),
        Priority::Low => exact("Low"),
    };
    preferred
        .or_else(|| all.iter().find(|x| level(&x.name) == Some(p)))
        .or_else(|| all.iter().find(|x| x.is_default))
        .map(|x| x.id.clone())
}

/// A person as an agent.
pub fn agent(u: &User) -> Agent {
    Agent {
        id: AgentId(u.account_id.clone()),
        name: clean_line(&u.display_name),
        email: clean_line(&u.email_address),
        signature: String::new(),
    }
}

/// A person as the requester.
pub fn contact(u: &User) -> Contact {
    let kept = |s: &str| Some(clean_line(s)).filter(|s| !s.is_empty());
    Contact {
        id: ContactId(u.account_id.clone()),
        name: clean_line(&u.display_name),
        email: clean_line(&u.email_address),
        timezone: kept(&u.time_zone),
        language: kept(&u.locale),
        ..Contact::default()
    }
}

/// One queue row.
pub fn summary(issue: &Issue) -> TicketSummary {
    let f: &Fields = &issue.fields;
    let created = f.created.unwrap_or(Timestamp::UNIX_EPOCH);
    let mut row = TicketSummary::new(TicketId(issue.id.parse().unwrap_or_default()));
    row.subject = crate::text::clean_subject(&f.summary);
    row.requester = f.reporter.as_ref().map(contact).unwrap_or_default();
    row.status = f.status.as_ref().map_or_else(
        || status("Open", "indeterminate"),
        |s| {
            let category = s.status_category.as_ref().map_or("", |c| c.key.as_str());
            status(&s.name, category)
        },
    );
    row.priority = f
        .priority
        .as_ref()
        .and_then(|p| level(&p.name))
        .unwrap_or(Priority::Normal);
    row.assignee = f.assignee.as_ref().map(agent);
    row.group = f.project.as_ref().map(|p| clean_line(&p.name));
    row.tags = crate::text::clean_tags(&f.labels);
    row.created_at = created;
    row.updated_at = f.updated.as_deref().and_then(parse_time).unwrap_or(created);
    row.waiting_since = (row.status.kind == StatusKind::New).then_some(created);
    row.due_at = crate::backend::end_of_day(&f.duedate);
    row.version = f.updated.clone();
    row
}

/// Jira's times (`2026-11-20T10:30:00.000+0000`, offset without a colon) as instants.
pub fn parse_time(text: &str) -> Option<Timestamp> {
    text.parse().ok().or_else(|| {
        jiff::fmt::strtime::parse("%Y-%m-%dT%H:%M:%S%.f%z", text)
            .ok()?
            .to_timestamp()
            .ok()
    })
}

/// An issue file; `source` is its content link.
pub fn attachment(name: &str, mime: &str, size: Option<u64>, link: &str) -> Attachment {
    Attachment {
        name: clean_line(name),
        mime: clean_line(mime),
        size,
        inline: false,
        source: link.to_string(),
    }
}

/// The conversation: the description (with the files no comment brought), then comments.
pub fn conversation(issue: &Issue, comments: &[Comment]) -> Vec<Message> {
    let f = &issue.fields;
    let reporter = f.reporter.as_ref().map(|r| r.account_id.as_str());
    let claimed: Vec<&str> = comments
        .iter()
        .filter_map(|c| c.attachments.as_ref())
        .flat_map(|a| a.values.iter().map(|v| v.filename.as_str()))
        .collect();
    let mut messages = vec![Message {
        id: format!("{}-description", issue.id),
        kind: MessageKind::Customer,
        author: f
            .reporter
            .as_ref()
            .map(|r| clean_line(&r.display_name))
            .unwrap_or_default(),
        body: clean_text(&f.description.as_ref().map(adf::to_text).unwrap_or_default()),
        created_at: f.created.unwrap_or(Timestamp::UNIX_EPOCH),
        attachments: f
            .attachment
            .iter()
            .filter(|a| !claimed.contains(&a.filename.as_str()))
            .map(|a| attachment(&a.filename, &a.mime_type, a.size, &a.content))
            .collect(),
    }];
    for c in comments {
        let by = c.author.as_ref();
        let kind = match (c.public, by.map(|b| b.account_id.as_str()) == reporter) {
            (false, _) => MessageKind::Internal,
            (true, true) => MessageKind::Customer,
            (true, false) => MessageKind::Public,
        };
        messages.push(Message {
            id: c.id.clone(),
            kind,
            author: by.map(|b| clean_line(&b.display_name)).unwrap_or_default(),
            body: clean_text(c.body.trim()),
            created_at: c
                .created
                .as_ref()
                .and_then(|w| w.iso8601)
                .unwrap_or(Timestamp::UNIX_EPOCH),
            attachments: c
                .attachments
                .iter()
                .flat_map(|a| &a.values)
                .filter_map(|v| {
                    let link = v.links.content.as_deref()?;
                    Some(attachment(&v.filename, &v.mime_type, v.size, link))
                })
                .collect(),
        });
    }
    messages
}

/// Linked issues, named as Jira names the link from this side (`blocks`, `is blocked by`).
pub fn links(all: &[IssueLink]) -> Vec<Link> {
    all.iter()
        .filter_map(|l| {
            let (kind, other) = match (&l.outward_issue, &l.inward_issue) {
                (Some(o), _) => (&l.kind.outward, o),
                (None, Some(i)) => (&l.kind.inward, i),
                (None, None) => return None,
            };
            let id = other.id.parse().ok()?;
            Some(Link::new(&clean_line(kind), TicketId(id)))
        })
        .collect()
}
