//! Throwing a draft away (`discard_draft` in the composer): a blank one goes at once, a
//! written one after one question, since nothing brings it back.

use super::{Effect, State, compose, drafts};
use crate::app::state::Level;
use crate::app::state::overlay::{Choice, Menu, Overlay};
use crate::backend::TicketId;

/// Asks before throwing the open draft away; a blank draft is simply left.
pub fn ask(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(draft) = state.compose.current() else {
        return;
    };
    let ticket = draft.ticket;
    if draft.is_blank() && draft.forward.is_none() {
        discard(state, ticket, fx);
        return;
    }
    let public = if draft.public { "yes" } else { "no" };
    state.overlay = Some(Overlay::Menu(Menu {
        title: crate::fl!("discard-title", public = public, id = ticket.to_string()),
        ticket,
        items: vec![
            (crate::fl!("discard-yes"), Choice::DiscardDraft(ticket)),
            (crate::fl!("discard-no"), Choice::Nothing),
        ],
        selected: 1,
        query: Default::default(),
        question: Some(Default::default()),
    }));
}

/// Throws the draft on `ticket` away: its text, its files fetched for it, its file on disk.
pub fn discard(state: &mut State, ticket: TicketId, fx: &mut Vec<Effect>) {
    let Some(draft) = state.compose.drafts.remove(&ticket) else {
        return;
    };
    super::attach::forget(state, &draft.files, fx);
    fx.push(Effect::RemoveDraft(ticket));
    if state.compose.open == Some(ticket) {
        compose::close(state);
        state.compose.open = None;
    }
    state.status.push(
        Level::Info,
        crate::fl!("discard-done", id = ticket.to_string()),
    );
    drafts::save_now(state, fx);
    super::rewrap(state);
}
