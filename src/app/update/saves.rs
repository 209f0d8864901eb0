//! What the writer says back, and quitting while something could not be saved: a reply that
//! is only in memory must never vanish without the agent choosing that.

use super::{Effect, State, drafts, outbox};
use crate::app::state::Kept;
use crate::app::state::Level;
use crate::app::state::overlay::{Choice, Leave, Menu, Overlay};
use crate::backend::TicketId;

/// A file was saved, or not. A failure stays on the status line until the same kind of file
/// is saved again.
pub fn stored(state: &mut State, kind: Option<Kept>, result: Result<(), String>) {
    let what = crate::fl!(
        "saves-what",
        kind = match kind {
            Some(Kept::Outbox) => "outbox",
            Some(Kept::Drafts) => "drafts",
            Some(Kept::Cache) => "cache",
            Some(Kept::Tally) => "tally",
            None => "usage",
        }
    );
    match (kind, result) {
        (Some(kind), Err(err)) => state.status.save_failed(
            kind,
            crate::fl!("saves-failed-kept", what = what, why = err),
        ),
        (None, Err(err)) => state.status.push(
            Level::Warning,
            crate::fl!("saves-failed", what = what, why = err),
        ),
        (Some(kind), Ok(())) => {
            if state.status.saved(kind) {
                state
                    .status
                    .push(Level::Info, crate::fl!("saves-saved-again", what = what));
            }
        }
        (None, Ok(())) => {}
    }
}

/// Whether quitting now would lose replies or drafts that exist only in memory.
pub fn unsaved_work(state: &State) -> Option<String> {
    let unsaved = |kind| state.status.unsaved.iter().any(|(k, _)| *k == kind);
    let replies = if unsaved(Kept::Outbox) {
        state.outbox.items.len()
    } else {
        0
    };
    let drafts = if unsaved(Kept::Drafts) {
        state
            .compose
            .drafts
            .values()
            .filter(|d| !d.is_blank())
            .count()
    } else {
        0
    };
    (replies + drafts > 0).then(|| crate::fl!("saves-unsaved", replies = replies, drafts = drafts))
}

/// Asks what to do with work that could not be saved, instead of quitting.
pub fn ask_before_quitting(state: &mut State, what: &str) {
    state.overlay = Some(Overlay::Menu(Menu {
        title: crate::fl!("saves-quit-title", what = what),
        ticket: TicketId(0),
        items: vec![
            (
                crate::fl!("saves-try-again"),
                Choice::Leaving(Leave::SaveAgain),
            ),
            (
                // Which folder is the runner's to know; the path is printed on leaving.
                crate::fl!("saves-quit-copy"),
                Choice::Leaving(Leave::CopyAndQuit),
            ),
            (
                crate::fl!("saves-quit-print"),
                Choice::Leaving(Leave::PrintAndQuit),
            ),
            (
                crate::fl!("saves-quit-lose"),
                Choice::Leaving(Leave::QuitAnyway),
            ),
            (crate::fl!("saves-stay"), Choice::Leaving(Leave::Stay)),
        ],
        selected: 0,
        query: Default::default(),
        question: None,
    }));
}

/// Carries out the choice made in `ask_before_quitting`.
pub fn leave(state: &mut State, choice: Leave, fx: &mut Vec<Effect>) {
    match choice {
        Leave::SaveAgain => save_again(state, fx),
        Leave::CopyAndQuit => {
            state.status.push(Level::Info, crate::fl!("saves-copying"));
            fx.push(Effect::KeepCopy(printout(state)));
        }
        Leave::PrintAndQuit => {
            state.farewell = Some(printout(state));
            state.quit = true;
            fx.push(Effect::Quit);
        }
        Leave::QuitAnyway => {
            state.quit = true;
            fx.push(Effect::Quit);
        }
        Leave::Stay => {}
    }
}

/// The copy asked for by "quit and keep a copy" was written to `path` (then quit and say
/// where), or could not be (then ask again).
pub fn copied(state: &mut State, result: Result<std::path::PathBuf, String>, fx: &mut Vec<Effect>) {
    match result {
        Ok(path) => {
            state.farewell = Some(crate::fl!(
                "saves-copy-where",
                path = path.display().to_string()
            ));
            state.quit = true;
            fx.push(Effect::Quit);
        }
        Err(why) => {
            state
                .status
                .push(Level::Error, crate::fl!("saves-copy-failed", why = why));
            if let Some(what) = unsaved_work(state) {
                ask_before_quitting(state, &what);
            }
        }
    }
}

/// Writes the outbox and every draft again (after the agent freed space or fixed a folder).
pub fn save_again(state: &mut State, fx: &mut Vec<Effect>) {
    outbox::save(state, fx);
    for draft in state.compose.drafts.values_mut() {
        draft.dirty = true;
    }
    drafts::save_now(state, fx);
    state
        .status
        .push(Level::Info, crate::fl!("saves-saving-again"));
}

/// What quitting with `print_unsaved` leaves in the terminal: each reply and draft in full,
/// so the agent can copy it somewhere safe.
pub fn printout(state: &State) -> String {
    let mut out = crate::fl!("saves-printout-head");
    out.push('\n');
    for item in &state.outbox.items {
        let what = crate::fl!("saves-printout-undelivered", what = item.describe());
        out.push_str(&format!("\n=== {what} ===\n{}\n", item.reply.body));
    }
    for draft in state.compose.drafts.values().filter(|d| !d.is_blank()) {
        let what = crate::fl!(
            "saves-printout-draft",
            public = if draft.public { "yes" } else { "no" },
            id = draft.ticket.to_string()
        );
        out.push_str(&format!("\n=== {what} ===\n{}\n", draft.text()));
    }

    out
}
