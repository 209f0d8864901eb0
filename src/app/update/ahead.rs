//! Fetching tickets before they are asked for, so opening one is instant: the rows around a
//! resting selection, the tickets before and after the open one, and the top of each view's
//! first screen. A fetch the agent has moved away from is aborted (the connection closes), not
//! left to queue in front of what they want now.

use super::{Effect, State};
use crate::app::effect::Work;
use crate::app::state::RequestId;
use crate::backend::{Ticket, TicketId};

/// Rows on each side of the resting selection fetched with it.
const AROUND: usize = 1;

/// Rows at the top of each view fetched once its first page arrives.
const TOP: usize = 3;

/// Fetches `id` once the selection has rested on it (the queue has the whole screen), and
/// stops fetching what is now far from the selection.
pub fn after_rest(state: &mut State, id: TicketId, fx: &mut Vec<Effect>) {
    drop_far(state, fx);
    if state.prefetch.get(id).is_some() || state.prefetch.pending.contains(&id) {
        state.detail.ahead = None;
        return;
    }
    let req = state.requests.issue();
    state.detail.ahead = Some((req, id));
    fx.push(Effect::Debounce {
        req,
        delay: super::detail::PREVIEW_DELAY,
    });
}

/// A debounce timer ran out; `true` if it was the resting selection's, which is fetched with
/// the rows around it.
pub fn rested(state: &mut State, req: RequestId, fx: &mut Vec<Effect>) -> bool {
    let Some((waiting, id)) = state.detail.ahead else {
        return false;
    };
    if waiting != req {
        return false;
    }
    state.detail.ahead = None;
    fetch(state, id, fx);
    for near in around(state, id) {
        fetch(state, near, fx);
    }
    true
}

/// The open ticket arrived: the tickets before and after it in the view, so moving on is
/// instant.
pub fn neighbours(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(id) = state.detail.id else { return };
    for near in around(state, id) {
        fetch(state, near, fx);
    }
}

/// A view's first page arrived: its top rows, the ones most likely opened next.
pub fn view_top(state: &mut State, index: usize, fx: &mut Vec<Effect>) {
    let Some(view) = state.queue.views.get(index) else {
        return;
    };
    let top: Vec<TicketId> = view
        .visible
        .iter()
        .take(TOP)
        .map(|&i| view.tickets[i].id)
        .collect();
    for id in top {
        fetch(state, id, fx);
    }
}

/// A ticket fetched ahead arrived, or could not be read (not worth a word: it is fetched again
/// when opened).
pub fn arrived(state: &mut State, id: TicketId, ticket: Option<Ticket>, fx: &mut Vec<Effect>) {
    state.prefetch.pending.retain(|p| *p != id);
    if let Some(mut ticket) = ticket {
        state.session.triage.apply(&mut ticket.summary);
        super::detail::keep_on_disk(state, &ticket, fx);
        state.prefetch.keep(ticket);
    }
}

/// Aborts fetches ahead of rows the selection has moved away from: on a slow desk they would
/// hold up the one the agent is about to open.
pub fn drop_far(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(id) = state.queue.selected().map(|t| t.id) else {
        return;
    };
    let mut near = around(state, id);
    near.push(id);
    near.extend(state.detail.id);
    let (keep, far): (Vec<TicketId>, Vec<TicketId>) = state
        .prefetch
        .pending
        .iter()
        .partition(|p| near.contains(p));
    state.prefetch.pending = keep;
    fx.extend(far.into_iter().map(|id| Effect::Abort(Work::Prefetch(id))));
}

fn fetch(state: &mut State, id: TicketId, fx: &mut Vec<Effect>) {
    if state.prefetch.get(id).is_none() && !state.prefetch.pending.contains(&id) {
        state.prefetch.pending.push(id);
        fx.push(Effect::Prefetch(id));
    }
}

/// The rows within [`AROUND`] of `id` in the view on screen, nearest first (below before
/// above: agents work down the queue).
fn around(state: &State, id: TicketId) -> Vec<TicketId> {
    let Some(view) = state.queue.current() else {
        return Vec::new();
    };
    let Some(pos) = view.visible.iter().position(|&i| view.tickets[i].id == id) else {
        return Vec::new();
    };
    (1..=AROUND)
        .flat_map(|d| [pos.checked_add(d), pos.checked_sub(d)])
        .flatten()
        .filter_map(|p| view.visible.get(p).map(|&i| view.tickets[i].id))
        .collect()
}
