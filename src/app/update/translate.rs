//! `T` on a message: its translation into the agent's language by the agent's own command
//! (`translate_cmd`), shown under the original. Off until that command is set; the first use
//! on a profile asks whether ticket text may be sent to it, once.

use super::{Effect, State};
use crate::app::runner::translate::{Job, PATIENCE};
use crate::app::state::Level;
use crate::app::state::overlay::{Choice, Menu, Overlay};
use crate::app::state::translation::Translation;
use crate::backend::TicketId;

/// The key: translates the message being read, or asks first.
pub fn start(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(command) = state.session.translate_cmd.clone() else {
        state
            .status
            .push(Level::Info, crate::fl!("translate-not-set"));
        return;
    };
    let Some(ticket) = state.detail.id else {
        return;
    };
    if !state.session.consent.contains(&command) {
        state.overlay = Some(Overlay::Menu(Menu {
            title: crate::fl!("translate-ask", command = command.as_str()),
            ticket,
            items: vec![
                (crate::fl!("translate-allow"), Choice::AllowCommand(command)),
                (crate::fl!("translate-refuse"), Choice::Nothing),
            ],
            selected: 1,
            query: Default::default(),
            question: Some(Default::default()),
        }));
        return;
    }
    translate(state, ticket, command, fx);
}

/// The agent allowed `command` to be sent ticket text: kept for the profile, then used.
pub fn allowed(state: &mut State, ticket: TicketId, command: String, fx: &mut Vec<Effect>) {
    if !state.session.consent.contains(&command) {
        state.session.consent.push(command.clone());
        fx.push(Effect::SaveConsent(state.session.consent.clone()));
    }
    translate(state, ticket, command, fx);
}

fn translate(state: &mut State, ticket: TicketId, command: String, fx: &mut Vec<Effect>) {
    let Some(message) = super::forward::message_read(state) else {
        return;
    };
    let to = crate::i18n::language().code().to_string();
    let language = crate::text::language::DEFAULT;
    let from = crate::text::language::detect(&message.body, &language)
        .map(str::to_string)
        .or_else(|| {
            let ticket = state.detail.loaded()?;
            crate::text::language::of_ticket(ticket).map(|s| s.code)
        })
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
) {
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
            let command = state.detail.translated_by.clone();
            state.status.push(
                Level::Error,
                crate::fl!(
                    "translation-failed",
                    command = command.as_str(),
                    why = why.as_str()
                ),
            );
            Translation::Failed(why)
        }
    };
    state.detail.translations.insert(message.to_string(), shown);
    super::rewrap(state);
}
