//! Writes from the command line go through the interface's own outbox: the same `update`,
//! the same runner, the same file on disk, without a terminal. An entry is on disk before it
//! leaves, a try whose answer was lost is looked for before the next, and an entry still
//! waiting when the command ends stays in the outbox, where a running frontdesk on the
//! profile (or the next `frontdesk outbox retry`) takes it over and sends it once.

use std::collections::{HashMap, HashSet};
use std::process::ExitCode;
use std::sync::Arc;

use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};

use super::exit;
use crate::app::runner::Runner;
use crate::app::state::outbox::Delivery;
use crate::app::state::{Level, Outgoing, State};
use crate::app::{Effect, Loaded, Msg, update};
use crate::backend::{Error, HelpDesk, TicketId};
use crate::cli::say;
use crate::config::Profile;
use crate::paths::Paths;

/// The interface's state and runner, with no terminal: what a command for scripts delivers
/// through.
pub struct Headless {
    pub state: State,
    runner: Runner,
    rx: UnboundedReceiver<Msg>,
    /// Entries in the outbox before this command added any: not this command's to wait for.
    earlier: HashSet<u64>,
    /// Other frontdesks running on the profile: their entries are theirs to send.
    pub others_running: usize,
}

/// How the entries a command waited for ended.
#[derive(Debug, Default)]
pub struct Outcome {
    /// What the outbox said of each entry delivered, in order.
    pub delivered: Vec<String>,
    /// Why the last try of an entry still waiting failed.
    pub last_error: Option<Error>,
    /// The ticket a new-ticket entry opened.
    pub opened: Option<TicketId>,
    /// The desk's refusal of an entry that went back, if one did.
    pub refused: Option<Error>,
    /// Entries still in the outbox, waiting for a retry or held.
    pub waiting: usize,
    /// Whether one of those is held until the credential is fixed.
    pub held: bool,
    /// The wait was called off (ctrl-c).
    pub interrupted: bool,
}

impl Outcome {
    /// The exit code: refused, held, still queued, or done.
    pub fn code(&self) -> u8 {
        match (&self.refused, self.held, self.waiting) {
            (Some(err), _, _) => match exit::of(err) {
                exit::OK | 1 => exit::REFUSED,
                code => code,
            },
            (None, true, _) => exit::AUTH,
            (None, false, 0) => exit::OK,
            _ => exit::QUEUED,
        }
    }
}

impl Headless {
    /// Joins the profile's outbox (taking over the entries of frontdesks that are gone) with
    /// the state the interface would start with.
    pub fn start(desk: Arc<dyn HelpDesk>, profile: &Profile, paths: &Paths) -> Self {
        let user = crate::startup::load(paths, true, Some(profile));
        for d in user.diagnostics.iter().filter(|d| d.file == "data") {
            say::err(format!("frontdesk: {d}"));
        }
        let setup = crate::startup::setup(
            desk.as_ref(),
            profile,
            &user,
            jiff::Timestamp::now(),
            jiff::tz::TimeZone::system(),
            (80, 24),
        );
        let others_running = user.others_running;
        let (tx, rx) = unbounded_channel();
        let runner = Runner::new(desk, tx, user.files);
        let state = State::new(setup);
        let earlier = state.outbox.items.iter().map(|i| i.id).collect();
        Self {
            state,
            runner,
            rx,
            earlier,
            others_running,
        }
    }

    /// Every entry in the outbox becomes this command's to wait for (`outbox retry`).
    pub fn adopt_all(&mut self) {
        self.earlier.clear();
    }

    /// Hands `msg` to `update` and starts the work it asks for that a delivery needs.
    /// Returns what the outbox said meanwhile.
    pub fn handle(&mut self, msg: Msg) -> Vec<(Level, String)> {
        self.state.status.history.clear();
        let mut effects = update(&mut self.state, Msg::Clock(jiff::Timestamp::now()));
        effects.extend(update(&mut self.state, msg));
        for effect in effects {
            if delivers(&effect) {
                self.runner.spawn(effect);
            }
        }
        self.state
            .status
            .history
            .drain(..)
            .map(|n| (n.level, n.text))
            .collect()
    }

    /// Runs until this command's entries have left the outbox, or (unless `wait`) until
    /// every one still there is waiting for a later try.
    pub async fn settle(&mut self, wait: bool) -> Outcome {
        let mut outcome = Outcome::default();
        // The desk's last refusal of each entry, kept until the entry leaves: a conflict is
        // read for, and stands only if the entry goes back rather than being found there.
        let mut refusals: HashMap<u64, Error> = HashMap::new();
        let stop = interrupted();
        tokio::pin!(stop);
        loop {
            let mine: Vec<&Outgoing> = self.mine().collect();
            let busy = mine.iter().any(|i| {
                matches!(
                    i.delivery,
                    Delivery::Sending(_) | Delivery::Checking(_) | Delivery::Idle
                )
            });
            let held = mine.iter().any(|i| i.delivery == Delivery::Held);
            if mine.is_empty() || (!busy && (!wait || held)) {
                outcome.waiting = mine.len();
                outcome.held = held;
                break;
            }
            let msg = tokio::select! {
                msg = self.rx.recv() => msg,
                _ = &mut stop => {
                    outcome.interrupted = true;
                    None
                }
            };
            let Some(msg) = msg else {
                outcome.waiting = self.mine().count();
                break;
            };
            if let Some((id, err)) = self.refusal(&msg, &mut outcome) {
                if err.is_transient() {
                    outcome.last_error = Some(err);
                } else {
                    refusals.insert(id, err);
                }
            }
            let before: Vec<u64> = self.mine().map(|i| i.id).collect();
            let said = self.handle(msg);
            let handed_back = said.iter().any(|(level, _)| *level == Level::Error);
            for id in before {
                if self.mine().any(|i| i.id == id) {
                    continue;
                }
                let refusal = refusals.remove(&id);
                if handed_back {
                    outcome.refused = refusal.or(Some(Error::Conflict));
                } else {
                    let done = said.iter().filter(|(level, _)| *level == Level::Info);
                    outcome.delivered.extend(done.map(|(_, text)| text.clone()));
                }
            }
        }
        // The outbox as it now stands is on disk before the command ends.
        self.runner.flush().await;
        outcome
    }

    fn mine(&self) -> impl Iterator<Item = &Outgoing> {
        self.state
            .outbox
            .items
            .iter()
            .filter(|i| !self.earlier.contains(&i.id))
    }

    /// Keeps from an answer what the outbox's words leave out: the number of an opened
    /// ticket, and a failure of one of this command's entries (the interface's words for it
    /// name its keys; a script is told in its own, with the exit code for it).
    fn refusal(&mut self, msg: &Msg, outcome: &mut Outcome) -> Option<(u64, Error)> {
        let Msg::Loaded(loaded) = msg else {
            return None;
        };
        let (req, err) = match loaded {
            Loaded::Sent { req, result, .. } => (*req, result.as_ref().err()),
            Loaded::Checked { req, result } => (*req, result.as_ref().err()),
            Loaded::Created { req, result } => {
                if let Ok(id) = result {
                    outcome.opened = Some(*id);
                }
                (*req, result.as_ref().err())
            }
            Loaded::FoundCreated { req, result } => {
                if let Ok(Some(id)) = result {
                    outcome.opened = Some(*id);
                }
                (*req, result.as_ref().err())
            }
            _ => return None,
        };
        let err = err?;
        let id = self.state.outbox.by_request(req)?.id;
        (!self.earlier.contains(&id)).then(|| (id, err.clone()))
    }
}

/// Resolves when the command is asked to stop: ctrl-c, SIGTERM, or the terminal gone
/// (SIGHUP). What is in the outbox stays there.
async fn interrupted() {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut hup)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::hangup()),
    ) else {
        return std::future::pending().await;
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
        _ = hup.recv() => {}
    }
}

/// Whether a command for scripts does this effect: the outbox's work and its saves, not the
/// interface's loading, drafts or screen.
fn delivers(effect: &Effect) -> bool {
    matches!(
        effect,
        Effect::SaveOutbox(..)
            | Effect::Send { .. }
            | Effect::Apply { .. }
            | Effect::CheckDelivery { .. }
            | Effect::Create { .. }
            | Effect::FindCreated { .. }
            | Effect::BulkApply { .. }
            | Effect::BulkCheck { .. }
            | Effect::Retry { .. }
            | Effect::SaveTally(_)
            | Effect::SaveUsage(_)
            | Effect::ForgetFiles(_)
    )
}

/// Says how the entries ended, and ends with the code for it.
pub fn report(outcome: &Outcome) -> ExitCode {
    for text in &outcome.delivered {
        say::err(text.clone());
    }
    let why = |err: &Error| crate::app::update::what_happened(err);
    if let Some(err) = &outcome.refused {
        let text = match err {
            Error::Conflict => crate::fl!("script-conflict"),
            Error::FieldsRequired(missing) => {
                let names: Vec<&str> = missing.iter().map(|m| m.name.as_str()).collect();
                crate::fl!("script-fields-needed", names = names.join(", "))
            }
            _ => crate::fl!("script-refused", why = why(err)),
        };
        say::err(format!("frontdesk: {text}"));
    } else if outcome.held {
        let because = outcome.last_error.as_ref().map(why).unwrap_or_default();
        say::err(format!(
            "frontdesk: {}",
            crate::fl!("script-held", why = because)
        ));
    } else if outcome.waiting > 0 {
        if let Some(err) = &outcome.last_error {
            say::err(format!("frontdesk: {}", why(err)));
        }
        let text = if outcome.interrupted {
            crate::fl!("script-queued-interrupted", count = outcome.waiting)
        } else {
            crate::fl!("script-queued", count = outcome.waiting)
        };
        say::err(format!("frontdesk: {text}"));
    }
    exit::code(outcome.code())
}

#[cfg(test)]
mod tests;
