//! The read-only panels (help, stats, `:messages`): scrolling them, and searching help.

use super::State;
use crate::action::Action;
use crate::app::state::overlay::{Overlay, PanelKind};

/// Actions of a read-only panel.
pub fn action(state: &mut State, action: Action) -> bool {
    let len = match &state.overlay {
        Some(Overlay::Panel(p)) => crate::app::panel::lines(state, p).len(),
        _ => return false,
    };
    let page = usize::from(state.session.size.1.saturating_sub(6)).max(1) as isize;
    let Some(Overlay::Panel(panel)) = &mut state.overlay else {
        return false;
    };
    let delta = match action {
        Action::ScrollDown | Action::SelectNext => 1,
        Action::ScrollUp | Action::SelectPrev => -1,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::SelectFirst => -(len as isize),
        Action::SelectLast => len as isize,
        Action::Filter if panel.kind == PanelKind::Help => {
            panel.search.get_or_insert_with(Default::default);
            panel.typing = true;
            panel.scroll = 0;
            return true;
        }
        // A search is left first, then the panel.
        Action::Back | Action::Cancel if panel.search.is_some() => {
            panel.search = None;
            return true;
        }
        Action::Back | Action::Cancel => {
            state.overlay = None;
            return true;
        }
        _ => return false,
    };
    panel.scroll = panel
        .scroll
        .saturating_add_signed(delta)
        .min(len.saturating_sub(1));
    true
}

/// A key typed into help's search: the list narrows as it is typed.
pub fn search_key(state: &mut State, chord: &crate::keymap::KeyChord) {
    if let Some(Overlay::Panel(panel)) = &mut state.overlay
        && let Some(search) = &mut panel.search
        && search.key(chord)
    {
        panel.scroll = 0;
    }
}

/// Enter keeps the search and gives the keys back to scrolling; esc drops it.
pub fn search_action(state: &mut State, action: Action) -> bool {
    let len = match &state.overlay {
        Some(Overlay::Panel(p)) => crate::app::panel::lines(state, p).len(),
        _ => return false,
    };
    let Some(Overlay::Panel(panel)) = &mut state.overlay else {
        return false;
    };
    match action {
        Action::Confirm => panel.typing = false,
        Action::Cancel => {
            panel.search = None;
            panel.typing = false;
        }
        Action::SelectNext => panel.scroll = (panel.scroll + 1).min(len.saturating_sub(1)),
        Action::SelectPrev => panel.scroll = panel.scroll.saturating_sub(1),
        _ => return false,
    }
    true
}

/// A key typed into the viewer's search: the first line holding it from where the search
/// began comes to the top as it is typed.
pub fn viewer_search_key(state: &mut State, chord: &crate::keymap::KeyChord) {
    if let Some(Overlay::Viewer(viewer)) = &mut state.overlay
        && let Some(search) = &mut viewer.search
        && search.key(chord)
    {
        viewer.research();
        let from = viewer.scroll;
        viewer.to_match(from, true);
    }
}

/// Enter keeps the search (then `n`/`N` move through it); esc drops it.
pub fn viewer_search_action(state: &mut State, action: Action) -> bool {
    let Some(Overlay::Viewer(viewer)) = &mut state.overlay else {
        return false;
    };
    match action {
        Action::Confirm => viewer.typing = false,
        Action::Cancel => {
            viewer.search = None;
            viewer.typing = false;
            viewer.research();
        }
        Action::SelectNext => {
            let from = viewer.scroll + 1;
            viewer.to_match(from, true);
        }
        Action::SelectPrev => {
            let from = viewer.scroll;
            viewer.to_match(from, false);
        }
        _ => return false,
    }
    true
}
