//! Answers from the help desk. Each carries the request it answers; answers to requests that
//! were superseded meanwhile are dropped.

use super::{Effect, State, detail, drafts, outbox, queue, relayout};
use crate::app::msg::Loaded;
use crate::app::state::Level;
use crate::app::state::overlay::Overlay;
use crate::backend::Error;

/// Applies one answer.
pub fn apply(state: &mut State, loaded: Loaded, fx: &mut Vec<Effect>) {
    match loaded {
        Loaded::Me(Ok(me)) => state.session.me = Some(me),
        // The views say the desk cannot be reached; who you are is asked again when it answers.
        Loaded::Me(Err(err)) if is_unreachable(&err) => state.session.ask_again = true,
        Loaded::Me(Err(err)) => state.status.push(
            Level::Error,
            format!("Could not find out who you are: {}", explain(&err)),
        ),
        Loaded::Agents(Ok(agents)) => state.session.agents = agents,
        Loaded::Agents(Err(err)) if !is_unreachable(&err) => {
            state.status.push(
                Level::Warning,
                format!("Could not list agents: {}", explain(&err)),
            );
        }
        Loaded::Agents(Err(_)) => state.session.ask_again = true,
        Loaded::View {
            req,
            view,
            first_page,
            result,
        } => view_page(state, req, view, first_page, result, fx),
        Loaded::Ticket { req, mut result } => {
            // The configured targets, where the desk gave none, as for the queue's rows.
            if let Ok(ticket) = &mut result {
                state.session.triage.apply(&mut ticket.summary);
            }
            let fresh = result.as_ref().ok().cloned();
            let ok = fresh.as_ref().map(|t| t.summary.clone());
            if !state
                .detail
                .ticket
                .accept(req, result.map_err(|e| explain(&e)))
            {
                return;
            }
            if let Some(summary) = ok {
                // The queue row may be older than the ticket just read.
                for view in &mut state.queue.views {
                    if let Some(pos) = view.tickets.iter().position(|t| t.id == summary.id) {
                        std::sync::Arc::make_mut(&mut view.tickets)[pos] = summary.clone();
                        view.targets |= summary.due_at.is_some();
                    }
                }
                if state.detail.history.value.is_none() && !state.detail.history.is_loading() {
                    let req = state.requests.issue();
                    state.detail.history.start(req);
                    fx.push(Effect::LoadHistory {
                        req,
                        requester: summary.requester,
                    });
                }
            }
            if let Some(ticket) = fresh {
                drafts::ticket_loaded(state, &ticket, fx);
                // Kept too, so that moving back here later is as quick as moving on.
                state.prefetch.keep(ticket);
                detail::prefetch_neighbours(state, fx);
            }
            state.detail.transcript_width = 0;
            relayout(state);
        }
        Loaded::Prefetched(ticket) => match ticket {
            Some(ticket) => state.prefetch.keep(ticket),
            // Not worth a word: the ticket is fetched again when it is opened.
            None => state.prefetch.pending.clear(),
        },
        Loaded::History { req, result } => {
            state
                .detail
                .history
                .accept(req, result.map_err(|e| explain(&e)));
            relayout(state);
        }
        Loaded::Canned {
            req,
            result,
            diagnostics,
        } => {
            for diag in diagnostics {
                state.status.push(Level::Warning, diag.to_string());
            }
            if let Err(err) = result.as_ref()
                && !is_unreachable(err)
            {
                state.status.push(
                    Level::Warning,
                    format!(
                        "Could not load the help desk's canned responses: {}",
                        explain(err)
                    ),
                );
            }
            state
                .canned
                .list
                .accept(req, result.map_err(|e| explain(&e)));
            if let Some(list) = &state.canned.list.value {
                state.canned.index = crate::canned::rank::Index::new(list);
            }
            if matches!(state.overlay, Some(Overlay::Picker(_))) {
                if state.canned.list.value.is_some() {
                    super::picker::rerank(state);
                } else if let Some(why) = state.canned.list.error.clone() {
                    state.overlay = None;
                    state.status.push(
                        Level::Warning,
                        format!("Canned responses are not available: {why}"),
                    );
                }
            }
        }
        Loaded::Rendered {
            req,
            ticket,
            canned,
            result,
        } => super::picker::rendered(state, req, ticket, &canned, result, fx),
        Loaded::Sent { req, result, .. } => outbox::sent(state, req, result, fx),
        Loaded::Checked { req, result } => outbox::checked(state, req, result, fx),
        Loaded::Filtered { req, view, visible } => queue::filtered(state, req, view, visible, fx),
        Loaded::TagsCounted { req, words } => super::tags::counted(state, req, words),
        Loaded::Changed { req, result } => super::watch::answered(state, req, result, fx),
        Loaded::Stored { kind, what, result } => super::saves::stored(state, kind, &what, result),
        Loaded::Updated {
            ticket,
            what,
            result,
        } => {
            match &result {
                Ok(()) => {
                    drafts::changed_by_me(state, ticket);
                    state.status.push(Level::Info, what);
                }
                Err(err) => state.status.push(
                    Level::Error,
                    format!("Could not change #{ticket}: {}", explain(err)),
                ),
            }
            // After a change, and after a conflict (to show what the other person did),
            // the agent needs to see the ticket as it now is.
            if result.is_ok() || result == Err(Error::Conflict) {
                refetch(state, ticket, fx);
            }
        }
    }
}

fn view_page(
    state: &mut State,
    req: crate::app::state::RequestId,
    index: usize,
    first_page: bool,
    result: Result<crate::backend::Page, Error>,
    fx: &mut Vec<Effect>,
) {
    let filter = state.queue.filter.text().to_string();
    let first_load_of_active =
        index == state.queue.active && state.queue.views.get(index).is_some_and(|v| !v.loaded);
    let triage = state.session.triage.clone();
    let order = triage.order(state.session.now);
    let Some(view) = state.queue.views.get_mut(index) else {
        return;
    };
    if view.pending != Some(req) {
        return;
    }
    view.pending = None;
    match result {
        Ok(mut page) => {
            for t in &mut page.tickets {
                triage.apply(t);
            }
            if view.view.quick {
                page.tickets.retain(|t| triage.is_quick(t));
                // The help desk's count is of the whole query, not of its quick wins.
                page.total = None;
            }
            let filter_off_task = view.receive(page.tickets, first_page, &filter, &order);
            if first_page || page.total.is_some() {
                view.total = page.total;
            }
            view.next_page = page.next;
            view.error = None;
            state.session.refreshed_at = Some(state.session.now);
            state.session.cached_at = None;
            // Once every view has answered, what they show is the start for next time.
            if first_page && state.queue.views.iter().all(|v| v.pending.is_none()) {
                fx.push(Effect::SaveCache(state.queue.to_cache(state.session.now)));
            }
            if filter_off_task {
                queue::refilter_view(state, index, fx);
            }
            relayout(state);
            if first_load_of_active {
                queue::preview_selected(state, fx);
            }
            super::freshness::answered(state);
        }
        Err(err) => {
            let why = explain(&err);
            view.error = Some(why.clone());
            super::freshness::lost(state, &why);
        }
    }
}

/// Loads the views and, if it is open, the ticket again.
pub(super) fn refetch(state: &mut State, ticket: crate::backend::TicketId, fx: &mut Vec<Effect>) {
    queue::load_all(state, fx);
    if state.detail.id == Some(ticket) {
        detail::reload(state, fx);
    }
}

/// Whether an error means the help desk cannot be used at all right now (down, unreachable,
/// refusing the credential). Such an error is shown once, by the views; the other loads that
/// fail with it do not repeat it.
fn is_unreachable(err: &Error) -> bool {
    matches!(
        err,
        Error::Network(_) | Error::Interrupted(_) | Error::Timeout | Error::Auth(_)
    )
}

/// An error as the agent should read it: what happened and what to do.
pub fn explain(err: &Error) -> String {
    let what = what_happened(err);
    match err {
        Error::Network(_) | Error::Interrupted(_) | Error::Timeout => {
            format!("{what}; ctrl-r tries again")
        }
        _ => what,
    }
}

/// What happened, without advice on trying again (for places that retry by themselves).
pub fn what_happened(err: &Error) -> String {
    match err {
        Error::Conflict => "the ticket was changed by someone else since you opened it".into(),
        Error::Auth(why) => format!(
            "the help desk refused the credential ({why}); `frontdesk doctor` checks it, `frontdesk login` replaces it"
        ),
        Error::Network(why) => format!("cannot reach the help desk: {why}"),
        Error::Interrupted(why) => {
            format!("the connection broke before the help desk answered ({why})")
        }
        Error::Timeout => "the help desk did not answer in time".into(),
        Error::RateLimited {
            retry_after: Some(d),
        } => format!(
            "the help desk is rate limiting; try again in {}",
            crate::text::time::wait(*d)
        ),
        Error::RateLimited { retry_after: None } => {
            "the help desk is rate limiting; try again shortly".into()
        }
        other => other.to_string(),
    }
}
