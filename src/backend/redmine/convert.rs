//! From Redmine's records to frontdesk's model. All text is cleaned here, where it enters.
//!
//! Redmine is an issue tracker: the requester is the issue's author, the first message its
//! description, and the conversation its journals with notes (`private_notes` are internal).
//! Priorities have no fixed meaning, only an order an admin arranged, so they are read by
//! position around the default one.

use jiff::Timestamp;

use super::wire::{File, Issue, Journal, Named, Priorities, Relation, Status as WireStatus, User};
use crate::backend::{
    Agent, AgentId, Attachment, Contact, ContactId, Link, Message, MessageKind, Priority, Status,
    StatusKind, TicketId, TicketSummary,
};
use crate::text::{clean_line, clean_text};

/// The desk's statuses and priorities, read once.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub statuses: Vec<WireStatus>,
    /// Active priorities, lowest first.
    pub priorities: Vec<super::wire::Priority>,
}

impl Catalog {
    pub fn new(statuses: Vec<WireStatus>, priorities: Priorities) -> Self {
        Self {
            statuses,
            priorities: priorities
                .issue_priorities
                .into_iter()
                .filter(|p| p.active.unwrap_or(true))
                .collect(),
        }
    }

    /// Where the default priority stands; the second one where none is marked (Redmine's
    /// stock list is Low, Normal, High, Urgent, Immediate).
    fn default_position(&self) -> usize {
        self.priorities
            .iter()
            .position(|p| p.is_default)
            .unwrap_or(1)
            .min(self.priorities.len().saturating_sub(1))
    }

    /// The level of the priority with id `id`: below the default is low, the default normal,
    /// the one above high, anything higher urgent.
    pub fn level(&self, id: &str) -> Priority {
        let normal = self.default_position();
        match self.priorities.iter().position(|p| p.id == id) {
            Some(at) if at < normal => Priority::Low,
            Some(at) if at == normal => Priority::Normal,
            Some(at) if at == normal + 1 => Priority::High,
            Some(_) => Priority::Urgent,
            None => Priority::Normal,
        }
    }

    /// The priority to set for level `p`: the one just below the default for low, the
    /// default, the next one up for high, the one after that for urgent (never the very top
    /// of a longer list: Redmine's `Immediate` is set in Redmine).
    pub fn priority_id(&self, p: Priority) -> Option<String> {
        let normal = self.default_position();
        let at = match p {
            Priority::Low => normal.saturating_sub(1),
            Priority::Normal => normal,
            Priority::High => normal + 1,
            Priority::Urgent => normal + 2,
        };
        let last = self.priorities.len().checked_sub(1)?;
        Some(self.priorities[at.min(last)].id.clone())
    }

    /// The status an agent means by `name`: the desk's own of that name, or, for the words
    /// other desks and canned actions use (`solved`, `pending`, `open`), the status that means
    /// the same here.
    pub fn status_id(&self, name: &str) -> Option<&WireStatus> {
        let wanted = name.trim().to_lowercase();
        let same = self
            .statuses
            .iter()
            .find(|s| s.name.to_lowercase() == wanted);
        same.or_else(|| {
            let kind = match wanted.as_str() {
                "solved" | "resolved" => StatusKind::Solved,
                "pending" | "waiting" | "on hold" | "hold" => StatusKind::Pending,
                "open" | "in progress" => StatusKind::Open,
                "closed" => StatusKind::Closed,
                "new" => StatusKind::New,
                _ => return None,
            };
            self.statuses
                .iter()
                .find(|s| status(&s.name, s.is_closed).kind == kind)
        })
    }
}

/// The statuses an agent can set on a stock Redmine, in menu order; the names are matched
/// against the desk's own when a change is sent.
pub fn statuses() -> Vec<Status> {
    [
        ("New", false),
        ("In Progress", false),
        ("Feedback", false),
        ("Resolved", false),
        ("Closed", true),
        ("Rejected", true),
    ]
    .into_iter()
    .map(|(name, closed)| status(name, closed))
    .collect()
}

/// A status by name, with what it means: Redmine marks closed ones; the rest are read by
/// their stock names (Feedback waits on the customer, Resolved is solved).
pub fn status(name: &str, is_closed: bool) -> Status {
    let lower = name.to_lowercase();
    let kind = if is_closed {
        StatusKind::Closed
    } else if lower == "new" {
        StatusKind::New
    } else if lower.contains("feedback") || lower.contains("wait") || lower.contains("pending") {
        StatusKind::Pending
    } else if lower.contains("resolved") || lower.contains("solved") || lower.contains("done") {
        StatusKind::Solved
    } else {
        StatusKind::Open
    };
    Status::new(clean_line(name), kind)
}

fn full_name(u: &User) -> String {
    let name = format!("{} {}", u.firstname.trim(), u.lastname.trim());
    match name.trim() {
        "" => clean_line(&u.login),
        name => clean_line(name),
    }
}

/// An agent (a user issues are assigned to).
pub fn agent(u: &User) -> Agent {
    Agent {
        id: AgentId(u.id.clone()),
        name: full_name(u),
        email: clean_line(&u.mail),
        signature: String::new(),
    }
}

/// An agent known only by reference (an assignee, a project member).
pub fn agent_named(n: &Named) -> Agent {
    Agent {
        id: AgentId(n.id.clone()),
        name: clean_line(&n.name),
        email: String::new(),
        signature: String::new(),
    }
}

/// The requester: the issue's author, with the address where the user record was readable.
pub fn contact(author: Option<&Named>, user: Option<&User>) -> Contact {
    let mut contact = Contact {
        id: ContactId(author.map(|a| a.id.clone()).unwrap_or_default()),
        name: author.map(|a| clean_line(&a.name)).unwrap_or_default(),
        ..Contact::default()
    };
    if let Some(u) = user {
        contact.name = full_name(u);
        contact.first_name = Some(clean_line(&u.firstname)).filter(|s| !s.is_empty());
        contact.last_name = Some(clean_line(&u.lastname)).filter(|s| !s.is_empty());
        contact.email = clean_line(&u.mail);
    }
    contact
}

/// One queue row. The list carries no journals, so a new issue waits since it was opened and
/// the reply count is known once the issue is read.
pub fn summary(issue: &Issue, catalog: &Catalog, requester: Option<&User>) -> TicketSummary {
    let status = issue
        .status
        .as_ref()
        .map_or_else(|| status("New", false), |s| status(&s.name, s.is_closed));
    let created = issue.created_on.unwrap_or(Timestamp::UNIX_EPOCH);
    let updated = issue
        .updated_on
        .as_deref()
        .and_then(|u| u.parse().ok())
        .unwrap_or(created);
    let waiting_since = (status.kind == StatusKind::New).then_some(created);
    let mut row = TicketSummary::new(TicketId(issue.id));
    row.subject = crate::text::clean_subject(&issue.subject);
    row.requester = contact(issue.author.as_ref(), requester);
    row.priority = issue
        .priority
        .as_ref()
        .map_or(Priority::Normal, |p| catalog.level(&p.id));
    row.status = status;
    row.assignee = issue.assigned_to.as_ref().map(agent_named);
    row.group = issue.project.as_ref().map(|p| clean_line(&p.name));
    row.created_at = created;
    row.updated_at = updated;
    row.waiting_since = waiting_since;
    row.due_at = crate::backend::end_of_day(&issue.due_date);
    row.version = issue.updated_on.clone();
    row
}

/// A file on the issue; `source` is its download link.
pub fn attachment(f: &File) -> Attachment {
    Attachment {
        name: clean_line(&f.filename),
        mime: clean_line(&f.content_type),
        size: f.filesize,
        inline: false,
        source: f.content_url.clone(),
    }
}

/// The files a journal added (its `attachment` details name them by id).
fn added_by<'a>(journal: &Journal, files: &'a [File]) -> Vec<&'a File> {
    journal
        .details
        .iter()
        .filter(|d| d.property == "attachment")
        .filter_map(|d| files.iter().find(|f| f.id == d.name))
        .collect()
}

/// The conversation: the description, then each journal that says something or adds a file.
/// Files no journal claims were added with the description.
pub fn conversation(issue: &Issue) -> Vec<Message> {
    let author_id = issue.author.as_ref().map(|a| a.id.as_str());
    let claimed: Vec<&str> = issue
        .journals
        .iter()
        .flat_map(|j| added_by(j, &issue.attachments))
        .map(|f| f.id.as_str())
        .collect();
    let opening = Message {
        id: format!("{}-0", issue.id),
        kind: MessageKind::Customer,
        author: issue
            .author
            .as_ref()
            .map(|a| clean_line(&a.name))
            .unwrap_or_default(),
        body: clean_text(issue.description.trim()),
        created_at: issue.created_on.unwrap_or(Timestamp::UNIX_EPOCH),
        attachments: issue
            .attachments
            .iter()
            .filter(|f| !claimed.contains(&f.id.as_str()))
            .map(attachment)
            .collect(),
    };
    let mut messages = vec![opening];
    for journal in &issue.journals {
        let files = added_by(journal, &issue.attachments);
        if journal.notes.trim().is_empty() && files.is_empty() {
            continue;
        }
        let by = journal.user.as_ref();
        let kind = if journal.private_notes {
            MessageKind::Internal
        } else if by.map(|u| u.id.as_str()) == author_id {
            MessageKind::Customer
        } else {
            MessageKind::Public
        };
        messages.push(Message {
            id: journal.id.clone(),
            kind,
            author: by.map(|u| clean_line(&u.name)).unwrap_or_default(),
            body: clean_text(journal.notes.trim()),
            created_at: journal.created_on.unwrap_or(Timestamp::UNIX_EPOCH),
            attachments: files.into_iter().map(attachment).collect(),
        });
    }
    messages
}

/// Related issues, named from this issue's side (`blocks` seen from the blocked one is
/// `blocked by`).
pub fn links(id: u64, relations: &[Relation]) -> Vec<Link> {
    relations
        .iter()
        .filter_map(|r| {
            let (other, outward) = if r.issue_id == id {
                (r.issue_to_id, true)
            } else if r.issue_to_id == id {
                (r.issue_id, false)
            } else {
                return None;
            };
            let kind = match (r.relation_type.as_str(), outward) {
                ("relates", _) => "related to",
                ("duplicates", true) | ("duplicated", false) => "duplicates",
                ("duplicates", false) | ("duplicated", true) => "duplicated by",
                ("blocks", true) | ("blocked", false) => "blocks",
                ("blocks", false) | ("blocked", true) => "blocked by",
                ("precedes", true) | ("follows", false) => "precedes",
                ("precedes", false) | ("follows", true) => "follows",
                ("copied_to", true) | ("copied_from", false) => "copied to",
                ("copied_to", false) | ("copied_from", true) => "copied from",
                _ => "related to",
            };
            Some(Link::new(kind, TicketId(other)))
        })
        .collect()
}
