//! A help desk that fails when told to: wraps the demo desk and injects the failures a real
//! one shows (refused, dropped after doing the work, overloaded), for the outbox's tests.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use jiff::Timestamp;

use crate::backend::demo::DemoDesk;
use crate::backend::{
    Agent, Capabilities, Changes, Contact, Error, HelpDesk, Page, Reply, Result, Ticket, TicketId,
    TicketSummary, View,
};
use crate::canned::Canned;

/// What the next call does instead of (or after) its work.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Fails without doing anything, as a refused connection or a 429 does.
    Refuse(Error),
    /// Does the work, then fails, as a connection dropped before the answer does.
    ApplyThenFail(Error),
}

/// Failures waiting for the next calls, in order.
#[derive(Debug, Default)]
pub struct Faults {
    replies: Mutex<VecDeque<Fault>>,
    tickets: Mutex<VecDeque<Error>>,
    polls: Mutex<VecDeque<Error>>,
    views: Mutex<VecDeque<Error>>,
    /// How many times `reply` was called.
    pub reply_calls: Mutex<usize>,
    creates: Mutex<VecDeque<Fault>>,
    updates: Mutex<VecDeque<Fault>>,
    /// How many times `update` was called.
    pub update_calls: Mutex<usize>,
    /// How many times `create` was called.
    pub create_calls: Mutex<usize>,
}

impl Faults {
    /// The next `reply` calls meet these faults, one each.
    pub fn replies(&self, faults: impl IntoIterator<Item = Fault>) {
        self.replies.lock().expect("faults").extend(faults);
    }

    /// The next `create` calls meet these faults, one each.
    pub fn creates(&self, faults: impl IntoIterator<Item = Fault>) {
        self.creates.lock().expect("faults").extend(faults);
    }

    /// The next `update` calls meet these faults, one each.
    pub fn updates(&self, faults: impl IntoIterator<Item = Fault>) {
        self.updates.lock().expect("faults").extend(faults);
    }

    /// How many times `update` was called.
    pub fn update_calls(&self) -> usize {
        *self.update_calls.lock().expect("faults")
    }

    /// How many times `create` was called.
    pub fn create_calls(&self) -> usize {
        *self.create_calls.lock().expect("faults")
    }

    /// The next `ticket` calls fail with these errors, one each.
    pub fn tickets(&self, errors: impl IntoIterator<Item = Error>) {
        self.tickets.lock().expect("faults").extend(errors);
    }

    /// The next `changed_since` calls fail with these errors, one each.
    pub fn polls(&self, errors: impl IntoIterator<Item = Error>) {
        self.polls.lock().expect("faults").extend(errors);
    }

    /// The next view pages fail with these, one each.
    pub fn views(&self, errors: impl IntoIterator<Item = Error>) {
        self.views.lock().expect("faults").extend(errors);
    }

    /// How many times `reply` was called.
    pub fn reply_calls(&self) -> usize {
        *self.reply_calls.lock().expect("faults")
    }
}

/// The demo desk behind a set of faults.
pub struct FaultyDesk {
    pub inner: Arc<DemoDesk>,
    pub faults: Arc<Faults>,
}

#[async_trait]
impl HelpDesk for FaultyDesk {
    fn label(&self) -> String {
        self.inner.label()
    }
    fn capabilities(&self) -> Capabilities {
        self.inner.capabilities()
    }
    fn default_views(&self) -> Vec<View> {
        self.inner.default_views()
    }
    async fn me(&self) -> Result<Agent> {
        self.inner.me().await
    }
    async fn list_view(&self, view: &View, page: Option<&str>) -> Result<Page> {
        if let Some(err) = self.faults.views.lock().expect("faults").pop_front() {
            return Err(err);
        }
        self.inner.list_view(view, page).await
    }
    async fn ticket(&self, id: TicketId) -> Result<Ticket> {
        let fault = self.faults.tickets.lock().expect("faults").pop_front();
        match fault {
            Some(err) => Err(err),
            None => self.inner.ticket(id).await,
        }
    }
    async fn requester_tickets(&self, requester: &Contact) -> Result<Vec<TicketSummary>> {
        self.inner.requester_tickets(requester).await
    }
    async fn canned_responses(&self) -> Result<Vec<Canned>> {
        self.inner.canned_responses().await
    }
    async fn download(
        &self,
        id: TicketId,
        attachment: &crate::backend::Attachment,
        sink: &mut crate::backend::http::Sink<'_>,
    ) -> Result<u64> {
        self.inner.download(id, attachment, sink).await
    }
    async fn reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        *self.faults.reply_calls.lock().expect("faults") += 1;
        let fault = self.faults.replies.lock().expect("faults").pop_front();
        match fault {
            None => self.inner.reply(id, reply).await,
            Some(Fault::Refuse(err)) => Err(err),
            Some(Fault::ApplyThenFail(err)) => {
                self.inner.reply(id, reply).await?;
                Err(err)
            }
        }
    }
    async fn create(&self, opening: &crate::backend::Opening, message: &Reply) -> Result<TicketId> {
        *self.faults.create_calls.lock().expect("faults") += 1;
        let fault = self.faults.creates.lock().expect("faults").pop_front();
        match fault {
            None => self.inner.create(opening, message).await,
            Some(Fault::Refuse(err)) => Err(err),
            Some(Fault::ApplyThenFail(err)) => {
                self.inner.create(opening, message).await?;
                Err(err)
            }
        }
    }
    async fn find_created(&self, opening: &crate::backend::Opening) -> Result<Option<TicketId>> {
        self.inner.find_created(opening).await
    }
    async fn queues(&self) -> Result<Vec<crate::backend::QueueRef>> {
        self.inner.queues().await
    }
    async fn update(
        &self,
        id: TicketId,
        changes: Changes,
        expected_version: Option<String>,
    ) -> Result<()> {
        *self.faults.update_calls.lock().expect("faults") += 1;
        let fault = self.faults.updates.lock().expect("faults").pop_front();
        match fault {
            None => self.inner.update(id, changes, expected_version).await,
            Some(Fault::Refuse(err)) => Err(err),
            Some(Fault::ApplyThenFail(err)) => {
                self.inner.update(id, changes, expected_version).await?;
                Err(err)
            }
        }
    }
    async fn agents(&self) -> Result<Vec<Agent>> {
        self.inner.agents().await
    }
    async fn field_definitions(&self) -> Result<Vec<crate::backend::FieldDef>> {
        self.inner.field_definitions().await
    }
    async fn changes(&self, id: TicketId) -> Result<Vec<crate::backend::Event>> {
        self.inner.changes(id).await
    }
    async fn merge(&self, source: TicketId, target: TicketId) -> Result<()> {
        self.inner.merge(source, target).await
    }
    async fn changed_since(&self, since: Timestamp) -> Result<Vec<TicketSummary>> {
        if let Some(err) = self.faults.polls.lock().expect("faults").pop_front() {
            return Err(err);
        }
        self.inner.changed_since(since).await
    }
}
