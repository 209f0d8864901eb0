//! Menus that ask yes or no before changing something (a bulk change, a merge, a status that
//! hides a ticket): they start on no, `y` and `n` answer them directly, and the listing of what
//! yes would change scrolls with the page keys.

use super::{Effect, State};
use crate::action::Action;
use crate::app::state::Level;
use crate::app::state::overlay::Overlay;
use crate::keymap::{Key, KeyChord};

/// A plain `y` or `n` typed into a question answers it; returns whether it did.
pub fn key(state: &mut State, chord: &KeyChord, fx: &mut Vec<Effect>) -> bool {
    let Some(Overlay::Menu(menu)) = &mut state.overlay else {
        return false;
    };
    if menu.question.is_none() || chord.ctrl || chord.alt || !menu.query.text().is_empty() {
        return false;
    }
    match chord.key {
        Key::Char('y' | 'Y') => {
            menu.selected = 0;
            super::menu::menu_action(state, Action::Confirm, fx)
        }
        Key::Char('n' | 'N') => {
            state.overlay = None;
            state
                .status
                .push(Level::Info, crate::fl!("question-nothing-changed"));

            true
        }
        _ => false,
    }
}

/// The page keys scroll a question's listing; returns whether they did.
pub fn scroll(state: &mut State, action: Action) -> bool {
    let rows = crate::app::layout::listing_rows(state.session.size.1);
    let Some(Overlay::Menu(menu)) = &mut state.overlay else {
        return false;
    };
    let Some(question) = &mut menu.question else {
        return false;
    };
    let most = question.listing.len().saturating_sub(rows);
    question.scroll = match action {
        Action::PageDown => question.scroll + rows,
        Action::PageUp => question.scroll.saturating_sub(rows),
        Action::ScrollDown => question.scroll + 1,
        Action::ScrollUp => question.scroll.saturating_sub(1),
        _ => return false,
    }
    .min(most);
    true
}
