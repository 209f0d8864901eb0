//! `H`: the ticket's changes in its conversation (off, folded, all), read from the desk when
//! first shown and again whenever the ticket is.

use super::{Effect, State};
use crate::app::state::Level;
use crate::app::state::RequestId;
use crate::app::state::timeline::ChangesShown;
use crate::backend::{Error, Event};

/// The key: the next way of showing them.
pub fn toggle(state: &mut State, fx: &mut Vec<Effect>) {
    let shown = state.detail.changes_shown.next();
    state.detail.changes_shown = shown;
    let what = match shown {
        ChangesShown::Off => crate::fl!("changes-hidden"),
        ChangesShown::Folded => crate::fl!("changes-folded"),
        ChangesShown::All => crate::fl!("changes-all"),
    };
    state.status.push(Level::Info, what);
    // Shown again, they are read again: the ticket may have changed while they were hidden
    // (what is kept shows meanwhile).
    if shown == ChangesShown::Folded {
        load(state, fx);
    }
    super::rewrap(state);
}

/// Reads the open ticket's changes, where they are shown.
pub fn load(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(ticket) = state.detail.id else {
        return;
    };
    if state.detail.changes_shown == ChangesShown::Off || state.detail.changes.is_loading() {
        return;
    }
    let req = state.requests.issue();
    state.detail.changes.start(req);
    fx.push(Effect::LoadChanges { req, ticket });
}

/// The changes arrived.
pub fn loaded(state: &mut State, req: RequestId, result: Result<Vec<Event>, Error>) {
    let result = result.map_err(|e| super::wording::explain(&e));
    if let Err(why) = &result {
        state.status.push(
            Level::Warning,
            crate::fl!("changes-unread", why = why.as_str()),
        );
    }
    if state.detail.changes.accept(req, result) {
        super::rewrap(state);
    }
}
