//! One task writes drafts and the outbox, in the order they were asked for, so an older save
//! can never overwrite a newer one; the event loop waits for it to finish before the process
//! ends.

use std::path::PathBuf;

use std::collections::HashSet;

use tokio::sync::{mpsc, oneshot};

use std::sync::Arc;

use super::conversations::Conversations;
use super::drafts;
use super::outbox::Claim;
use crate::model::TicketId;

/// Where one profile's drafts and outbox live.
#[derive(Debug, Clone)]
pub struct Places {
    /// The folder of draft files.
    pub drafts: PathBuf,
    /// The outbox file.
    pub outbox: PathBuf,
    /// This frontdesk's share of the outbox, once it has joined it (`store::outbox::Claim`);
    /// without one the outbox cannot be saved.
    pub claim: Option<Arc<Claim>>,
    /// The views as last seen.
    pub cache: PathBuf,
    /// The folder of conversations as last read, and the most bytes it may hold.
    pub conversations: PathBuf,
    pub cache_max: u64,
    /// What was sent today.
    pub tally: PathBuf,
    /// The searches made lately, newest first (written by the runner, not this writer: losing
    /// one costs nothing).
    pub searches: PathBuf,
    /// The commands the agent allowed to be sent ticket text (`translate_cmd`), asked once.
    pub consent: PathBuf,
}

/// What an adoption took: its number and the entries (`Claim::adopt`).
pub type Adoption = std::io::Result<(u64, Vec<serde_json::Value>)>;

/// Bytes to write, made when they are written.
pub type Bytes = Box<dyn FnOnce() -> Vec<u8> + Send>;

enum Job {
    SaveDraft(TicketId, Vec<u8>),
    RemoveDraft(TicketId),
    /// This frontdesk's entries, and the newest adoption they hold (`Claim::save`).
    SaveOutbox(Vec<serde_json::Value>, u64),
    /// Entries of frontdesks that are gone, taken over in order with the saves.
    AdoptOutbox(oneshot::Sender<Adoption>),
    SaveCache(Vec<u8>),
    /// The bytes are made on the writer's thread: a long conversation's JSON is not made on
    /// the interface's task.
    SaveConversation(TicketId, Bytes),
    SaveTally(Vec<u8>),
    /// Customer files fetched into drafts that no draft or outbox entry needs any more.
    ForgetFiles(Vec<PathBuf>),
    Flush(oneshot::Sender<()>),
}

/// The handle to the writing task.
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::UnboundedSender<Job>,
}

/// Which of the writer's files a report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Draft,
    Outbox,
    Cache,
    Tally,
}

/// What the writer says about a write: every failure, and the first success of a kind after
/// a failure (so a problem shown to the agent can be taken down).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub kind: Kind,
    /// What was written, as the agent reads it: "outbox", "draft for #101".
    pub what: String,
    pub result: Result<(), String>,
}

impl Writer {
    /// Starts the task; failures, and recoveries after them, are passed to `report`.
    ///
    /// A draft is removed only while the outbox is on disk: a reply leaves its draft when it
    /// goes into the outbox, and if that outbox could not be saved the draft is all there is.
    pub fn start(places: Places, report: impl Fn(Report) + Send + 'static) -> Self {
        let (jobs, mut queue) = mpsc::unbounded_channel::<Job>();
        tokio::spawn(async move {
            let mut failing: HashSet<Kind> = HashSet::new();
            let conversations = Arc::new(std::sync::Mutex::new(Conversations::new(
                places.conversations.clone(),
                places.cache_max,
            )));
            let mut outbox_on_disk = true;
            // Drafts whose removal waits for the outbox that holds their reply to be saved.
            let mut held: Vec<TicketId> = Vec::new();
            while let Some(job) = queue.recv().await {
                match &job {
                    Job::Flush(_) => {}
                    Job::RemoveDraft(ticket) if !outbox_on_disk => {
                        held.push(*ticket);
                        report(Report {
                            kind: Kind::Draft,
                            what: format!("sent draft for #{ticket}"),
                            result: Err(
                                "kept until the outbox that holds the reply is saved".into()
                            ),
                        });
                        continue;
                    }
                    // A newer draft for the ticket is not the one that went to the outbox.
                    Job::SaveDraft(ticket, _) => held.retain(|t| t != ticket),
                    _ => {}
                }
                let job = match job {
                    Job::Flush(done) => {
                        let _ = done.send(());
                        continue;
                    }
                    Job::AdoptOutbox(done) => {
                        let claim = places.claim.clone();
                        let taken = tokio::task::spawn_blocking(move || match claim {
                            Some(claim) => claim.adopt(),
                            None => Ok((0, Vec::new())),
                        })
                        .await
                        .unwrap_or_else(|join| Err(std::io::Error::other(join.to_string())));
                        let _ = done.send(taken);
                        continue;
                    }
                    job => job,
                };
                let dest = places.clone();
                let kind = job_kind(&job);
                let kept = conversations.clone();
                let done = tokio::task::spawn_blocking(move || write(&dest, &kept, job)).await;
                let (kind, what, result) = match done {
                    Ok(Some(written)) => written,
                    Ok(None) => continue,
                    Err(join) => (
                        kind,
                        "a file".into(),
                        Err(std::io::Error::other(join.to_string())),
                    ),
                };
                if kind == Kind::Outbox {
                    outbox_on_disk = result.is_ok();
                    if outbox_on_disk {
                        for ticket in std::mem::take(&mut held) {
                            let places = places.clone();
                            let _ = tokio::task::spawn_blocking(move || {
                                drafts::remove(&places.drafts, ticket)
                            })
                            .await;
                        }
                    }
                }
                match result {
                    Err(err) => {
                        tracing::error!(%what, %err, "could not save");
                        failing.insert(kind);
                        report(Report {
                            kind,
                            what,
                            result: Err(err.to_string()),
                        });
                    }
                    Ok(()) if failing.remove(&kind) => {
                        report(Report {
                            kind,
                            what,
                            result: Ok(()),
                        });
                    }
                    Ok(()) => {}
                }
            }
        });
        Self { jobs }
    }

    /// Saves a draft's bytes.
    pub fn save_draft(&self, ticket: TicketId, bytes: Vec<u8>) {
        let _ = self.jobs.send(Job::SaveDraft(ticket, bytes));
    }

    /// Removes a draft.
    pub fn remove_draft(&self, ticket: TicketId) {
        let _ = self.jobs.send(Job::RemoveDraft(ticket));
    }

    /// Saves this frontdesk's entries of the outbox, which hold every adoption up to
    /// `adopted`.
    pub fn save_outbox(&self, items: Vec<serde_json::Value>, adopted: u64) {
        let _ = self.jobs.send(Job::SaveOutbox(items, adopted));
    }

    /// Takes over the outbox entries of frontdesks on the profile that are gone.
    pub async fn adopt_outbox(&self) -> Adoption {
        let (done, taken) = oneshot::channel();
        self.jobs
            .send(Job::AdoptOutbox(done))
            .map_err(|_| std::io::Error::other("the writer has stopped"))?;
        taken
            .await
            .map_err(|_| std::io::Error::other("the writer has stopped"))?
    }

    /// Saves the views as last seen.
    pub fn save_cache(&self, bytes: Vec<u8>) {
        let _ = self.jobs.send(Job::SaveCache(bytes));
    }

    /// Saves a ticket's conversation as last read.
    pub fn save_conversation(&self, ticket: TicketId, bytes: Bytes) {
        let _ = self.jobs.send(Job::SaveConversation(ticket, bytes));
    }

    /// Removes customer files fetched into drafts, once nothing needs them (in order with
    /// the outbox save that let their reply go).
    pub fn forget_files(&self, paths: Vec<PathBuf>) {
        let _ = self.jobs.send(Job::ForgetFiles(paths));
    }

    /// Saves what was sent today.
    pub fn save_tally(&self, bytes: Vec<u8>) {
        let _ = self.jobs.send(Job::SaveTally(bytes));
    }

    /// Waits until everything asked for so far is written.
    pub async fn flush(&self) {
        let (done, wait) = oneshot::channel();
        if self.jobs.send(Job::Flush(done)).is_ok() {
            let _ = wait.await;
        }
    }
}

/// Which file a job writes (a flush writes none; it is never asked).
fn job_kind(job: &Job) -> Kind {
    match job {
        Job::SaveDraft(..) | Job::RemoveDraft(_) | Job::ForgetFiles(_) | Job::Flush(_) => {
            Kind::Draft
        }
        Job::SaveOutbox(..) | Job::AdoptOutbox(_) => Kind::Outbox,
        Job::SaveCache(_) | Job::SaveConversation(..) => Kind::Cache,
        Job::SaveTally(_) => Kind::Tally,
    }
}

/// Does one job on a blocking thread: what was written, and how it went.
fn write(
    places: &Places,
    conversations: &std::sync::Mutex<Conversations>,
    job: Job,
) -> Option<(Kind, String, std::io::Result<()>)> {
    Some(match job {
        Job::SaveDraft(ticket, bytes) => (
            Kind::Draft,
            format!("draft for #{ticket}"),
            drafts::save(&places.drafts, ticket, &bytes),
        ),
        Job::RemoveDraft(ticket) => (
            Kind::Draft,
            format!("sent draft for #{ticket}"),
            drafts::remove(&places.drafts, ticket),
        ),
        Job::ForgetFiles(paths) => (
            Kind::Draft,
            "customer files of a sent reply".to_string(),
            super::draft_files::remove(&super::draft_files::dir(&places.drafts), &paths),
        ),
        Job::SaveOutbox(items, adopted) => (
            Kind::Outbox,
            "outbox".to_string(),
            match &places.claim {
                Some(claim) => claim.save(&items, adopted),
                None => Err(std::io::Error::other(format!(
                    "the outbox {} could not be opened at start",
                    places.outbox.display()
                ))),
            },
        ),
        Job::SaveCache(bytes) => (
            Kind::Cache,
            "cache of the views".to_string(),
            super::write_atomic(&places.cache, &bytes),
        ),
        Job::SaveConversation(ticket, bytes) => (
            Kind::Cache,
            format!("cached copy of #{ticket}"),
            conversations
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .save(ticket.0, &bytes()),
        ),
        Job::SaveTally(bytes) => (
            Kind::Tally,
            "count of today's replies".to_string(),
            super::write_atomic(&places.tally, &bytes),
        ),
        Job::Flush(_) | Job::AdoptOutbox(_) => return None,
    })
}

#[cfg(test)]
mod tests;
