//! One task writes drafts and the outbox, in the order they were asked for, so an older save
//! can never overwrite a newer one; the event loop waits for it to finish before the process
//! ends.

use std::path::PathBuf;

use tokio::sync::{mpsc, oneshot};

use super::drafts::{self, DraftRecord};
use crate::app::state::outbox::Outgoing;
use crate::backend::TicketId;

/// Where one profile's drafts and outbox live.
#[derive(Debug, Clone)]
pub struct Places {
    /// The folder of draft files.
    pub drafts: PathBuf,
    /// The outbox file.
    pub outbox: PathBuf,
    /// The views as last seen.
    pub cache: PathBuf,
    /// What was sent today.
    pub tally: PathBuf,
}

enum Job {
    SaveDraft(Box<DraftRecord>),
    RemoveDraft(TicketId),
    SaveOutbox(Vec<Outgoing>),
    SaveCache(Box<super::cache::Cache>),
    SaveTally(super::tally::Tally),
    Flush(oneshot::Sender<()>),
}

/// The handle to the writing task.
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::UnboundedSender<Job>,
}

/// What a failed write reports: what it was and why.
pub type Failure = (String, String);

impl Writer {
    /// Starts the task; failures are passed to `failed`.
    pub fn start(places: Places, failed: impl Fn(Failure) + Send + 'static) -> Self {
        let (jobs, mut queue) = mpsc::unbounded_channel::<Job>();
        tokio::spawn(async move {
            while let Some(job) = queue.recv().await {
                let places = places.clone();
                let done = tokio::task::spawn_blocking(move || match job {
                    Job::SaveDraft(record) => Some((
                        format!("draft for #{}", record.ticket),
                        drafts::save(&places.drafts, &record),
                    )),
                    Job::RemoveDraft(ticket) => Some((
                        format!("sent draft for #{ticket}"),
                        drafts::remove(&places.drafts, ticket),
                    )),
                    Job::SaveOutbox(items) => Some((
                        "outbox".to_string(),
                        super::outbox::save(&places.outbox, &items),
                    )),
                    Job::SaveCache(cache) => Some((
                        "cache of the views".to_string(),
                        super::cache::save(&places.cache, &cache),
                    )),
                    Job::SaveTally(tally) => Some((
                        "count of today's replies".to_string(),
                        super::tally::save(&places.tally, &tally),
                    )),
                    Job::Flush(done) => {
                        let _ = done.send(());
                        None
                    }
                })
                .await;
                if let Ok(Some((what, Err(err)))) = done {
                    tracing::error!(%what, %err, "could not save");
                    failed((what, err.to_string()));
                }
            }
        });
        Self { jobs }
    }

    /// Saves a draft.
    pub fn save_draft(&self, record: DraftRecord) {
        let _ = self.jobs.send(Job::SaveDraft(Box::new(record)));
    }

    /// Removes a draft.
    pub fn remove_draft(&self, ticket: TicketId) {
        let _ = self.jobs.send(Job::RemoveDraft(ticket));
    }

    /// Saves the outbox.
    pub fn save_outbox(&self, items: Vec<Outgoing>) {
        let _ = self.jobs.send(Job::SaveOutbox(items));
    }

    /// Saves the views as last seen.
    pub fn save_cache(&self, cache: super::cache::Cache) {
        let _ = self.jobs.send(Job::SaveCache(Box::new(cache)));
    }

    /// Saves what was sent today.
    pub fn save_tally(&self, tally: super::tally::Tally) {
        let _ = self.jobs.send(Job::SaveTally(tally));
    }

    /// Waits until everything asked for so far is written.
    pub async fn flush(&self) {
        let (done, wait) = oneshot::channel();
        if self.jobs.send(Job::Flush(done)).is_ok() {
            let _ = wait.await;
        }
    }
}
