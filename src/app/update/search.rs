//! Searching the whole desk (`ctrl-f`): what the agent types becomes the desk's own query
//! (`model::search::plan`), whose answer opens as a tab of its own, every status included,
//! paged like any view; `esc` closes it. Recent searches come back with up and down.

use super::{Effect, State, queue};
use crate::app::state::Level;
use crate::app::state::input::LineInput;
use crate::app::state::overlay::{Overlay, Prompt, PromptFor};
use crate::backend::View;
use crate::model::search::plan;

/// How many recent searches are kept.
const KEPT: usize = 20;

/// Opens the search prompt.
pub fn open(state: &mut State) {
    state.overlay = Some(Overlay::Prompt(Prompt {
        title: crate::fl!("search-title"),
        purpose: PromptFor::Search { recalled: None },
        input: LineInput::default(),
        words: Vec::new(),
        counting: None,
        words_for: None,
        cycle: None,
    }));
}

/// Up (`older`) or down through the recent searches.
pub fn recall(state: &mut State, older: bool) {
    let searches = &state.session.searches;
    let Some(Overlay::Prompt(prompt)) = &mut state.overlay else {
        return;
    };
    let PromptFor::Search { recalled } = &mut prompt.purpose else {
        return;
    };
    let next = match (*recalled, older) {
        (None, true) if !searches.is_empty() => Some(0),
        (Some(i), true) if i + 1 < searches.len() => Some(i + 1),
        (Some(i), true) => Some(i),
        (Some(0), false) | (None, false) => None,
        (Some(i), false) => Some(i - 1),
        (None, true) => None,
    };
    *recalled = next;
    prompt.input = LineInput::with_text(next.and_then(|i| searches.get(i)).map_or("", |s| s));
}

/// Enter: the search opens as a tab, or the prompt stays with why the desk cannot search
/// that. Returns whether the prompt is done.
pub fn confirm(state: &mut State, typed: &str, fx: &mut Vec<Effect>) -> bool {
    let planned = match plan(state.session.capabilities.search, typed) {
        Ok(planned) => planned,
        Err(why) => {
            let why = super::wording::search_refused(&why);
            state.status.push(Level::Error, why);
            return false;
        }
    };
    let typed = typed.trim().to_string();
    let name = format!("Search: {}", crate::text::truncate(&typed, 24));
    state.session.searches.retain(|s| *s != typed);
    state.session.searches.insert(0, typed);
    state.session.searches.truncate(KEPT);
    fx.push(Effect::SaveSearches(state.session.searches.clone()));
    let view = View {
        name,
        query: planned.query,
        quick: false,
    };
    let index = state.queue.open_search(view);
    state.queue.filter = LineInput::default();
    state.queue.filtering = false;
    state.focus = crate::app::state::Focus::Queue;
    queue::load_page(state, index, None, fx);
    queue::refilter(state, fx);
    let said = match planned.note {
        Some(note) => crate::fl!(
            "search-searching-note",
            note = super::wording::search_note(note)
        ),

        None => crate::fl!("search-searching"),
    };
    state.status.push(Level::Info, said);
    true
}

/// `esc` in the queue: closes the search tab on screen.
pub fn close(state: &mut State, fx: &mut Vec<Effect>) -> bool {
    if !state.queue.close_search() {
        return false;
    }
    queue::refilter(state, fx);
    queue::preview_selected(state, fx);
    true
}
