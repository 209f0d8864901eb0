//! The tags prompt: the ticket's tags as words to edit, Tab completing from the tags seen on
//! loaded tickets and canned responses, and on Enter exactly the words added and removed.

use super::{Effect, State};
use crate::app::state::complete::{self, Cycle, Word};
use crate::app::state::input::LineInput;
use crate::app::state::overlay::{Overlay, Prompt, PromptFor, describe_tags};
use crate::app::state::queue::FILTER_INLINE;
use crate::app::state::{Level, RequestId};
use crate::backend::{Changes, TicketId, TicketSummary};

/// Opens the prompt for `ticket`'s tags. The words to complete to are counted at once, or off
/// the UI task for a large queue (the prompt works meanwhile, without completion).
pub fn open(state: &mut State, ticket: &TicketSummary, fx: &mut Vec<Effect>) {
    let views: Vec<_> = state
        .queue
        .views
        .iter()
        .map(|v| v.tickets.clone())
        .collect();
    let mut also: Vec<String> = state
        .canned
        .list
        .value
        .iter()
        .flatten()
        .flat_map(|c| c.actions.tags_add.iter().cloned())
        .collect();
    also.extend(
        state
            .detail
            .loaded()
            .map(|t| t.summary.tags.clone())
            .into_iter()
            .flatten(),
    );
    let loaded: usize = views.iter().map(|v| v.len()).sum();
    let (words, counting) = if loaded > FILTER_INLINE {
        let req = state.requests.issue();
        fx.push(Effect::CountTags { req, views, also });
        (Vec::new(), Some(req))
    } else {
        (complete::tags_of(&views, &also), None)
    };
    let text = format!("{} ", ticket.tags.join(" "));
    state.overlay = Some(Overlay::Prompt(Prompt {
        title: crate::fl!("tags-title", id = ticket.id.to_string()),
        purpose: PromptFor::Tags {
            id: ticket.id,
            had: ticket.tags.clone(),
        },
        input: LineInput::with_text(text.trim_start()),
        words,
        counting,
        words_for: None,
        cycle: None,
    }));
}

/// The words counted off the UI task, if the prompt still waits for them.
pub fn counted(state: &mut State, req: RequestId, words: Vec<Word>) {
    if let Some(Overlay::Prompt(p)) = &mut state.overlay
        && p.counting == Some(req)
    {
        p.words = words;
        p.counting = None;
    }
}

/// Enter: the tags added and removed, as one change.
pub fn confirm(state: &mut State, id: TicketId, changes: Changes, fx: &mut Vec<Effect>) {
    if changes.is_empty() {
        state.status.push(Level::Info, crate::fl!("tags-unchanged"));

        return;
    }
    if id == crate::app::state::marks::MARKED {
        super::bulk::confirm(
            state,
            changes.clone(),
            format!("tags {}", describe_tags(&changes)),
        );
        return;
    }
    let what = format!("#{id} tags {}", describe_tags(&changes));
    super::outbox::queue_change(state, id, changes, what, fx);
}

/// Tab: completes the word before the cursor to the best candidate; again, to the next one.
/// A single candidate is taken with a space after it, ready for the next word.
pub fn complete_word(prompt: &mut Prompt) {
    if prompt.cycle_on() {
        return;
    }
    let text = prompt.input.text();
    let partial = complete::partial(text, prompt.input.cursor());
    let typed = partial.chars().count();
    let found: Vec<String> = complete::candidates(&prompt.words, text, partial)
        .into_iter()
        .map(str::to_string)
        .collect();
    match found.as_slice() {
        [] => {}
        [only] => prompt
            .input
            .replace_before_cursor(typed, &format!("{only} ")),
        [first, ..] => {
            prompt.input.replace_before_cursor(typed, first);
            prompt.cycle = Some(Cycle {
                candidates: found,
                index: 0,
            });
        }
    }
}
