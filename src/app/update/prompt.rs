//! One-line prompts, whatever they ask for: tags, a file to attach, a reply's copies. Keys
//! edit the field; Tab completes (words, or paths); Enter hands the answer to what asked.

use super::{Effect, State, attach, tags};
use crate::action::Action;
use crate::app::state::overlay::{Overlay, PromptFor, tag_changes};
use crate::keymap::KeyChord;

/// Opens the prompt for a ticket number.
pub fn go_to(state: &mut State) {
    state.overlay = Some(Overlay::Prompt(crate::app::state::overlay::Prompt {
        title: crate::fl!("prompt-go-to"),
        purpose: PromptFor::GoTo,
        input: crate::app::state::input::LineInput::default(),
        words: Vec::new(),
        counting: None,
        words_for: None,
        cycle: None,
    }));
}

/// A ticket number as typed: `4208`, `#4208`, ` 4 208 `.
pub fn ticket_number(text: &str) -> Option<crate::backend::TicketId> {
    let digits: String = text
        .trim()
        .trim_start_matches('#')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok().map(crate::backend::TicketId))
        .flatten()
}

/// A key typed into the prompt: it edits the field and ends any Tab cycle.
pub fn key(state: &mut State, chord: &KeyChord) {
    use crate::keymap::Key;
    if let Some(Overlay::Prompt(p)) = &state.overlay
        && matches!(p.purpose, PromptFor::Search { .. })
        && matches!(chord.key, Key::Up | Key::Down)
    {
        super::search::recall(state, chord.key == Key::Up);
        return;
    }
    if let Some(Overlay::Prompt(p)) = &mut state.overlay {
        p.input.key(chord);
        p.cycle = None;
    }
}

/// Actions of the prompt context.
pub fn action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    let Some(Overlay::Prompt(prompt)) = &mut state.overlay else {
        return false;
    };
    match action {
        Action::Complete => match prompt.purpose {
            PromptFor::AttachFile { .. } => attach::complete_path(state, fx),
            PromptFor::Tags { .. } | PromptFor::Recipients { .. } => tags::complete_word(prompt),
            PromptFor::GoTo
            | PromptFor::Search { .. }
            | PromptFor::MergeInto { .. }
            | PromptFor::TimeSpent { .. }
            | PromptFor::TimeAlone { .. }
            | PromptFor::ForwardTo { .. } => {}
        },
        Action::Confirm => {
            let (purpose, text) = (prompt.purpose.clone(), prompt.input.text().to_string());
            match purpose {
                PromptFor::Tags { id, had } => {
                    state.overlay = None;
                    tags::confirm(state, id, tag_changes(&had, &text), fx);
                }
                PromptFor::AttachFile { ticket } => {
                    state.overlay = None;
                    attach::confirm_path(state, ticket, &text, fx);
                }
                PromptFor::Recipients { ticket, bcc } => {
                    if attach::confirm_recipients(state, ticket, bcc, &text, fx) {
                        state.overlay = None;
                    }
                }
                PromptFor::MergeInto { source } => match ticket_number(&text) {
                    Some(target) => {
                        state.overlay = None;
                        super::merge::confirm(state, source, target);
                    }
                    None => state.status.push(
                        crate::app::state::Level::Error,
                        crate::fl!("prompt-not-number", typed = text.trim()),
                    ),
                },
                PromptFor::Search { .. } => {
                    if super::search::confirm(state, &text, fx) {
                        state.overlay = None;
                    }
                }
                PromptFor::TimeSpent { ticket } => {
                    if super::time_spent::confirm(state, ticket, &text, fx) {
                        state.overlay = None;
                    }
                }
                PromptFor::TimeAlone { ticket } => {
                    // Done, it asks with what status the time goes.
                    super::time_spent::confirm_alone(state, ticket, &text);
                }
                PromptFor::ForwardTo { ticket, message } => {
                    if super::forward::confirm(state, ticket, &message, &text, fx) {
                        state.overlay = None;
                    }
                }
                PromptFor::GoTo => match ticket_number(&text) {
                    Some(id) => {
                        state.overlay = None;
                        super::detail::open(state, id, fx);
                    }
                    None => state.status.push(
                        crate::app::state::Level::Error,
                        crate::fl!("prompt-not-number-example", typed = text.trim()),
                    ),
                },
            }
        }
        Action::Cancel | Action::Back => state.overlay = None,
        _ => return false,
    }
    true
}
