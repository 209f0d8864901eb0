//! The built-in demo desk: a realistic multilingual help desk in memory, so frontdesk can be
//! tried (and tested) with no account. Writes change the in-memory desk as a real one would.

mod data;
mod query;
mod seed;

use std::sync::Mutex;

use async_trait::async_trait;
use jiff::Timestamp;

use super::{
    Agent, Capabilities, Changes, Contact, Error, HelpDesk, Message, MessageKind, Page, Reply,
    Result, StatusKind, Ticket, TicketId, TicketSummary, View,
};
use crate::canned::Canned;
use crate::text::{clean_line, clean_text};
use seed::Record;

/// How many tickets one page of a view holds.
const PAGE_SIZE: usize = 100;

/// The demo desk.
pub struct DemoDesk {
    name: String,
    url: String,
    agents: Vec<Agent>,
    canned: Vec<Canned>,
    /// Generated on first use, off the UI task: a large demo desk takes seconds to build, and
    /// the interface is up (from its cache) meanwhile.
    tickets: tokio::sync::OnceCell<Mutex<Vec<Record>>>,
    material: std::sync::Arc<data::Material>,
    now: Timestamp,
    clock: fn() -> Timestamp,
}

impl DemoDesk {
    /// The demo desk as of `now`; writes are stamped with `clock()`.
    pub fn new(now: Timestamp, clock: fn() -> Timestamp) -> std::result::Result<Self, String> {
        Self::sized(now, clock, None)
    }

    /// The demo desk with `tickets` generated tickets (the data files' count when `None`).
    pub fn sized(
        now: Timestamp,
        clock: fn() -> Timestamp,
        tickets: Option<usize>,
    ) -> std::result::Result<Self, String> {
        let mut material = data::load()?;
        if let Some(n) = tickets {
            material.desk.tickets = n;
        }
        Ok(Self {
            name: material.desk.name.clone(),
            url: material.desk.url.clone(),
            agents: seed::agents(&material),
            canned: seed::canned(&material),
            tickets: tokio::sync::OnceCell::new(),
            material: std::sync::Arc::new(material),
            now,
            clock,
        })
    }

    /// The demo desk as of the current time, with `tickets` tickets (or the shipped count).
    pub fn now(tickets: Option<usize>) -> std::result::Result<Self, String> {
        Self::sized(Timestamp::now(), Timestamp::now, tickets)
    }

    async fn with_tickets<T>(&self, f: impl FnOnce(&mut Vec<Record>) -> T) -> T {
        let tickets = self
            .tickets
            .get_or_init(|| async {
                let (material, now) = (self.material.clone(), self.now);
                let generate = move || {
                    let mut tickets = seed::tickets(&material, now);
                    for record in &mut tickets {
                        clean_record(record);
                    }
                    tickets
                };
                let generated = match tokio::task::spawn_blocking(generate.clone()).await {
                    Ok(tickets) => tickets,
                    // Without a blocking pool (a runtime shutting down), here and now.
                    Err(_) => generate(),
                };
                Mutex::new(generated)
            })
            .await;
        // A panic while holding the lock cannot leave a record half-written in a way that
        // matters for a demo, so a poisoned lock is simply taken over.
        let mut guard = tickets
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut guard)
    }

    fn me_agent(&self) -> Agent {
        self.agents.first().cloned().unwrap_or_default()
    }

    fn ticket_url(&self, id: TicketId) -> String {
        format!("{}/tickets/{id}", self.url)
    }

    fn apply(&self, record: &mut Record, changes: &Changes) -> Result<()> {
        let t = &mut record.summary;
        if let Some(name) = &changes.status {
            let status = seed::statuses()
                .into_iter()
                .find(|s| &s.name == name)
                .ok_or_else(|| {
                    Error::Invalid(format!(
                        "there is no status \"{name}\" (try new, open, pending, hold, solved)"
                    ))
                })?;
            if !status.kind.is_active() {
                t.waiting_since = None;
                t.due_at = None;
            }
            t.status = status;
        }
        if let Some(priority) = changes.priority {
            t.priority = priority;
            t.due_at = t.waiting_since.map(|w| w + seed::target(priority));
        }
        if let Some(assignee) = &changes.assignee {
            t.assignee = match assignee {
                None => None,
                Some(id) => Some(
                    self.agents
                        .iter()
                        .find(|a| &a.id == id)
                        .cloned()
                        .ok_or_else(|| Error::Invalid(format!("there is no agent \"{}\"", id.0)))?,
                ),
            };
        }
        for tag in &changes.tags_add {
            let tag = clean_line(tag);
            if !tag.is_empty() && !t.tags.contains(&tag) {
                t.tags.push(tag);
            }
        }
        t.tags.retain(|tag| !changes.tags_remove.contains(tag));
        Ok(())
    }

    fn bump(&self, record: &mut Record) {
        let t = &mut record.summary;
        let next = t
            .version
            .as_deref()
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
            + 1;
        t.version = Some(next.to_string());
        t.updated_at = (self.clock)();
    }
}

fn clean_record(record: &mut Record) {
    let t = &mut record.summary;
    t.subject = clean_line(&t.subject);
    t.requester.name = clean_line(&t.requester.name);
    t.tags = t.tags.iter().map(|tag| clean_line(tag)).collect();
    for m in &mut record.conversation {
        m.author = clean_line(&m.author);
        m.body = clean_text(&m.body);
    }
}

fn not_found(id: TicketId) -> Error {
    Error::NotFound(format!("ticket {id}"))
}

#[async_trait]
impl HelpDesk for DemoDesk {
    fn label(&self) -> String {
        format!("{} (demo)", self.name)
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            priority: true,
            tags: true,
            conflict_detection: true,
            server_side_canned: false,
            statuses: seed::statuses(),
        }
    }

    fn default_views(&self) -> Vec<View> {
        [
            ("Mine", "assignee:me status:active"),
            ("Unassigned", "assignee:none status:active"),
            ("All open", "status:active"),
        ]
        .into_iter()
        .map(|(name, query)| View {
            name: name.into(),
            query: query.into(),
        })
        .collect()
    }

    async fn me(&self) -> Result<Agent> {
        Ok(self.me_agent())
    }

    async fn list_view(&self, view: &View, page: Option<&str>) -> Result<Page> {
        let filter = query::parse(&view.query, &self.me_agent())?;
        let offset = match page {
            None => 0,
            Some(token) => token
                .parse::<usize>()
                .map_err(|_| Error::Invalid(format!("bad page token {token}")))?,
        };
        self.with_tickets(|tickets| {
            let matching: Vec<&TicketSummary> = tickets
                .iter()
                .map(|r| &r.summary)
                .filter(|t| filter.matches(t))
                .collect();
            let total = matching.len();
            let slice: Vec<TicketSummary> = matching
                .into_iter()
                .skip(offset)
                .take(PAGE_SIZE)
                .cloned()
                .collect();
            let next = (offset + PAGE_SIZE < total).then(|| (offset + PAGE_SIZE).to_string());
            Ok(Page {
                tickets: slice,
                total: Some(total),
                next,
            })
        })
        .await
    }

    async fn ticket(&self, id: TicketId) -> Result<Ticket> {
        let record = self
            .with_tickets(|tickets| tickets.iter().find(|r| r.summary.id == id).cloned())
            .await;
        let record = record.ok_or_else(|| not_found(id))?;
        Ok(Ticket {
            summary: record.summary,
            conversation: record.conversation,
            url: Some(self.ticket_url(id)),
        })
    }

    async fn requester_tickets(&self, requester: &Contact) -> Result<Vec<TicketSummary>> {
        Ok(self
            .with_tickets(|tickets| {
                let mut theirs: Vec<TicketSummary> = tickets
                    .iter()
                    .filter(|r| r.summary.requester.id == requester.id)
                    .map(|r| r.summary.clone())
                    .collect();
                theirs.sort_by_key(|t| std::cmp::Reverse(t.created_at));
                theirs
            })
            .await)
    }

    async fn canned_responses(&self) -> Result<Vec<Canned>> {
        Ok(self.canned.clone())
    }

    async fn reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        let me = self.me_agent();
        self.with_tickets(|tickets| {
            let record = tickets
                .iter_mut()
                .find(|r| r.summary.id == id)
                .ok_or_else(|| not_found(id))?;
            if reply.expected_version.is_some() && reply.expected_version != record.summary.version
            {
                return Err(Error::Conflict);
            }
            let mut working = record.clone();
            self.apply(&mut working, &reply.changes)?;
            let now = (self.clock)();
            let kind = if reply.public {
                MessageKind::Public
            } else {
                MessageKind::Internal
            };
            working.conversation.push(Message {
                id: format!("{id}-{}", working.conversation.len()),
                kind,
                author: me.name.clone(),
                body: clean_text(&reply.body),
                created_at: now,
            });
            let t = &mut working.summary;
            if reply.public {
                t.replies = Some(t.replies.unwrap_or(0) + 1);
                t.waiting_since = None;
                t.due_at = None;
                if reply.changes.status.is_none() && t.status.kind == StatusKind::New {
                    t.status = super::Status::new("open", StatusKind::Open);
                }
            }
            self.bump(&mut working);
            *record = working;
            Ok(())
        })
        .await
    }

    async fn update(
        &self,
        id: TicketId,
        changes: Changes,
        expected_version: Option<String>,
    ) -> Result<()> {
        self.with_tickets(|tickets| {
            let record = tickets
                .iter_mut()
                .find(|r| r.summary.id == id)
                .ok_or_else(|| not_found(id))?;
            if expected_version.is_some() && expected_version != record.summary.version {
                return Err(Error::Conflict);
            }
            let mut working = record.clone();
            self.apply(&mut working, &changes)?;
            self.bump(&mut working);
            *record = working;
            Ok(())
        })
        .await
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        Ok(self.agents.clone())
    }

    async fn changed_since(&self, since: Timestamp) -> Result<Vec<TicketSummary>> {
        Ok(self
            .with_tickets(|tickets| {
                tickets
                    .iter()
                    .filter(|r| r.summary.updated_at > since)
                    .map(|r| r.summary.clone())
                    .collect()
            })
            .await)
    }
}

#[cfg(test)]
mod tests;
