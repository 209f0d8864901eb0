//! The canned responses as they arrive: the help desk's merged with the local files.

use super::wording::{explain, is_unreachable};
use crate::app::state::overlay::Overlay;
use crate::app::state::{Level, RequestId, State};
use crate::backend::Error;
use crate::canned::Canned;
use crate::diag::Diagnostic;

/// The list arrived (or did not); an open picker ranks it at once.
pub fn loaded(
    state: &mut State,
    req: RequestId,
    result: Result<Vec<Canned>, Error>,
    diagnostics: Vec<Diagnostic>,
) {
    for diag in diagnostics {
        state.status.push(Level::Warning, diag.to_string());
    }
    if let Err(err) = result.as_ref()
        && !is_unreachable(err)
    {
        state.status.push(
            Level::Warning,
            crate::fl!("canned-load-failed", why = explain(err)),
        );
    }
    state
        .canned
        .list
        .accept(req, result.map_err(|e| explain(&e)));
    if let Some(list) = &state.canned.list.value {
        state.canned.index = crate::canned::rank::Index::new(list);
    }
    if matches!(state.overlay, Some(Overlay::Picker(_))) {
        if state.canned.list.value.is_some() {
            super::picker::rerank(state);
        } else if let Some(why) = state.canned.list.error.clone() {
            state.overlay = None;
            state
                .status
                .push(Level::Warning, crate::fl!("canned-unavailable", why = why));
        }
    }
}
