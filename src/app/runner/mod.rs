//! Runs effects on tokio tasks. Results come back to the event loop as messages; nothing here
//! touches the state or the terminal.

mod adopt;
mod files;
mod inflight;

pub use adopt::read_entries;
mod reads;
pub mod translate;

use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::mpsc::UnboundedSender;

use super::effect::Effect;
use super::msg::{Loaded, Msg};
use super::state::Kept;
use super::state::records::{DraftRecord, to_bytes};
use crate::backend::HelpDesk;
use crate::store;
use crate::store::writer::{Places, Writer};

/// Where the runner reads and writes the user's files.
#[derive(Debug, Clone, Default)]
pub struct Files {
    /// `<config dir>/responses`, read for local canned responses.
    pub responses: Option<PathBuf>,
    /// Where usage counts of canned responses are kept.
    pub usage: Option<PathBuf>,
    /// Where the profile's drafts and outbox are kept; `None` keeps them in memory only.
    pub places: Option<Places>,
}

/// Does the work effects ask for.
#[derive(Clone)]
pub struct Runner {
    desk: Arc<dyn HelpDesk>,
    tx: UnboundedSender<Msg>,
    files: Files,
    writer: Option<Writer>,
    inflight: inflight::InFlight,
}

impl Runner {
    /// A runner talking to `desk` and answering on `tx`.
    pub fn new(desk: Arc<dyn HelpDesk>, tx: UnboundedSender<Msg>, files: Files) -> Self {
        if let (Some(throttle), Ok(runtime)) =
            (desk.throttle(), tokio::runtime::Handle::try_current())
        {
            let tx = tx.clone();
            let mut changes = throttle.subscribe();
            runtime.spawn(async move {
                while changes.changed().await.is_ok() {
                    let until = *changes.borrow_and_update();
                    if tx.send(Msg::Throttled(until)).is_err() {
                        break;
                    }
                }
            });
        }
        let writer = files.places.clone().and_then(|places| {
            tokio::runtime::Handle::try_current().ok()?;
            let tx = tx.clone();
            Some(Writer::start(places, move |report| {
                let kind = match report.kind {
                    store::writer::Kind::Draft => Kept::Drafts,
                    store::writer::Kind::Outbox => Kept::Outbox,
                    store::writer::Kind::Cache => Kept::Cache,
                    store::writer::Kind::Tally => Kept::Tally,
                };
                let _ = tx.send(Msg::Loaded(Loaded::Stored {
                    kind: Some(kind),
                    result: report.result,
                }));
            }))
        });
        Self {
            desk,
            tx,
            files,
            writer,
            inflight: Default::default(),
        }
    }

    /// Waits until every draft and outbox save asked for so far is on disk.
    pub async fn flush(&self) {
        if let Some(writer) = &self.writer {
            writer.flush().await;
        }
    }

    /// Keeps a copy of the drafts for the panic hook to write.
    pub fn remember_drafts(&self, drafts: Vec<DraftRecord>) {
        if let Some(places) = &self.files.places {
            let bytes = drafts.iter().map(|d| (d.ticket, to_bytes(d))).collect();
            store::drafts::remember(&places.drafts, bytes);
        }
    }

    /// Starts one effect. Saves go to the writer here, before this returns, so the files are
    /// written in the order `update` asked for them (the outbox before the draft it replaces,
    /// the last draft before the final flush); only the help desk and timer work goes to a
    /// task of its own, where order does not matter.
    pub fn spawn(&self, effect: Effect) {
        let Some(effect) = self.store(effect) else {
            return;
        };
        if let Effect::Abort(work) = effect {
            self.inflight.abort(work);
            return;
        }
        let work = inflight::InFlight::work(&effect);
        let this = self.clone();
        let mut tasks = self.inflight.lock();
        let task = tokio::spawn(async move {
            let msg = this.perform(effect).await;
            if let Some(work) = work {
                this.inflight.done(work);
            }
            if let Some(msg) = msg {
                // The loop has ended if the channel is closed; there is no one left to tell.
                let _ = this.tx.send(msg);
            }
        });
        if let Some(work) = work {
            tasks.insert(work, task.abort_handle());
        }
    }

    /// Queues a save with the writer; any other effect is given back.
    fn store(&self, effect: Effect) -> Option<Effect> {
        let writer = self.writer.as_ref();
        match effect {
            Effect::SaveDraft(record) => {
                writer.map(|w| w.save_draft(record.ticket, to_bytes(&record)))
            }
            Effect::RemoveDraft(ticket) => writer.map(|w| w.remove_draft(ticket)),
            Effect::ForgetFiles(paths) => writer.map(|w| w.forget_files(paths)),
            Effect::SaveOutbox(items, adopted) => {
                // Plain data: serde cannot fail on it, and the store takes JSON values.
                let values = items.iter().filter_map(|i| serde_json::to_value(i).ok());
                writer.map(|w| w.save_outbox(values.collect(), adopted))
            }
            Effect::SaveCache(cache) => writer.map(|w| w.save_cache(to_bytes(&cache))),
            Effect::SaveConversation(record) => writer.map(|w| {
                w.save_conversation(
                    record.ticket.summary.id,
                    Box::new(move || to_bytes(&record)),
                )
            }),
            Effect::SaveTally(tally) => writer.map(|w| w.save_tally(to_bytes(&tally))),
            other => return Some(other),
        };
        None
    }

    /// Does one effect and returns the message that answers it, if any.
    pub async fn perform(&self, effect: Effect) -> Option<Msg> {
        let desk = &self.desk;
        let loaded = match effect {
            Effect::LoadMe => Loaded::Me(desk.me().await),
            Effect::LoadAgents => Loaded::Agents(desk.agents().await),
            Effect::LoadStatuses => Loaded::Statuses(desk.statuses().await),
            Effect::LoadFields => Loaded::Fields(desk.field_definitions().await),
            Effect::LoadView {
                req,
                view,
                spec,
                page,
            } => {
                let first_page = page.is_none();
                Loaded::View {
                    req,
                    view,
                    first_page,
                    result: desk.list_view(&spec, page.as_deref()).await,
                }
            }
            Effect::LoadTicket { req, id } => Loaded::Ticket {
                req,
                result: desk.ticket(id).await,
            },
            Effect::Prefetch(id) => {
                let _turn = self.inflight.turn_ahead().await;
                Loaded::Prefetched {
                    id,
                    ticket: desk.ticket(id).await.ok(),
                }
            }
            Effect::ReadConversation(id) => self.read_conversation(id).await?,
            Effect::LoadHistory { req, requester } => Loaded::History {
                req,
                result: desk.requester_tickets(&requester).await,
            },
            Effect::LoadChanges { req, ticket } => Loaded::Changes {
                req,
                result: desk.changes(ticket).await,
            },
            Effect::LoadCanned { req } => self.canned(req).await,
            Effect::RenderCanned {
                req,
                ticket,
                canned,
            } => {
                let result = desk.render_canned(ticket, &canned).await;
                Loaded::Rendered {
                    req,
                    ticket,
                    canned,
                    result,
                }
            }
            Effect::Tick(delay) => {
                tokio::time::sleep(delay).await;
                return Some(Msg::Tick);
            }
            Effect::Poll { req, since } => self.poll(req, since).await,
            Effect::Debounce { req, delay }
            | Effect::Retry { req, delay }
            | Effect::PollAfter { req, delay } => {
                tokio::time::sleep(delay).await;
                return Some(Msg::Elapsed(req));
            }
            Effect::Filter {
                req,
                view,
                tickets,
                languages,
                query,
            } => {
                let visible = tokio::task::spawn_blocking(move || {
                    crate::app::state::queue::filtered(&tickets, &languages, &query)

                })
                .await
                .ok()?;
                Loaded::Filtered { req, view, visible }
            }
            Effect::CountTags { req, views, also } => {
                let words = tokio::task::spawn_blocking(move || {
                    crate::app::state::complete::tags_of(&views, &also)
                })
                .await
                .ok()?;
                Loaded::TagsCounted { req, words }
            }
            Effect::AdoptOutbox => self.adopt().await,
            Effect::CheckDelivery { req, ticket } => Loaded::Checked {
                req,
                result: desk.ticket(ticket).await,
            },
            Effect::SaveDraft(_)
            | Effect::RemoveDraft(_)
            | Effect::ForgetFiles(_)
            | Effect::SaveOutbox(..)
            | Effect::SaveCache(_)
            | Effect::SaveConversation(_)
            | Effect::SaveTally(_) => {
                self.store(effect);
                return None;
            }
            Effect::Send { req, ticket, reply } => {
                let public = reply.public;
                Loaded::Sent {
                    req,
                    ticket,
                    public,
                    result: desk.reply(ticket, reply).await,
                }
            }
            Effect::Apply {
                req,
                ticket,
                changes,
                expected_version,
            } => Loaded::Sent {
                req,
                ticket,
                public: false,
                result: desk.update(ticket, changes, expected_version).await,
            },
            Effect::Update {
                ticket,
                changes,
                what,
                expected_version,
            } => Loaded::Updated {
                ticket,
                what,
                result: desk.update(ticket, changes, expected_version).await,
            },
            Effect::KeepCopy(text) => {
                let written = tokio::task::spawn_blocking(move || store::keep_copy(&text)).await;
                Loaded::Copied(match written {
                    Ok(result) => result.map_err(|e| e.to_string()),
                    Err(join) => Err(join.to_string()),
                })
            }
            Effect::SaveUsage(counts) => {
                let path = self.files.usage.clone()?;
                let saved =
                    tokio::task::spawn_blocking(move || store::usage::save(&path, &counts)).await;
                let result = match saved {
                    Ok(result) => result.map_err(|e| e.to_string()),
                    Err(join) => Err(join.to_string()),
                };
                Loaded::Stored {
                    kind: None,
                    result,
                }
            }
            Effect::Download {
                req,
                ticket,
                attachment,
                handling,
                dir,
                limit,
            } => Loaded::Fetched {
                req,
                result: files::download(
                    desk.as_ref(),
                    &self.tx,
                    req,
                    (ticket, &attachment),
                    handling,
                    (&dir, limit),
                )
                .await,
            },
            Effect::DescribeFile { req, ticket, path } => Loaded::Described {
                req,
                ticket,
                result: files::describe(path).await,
            },
            Effect::ListDir { req, dir } => Loaded::Listed {
                req,
                result: files::list(dir).await,
            },
            Effect::Create {
                req,
                opening,
                message,
            } => Loaded::Created {
                req,
                result: desk.create(&opening, &message).await,
            },
            Effect::FindCreated { req, opening } => Loaded::FoundCreated {
                req,
                result: desk.find_created(&opening).await,
            },
            Effect::BulkApply {
                req,
                tickets,
                changes,
            } => Loaded::BulkApplied {
                req,
                result: desk.update_many(&tickets, &changes).await,
            },
            Effect::BulkCheck { req, tickets } => {
                let mut now = Vec::with_capacity(tickets.len());
                let mut failure = None;
                for id in tickets {
                    match desk.ticket(id).await {
                        Ok(ticket) => now.push((id, Some(ticket.summary))),
                        Err(crate::backend::Error::NotFound(_)) => now.push((id, None)),
                        Err(err) => {
                            failure = Some(err);
                            break;
                        }
                    }
                }
                Loaded::BulkChecked {
                    req,
                    result: failure.map_or(Ok(now), Err),
                }
            }
            Effect::LoadQueues { req } => Loaded::Queues {
                req,
                result: desk.queues().await,
            },
            Effect::Merge { source, target } => Loaded::Merged {
                source,
                target,
                result: desk.merge(source, target).await,
            },
            Effect::Translate(job) => translate::run(*job).await,
            Effect::SaveConsent(commands) => {
                let path = self.files.places.as_ref()?.consent.clone();
                let saved = tokio::task::spawn_blocking(move || {
                    store::write_atomic(&path, &to_bytes(&commands))
                })
                .await;
                if let Ok(Err(err)) = saved {
                    tracing::info!(%err, "could not keep the translate command's consent");
                }
                return None;
            }
            Effect::SaveSearches(searches) => {
                let path = self.files.places.as_ref()?.searches.clone();
                let saved = tokio::task::spawn_blocking(move || {
                    store::write_atomic(&path, &to_bytes(&searches))
                })
                .await;
                if let Ok(Err(err)) = saved {
                    tracing::info!(%err, "could not keep the recent searches");
                }
                return None;
            }
            Effect::OpenEditor { .. }
            | Effect::Copy(_)
            | Effect::Bell
            | Effect::Suspend
            | Effect::Quit
            // Done in `spawn`; performed on its own there is nothing to call off.
            | Effect::Abort(_) => {
                return None;
            }
        };
        Some(Msg::Loaded(loaded))
    }
}
