//! Composer actions: starting a draft, typing, abbreviations, the external editor, sending.

use super::{Effect, State, drafts, new_ticket, outbox, picker};
use crate::action::Action;
use crate::app::state::input::to_input;
use crate::app::state::seen::Seen;
use crate::app::state::{Draft, Focus, Level};
use crate::backend::TicketId;
use crate::canned::{abbreviation_at, placeholder};
use crate::keymap::KeyChord;

/// Opens the composer on the open ticket's draft, creating it if needed. An existing draft
/// keeps its text and switches to the kind asked for; the title says which it is.
pub fn start(state: &mut State, public: bool, fx: &mut Vec<Effect>) {
    let Some(id) = state.detail.id else { return };
    let style = state.session.unresolved_style;
    let seen = state
        .detail
        .loaded()
        .filter(|t| t.summary.id == id)
        .map(Seen::of);
    let draft = state.compose.drafts.entry(id).or_insert_with(|| {
        let mut draft = Draft::new(id, public, style);
        draft.seen = seen;
        draft
    });
    // Opening a restored draft is news enough; the notice for it is not needed any more.
    draft.restored_at = None;
    if !super::audience::reopen(state, id, public, fx) {
        return;
    }
    state.compose.open = Some(id);
    state.focus = Focus::Compose;
}

/// The composer closes (sent or left): back where it was opened from, the queue or the
/// ticket.
pub fn close(state: &mut State) {
    state.focus = if std::mem::take(&mut state.compose.from_queue) {
        Focus::Queue
    } else {
        Focus::Detail
    };
}

/// A key typed into the draft.
pub fn key(state: &mut State, chord: &KeyChord, fx: &mut Vec<Effect>) {
    if new_ticket::in_field(state) {
        new_ticket::key(state, chord, fx);
        return;
    }
    if let Some(draft) = state.compose.current_mut()
        && draft.editor.input(to_input(chord))
    {
        draft.error = None;
        drafts::touched_open(state, fx);
    }
}

/// Actions of the compose context.
pub fn action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    match action {
        Action::PickCanned => {
            picker::open_picker(state);
        }
        Action::ExpandAbbreviation if new_ticket::in_field(state) => new_ticket::next_field(state),
        Action::ExpandAbbreviation => expand(state, fx),
        Action::PrevField => return new_ticket::prev_field(state),
        Action::SetQueue | Action::SetPriority => return new_ticket::field_menu(state, action, fx),
        Action::ToggleAudience => {
            if let Some(draft) = state.compose.current() {
                let (ticket, public) = (draft.ticket, draft.public);
                super::audience::chosen(state, ticket, !public, fx);
            }
        }
        Action::OpenEditor => {
            if let Some(draft) = state.compose.current() {
                fx.push(Effect::OpenEditor {
                    ticket: draft.ticket,
                    text: draft.text(),
                    field: None,
                });
            }
        }
        Action::Send => send(state, fx),
        Action::DiscardDraft => super::discard::ask(state, fx),
        Action::TranslateDraft => super::translate::start(state, true, fx),
        Action::LogTime => super::time_spent::open(state),
        Action::AttachFile => super::attach::attach(state),
        Action::EditRecipients => super::attach::recipients(state),
        Action::Leave | Action::Back => {
            close(state);
            let kept = state.compose.current().is_some_and(|d| !d.is_blank());
            if kept {
                let key = if state.compose.current().is_some_and(|d| d.form.is_some()) {
                    crate::fl!("draft-kept-new-ticket")
                } else if state.compose.current().is_some_and(|d| d.public) {
                    crate::fl!("draft-kept-reply")
                } else {
                    crate::fl!("draft-kept-note")
                };
                state.status.push(Level::Info, key);
            } else if let Some(id) = state.compose.open.take()
                && state.compose.drafts.remove(&id).is_some()
            {
                fx.push(Effect::RemoveDraft(id));
            }
            drafts::save_now(state, fx);
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
    drafts::touched_open(state, fx);
}

/// Sends the draft, unless it is empty or still has placeholders nobody filled in, or the
/// ticket changed since the agent started writing and they have not seen how yet.
fn send(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(draft) = state.compose.current_mut() else {
        return;
    };
    if draft.rendering.is_some() {
        state
            .status
            .push(Level::Info, crate::fl!("compose-still-rendering"));
        return;
    }
    let text = draft.text();
    let limits = state.session.capabilities.files;
    let refusal = if let Some(why) = new_ticket::missing(draft) {
        Some(why)
    } else if text.trim().is_empty() && draft.files.is_empty() {
        Some(crate::fl!("compose-empty"))
    } else if let Some(why) = limits.refusal(&draft.files) {
        let why = super::wording::files_refused(&why);

        let key = state
            .session
            .keymap
            .keys_for(crate::keymap::Context::Compose, Action::AttachFile)
            .first()
            .map_or_else(|| "attach_file".to_string(), |k| k.to_string());
        Some(crate::fl!("compose-files-refused", why = why, key = key))
    } else {
        let left = placeholder::leftovers(&text);
        (!left.is_empty()).then(|| {
            crate::fl!(
                "compose-placeholders-left",
                names = left.join(", "),
                count = left.len()
            )
        })
    };
    if let Some(why) = refusal {
        draft.error = Some(why.clone());
        state.status.push(Level::Error, why);
        return;
    }
    if !draft.changed.is_empty() && !draft.confirm_armed {
        draft.confirm_armed = true;
        draft.error = Some(crate::fl!("compose-changed-armed"));
        let why = crate::fl!("compose-changed-since", what = draft.changed.join("; "));
        state.status.push(Level::Warning, why);
        return;
    }
    let ticket = draft.ticket;
    if draft.confirm_armed {
        // The agent has seen the changes: the ticket as it is now is what they reply to.
        let now_seen = state
            .detail
            .loaded()
            .filter(|t| t.summary.id == ticket)
            .map(Seen::of);
        if let Some(draft) = state.compose.current_mut() {
            if now_seen.is_some() {
                draft.seen = now_seen;
            }
            draft.changed.clear();
            draft.confirm_armed = false;
        }
    }
    outbox::queue(state, ticket, fx);
}

/// The external editor returned: its text replaces the draft's.
pub fn edited(
    state: &mut State,
    ticket: TicketId,
    result: Result<String, String>,
    fx: &mut Vec<Effect>,
) {
    match result {
        Ok(text) => {
            let text = text.strip_suffix('\n').unwrap_or(&text);
            if let Some(draft) = state.compose.drafts.get_mut(&ticket) {
                draft.set_text(text);
                draft.error = None;
            }
            drafts::touched(state, ticket, fx);
        }
        Err(why) => state
            .status
            .push(Level::Error, crate::fl!("compose-editor-failed", why = why)),
    }
}
