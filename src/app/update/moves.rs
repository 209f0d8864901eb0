//! Moving a ticket (or the marked tickets) to another queue, group, project or mailbox: a
//! type-ahead menu of what the desk offers the agent, then the change through the outbox.

use super::{Effect, State};
use crate::app::state::Level;
use crate::app::state::marks::MARKED;
use crate::app::state::overlay::{Choice, Menu, Overlay};
use crate::backend::{Changes, QueueRef, TicketId};

/// `m`: the menu of queues, once the desk has listed them.
pub fn open(state: &mut State, id: TicketId, fx: &mut Vec<Effect>) {
    if let Err(why) = state.session.capabilities.moves {
        state.status.push(Level::Info, why);
        return;
    }
    if state.session.queues.value.is_none() {
        if let Some(err) = state.session.queues.error.clone() {
            state.session.queues = Default::default();
            state.status.push(
                Level::Warning,
                crate::fl!("move-queues-unread", why = err.as_str()),
            );
        }
        state.session.move_waiting = Some(id);
        super::new_ticket::load_queues(state, fx);
        state
            .status
            .push(Level::Info, crate::fl!("move-reading-queues"));
        return;
    }
    menu(state, id);
}

/// The queues arrived: a move menu waiting for them opens.
pub fn queues_arrived(state: &mut State) {
    if let Some(id) = state.session.move_waiting.take()
        && state.overlay.is_none()
        && state.session.queues.value.is_some()
    {
        menu(state, id);
    }
}

fn menu(state: &mut State, id: TicketId) {
    let current = state
        .detail
        .loaded()
        .filter(|t| t.summary.id == id)
        .and_then(|t| {
            let by_name = t.summary.group.clone().map(|name| QueueRef {
                id: name.clone(),
                name,
            });
            t.queue.clone().or(by_name)
        });
    let queues = state.session.queues.value.clone().unwrap_or_default();
    let items: Vec<(String, Choice)> = queues
        .into_iter()
        .filter(|q| {
            current
                .as_ref()
                .is_none_or(|c| c.id != q.id && c.name != q.name)
        })
        .map(|q| (q.name.clone(), Choice::MoveTo(q)))
        .collect();
    if items.is_empty() {
        state
            .status
            .push(Level::Info, crate::fl!("move-no-other-queue"));
        return;
    }
    let whose = if id == MARKED {
        crate::fl!("menu-marked-tickets", n = state.queue.marks.len())
    } else {
        format!("#{id}")
    };
    let title = match &current {
        Some(q) => crate::fl!("move-from-to", whose = whose, from = q.name.as_str()),
        None => crate::fl!("move-to", whose = whose),
    };
    state.overlay = Some(Overlay::Menu(Menu {
        title,
        ticket: id,
        items,
        selected: 0,
        query: Default::default(),
        question: None,
    }));
}

/// A queue was chosen.
pub fn chosen(state: &mut State, id: TicketId, queue: QueueRef, fx: &mut Vec<Effect>) {
    let what = format!("move → {}", queue.name);
    let changes = Changes {
        queue: Some(queue),
        ..Changes::default()
    };
    if id == MARKED {
        super::bulk::confirm(state, changes, what);
    } else {
        super::outbox::queue_change(state, id, changes, format!("#{id} {what}"), fx);
    }
}
