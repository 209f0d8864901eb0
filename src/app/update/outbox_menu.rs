//! The outbox as a menu (`O`): every reply not yet delivered with why, and for each one: send
//! now, back to the composer, or discard.

use super::{Effect, State, drafts, outbox};
use crate::app::state::new_ticket::NEW_TICKET;
use crate::app::state::outbox::Delivery;
use crate::app::state::overlay::{Choice, Menu, Overlay};
use crate::app::state::{Focus, Level};
use crate::text::truncate;

/// Opens the outbox menu (`O`). With nothing in it, it first looks for entries a frontdesk
/// that quit left on the profile, and says the outbox is empty only once there are none.
pub fn open(state: &mut State, fx: &mut Vec<Effect>) {
    if state.outbox.items.is_empty() {
        state.outbox.show_when_adopted = true;
        super::takeover::look(state, fx);
    } else {
        show(state);
    }
}

/// The outbox menu; with nothing in it, says so.
pub fn show(state: &mut State) {
    let Some(first) = state.outbox.items.first() else {
        state.status.push(
            Level::Info,
            "The outbox is empty: everything has been delivered",
        );
        return;
    };
    let ticket = first.ticket;
    let tz = state.session.tz.clone();
    let mut items = vec![("Send everything now".to_string(), Choice::SendAllNow)];
    items.extend(state.outbox.items.iter().map(|item| {
        let stands = match item.delivery {
            Delivery::Sending(_) => "sending…".to_string(),
            Delivery::Checking(_) => "checking whether it arrived…".to_string(),
            Delivery::Waiting { at, .. } => {
                format!("next try {}", at.to_zoned(tz.clone()).strftime("%H:%M:%S"))
            }
            Delivery::Held => "held until you retry".to_string(),
            Delivery::Idle => "waiting".to_string(),
        };
        let why = item
            .error
            .as_deref()
            .map(|e| format!(" · {e}"))
            .unwrap_or_default();
        (
            format!("{} · {stands}{why}", item.describe()),
            Choice::Outgoing(item.id),
        )
    }));
    state.overlay = Some(Overlay::Menu(Menu {
        title: format!("Outbox — {} not delivered", state.outbox.items.len()),
        ticket,
        items,
        selected: 1,
        query: Default::default(),
        question: None,
    }));
}

/// Carries out an outbox choice.
pub fn choose(state: &mut State, choice: Choice, fx: &mut Vec<Effect>) {
    match choice {
        Choice::SendAllNow => outbox::retry_all(state, fx),
        Choice::Outgoing(id) => {
            let Some(item) = state.outbox.items.iter().find(|i| i.id == id) else {
                return;
            };
            if item.bulk.is_some() || item.change.is_some() {
                let title = item.describe();
                let (go, cancel) = if item.bulk.is_some() {
                    (
                        "Go on now",
                        "Cancel the rest (the tickets not reached stay as they are)",
                    )
                } else {
                    ("Make the change now", "Discard (the ticket stays as it is)")
                };
                state.overlay = Some(Overlay::Menu(Menu {
                    title,
                    ticket: item.ticket,
                    items: vec![
                        (go.into(), Choice::SendNow(id)),
                        (cancel.into(), Choice::DiscardOutgoing(id)),
                    ],
                    selected: 0,
                    query: Default::default(),
                    question: None,
                }));
                return;
            }
            let preview = item.reply.body.lines().next().unwrap_or_default();
            state.overlay = Some(Overlay::Menu(Menu {
                title: format!("{}: “{}”", item.describe(), truncate(preview, 40)),
                ticket: item.ticket,
                items: vec![
                    ("Send now".into(), Choice::SendNow(id)),
                    (
                        "Back to the composer to edit".into(),
                        Choice::EditOutgoing(id),
                    ),
                    (
                        "Discard (cannot be undone)".into(),
                        Choice::DiscardOutgoing(id),
                    ),
                ],
                selected: 0,
                query: Default::default(),
                question: None,
            }));
        }
        Choice::SendNow(id) => {
            if !in_flight(state, id) {
                outbox::attempt(state, id, fx);
            }
        }
        Choice::EditOutgoing(id) => {
            if in_flight(state, id) {
                return;
            }
            let Some(item) = state.outbox.take(id) else {
                return;
            };
            let ticket = item.ticket;
            outbox::back_to_draft(state, item);
            outbox::save(state, fx);
            drafts::touched(state, ticket, fx);
            if state.detail.id == Some(ticket) || ticket == NEW_TICKET {
                state.compose.open = Some(ticket);
                state.focus = Focus::Compose;
            } else {
                state.status.push(
                    Level::Info,
                    format!(
                        "Your reply on #{ticket} is a draft again; open the ticket and press r"
                    ),
                );
            }
        }
        Choice::DiscardOutgoing(id)
            if state
                .outbox
                .items
                .iter()
                .any(|i| i.id == id && i.bulk.is_some()) =>
        {
            super::bulk::cancel(state, id, fx);
        }
        Choice::DiscardOutgoing(id) => {
            if in_flight(state, id) {
                return;
            }
            if let Some(pos) = state.outbox.items.iter().position(|i| i.id == id) {
                let item = state.outbox.items.remove(pos);
                outbox::shown_on(state, item.ticket);
                tracing::info!(ticket = %item.ticket, "discarded from the outbox");
                state.status.push(
                    Level::Warning,
                    format!("Discarded your {}", item.describe()),
                );
                outbox::save(state, fx);
                super::attach::forget(state, &item.reply.files, fx);
            }
        }
        // Not the outbox's: the menu hands those elsewhere.
        Choice::Status(_)
        | Choice::StatusConfirmed(_)
        | Choice::MergeInto { .. }
        | Choice::MergeByNumber(_)
        | Choice::MergeConfirmed { .. }
        | Choice::Priority(_)
        | Choice::Queue(_)
        | Choice::MoveTo(_)
        | Choice::Timed(_)
        | Choice::AllowCommand { .. }
        | Choice::BulkConfirmed(_)
        | Choice::Open(_)
        | Choice::Assignee(_)
        | Choice::Leaving(_)
        | Choice::Insert(_)
        | Choice::Audience { .. }
        | Choice::Fetch(_)
        | Choice::AttachAnother
        | Choice::RemoveFile(_)
        | Choice::Nothing => {}
    }
}

/// Whether a try of `id` is under way; if so, says that it must finish first.
fn in_flight(state: &mut State, id: u64) -> bool {
    let busy = state
        .outbox
        .items
        .iter()
        .find(|i| i.id == id)
        .is_some_and(|i| matches!(i.delivery, Delivery::Sending(_) | Delivery::Checking(_)));
    if busy {
        state.status.push(
            Level::Info,
            "That reply is being sent right now; wait for the result",
        );
    }
    busy
}
