//! A new ticket through the outbox: the create tried, looked for after an answer that never
//! came (so a retry never opens a second ticket), and what follows once the desk has numbered
//! it: the note a desk cannot start a ticket with, the changes of a canned response.

use super::detail;
use super::outbox::{attempt, failed, hand_back, save};
use super::{Effect, State};
use crate::app::state::outbox::Delivery;
use crate::app::state::{Focus, Level, Outgoing, RequestId};
use crate::backend::{Capabilities, Error, TicketId};

/// The try's effect for an entry that opens a ticket: look first when the last try may have
/// arrived. A desk that cannot start with a note is asked to open the ticket bare; the note
/// follows once it has a number.
pub fn try_effect(
    caps: &Capabilities,
    item: &mut Outgoing,
    opening: crate::backend::Opening,
    req: RequestId,
) -> Effect {
    let opening = Box::new(opening);
    if item.unsure {
        item.delivery = Delivery::Checking(req);
        return Effect::FindCreated { req, opening };
    }
    item.delivery = Delivery::Sending(req);
    let mut message = item.reply.clone();
    if !note_starts_it(caps, item) {
        message = crate::backend::Reply {
            public: true,
            ..Default::default()
        };
    }
    Effect::Create {
        req,
        opening,
        message,
    }
}

fn note_starts_it(caps: &Capabilities, item: &Outgoing) -> bool {
    item.reply.public || caps.create.is_some_and(|c| c.internal_start)
}

/// The answer to a create.
pub fn created(
    state: &mut State,
    req: RequestId,
    result: Result<TicketId, Error>,
    fx: &mut Vec<Effect>,
) {
    let Some(item) = state.outbox.answered(req, Delivery::Sending(req)) else {
        return;
    };
    let id = item.id;
    match result {
        Ok(ticket) => opened(state, id, ticket, false, fx),
        Err(err) if err.is_transient() => failed(state, id, &err, fx),
        Err(err) => hand_back(state, id, &err, fx),
    }
}

/// The look for a ticket an earlier try may have opened.
pub fn found(
    state: &mut State,
    req: RequestId,
    result: Result<Option<TicketId>, Error>,
    fx: &mut Vec<Effect>,
) {
    let Some(item) = state.outbox.answered(req, Delivery::Checking(req)) else {
        return;
    };
    let id = item.id;
    match result {
        Ok(Some(ticket)) => opened(state, id, ticket, true, fx),
        Ok(None) => {
            // Not there: the earlier try did not arrive, and trying again opens it once.
            item.unsure = false;
            attempt(state, id, fx);
        }
        Err(err) if err.is_transient() => failed(state, id, &err, fx),
        Err(err) => hand_back(state, id, &err, fx),
    }
}

/// The desk opened the ticket: said, the note that could not start it queued, the views read
/// again, and the ticket shown unless the agent is busy writing.
fn opened(state: &mut State, id: u64, ticket: TicketId, found: bool, fx: &mut Vec<Effect>) {
    let Some(item) = state.outbox.take(id) else {
        return;
    };
    let follows = !note_starts_it(&state.session.capabilities, &item);
    let who = item.opening.as_ref().map_or("", |o| o.who()).to_string();
    let item_changes = item.reply.changes.clone();
    let text = if found {
        crate::fl!(
            "new-opened-found",
            id = ticket.to_string(),
            who = who.as_str()
        )
    } else {
        crate::fl!("new-opened", id = ticket.to_string(), who = who.as_str())
    };
    tracing::info!(%ticket, attempts = item.attempts, found, "ticket opened");
    state.status.push(Level::Info, text);
    if item.reply.public {
        state.session.count_sent(true);
        fx.push(Effect::SaveTally(state.session.today));
    }
    if follows {
        let mut note = Outgoing {
            id: state.outbox.next_id(),
            ticket,
            opening: None,
            seen: None,
            attempts: 0,
            error: None,
            unsure: false,
            delivery: Delivery::Idle,
            conflicted: false,
            ..item
        };
        // The changes are made once, by the update below, not again with the note.
        note.reply.changes = Default::default();
        let next = note.id;
        state.outbox.items.push(note);
        attempt(state, next, fx);
    } else {
        save(state, fx);
    }
    // What a canned response in the first message would change (status, tags, assignee)
    // applies to the ticket now that it exists.
    let changes = item_changes;
    if !changes.is_empty() {
        let what = format!("#{ticket}: {}", state.session.describe(&changes));
        fx.push(Effect::Update {
            ticket,
            changes,
            what,
            expected_version: None,
        });
    }
    super::queue::load_all(state, fx);
    if state.focus != Focus::Compose && state.overlay.is_none() {
        detail::open(state, ticket, fx);
    }
}
