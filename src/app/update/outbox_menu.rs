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
        state.status.push(Level::Info, crate::fl!("outbox-empty"));
        return;
    };
    let ticket = first.ticket;
    let tz = state.session.tz.clone();
    let mut items = vec![(crate::fl!("outbox-send-all"), Choice::SendAllNow)];
    items.extend(state.outbox.items.iter().map(|item| {
        let stands = match item.delivery {
            Delivery::Sending(_) => crate::fl!("outbox-sending"),
            Delivery::Checking(_) => crate::fl!("outbox-checking"),
            Delivery::Waiting { at, .. } => {
                let time = crate::i18n::format::clock(&at.to_zoned(tz.clone()));
                crate::fl!("outbox-next-try", time = time)
            }
            Delivery::Held => crate::fl!("outbox-held-state"),
            Delivery::Idle => crate::fl!("outbox-idle"),
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
        title: crate::fl!("outbox-title", n = state.outbox.items.len()),
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
                    (crate::fl!("outbox-go-on"), crate::fl!("outbox-cancel-rest"))
                } else {
                    (
                        crate::fl!("outbox-make-now"),
                        crate::fl!("outbox-discard-change"),
                    )
                };
                state.overlay = Some(Overlay::Menu(Menu {
                    title,
                    ticket: item.ticket,
                    items: vec![
                        (go, Choice::SendNow(id)),
                        (cancel, Choice::DiscardOutgoing(id)),
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
                    (crate::fl!("outbox-send-now"), Choice::SendNow(id)),
                    (crate::fl!("outbox-edit"), Choice::EditOutgoing(id)),
                    (crate::fl!("outbox-discard"), Choice::DiscardOutgoing(id)),
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
                    crate::fl!("outbox-draft-again", id = ticket.to_string()),
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
                    crate::fl!("outbox-discarded", what = item.describe()),
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
        | Choice::DiscardDraft(_)
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
        state
            .status
            .push(Level::Info, crate::fl!("outbox-being-sent"));
    }
    busy
}
