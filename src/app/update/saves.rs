//! What the writer says back, and quitting while something could not be saved: a reply that
//! is only in memory must never vanish without the agent choosing that.

use super::{Effect, State, drafts, outbox};
use crate::app::state::Kept;
use crate::app::state::Level;
use crate::app::state::overlay::{Choice, Leave, Menu, Overlay};
use crate::backend::TicketId;
use crate::text::plural;

/// A file was saved, or not. A failure stays on the status line until the same kind of file
/// is saved again.
pub fn stored(state: &mut State, kind: Option<Kept>, what: &str, result: Result<(), String>) {
    match (kind, result) {
        (Some(kind), Err(err)) => state.status.save_failed(
            kind,
            format!(
                "Could not save the {what}: {err}. It is kept in memory; :retry_save tries again"
            ),
        ),
        (None, Err(err)) => state
            .status
            .push(Level::Warning, format!("Could not save the {what}: {err}")),
        (Some(kind), Ok(())) => {
            if state.status.saved(kind) {
                state
                    .status
                    .push(Level::Info, format!("Saved the {what} again"));
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
    let mut parts = Vec::new();
    if replies > 0 {
        parts.push(plural(replies as u64, "reply", "replies"));
    }
    if drafts > 0 {
        parts.push(plural(drafts as u64, "draft", "drafts"));
    }
    (!parts.is_empty()).then(|| parts.join(" and "))
}

/// Asks what to do with work that could not be saved, instead of quitting.
pub fn ask_before_quitting(state: &mut State, what: &str) {
    state.overlay = Some(Overlay::Menu(Menu {
        title: format!("{what} could not be saved: quitting now loses them"),
        ticket: TicketId(0),
        items: vec![
            ("Try saving again".into(), Choice::Leaving(Leave::SaveAgain)),
            (
                // Which folder is the runner's to know; the path is printed on leaving.
                "Quit and keep a copy in the temporary folder".into(),
                Choice::Leaving(Leave::CopyAndQuit),
            ),
            (
                "Quit and print them in the terminal".into(),
                Choice::Leaving(Leave::PrintAndQuit),
            ),
            (
                "Quit and lose them".into(),
                Choice::Leaving(Leave::QuitAnyway),
            ),
            ("Stay".into(), Choice::Leaving(Leave::Stay)),
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
            state
                .status
                .push(Level::Info, "Copying the unsaved replies and drafts…");
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
            state.farewell = Some(format!(
                "frontdesk could not save some replies or drafts in its data folder; a copy of them is in {}",
                path.display()
            ));
            state.quit = true;
            fx.push(Effect::Quit);
        }
        Err(why) => {
            state
                .status
                .push(Level::Error, format!("Could not keep a copy either: {why}"));
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
        .push(Level::Info, "Saving the outbox and drafts again…");
}

/// What quitting with `print_unsaved` leaves in the terminal: each reply and draft in full,
/// so the agent can copy it somewhere safe.
pub fn printout(state: &State) -> String {
    let mut out = String::from("frontdesk could not save these; here they are in full.\n");
    for item in &state.outbox.items {
        out.push_str(&format!(
            "\n=== {} (not delivered) ===\n{}\n",
            item.describe(),
            item.reply.body
        ));
    }
    for draft in state.compose.drafts.values().filter(|d| !d.is_blank()) {
        let kind = if draft.public {
            "reply"
        } else {
            "internal note"
        };
        out.push_str(&format!(
            "\n=== draft {kind} on #{} ===\n{}\n",
            draft.ticket,
            draft.text()
        ));
    }
    out
}
