//! `T` on a message: its translation into the agent's language by the agent's own command
//! (`translate_cmd`), shown under the original. `alt-l` in the composer: the draft translated
//! into the customer's language, opened in the editor for review (never sent unread; the
//! original stays in the draft's undo history). Off until that command is set; the first use
//! on a profile asks whether ticket text may be sent to it, once.

use super::{Effect, State};
use crate::app::runner::translate::{Job, PATIENCE};
use crate::app::state::Level;
use crate::app::state::overlay::{Choice, Menu, Overlay};
use crate::app::state::translation::Translation;
use crate::backend::TicketId;

/// What a job's `message` says when it is the draft being translated, not a message.
const DRAFT: &str = "\u{0}draft";

/// The key: translates the message being read (`draft`: the draft being written), or asks
/// first.
pub fn start(state: &mut State, draft: bool, fx: &mut Vec<Effect>) {
    let Some(command) = state.session.translate_cmd.clone() else {
        state
            .status
            .push(Level::Info, crate::fl!("translate-not-set"));
        return;
    };
    let ticket = if draft {
        state.compose.current().map(|d| d.ticket)
    } else {
        state.detail.id
    };
    let Some(ticket) = ticket else {
        return;
    };
    if !state.session.consent.contains(&command) {
        state.overlay = Some(Overlay::Menu(Menu {
            title: crate::fl!("translate-ask", command = command.as_str()),
            ticket,
            items: vec![
                (
                    crate::fl!("translate-allow"),
                    Choice::AllowCommand { command, draft },
                ),
                (crate::fl!("translate-refuse"), Choice::Nothing),
            ],
            selected: 1,
            query: Default::default(),
            question: Some(Default::default()),
        }));
        return;
    }
    if draft {
        translate_draft(state, ticket, command, fx);
    } else {
        translate(state, ticket, command, fx);
    }
}

/// The agent allowed `command` to be sent ticket text: kept for the profile, then used.
pub fn allowed(
    state: &mut State,
    ticket: TicketId,
    (command, draft): (String, bool),
    fx: &mut Vec<Effect>,
) {
    if !state.session.consent.contains(&command) {
        state.session.consent.push(command.clone());
        fx.push(Effect::SaveConsent(state.session.consent.clone()));
    }
    if draft {
        translate_draft(state, ticket, command, fx);
    } else {
        translate(state, ticket, command, fx);
    }
}

/// The draft into the customer's language; the answer opens in the editor.
fn translate_draft(state: &mut State, ticket: TicketId, command: String, fx: &mut Vec<Effect>) {
    let Some(draft) = state.compose.drafts.get(&ticket) else {
        return;
    };
    let text = draft.text();
    if text.trim().is_empty() {
        return;
    }
    let to = state
        .detail
        .loaded()
        .filter(|t| t.summary.id == ticket)
        .and(state.detail.spoken.as_ref())
        .map(|spoken| spoken.code.clone());
    let Some(to) = to else {
        state
            .status
            .push(Level::Info, crate::fl!("translate-no-target"));
        return;
    };
    let languages: Vec<&str> = state.session.languages.iter().map(String::as_str).collect();
    let from = crate::text::language::detect(&text, &languages)
        .unwrap_or(crate::i18n::language().code())
        .to_string();
    if from == to {
        state.status.push(
            Level::Info,
            crate::fl!("translate-same", language = from.as_str()),
        );
        return;
    }
    state.status.push(
        Level::Info,
        crate::fl!(
            "translate-draft-waiting",
            from = from.as_str(),
            to = to.as_str()
        ),
    );
    state.detail.translated_by = command.clone();
    fx.push(Effect::Translate(Box::new(Job {
        ticket,
        message: DRAFT.to_string(),
        command,
        text,
        from,
        to,
        patience: PATIENCE,
    })));
}

fn translate(state: &mut State, ticket: TicketId, command: String, fx: &mut Vec<Effect>) {
    let Some(message) = super::forward::message_read(state) else {
        return;
    };
    let to = crate::i18n::language().code().to_string();
    let language: Vec<&str> = state.session.languages.iter().map(String::as_str).collect();
    let from = crate::text::language::detect(&message.body, &language)
        .map(str::to_string)
        .or_else(|| state.detail.spoken.as_ref().map(|s| s.code.clone()))
        .unwrap_or_else(|| "auto".into());
    if from == to {
        state.status.push(
            Level::Info,
            crate::fl!("translate-same", language = from.as_str()),
        );
        return;
    }
    let id = message.id.clone();
    let job = Job {
        ticket,
        message: id.clone(),
        command: command.clone(),
        text: message.body.clone(),
        from: from.clone(),
        to: to.clone(),
        patience: PATIENCE,
    };
    state
        .detail
        .translations
        .insert(id, Translation::Waiting { from, to });
    state.detail.translated_by = command;
    fx.push(Effect::Translate(Box::new(job)));
    super::rewrap(state);
}

/// The command's answer: shown under its message, or why not.
pub fn translated(
    state: &mut State,
    ticket: TicketId,
    message: &str,
    result: Result<String, String>,
    fx: &mut Vec<Effect>,
) {
    if message == DRAFT {
        return draft_translated(state, ticket, result, fx);
    }
    if state.detail.id != Some(ticket) {
        return;
    }
    let Some(Translation::Waiting { from, to }) = state.detail.translations.get(message).cloned()
    else {
        return;
    };
    let shown = match result {
        Ok(text) => Translation::Done { from, to, text },
        Err(why) => {
            said_failed(state, &why);
            Translation::Failed(why)
        }
    };
    state.detail.translations.insert(message.to_string(), shown);
    super::rewrap(state);
}

/// The draft's translation: into the editor, for the agent to read before anything is sent.
/// What the editor gives back replaces the draft (the original stays in its undo history).
fn draft_translated(
    state: &mut State,
    ticket: TicketId,
    result: Result<String, String>,
    fx: &mut Vec<Effect>,
) {
    match result {
        Ok(text) if state.compose.drafts.contains_key(&ticket) => {
            fx.push(Effect::OpenEditor {
                ticket,
                text,
                field: None,
            });
        }
        Ok(_) => {}
        Err(why) => {
            said_failed(state, &why);
        }
    }
}

/// The command failed: said on the status line, naming it.
fn said_failed(state: &mut State, why: &str) {
    let command = state.detail.translated_by.clone();
    state.status.push(
        Level::Error,
        crate::fl!("translation-failed", command = command.as_str(), why = why),
    );
}
