//! Bulk triage: marking tickets, one change confirmed for all of them, and the job that makes
//! it through the outbox, a batch at a time (one ticket per request where the desk has no bulk
//! endpoint, paced by its rate limit), saved after every step so a crash resumes it.

use super::outbox::{attempt, failed, save};
use super::{Effect, State};
use crate::app::state::marks::{Bulk, MARKED};
use crate::app::state::outbox::Delivery;
use crate::app::state::overlay::{Choice, Menu, Overlay, Question};
use crate::app::state::{Level, Outgoing, RequestId};
use crate::backend::{Changes, Error, Outcomes, TicketId, TicketSummary};

/// `space`: marks or unmarks the selected ticket and moves on to the next.
pub fn toggle(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(id) = state.queue.selected().map(|t| t.id) else {
        return;
    };
    state.queue.marks.toggle(id);
    super::queue::select_by(state, 1, fx);
    say_marks(state);
}

/// `v`: starts a range at the selection, or ends the one under way.
pub fn range(state: &mut State) {
    let Some(id) = state.queue.selected().map(|t| t.id) else {
        return;
    };
    let started = state.queue.marks.toggle_range(id);
    let text = if started {
        crate::fl!("bulk-range")
    } else {
        marked_words(state.queue.marks.len())
    };
    state.status.push(Level::Info, text);
}

/// After the selection moved: a range under way now reaches it.
pub fn stretch(state: &mut State) {
    let Some((start, _)) = &state.queue.marks.range else {
        return;
    };
    let start = *start;
    let Some(view) = state.queue.current() else {
        return;
    };
    let rows: Vec<TicketId> = view.visible.iter().map(|&i| view.tickets[i].id).collect();
    let Some(from) = rows.iter().position(|&id| id == start) else {
        return;
    };
    let to = view.selected.min(rows.len().saturating_sub(1));
    let (a, b) = (from.min(to), from.max(to));
    let span: Vec<TicketId> = rows[a..=b].to_vec();
    state.queue.marks.stretch(span);
}

/// `esc` with marks: they go.
pub fn clear(state: &mut State) -> bool {
    if state.queue.marks.is_empty() {
        return false;
    }
    state.queue.marks.clear();
    state
        .status
        .push(Level::Info, crate::fl!("bulk-marks-cleared"));
    true
}

fn marked_words(n: usize) -> String {
    crate::fl!("bulk-marked", count = n)
}

fn say_marks(state: &mut State) {
    let text = marked_words(state.queue.marks.len());
    state.status.push(Level::Info, text);
}

/// The marked tickets in the order the current view shows them, then any others.
fn marked_in_order(state: &State) -> Vec<TicketId> {
    let marks = &state.queue.marks.ids;
    let mut ordered: Vec<TicketId> = Vec::new();
    if let Some(view) = state.queue.current() {
        for &i in &view.visible {
            let id = view.tickets[i].id;
            if marks.contains(&id) {
                ordered.push(id);
            }
        }
    }
    let rest: Vec<TicketId> = marks
        .iter()
        .copied()
        .filter(|id| !ordered.contains(id))
        .collect();
    ordered.extend(rest);
    ordered
}

/// The change chosen for the marked tickets: asked about once, naming each ticket it changes
/// and what; it starts on no, since one stray enter would change (and on most desks e-mail
/// about) tickets the agent did not mean.
pub fn confirm(state: &mut State, changes: Changes, what: String) {
    let n = state.queue.marks.len();
    if n == 0 || changes.is_empty() {
        return;
    }
    let listing = marked_in_order(state)
        .into_iter()
        .map(|id| match state.queue.find(id) {
            Some(t) => format!("#{id}  {}", t.subject),
            None => format!("#{id}"),
        })
        .collect();
    state.overlay = Some(Overlay::Menu(Menu {
        title: crate::fl!("bulk-confirm-title", count = n, what = what.as_str()),
        ticket: MARKED,
        items: vec![
            (
                crate::fl!("bulk-confirm-yes", count = n),
                Choice::BulkConfirmed(Box::new((changes, what))),
            ),
            (crate::fl!("bulk-confirm-no"), Choice::Nothing),
        ],
        selected: 1,
        query: Default::default(),
        question: Some(Question { listing, scroll: 0 }),
    }));
}

/// A canned response chosen for the marked tickets: its actions (status, priority, assignee,
/// tags) go to all of them; its text is for replies, one ticket at a time.
pub fn canned(state: &mut State, canned: &crate::canned::Canned) {
    let session = &state.session;
    match canned
        .actions
        .to_changes(session.me.as_ref(), &session.agents)
    {
        Ok(changes) if !changes.is_empty() => {
            let changes = crate::backend::Changes {
                fields: session.fields_by_id(changes.fields.clone()),
                ..changes
            };
            let what = format!(
                "\u{201c}{}\u{201d} ({})",
                canned.title,
                session.describe(&changes)
            );
            confirm(state, changes, what);
        }
        Ok(_) => state.status.push(
            Level::Info,
            crate::fl!("bulk-canned-no-fields", title = canned.title.as_str()),
        ),
        Err(why) => state.status.push(Level::Error, why),
    }
}

/// Confirmed: the job goes into the outbox and starts.
pub fn start(state: &mut State, changes: Changes, what: String, fx: &mut Vec<Effect>) {
    let tickets = marked_in_order(state);
    if tickets.is_empty() {
        return;
    }
    state.queue.marks.clear();
    let id = state.outbox.next_id();
    let n = tickets.len();
    state.outbox.items.push(Outgoing::for_bulk(
        id,
        Bulk::new(changes, what.clone(), tickets),
        state.session.now,
    ));
    state
        .status
        .push(Level::Info, format!("Changing {n} tickets: {what}…"));
    attempt(state, id, fx);
}

/// What a job's next step is, or `None` when it has nothing left (the caller finishes it).
pub fn try_effect(
    caps: &crate::backend::Capabilities,
    item: &mut Outgoing,
    req: RequestId,
) -> Option<Effect> {
    let unsure = item.unsure;
    let bulk = item.bulk.as_mut()?;
    if unsure && !bulk.sending.is_empty() {
        item.delivery = Delivery::Checking(req);
        return Some(Effect::BulkCheck {
            req,
            tickets: bulk.sending.clone(),
        });
    }
    bulk.sending.clear();
    let left = bulk.left();
    if bulk.cancelled || left.is_empty() {
        return None;
    }
    let size = caps.bulk_batch.max(1);
    bulk.sending = left.into_iter().take(size).collect();
    item.delivery = Delivery::Sending(req);
    Some(Effect::BulkApply {
        req,
        tickets: bulk.sending.clone(),
        changes: bulk.changes.clone(),
    })
}

/// A step's answer.
pub fn applied(
    state: &mut State,
    req: RequestId,
    result: Result<Outcomes, Error>,
    fx: &mut Vec<Effect>,
) {
    let Some(item) = state.outbox.answered(req, Delivery::Sending(req)) else {
        return;
    };
    let id = item.id;
    let Some(bulk) = item.bulk.as_mut() else {
        return;
    };
    let outcomes = match result {
        Err(err) if err.is_transient() => return failed(state, id, &err, fx),
        // Refused as a whole: every ticket of the step says why.
        Err(err) => bulk
            .sending
            .iter()
            .map(|&t| (t, Err(err.clone())))
            .collect(),
        Ok(outcomes) => outcomes,
    };
    let mut pause = None;
    for (ticket, outcome) in outcomes {
        bulk.sending.retain(|t| *t != ticket);
        match outcome {
            Ok(()) => bulk.done.push(ticket),
            // Worth another try later, like a reply: the ticket waits with the rest.
            Err(err) if err.is_transient() => pause = Some(err),
            Err(err) => bulk
                .failed
                .push((ticket, super::wording::what_happened(&err))),
        }
    }
    // Asked for but not answered for: sent again (setting a field twice is harmless).
    bulk.sending.clear();
    item.unsure = false;
    item.attempts = 0;
    item.error = None;
    match pause {
        Some(err) => failed(state, id, &err, fx),
        None => attempt(state, id, fx),
    }
}

/// The tickets a lost step was changing, read: those already changed count as done.
pub fn checked(
    state: &mut State,
    req: RequestId,
    result: Result<Vec<(TicketId, Option<TicketSummary>)>, Error>,
    fx: &mut Vec<Effect>,
) {
    let Some(item) = state.outbox.answered(req, Delivery::Checking(req)) else {
        return;
    };
    let id = item.id;
    match result {
        Err(err) if err.is_transient() => failed(state, id, &err, fx),
        result => {
            let Some(bulk) = item.bulk.as_mut() else {
                return;
            };
            for (ticket, now) in result.unwrap_or_default() {
                match now {
                    Some(summary) if bulk.changes.holds(&summary) => bulk.done.push(ticket),
                    Some(_) => {}
                    None => bulk.failed.push((ticket, crate::fl!("bulk-ticket-gone"))),
                }
            }
            bulk.sending.clear();
            item.unsure = false;
            attempt(state, id, fx);
        }
    }
}

/// The job ran out of tickets or was cancelled: the report, the failed tickets marked again
/// for a retry, the views read again.
pub fn finish(state: &mut State, id: u64, fx: &mut Vec<Effect>) {
    let Some(item) = state.outbox.take(id) else {
        return;
    };
    let Some(bulk) = item.bulk else {
        return;
    };
    let (done, failed, all) = (bulk.done.len(), bulk.failed.len(), bulk.tickets.len());
    for (ticket, why) in &bulk.failed {
        state.status.push(
            Level::Error,
            crate::fl!(
                "bulk-not-changed",
                id = ticket.to_string(),
                why = why.as_str()
            ),
        );
    }
    let untouched = all - done - failed;
    let mut text = crate::fl!(
        "bulk-report",
        what = bulk.what.as_str(),
        done = done,
        all = all
    );
    if failed > 0 {
        text.push_str(&crate::fl!("bulk-report-failed", failed = failed));
    }
    if untouched > 0 {
        text.push_str(&crate::fl!("bulk-report-untouched", untouched = untouched));
    }
    tracing::info!(done, failed, untouched, "bulk change finished");
    let level = if failed > 0 {
        Level::Error
    } else {
        Level::Info
    };
    state.status.push(level, text);
    state
        .queue
        .marks
        .ids
        .extend(bulk.failed.iter().map(|(t, _)| *t));
    save(state, fx);
    super::queue::load_all(state, fx);
}

/// The agent cancelled the job: what is on its way finishes; nothing more starts.
pub fn cancel(state: &mut State, id: u64, fx: &mut Vec<Effect>) {
    let Some(item) = state.outbox.get_mut(id) else {
        return;
    };
    let Some(bulk) = item.bulk.as_mut() else {
        return;
    };
    bulk.cancelled = true;
    if !matches!(item.delivery, Delivery::Sending(_) | Delivery::Checking(_)) {
        finish(state, id, fx);
    } else {
        state
            .status
            .push(Level::Info, crate::fl!("bulk-cancelling"));
    }
}
