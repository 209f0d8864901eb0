//! Polling for new work: every `poll_interval` the help desk is asked what changed; tickets
//! already shown are brought up to date in place, new tickets and new customer replies are
//! marked (and counted on the tabs) until opened, and an urgent one rings the bell.

use jiff::SignedDuration;

use super::{Effect, State, detail, queue};
use crate::app::state::watch::{News, PollCost, news};
use crate::app::state::{Level, RequestId};
use crate::backend::{Error, Priority, TicketSummary};

/// How far back each poll reaches past the previous one: clocks differ, and some help desks
/// (RT) compare in whole seconds or minutes.
const OVERLAP: SignedDuration = SignedDuration::from_secs(120);

/// Sets the timer for the next poll, unless polling is off or one is set.
pub fn schedule(state: &mut State, fx: &mut Vec<Effect>) {
    if state.watch.timer.is_some() || state.watch.pending.is_some() {
        return;
    }
    let Some(delay) = state.watch.delay() else {
        return;
    };
    let req = state.requests.issue();
    state.watch.timer = Some(req);
    fx.push(Effect::PollAfter { req, delay });
}

/// A timer ran out; if it was the poll's, the help desk is asked what changed.
pub fn timer_elapsed(state: &mut State, req: RequestId, fx: &mut Vec<Effect>) -> bool {
    if state.watch.timer != Some(req) {
        return false;
    }
    state.watch.timer = None;
    let started = state.session.now;
    let since = state.watch.since.unwrap_or(started) - OVERLAP;
    let req = state.requests.issue();
    state.watch.pending = Some((req, started));
    fx.push(Effect::Poll { req, since });
    // A frontdesk on the profile may have quit with replies in the outbox.
    super::takeover::look(state, fx);
    true
}

/// The help desk said what changed.
pub fn answered(
    state: &mut State,
    req: RequestId,
    result: Result<Vec<TicketSummary>, Error>,
    cost: PollCost,
    fx: &mut Vec<Effect>,
) {
    let Some((pending, started)) = state.watch.pending else {
        return;
    };
    if pending != req {
        return;
    }
    state.watch.pending = None;
    state.watch.cost = PollCost {
        limit: cost.limit.or(state.watch.cost.limit),
        ..cost
    };
    match result {
        Ok(changed) => {
            let since = state.watch.since.unwrap_or(started) - OVERLAP;
            state.watch.failures = 0;
            state.watch.since = Some(started);
            take_in(state, changed, since, fx);
            super::freshness::answered(state, fx);
        }
        Err(err) => {
            // Slower: a 429 or an unreachable desk doubles the wait each time; said once.
            state.watch.failures += 1;
            tracing::info!(error = %err, failures = state.watch.failures, "poll failed");
            super::freshness::lost(state, &err);
        }
    }
    schedule(state, fx);
}

/// Brings shown tickets up to date, marks what is news, and tells the agent.
fn take_in(
    state: &mut State,
    changed: Vec<TicketSummary>,
    since: jiff::Timestamp,
    fx: &mut Vec<Effect>,
) {
    let triage = state.session.triage.clone();
    let mut arrived: Vec<(TicketSummary, News)> = Vec::new();
    let mut unknown = false;
    let mut changed = changed;
    for t in &mut changed {
        triage.apply(t);
        let before = state.queue.find(t.id);
        unknown |= before.is_none();
        // The open ticket is being looked at: what changes there is not news to its reader.
        if state.detail.id != Some(t.id)
            && let Some(what) = news(before, t, since)
            && state.watch.news.insert(t.id, what).is_none()
        {
            arrived.push((t.clone(), what));
        }
    }
    let order = triage.order(state.session.now);
    state
        .queue
        .bring_up_to_date(&changed, &order, &state.session.languages);

    // New tickets belong somewhere in the views; and views that failed (the desk was down)
    // load again now that it answers.
    let failed = state.queue.views.iter().any(|v| v.error.is_some());
    if unknown || failed {
        queue::load_all(state, fx);
    }
    // The open ticket is fetched again, so a customer's new message shows (and a draft in
    // progress learns of it).
    if changed.iter().any(|t| Some(t.id) == state.detail.id) {
        detail::reload(state, fx);
    }
    announce(state, &arrived, fx);
}

/// One line for the status bar, and the bell for an urgent arrival.
fn announce(state: &mut State, arrived: &[(TicketSummary, News)], fx: &mut Vec<Effect>) {
    let Some(first) = arrived
        .iter()
        .max_by_key(|(t, _)| (t.priority, std::cmp::Reverse(t.id)))
    else {
        return;
    };
    let (t, what) = first;
    let urgent = t.priority == Priority::Urgent;
    let kind = match what {
        News::Ticket => "ticket",
        News::Reply => "reply",
    };
    let more = arrived.len() - 1;
    state.status.push(
        if urgent { Level::Warning } else { Level::Info },
        crate::fl!(
            "watch-news",
            urgent = if urgent { "yes" } else { "no" },
            kind = kind,
            id = t.id.to_string(),
            subject = t.subject.as_str(),
            more = more
        ),
    );

    if urgent && state.watch.bell {
        fx.push(Effect::Bell);
    }
}
