//! Delivering replies. A sent draft becomes an outbox entry; each try's result decides what
//! happens next: delivered, tried again later (the help desk was unreachable, slow or
//! overloaded), checked first (the try may have arrived), or handed back to the composer
//! (the help desk refused it for a reason the agent must deal with).

use super::detail::refetch;
use super::wording::{explain, what_happened};
use super::{Effect, State, drafts};
use crate::app::state::outbox::{Delivery, backoff};
use crate::app::state::{Draft, Focus, Level, Outgoing, RequestId};
use crate::backend::{Error, Ticket};

/// Moves the open draft to the outbox and starts sending it.
pub fn queue(state: &mut State, ticket: crate::backend::TicketId, fx: &mut Vec<Effect>) {
    let Some(draft) = state.compose.drafts.remove(&ticket) else {
        return;
    };
    let id = state.outbox.next_id();
    let opening = super::new_ticket::opening_of(&draft, state, id);
    let to = match &opening {
        Some(opening) => opening.who().to_string(),
        None => state
            .detail
            .loaded()
            .filter(|t| t.summary.id == ticket)
            .map(|t| t.summary.requester.display_name().to_string())
            .unwrap_or_default(),
    };
    let expected_version = match &draft.seen {
        Some(seen) => seen.version.clone(),
        None => state.version_seen(ticket),
    };
    let item = Outgoing {
        id,
        ticket,
        reply: crate::backend::Reply {
            body: match (draft.public, state.signature_for(ticket)) {
                (true, Some(signature)) => {
                    crate::app::state::compose::with_signature(&draft.text(), signature)
                }
                _ => draft.text(),
            },
            public: draft.public,
            changes: draft.changes.clone(),
            expected_version,
            files: draft.files.clone(),
            // A note goes to agents only: copies would never be sent.
            cc: if draft.public {
                draft.cc.clone()
            } else {
                Vec::new()
            },
            bcc: if draft.public {
                draft.bcc.clone()
            } else {
                Vec::new()
            },
            forward: draft.forward.clone(),
        },
        to,
        canned_used: draft.canned_used.clone(),
        seen: draft.seen.clone(),
        queued_at: state.session.now,
        attempts: 0,
        error: None,
        unsure: false,
        delivery: Delivery::Idle,
        conflicted: false,
        opening,
        bulk: None,
        change: None,
    };
    state.status.push(
        Level::Info,
        crate::fl!("outbox-sending-your", what = item.describe()),
    );
    state.outbox.items.push(item);
    shown_on(state, ticket);
    if state.compose.open == Some(ticket) {
        state.compose.open = None;
        super::compose::close(state);
    }
    state.compose.revision += 1;
    attempt(state, id, fx);
    // The outbox is on disk before the draft goes: a crash in between leaves both, never
    // neither.
    fx.push(Effect::RemoveDraft(ticket));
}

/// Puts a change to `ticket`'s fields into the outbox and starts it: like a reply it is on
/// disk before it leaves, waits while the desk is away, is checked against the version the
/// agent saw, and is made once.
pub fn queue_change(
    state: &mut State,
    ticket: crate::backend::TicketId,
    changes: crate::backend::Changes,
    what: String,
    fx: &mut Vec<Effect>,
) {
    let id = state.outbox.next_id();
    let expected_version = state.version_seen(ticket);
    let now = state.session.now;
    state.outbox.items.push(Outgoing::for_change(
        id,
        ticket,
        changes,
        what,
        expected_version,
        now,
    ));
    attempt(state, id, fx);
}

/// Puts an entry made outside the interface into the outbox, numbered beside the others,
/// and starts it. Its text, copies and changes are as given (a command for scripts made
/// them); only the number is the outbox's.
pub fn queue_made(state: &mut State, mut item: Outgoing, fx: &mut Vec<Effect>) {
    item.id = state.outbox.next_id();
    item.delivery = Delivery::Idle;
    let id = item.id;
    state.status.push(
        Level::Info,
        crate::fl!("outbox-sending-your", what = item.describe()),
    );
    state.outbox.items.push(item);
    attempt(state, id, fx);
}

/// Starts a try: a reply that may already have arrived is looked for first.
pub fn attempt(state: &mut State, id: u64, fx: &mut Vec<Effect>) {
    let req = state.requests.issue();
    // Disjoint fields: the entry changes while the desk's capabilities are read.
    let caps = &state.session.capabilities;
    let Some(item) = state.outbox.get_mut(id) else {
        return;
    };
    let start = if item.bulk.is_some() {
        match super::bulk::try_effect(caps, item, req) {
            Some(start) => start,
            None => return super::bulk::finish(state, id, fx),
        }
    } else if let Some(opening) = item.opening.clone() {
        super::opening::try_effect(caps, item, opening, req)
    } else if item.unsure {
        item.delivery = Delivery::Checking(req);
        Effect::CheckDelivery {
            req,
            ticket: item.ticket,
        }
    } else if item.change.is_some() {
        item.delivery = Delivery::Sending(req);
        Effect::Apply {
            req,
            ticket: item.ticket,
            changes: item.reply.changes.clone(),
            expected_version: item.reply.expected_version.clone(),
        }
    } else {
        item.delivery = Delivery::Sending(req);
        Effect::Send {
            req,
            ticket: item.ticket,
            reply: item.reply.clone(),
        }
    };
    // On disk before it can reach the help desk: a crash while it is on its way leaves it in
    // the outbox, to be checked for at the next start.
    save(state, fx);
    fx.push(start);
}

/// Starts every reply that is not already under way, now.
pub fn retry_all(state: &mut State, fx: &mut Vec<Effect>) {
    let idle: Vec<u64> = state
        .outbox
        .items
        .iter()
        .filter(|i| !matches!(i.delivery, Delivery::Sending(_) | Delivery::Checking(_)))
        .map(|i| i.id)
        .collect();
    if idle.is_empty() {
        let text = if state.outbox.items.is_empty() {
            crate::fl!("outbox-empty-now")
        } else {
            crate::fl!("outbox-all-sending")
        };
        state.status.push(Level::Info, text);
    }
    for id in idle {
        attempt(state, id, fx);
    }
}

/// A retry timer ran out; returns whether it was one of the outbox's.
pub fn timer_elapsed(state: &mut State, req: RequestId, fx: &mut Vec<Effect>) -> bool {
    let Some(item) = state.outbox.by_request(req) else {
        return false;
    };
    if !matches!(item.delivery, Delivery::Waiting { .. }) {
        return false;
    }
    let id = item.id;
    attempt(state, id, fx);
    true
}

/// The answer to a try.
pub fn sent(state: &mut State, req: RequestId, result: Result<(), Error>, fx: &mut Vec<Effect>) {
    let Some(item) = state.outbox.answered(req, Delivery::Sending(req)) else {
        return;
    };
    let id = item.id;
    match result {
        Ok(()) => delivered(state, id, false, fx),
        // The ticket changed: perhaps by an earlier try of this reply that did arrive (its
        // answer lost on the way). The conversation says which; only a change by someone
        // else goes back to the agent.
        Err(Error::Conflict) if !item.conflicted => {
            item.conflicted = true;
            item.unsure = true;
            attempt(state, id, fx);
        }
        Err(err) if err.is_transient() => failed(state, id, &err, fx),
        Err(err) => hand_back(state, id, &err, fx),
    }
}

/// The conversation, read to find out whether an earlier try arrived.
pub fn checked(
    state: &mut State,
    req: RequestId,
    result: Result<Ticket, Error>,
    fx: &mut Vec<Effect>,
) {
    let Some(item) = state.outbox.answered(req, Delivery::Checking(req)) else {
        return;
    };
    let id = item.id;
    match result {
        Ok(ticket) if item.arrived_in(&ticket) => delivered(state, id, true, fx),
        Ok(_) if item.conflicted => {
            item.conflicted = false;
            item.unsure = false;
            hand_back(state, id, &Error::Conflict, fx);
        }
        Ok(_) => {
            // Not there: the earlier try did not arrive, and sending again posts it once.
            item.unsure = false;
            attempt(state, id, fx);
        }
        Err(err) if err.is_transient() => failed(state, id, &err, fx),
        Err(err) => hand_back(state, id, &err, fx),
    }
}

fn delivered(state: &mut State, id: u64, found: bool, fx: &mut Vec<Effect>) {
    let Some(item) = state.outbox.take(id) else {
        return;
    };
    let what = item.describe();
    if item.change.is_some() {
        let text = if found {
            crate::fl!("outbox-reached-after-all", what = what)
        } else {
            what
        };
        tracing::info!(ticket = %item.ticket, attempts = item.attempts, found, "changed");
        state.status.push(Level::Info, text);
        super::drafts::changed_by_me(state, item.ticket);
        save(state, fx);
        return super::detail::refetch(state, item.ticket, fx);
    }
    let text = if found {
        crate::fl!("sent-found", what = what)
    } else if let Some(forward) = &item.reply.forward {
        crate::fl!(
            "sent-forward",
            to = forward.to.join(", "),
            id = item.ticket.to_string()
        )
    } else if !item.reply.public {
        crate::fl!("sent-note", id = item.ticket.to_string())
    } else if item.to.is_empty() {
        crate::fl!("sent-reply", id = item.ticket.to_string())
    } else {
        crate::fl!(
            "sent-reply-to",
            to = item.to.as_str(),
            id = item.ticket.to_string()
        )
    };
    tracing::info!(ticket = %item.ticket, attempts = item.attempts, found, "delivered");
    shown_on(state, item.ticket);
    state.status.push(Level::Info, text);
    state.session.count_sent(item.reply.public);
    fx.push(Effect::SaveTally(state.session.today));
    // After the save below in the writer's order: the entry is off disk before its files go.
    let files = item.reply.files.clone();
    let step = super::time_step::follows(state, &item);
    if !item.canned_used.is_empty() {
        for used in item.canned_used {
            *state.canned.usage.entry(used).or_default() += 1;
        }
        let mut counts: Vec<(String, u32)> = state
            .canned
            .usage
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        counts.sort();
        fx.push(Effect::SaveUsage(counts));
    }
    save(state, fx);
    super::attach::forget(state, &files, fx);
    refetch(state, item.ticket, fx);
    if let Some(step) = step {
        attempt(state, step, fx);
    }
}

/// A failure that may pass: the reply stays, and is tried again after a pause.
pub(super) fn failed(state: &mut State, id: u64, err: &Error, fx: &mut Vec<Effect>) {
    let timer = state.requests.issue();
    let now = state.session.now;
    let Some(item) = state.outbox.get_mut(id) else {
        return;
    };
    item.attempts += 1;
    item.unsure |= err.may_have_been_applied();
    item.error = Some(what_happened(err));
    tracing::warn!(ticket = %item.ticket, attempts = item.attempts, unsure = item.unsure, %err, "not delivered");
    let what = item.describe();
    let notice = if matches!(err, Error::Auth(_)) {
        item.delivery = Delivery::Held;
        crate::fl!("outbox-held", what = what, why = explain(err))
    } else {
        let mut delay = backoff(item.id, item.attempts);
        if let Error::RateLimited {
            retry_after: Some(wait),
        } = err
        {
            delay = delay.max(*wait);
        }
        let at = jiff::SignedDuration::try_from(delay)
            .ok()
            .and_then(|d| now.checked_add(d).ok())
            .unwrap_or(now);
        item.delivery = Delivery::Waiting { at, timer };
        fx.push(Effect::Retry { req: timer, delay });
        let (why, wait) = (what_happened(err), crate::text::time::wait(delay));
        if item.change.is_some() {
            crate::fl!("outbox-change-waits", what = what, why = why, wait = wait)
        } else {
            crate::fl!("outbox-waits", what = what, why = why, wait = wait)
        }
    };
    state.status.push(Level::Error, notice);
    save(state, fx);
}

/// The help desk refused the reply for a reason trying again will not fix (the ticket
/// changed, the reply was invalid, the ticket is gone or off limits): it goes back to the
/// composer with the reason, so the agent decides.
pub(super) fn hand_back(state: &mut State, id: u64, err: &Error, fx: &mut Vec<Effect>) {
    let Some(item) = state.outbox.take(id) else {
        return;
    };
    let ticket = item.ticket;
    if let (Some(_), Error::FieldsRequired(missing)) = (&item.change, err) {
        // The desk wants fields filled first: the form asks for them, and sends the change
        // again with them.
        tracing::info!(%ticket, %err, "a change needs fields first");
        save(state, fx);
        return super::field_form::ask(state, ticket, missing, Some(item.reply.changes));
    }
    if item.change.is_some() {
        // Nothing was written to go back to: the agent is told, and shown the ticket as it is.
        let why = crate::fl!(
            "outbox-not-changed",
            why = explain(err),
            what = item.describe()
        );
        tracing::warn!(%ticket, %err, "a change was refused");
        state.status.push(Level::Error, why);
        save(state, fx);
        return refetch(state, ticket, fx);
    }
    let item_opening = item.opening.clone();
    let why = if item.opening.is_some() {
        crate::fl!("outbox-not-opened", why = explain(err))
    } else if *err == Error::Conflict {
        crate::fl!("outbox-conflict")
    } else {
        crate::fl!("outbox-handed-back", why = explain(err))
    };
    tracing::warn!(%ticket, %err, "handed back to the agent");
    shown_on(state, ticket);
    let draft = back_to_draft(state, item);
    draft.error = Some(why.clone());
    if *err == Error::Conflict {
        // The reload shows the changes; having been told, the agent's next ctrl-s sends.
        draft.confirm_armed = true;
    }
    // Still on that ticket (the usual case: the answer comes a moment after ctrl-s): the
    // composer opens again on the text.
    if state.detail.id == Some(ticket) && state.overlay.is_none() {
        state.compose.open = Some(ticket);
        state.focus = Focus::Compose;
    }
    state.status.push(Level::Error, why);
    if let (None, Error::FieldsRequired(missing)) = (&item_opening, err) {
        // The reply waits in the composer; the fields are filled (and saved) first.
        super::field_form::ask(state, ticket, missing, None);
    }
    drafts::touched(state, ticket, fx);
    save(state, fx);
    if *err == Error::Conflict {
        refetch(state, ticket, fx);
    }
}

/// Puts an outbox entry back into its ticket's draft (after any text already there).
pub fn back_to_draft(state: &mut State, item: Outgoing) -> &mut Draft {
    let style = state.session.unresolved_style;
    let state_signature = state.signature_for(item.ticket).map(str::to_string);
    let draft = state.compose.drafts.entry(item.ticket).or_insert_with(|| {
        if item.opening.is_some() {
            Draft::new_ticket(style)
        } else {
            Draft::new(item.ticket, item.reply.public, style)
        }
    });
    if let (Some(opening), Some(form)) = (&item.opening, &mut draft.form)
        && form.is_blank()
    {
        *form = crate::app::state::new_ticket::NewForm::restore(opening.into());
    }
    if !draft.text().trim().is_empty() {
        draft.editor.insert_str("\n\n");
    }
    // The signature added at send comes off again: it is added once more at the next.
    let body = match state_signature {
        Some(signature) => {
            crate::app::state::compose::without_signature(&item.reply.body, &signature)
        }
        None => item.reply.body.clone(),
    };
    draft.editor.insert_str(&body);
    draft.public = item.reply.public;
    if item.reply.forward.is_some() {
        draft.forward = item.reply.forward.clone();
    }
    draft.changes.merge(&item.reply.changes);
    draft.canned_used.extend(item.canned_used);
    for file in item.reply.files {
        draft.attach(file);
    }
    for (list, back) in [
        (&mut draft.cc, item.reply.cc),
        (&mut draft.bcc, item.reply.bcc),
    ] {
        for address in back {
            if !list.contains(&address) {
                list.push(address);
            }
        }
    }
    if draft.seen.is_none() {
        draft.seen = item.seen;
    }
    draft
}

/// The error in a few words for the outbox: what happened, without advice on trying again
/// (that is the outbox's job). A refused connection already names the host it could not
/// reach, which says more in fewer words than "cannot reach the help desk".
/// The outbox's entries for `ticket` changed: where it is open, its conversation shows the
/// replies still waiting.
pub fn shown_on(state: &mut State, ticket: crate::backend::TicketId) {
    if state.detail.id == Some(ticket) {
        super::rewrap(state);
    }
}

/// Writes the outbox as it now is. A save already asked for in this update is brought up to
/// date where it stands, so it keeps its place before any draft removal that follows it.
pub fn save(state: &State, fx: &mut Vec<Effect>) {
    // A reply on its way is written as one that may have arrived: if frontdesk ends before the
    // answer, the next start reads the conversation before sending it again.
    let items = state
        .outbox
        .items
        .iter()
        .map(|item| Outgoing {
            unsure: item.unsure || matches!(item.delivery, Delivery::Sending(_)),
            ..item.clone()
        })
        .collect();
    let save = Effect::SaveOutbox(items, state.outbox.adopted);
    match fx.iter_mut().find(|e| matches!(e, Effect::SaveOutbox(..))) {
        Some(pending) => *pending = save,
        None => fx.push(save),
    }
}
