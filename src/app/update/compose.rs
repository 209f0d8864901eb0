//! Composer actions: starting a draft, typing, abbreviations, the external editor, sending.

use super::{Effect, State, picker};
use crate::action::Action;
use crate::app::state::input::to_input;
use crate::app::state::{Draft, Focus, Level};
use crate::backend::{Reply, TicketId};
use crate::canned::{abbreviation_at, placeholder};
use crate::keymap::KeyChord;

/// Opens the composer on the open ticket's draft, creating it if needed. An existing draft
/// keeps its text and switches to the kind asked for; the title says which it is.
pub fn start(state: &mut State, public: bool) {
    let Some(id) = state.detail.id else { return };
    let style = state.session.unresolved_style;
    let draft = state
        .compose
        .drafts
        .entry(id)
        .or_insert_with(|| Draft::new(id, public, style));
    if draft.public != public {
        draft.public = public;
        let kind = if public {
            "a public reply: the customer will see it"
        } else {
            "an internal note: agents only"
        };
        state
            .status
            .push(Level::Warning, format!("The draft is now {kind}"));
    }
    state.compose.open = Some(id);
    state.focus = Focus::Compose;
}

/// A key typed into the draft.
pub fn key(state: &mut State, chord: &KeyChord) {
    if let Some(draft) = state.compose.current_mut()
        && draft.editor.input(to_input(chord))
    {
        draft.error = None;
    }
}

/// Actions of the compose context.
pub fn action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    match action {
        Action::PickCanned => {
            picker::open_picker(state);
        }
        Action::ExpandAbbreviation => expand(state, fx),
        Action::OpenEditor => {
            if let Some(draft) = state.compose.current() {
                fx.push(Effect::OpenEditor {
                    ticket: draft.ticket,
                    text: draft.text(),
                });
            }
        }
        Action::Send => send(state, fx),
        Action::Leave | Action::Back => {
            state.focus = Focus::Detail;
            let kept = state.compose.current().is_some_and(|d| !d.is_blank());
            if kept {
                state
                    .status
                    .push(Level::Info, "Draft kept; r or n opens it again");
            } else if let Some(id) = state.compose.open.take() {
                state.compose.drafts.remove(&id);
            }
        }
        _ => return false,
    }
    true
}

/// Replaces the abbreviation before the cursor with its canned response; with none there,
/// tab indents as usual.
fn expand(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(draft) = state.compose.current() else {
        return;
    };
    let ratatui_textarea::DataCursor(row, col) = draft.editor.cursor();
    let line = draft.editor.lines().get(row).map_or("", String::as_str);
    let before: String = line.chars().take(col).collect();
    let canned = state.canned.list.value.as_deref().unwrap_or_default();
    let found = abbreviation_at(&before, canned)
        .map(|(c, len)| (c.clone(), before[before.len() - len..].chars().count()));
    match found {
        Some((canned, chars)) => {
            if let Some(draft) = state.compose.current_mut() {
                for _ in 0..chars {
                    draft.editor.delete_char();
                }
            }
            picker::insert(state, &canned, fx);
        }
        None => {
            if let Some(draft) = state.compose.current_mut() {
                draft.editor.insert_tab();
            }
        }
    }
}

/// Sends the draft, unless it is empty or still has placeholders nobody filled in.
fn send(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(draft) = state.compose.current_mut() else {
        return;
    };
    if draft.sending.is_some() {
        return;
    }
    if draft.rendering.is_some() {
        state.status.push(
            Level::Info,
            "The help desk is still rendering the canned response; send once it is in",
        );
        return;
    }
    let text = draft.text();
    let refusal = if text.trim().is_empty() {
        Some("Nothing to send yet: the draft is empty.".to_string())
    } else {
        let left = placeholder::leftovers(&text);
        (!left.is_empty()).then(|| {
            format!(
                "Not sent: {} {} no value for this ticket. Replace the highlighted text, then send again.",
                left.join(", "),
                if left.len() == 1 { "has" } else { "have" }
            )
        })
    };
    if let Some(why) = refusal {
        draft.error = Some(why.clone());
        state.status.push(Level::Error, why);
        return;
    }
    let req = state.requests.issue();
    draft.sending = Some(req);
    draft.error = None;
    let ticket = draft.ticket;
    let reply = Reply {
        body: text,
        public: draft.public,
        changes: draft.changes.clone(),
        expected_version: None,
    };
    // The version the agent read: a help desk that detects conflicts refuses the reply if the
    // ticket changed since, and the agent sees what changed before sending again.
    let reply = Reply {
        expected_version: state.version_seen(ticket),
        ..reply
    };
    fx.push(Effect::Send { req, ticket, reply });
}

/// The external editor returned: its text replaces the draft's.
pub fn edited(state: &mut State, ticket: TicketId, result: Result<String, String>) {
    match result {
        Ok(text) => {
            let text = text.strip_suffix('\n').unwrap_or(&text);
            if let Some(draft) = state.compose.drafts.get_mut(&ticket) {
                draft.set_text(text);
                draft.error = None;
            }
        }
        Err(why) => state.status.push(
            Level::Error,
            format!("The editor failed: {why}. The draft is unchanged."),
        ),
    }
}
