//! Replies that go without waiting: every entry waiting for its retry goes the moment the
//! help desk answers again, and the entries of a frontdesk on the profile that quit are
//! taken over while this one runs (on each poll, when the desk is back, and when the agent
//! opens the outbox), not only at the next start.

use super::{Effect, State, outbox};
use crate::app::state::outbox::Delivery;
use crate::app::state::{Level, Outgoing};

/// Asks the store for entries left by frontdesks that are gone, unless already asking.
pub fn look(state: &mut State, fx: &mut Vec<Effect>) {
    if !state.outbox.adopting {
        state.outbox.adopting = true;
        fx.push(Effect::AdoptOutbox);
    }
}

/// The help desk answers again after being away: whatever waits in the outbox goes now,
/// rather than at its retry time.
pub fn desk_back(state: &mut State, fx: &mut Vec<Effect>) {
    let waiting: Vec<u64> = state
        .outbox
        .items
        .iter()
        .filter(|i| {
            matches!(
                i.delivery,
                Delivery::Waiting { .. } | Delivery::Idle | Delivery::Held
            )
        })
        .map(|i| i.id)
        .collect();
    if !waiting.is_empty() {
        let n = waiting.len();
        state
            .status
            .push(Level::Info, crate::fl!("takeover-answers-again", count = n));
    }
    for id in waiting {
        outbox::attempt(state, id, fx);
    }
    look(state, fx);
}

/// The store's answer: entries now this frontdesk's, renumbered to fit beside its own, saved
/// as its own and sent.
pub fn adopted(
    state: &mut State,
    number: u64,
    items: Vec<Outgoing>,
    problem: Option<String>,
    fx: &mut Vec<Effect>,
) {
    state.outbox.adopting = false;
    let show = std::mem::take(&mut state.outbox.show_when_adopted);
    if let Some(why) = problem {
        state.status.push(Level::Error, why);
    }
    if !items.is_empty() {
        let n = items.len();
        let mut ids = Vec::with_capacity(n);
        for mut item in items {
            item.id = state.outbox.next_id();
            item.delivery = Delivery::Idle;
            ids.push(item.id);
            state.outbox.items.push(item);
        }
        state.outbox.adopted = state.outbox.adopted.max(number);
        state
            .status
            .push(Level::Info, crate::fl!("takeover-took-over", count = n));
        outbox::save(state, fx);
        super::rewrap(state);
        for id in ids {
            outbox::attempt(state, id, fx);
        }
    }
    if show {
        super::outbox_menu::show(state);
    }
}
