//! The built-in demo desk: a realistic multilingual help desk in memory, so frontdesk can be
//! tried (and tested) with no account. Writes change the in-memory desk as a real one would.

mod arrivals;
mod create;
mod data;
mod fields;
mod files;
mod history;
mod query;
mod record;
mod seed;

use std::sync::Mutex;

use async_trait::async_trait;
use jiff::Timestamp;

use super::{
    Agent, Attachment, Capabilities, Changes, Contact, Error, FieldDef, FileLimits, HelpDesk,
    Message, MessageKind, Opening, Page, QueueRef, RecipientSupport, Reply, Result, StatusKind,
    Ticket, TicketId, TicketSummary, View,
};
use crate::canned::Canned;
use crate::text::{clean_line, clean_text};
use record::{Catalog, Record};

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
    tickets: tokio::sync::OnceCell<Mutex<Tickets>>,
    material: std::sync::Arc<data::Material>,
    now: Timestamp,
    clock: fn() -> Timestamp,
    /// Logs time spent as an entry apart from the message, as Freshdesk does (for trying
    /// and testing that path; the shipped demo takes it with the message).
    time_apart: bool,
}

impl DemoDesk {
    /// The desk logging time as an entry of its own after the message.
    pub fn logging_time_apart(self) -> Self {
        Self {
            time_apart: true,
            ..self
        }
    }

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
            time_apart: false,
        })
    }

    /// The demo desk as of the current time, with `tickets` tickets (or the shipped count).
    pub fn now(tickets: Option<usize>) -> std::result::Result<Self, String> {
        Self::sized(Timestamp::now(), Timestamp::now, tickets)
    }

    async fn with_tickets<T>(&self, f: impl FnOnce(&mut Tickets) -> T) -> T {
        let tickets = self
            .tickets
            .get_or_init(|| async {
                let (material, now) = (self.material.clone(), self.now);
                let generate = move || {
                    let (catalog, records) = seed::tickets(&material, now);
                    Tickets {
                        catalog,
                        records,
                        sent: files::Sent::default(),
                    }
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
}

/// The generated desk: its records and the strings they share.
struct Tickets {
    catalog: Catalog,
    records: Vec<Record>,
    sent: files::Sent,
}

impl Tickets {
    /// The record of ticket `id` beside the catalog, both to change.
    fn find(&mut self, id: TicketId) -> Result<(&mut Record, &mut Catalog)> {
        let record = self.records.iter_mut().find(|r| r.id == id.0);
        let record = record.ok_or_else(|| not_found(id))?;
        Ok((record, &mut self.catalog))
    }
}

/// Makes `changes` on `record`, noting them in its history as made by `who` at `at`.
fn apply(
    record: &mut Record,
    catalog: &mut Catalog,
    changes: &Changes,
    (who, at): (&str, Timestamp),
) -> Result<()> {
    let before = (record.summary(catalog), record.kept.clone());
    apply_fields(record, catalog, changes)?;
    let after = record.summary(catalog);
    history::note(&mut record.kept, (&before.0, &before.1), &after, who, at);
    Ok(())
}

fn apply_fields(record: &mut Record, catalog: &mut Catalog, changes: &Changes) -> Result<()> {
    fields::set(&mut record.kept, &changes.fields)?;
    if let Some(queue) = &changes.queue {
        let known = create::queues_of(catalog).iter().any(|q| q.id == queue.id);
        if !known {
            return Err(Error::Invalid(format!(
                "there is no group \"{}\"",
                queue.name
            )));
        }
        record.kept.group = Some(queue.id.clone());
    }
    if let Some(name) = &changes.status {
        let index = catalog
            .statuses
            .iter()
            .position(|s| &s.name == name)
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "there is no status \"{name}\" (try new, open, pending, hold, solved)"
                ))
            })?;
        if catalog.statuses[index].kind == StatusKind::Solved {
            fields::check_solving(&record.summary(catalog), &record.kept)?;
        }
        if !catalog.statuses[index].kind.is_active() {
            record.waiting_since = None;
            record.due_at = None;
        }
        record.status = index as u8;
    }
    if let Some(priority) = changes.priority {
        record.priority = priority;
        record.due_at = record.waiting_since.map(|w| w + seed::target(priority));
    }
    if let Some(assignee) = &changes.assignee {
        record.assignee = match assignee {
            None => None,
            Some(id) => Some(
                catalog
                    .agents
                    .iter()
                    .position(|a| &a.id == id)
                    .ok_or_else(|| Error::Invalid(format!("there is no agent \"{}\"", id.0)))?
                    as u8,
            ),
        };
    }
    for tag in &changes.tags_add {
        let tag = clean_line(tag);
        if !tag.is_empty() {
            let index = catalog.tag(&tag);
            if !record.tags.contains(&index) {
                record.tags.push(index);
            }
        }
    }
    let removed: Vec<u16> = changes
        .tags_remove
        .iter()
        .filter_map(|t| catalog.find_tag(t))
        .collect();
    record.tags.retain(|t| !removed.contains(t));
    Ok(())
}

fn bump(record: &mut Record, now: Timestamp) {
    record.version += 1;
    record.updated_at = now;
}

fn not_found(id: TicketId) -> Error {
    Error::NotFound(format!("ticket {id}"))
}

#[async_trait]
impl HelpDesk for DemoDesk {
    fn ticket_url(&self, id: TicketId) -> Option<String> {
        Some(format!("{}/tickets/{id}", self.url))
    }

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
            files: FileLimits {
                per_file: Some(25 * 1024 * 1024),
                total: None,
            },
            recipients: RecipientSupport {
                cc: true,
                bcc: true,
                cc_stays: false,
            },
            search: super::search::SearchSyntax::Demo,
            merge: Some(crate::model::MergeEffect::ClosedWithNote),
            create: Some(super::CreateSupport {
                internal_start: true,
                queues: true,
            }),
            bulk_batch: 1,
            time_tracking: Ok(()),
            time_apart: self.time_apart,
            time_alone: Ok(()),
            moves: Ok(()),
            forward: Ok(()),
        }
    }

    fn default_views(&self) -> Vec<View> {
        View::with_quick_wins(View::list(&[
            ("Mine", "assignee:me status:active"),
            ("Unassigned", "assignee:none status:active"),
            ("All open", "status:active"),
        ]))
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
            let catalog = &tickets.catalog;
            let mut matching: Vec<&Record> = tickets
                .records
                .iter()
                .filter(|r| filter.matches(r, catalog))
                .collect();
            // As a help desk orders a view (RT: Priority DESC, Created ASC), so an urgent
            // arrival is on the first page.
            matching.sort_by_key(|r| (std::cmp::Reverse(r.priority), r.created_at, r.id));
            let total = matching.len();
            let slice: Vec<TicketSummary> = matching
                .iter()
                .skip(offset)
                .take(PAGE_SIZE)
                .map(|r| r.summary(catalog))
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
        let found = self
            .with_tickets(|tickets| {
                let catalog = &tickets.catalog;
                let record = tickets.records.iter().find(|r| r.id == id.0)?;
                let group = record.summary(catalog).group;
                Some((
                    record.summary(catalog),
                    record.conversation(catalog, self.now),
                    (record.worked, record.kept.clone(), group),
                ))
            })
            .await;
        let (summary, conversation, (worked, kept, group)) = found.ok_or_else(|| not_found(id))?;
        Ok(Ticket {
            signature: None,
            fields: fields::of(&summary, &kept),
            queue: group.map(|g| QueueRef {
                id: g.clone(),
                name: g,
            }),
            time: (worked > 0).then_some(crate::backend::TimeWorked {
                worked,
                estimated: None,
            }),
            summary,
            conversation,
            older_not_shown: false,
            links: Vec::new(),
            cc: Vec::new(),
            url: HelpDesk::ticket_url(self, id),
        })
    }

    async fn requester_tickets(&self, requester: &Contact) -> Result<Vec<TicketSummary>> {
        Ok(self
            .with_tickets(|tickets| {
                let catalog = &tickets.catalog;
                let theirs = tickets
                    .records
                    .iter()
                    .filter(|r| r.requester(catalog).is_some_and(|c| c.id == requester.id));
                let mut theirs: Vec<TicketSummary> = theirs.map(|r| r.summary(catalog)).collect();
                theirs.sort_by_key(|t| std::cmp::Reverse(t.created_at));
                theirs
            })
            .await)
    }

    async fn canned_responses(&self) -> Result<Vec<Canned>> {
        Ok(self.canned.clone())
    }

    async fn download(
        &self,
        _id: TicketId,
        attachment: &Attachment,
        sink: &mut super::http::Sink<'_>,
    ) -> Result<u64> {
        let bytes = self
            .with_tickets(|tickets| tickets.sent.bytes(&attachment.source))
            .await?;
        for chunk in bytes.chunks(64 * 1024) {
            sink.write(chunk).await?;
        }
        sink.finish().await
    }

    async fn reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        let me = self.me_agent();
        let bytes = super::outgoing::read_all(&reply.files).await?;
        self.with_tickets(|tickets| {
            let attachments = tickets.sent.keep(&reply.files, bytes);
            let (record, catalog) = tickets.find(id)?;
            if reply.expected_version.is_some()
                && reply.expected_version != Some(record.version.to_string())
            {
                return Err(Error::Conflict);
            }
            let mut working = record.clone();
            let now = (self.clock)();
            apply(&mut working, catalog, &reply.changes, (&me.name, now))?;
            if !self.time_apart {
                working.worked += reply.changes.time_spent.unwrap_or(0);
            }
            if let Some(forward) = &reply.forward {
                // Kept as the desks keep a forward: beside the conversation, for agents.
                let mut attachments = attachments;
                attachments.extend(forward.files.iter().cloned());
                working.written.push(Message {
                    id: format!("{id}-{}", working.len()),
                    kind: MessageKind::Internal,
                    author: me.name.clone(),
                    body: format!(
                        "Forwarded to {}\n\n{}",
                        forward.to.join(", "),
                        clean_text(&reply.body)
                    ),
                    created_at: now,
                    attachments,
                });
                bump(&mut working, now);
                *record = working;
                return Ok(());
            }
            let kind = if reply.public {
                MessageKind::Public
            } else {
                MessageKind::Internal
            };
            working.written.push(Message {
                id: format!("{id}-{}", working.len()),
                kind,
                author: me.name.clone(),
                body: clean_text(&reply.body),
                created_at: now,
                attachments,
            });
            if reply.public {
                working.replies += 1;
                working.waiting_since = None;
                working.due_at = None;
                let is_new = working.status(catalog).map(|s| s.kind) == Some(StatusKind::New);
                if reply.changes.status.is_none() && is_new {
                    let open = catalog.statuses.iter().position(|s| s.name == "open");
                    working.status = open.unwrap_or(1) as u8;
                }
            }
            bump(&mut working, now);
            *record = working;
            Ok(())
        })
        .await
    }

    async fn merge(&self, source: TicketId, target: TicketId) -> Result<()> {
        let me = self.me_agent();
        self.with_tickets(|tickets| {
            tickets.find(target)?;
            let (record, catalog) = tickets.find(source)?;
            let closed = catalog.statuses.iter().position(|s| s.name == "closed");
            let now = (self.clock)();
            let n = record.len();
            record.written.push(Message {
                id: format!("{source}-{n}"),
                kind: MessageKind::Internal,
                author: me.name.clone(),
                body: format!("Merged into #{target}."),
                created_at: now,
                attachments: Vec::new(),
            });
            record.status = closed.unwrap_or(0) as u8;
            bump(record, now);
            Ok(())
        })
        .await
    }

    async fn create(&self, opening: &Opening, message: &Reply) -> Result<TicketId> {
        let me = self.me_agent();
        let bytes = super::outgoing::read_all(&message.files).await?;
        let now = (self.clock)();
        self.with_tickets(|tickets| {
            let attachments = tickets.sent.keep(&message.files, bytes);
            create::create(tickets, &me, now, opening, message, attachments)
        })
        .await
    }

    async fn find_created(&self, opening: &Opening) -> Result<Option<TicketId>> {
        Ok(self
            .with_tickets(|tickets| create::find(tickets, &opening.marker))
            .await)
    }

    async fn queues(&self) -> Result<Vec<QueueRef>> {
        Ok(self.with_tickets(|tickets| create::queues(tickets)).await)
    }

    async fn update(
        &self,
        id: TicketId,
        changes: Changes,
        expected_version: Option<String>,
    ) -> Result<()> {
        let me = self.me_agent();
        self.with_tickets(|tickets| {
            let (record, catalog) = tickets.find(id)?;
            if expected_version.is_some() && expected_version != Some(record.version.to_string()) {
                return Err(Error::Conflict);
            }
            let mut working = record.clone();
            let now = (self.clock)();
            apply(&mut working, catalog, &changes, (&me.name, now))?;
            if let Some(minutes) = changes.time_spent {
                // An entry of its own, found by its note when a try is repeated.
                let note = changes.time_note.clone().unwrap_or_default();
                if !working.kept.time_notes.contains(&note) {
                    working.worked += minutes;
                    working.kept.time_notes.push(note);
                }
            }
            bump(&mut working, now);
            *record = working;
            Ok(())
        })
        .await
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        Ok(self.agents.clone())
    }

    async fn field_definitions(&self) -> Result<Vec<FieldDef>> {
        Ok(fields::definitions())
    }

    async fn changes(&self, id: TicketId) -> Result<Vec<crate::backend::Event>> {
        let found = self
            .with_tickets(|tickets| history::of_ticket(tickets, id, self.now))
            .await;
        found.ok_or_else(|| not_found(id))
    }

    async fn changed_since(&self, since: Timestamp) -> Result<Vec<TicketSummary>> {
        Ok(self
            .with_tickets(|tickets| {
                let catalog = &tickets.catalog;
                let changed = tickets.records.iter().filter(|r| r.updated_at > since);
                changed.map(|r| r.summary(catalog)).collect()
            })
            .await)
    }
}

#[cfg(test)]
mod tests;
