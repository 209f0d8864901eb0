//! The demo desk's tickets as it keeps them: small records pointing into one catalog of shared
//! strings. A generated desk of 100,000 tickets would otherwise hold 100,000 copies of the
//! same names, subjects and message texts (over 200 MB); this way it takes a few tens of
//! megabytes, and a record becomes a `TicketSummary` or a conversation only when asked for.

use jiff::{SignedDuration, Timestamp};

use crate::backend::{
    Agent, Contact, Message, MessageKind, Priority, Status, StatusKind, TicketId, TicketSummary,
};

/// One message of a scenario: who speaks, and which of the catalog's texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub kind: MessageKind,
    pub text: u32,
    /// The shipped demo files on the message (see `files::mask`).
    pub files: u8,
}

/// A scenario as the catalog keeps it.
#[derive(Debug)]
pub struct Scene {
    pub subject: String,
    pub priority: Priority,
    pub group: String,
    pub tags: Vec<u16>,
    pub lines: Vec<Line>,
    /// Index into the catalog's follow-ups: the scenario's language.
    pub language: usize,
}

/// The extra rounds a long ticket is padded with, per language.
#[derive(Debug, Default)]
pub struct Followups {
    pub customer: Vec<u32>,
    pub agent: Vec<u32>,
}

/// Every string the records share, cleaned once.
#[derive(Debug, Default)]
pub struct Catalog {
    pub contacts: Vec<Contact>,
    pub agents: Vec<Agent>,
    pub statuses: Vec<Status>,
    pub scenes: Vec<Scene>,
    pub followups: Vec<Followups>,
    pub texts: Vec<String>,
    pub tags: Vec<String>,
}

impl Catalog {
    /// The index of `tag`, added if it is new.
    pub fn tag(&mut self, tag: &str) -> u16 {
        match self.tags.iter().position(|t| t == tag) {
            Some(i) => i as u16,
            None => {
                self.tags.push(tag.to_string());
                (self.tags.len() - 1) as u16
            }
        }
    }

    /// The index of the tag called `tag`, if there is one.
    pub fn find_tag(&self, tag: &str) -> Option<u16> {
        self.tags.iter().position(|t| t == tag).map(|i| i as u16)
    }

    /// The index of a text, added to the catalog.
    pub fn text(&mut self, text: String) -> u32 {
        self.texts.push(text);
        (self.texts.len() - 1) as u32
    }

    fn text_of(&self, index: u32) -> &str {
        self.texts.get(index as usize).map_or("", String::as_str)
    }

    fn agent(&self, index: Option<u8>) -> Option<&Agent> {
        index.and_then(|i| self.agents.get(usize::from(i)))
    }
}

/// One demo ticket.
#[derive(Debug, Clone)]
pub struct Record {
    pub id: u64,
    pub requester: u32,
    pub scene: u32,
    pub status: u8,
    pub priority: Priority,
    pub assignee: Option<u8>,
    /// The agent who wrote the scripted answers.
    pub author: Option<u8>,
    pub tags: Vec<u16>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub waiting_since: Option<Timestamp>,
    pub due_at: Option<Timestamp>,
    pub replies: u32,
    pub version: u64,
    /// The generated messages; their times follow from the ticket's age.
    pub script: Box<[Line]>,
    /// Messages written through the desk since it started.
    pub written: Vec<Message>,
    /// Minutes logged with replies and notes since it started.
    pub worked: u32,
    /// Fields set and the group moved to since it started.
    pub kept: super::fields::Kept,
}

/// When each of `n` scripted messages was written: spread over the ticket's life, the last
/// well before `now`.
pub fn times(created: Timestamp, now: Timestamp, n: usize) -> impl Iterator<Item = Timestamp> {
    let span = now.duration_since(created).as_secs_f64() * 0.85;
    let count = n as f64;
    (0..n).map(move |k| {
        let offset = if k == 0 {
            0.0
        } else {
            span * (k as f64 / count).powf(1.4)
        };
        (created + SignedDuration::from_secs_f64(offset)).min(now)
    })
}

impl Record {
    /// The ticket as a queue shows it.
    pub fn summary(&self, catalog: &Catalog) -> TicketSummary {
        let scene = catalog.scenes.get(self.scene as usize);
        TicketSummary {
            id: TicketId(self.id),
            subject: scene.map(|s| s.subject.clone()).unwrap_or_default(),
            requester: self.requester(catalog).cloned().unwrap_or_default(),
            status: self
                .status(catalog)
                .cloned()
                .unwrap_or_else(|| Status::new("open", StatusKind::Open)),
            priority: self.priority,
            priority_value: None,
            assignee: catalog.agent(self.assignee).cloned(),
            group: self
                .kept
                .group
                .clone()
                .or_else(|| scene.map(|s| s.group.clone())),
            tags: self.tags.iter().map(|&t| tag_name(catalog, t)).collect(),
            created_at: self.created_at,
            updated_at: self.updated_at,
            waiting_since: self.waiting_since,
            replies: Some(self.replies),
            due_at: self.due_at,
            clock: None,
            version: Some(self.version.to_string()),
        }
    }

    /// The whole conversation, oldest first; `now` is the moment the desk was generated.
    pub fn conversation(&self, catalog: &Catalog, now: Timestamp) -> Vec<Message> {
        let customer = self
            .requester(catalog)
            .map(|c| c.display_name().to_string())
            .unwrap_or_default();
        let agent = catalog
            .agent(self.author)
            .map(|a| a.name.clone())
            .unwrap_or_default();
        let scripted = self
            .script
            .iter()
            .zip(times(self.created_at, now, self.script.len()))
            .enumerate()
            .map(|(k, (line, at))| Message {
                id: format!("{}-{k}", self.id),
                kind: line.kind,
                author: match line.kind {
                    MessageKind::Customer => customer.clone(),
                    _ => agent.clone(),
                },
                body: catalog.text_of(line.text).to_string(),
                created_at: at,
                attachments: super::files::shipped(line.files),
            });
        scripted.chain(self.written.iter().cloned()).collect()
    }

    /// How many messages the conversation holds.
    /// Whether the subject or a message holds `word` (given in lower case).
    pub fn mentions(&self, catalog: &Catalog, word: &str) -> bool {
        let holds = |text: &str| text.to_lowercase().contains(word);
        let subject = catalog.scenes.get(self.scene as usize);
        subject.is_some_and(|s| holds(&s.subject))
            || self.script.iter().any(|l| holds(catalog.text_of(l.text)))
            || self.written.iter().any(|m| holds(&m.body))
    }

    pub fn len(&self) -> usize {
        self.script.len() + self.written.len()
    }

    /// The requester, from the catalog.
    pub fn requester<'c>(&self, catalog: &'c Catalog) -> Option<&'c Contact> {
        catalog.contacts.get(self.requester as usize)
    }

    /// The customer's language as the queue's `lang:` filter sees it: the one kept for them,
    /// else the one the subject is written in.
    pub fn language(&self, catalog: &Catalog) -> Option<String> {
        use crate::text::language::{DEFAULT, base, detect};
        if let Some(kept) = self.requester(catalog).and_then(|c| c.language.as_deref()) {
            return Some(base(kept));
        }
        let scene = catalog.scenes.get(self.scene as usize)?;
        detect(&scene.subject, &DEFAULT).map(str::to_string)
    }

    /// The status, from the catalog.
    pub fn status<'c>(&self, catalog: &'c Catalog) -> Option<&'c Status> {
        catalog.statuses.get(usize::from(self.status))
    }

    /// The assignee's id, if the ticket has one.
    pub fn assignee_id<'c>(&self, catalog: &'c Catalog) -> Option<&'c str> {
        catalog.agent(self.assignee).map(|a| a.id.0.as_str())
    }

    /// The group, from the scenario.
    pub fn group<'c>(&self, catalog: &'c Catalog) -> Option<&'c str> {
        catalog
            .scenes
            .get(self.scene as usize)
            .map(|s| s.group.as_str())
    }
}

fn tag_name(catalog: &Catalog, index: u16) -> String {
    catalog
        .tags
        .get(usize::from(index))
        .cloned()
        .unwrap_or_default()
}
