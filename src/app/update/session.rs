//! Answers about the agent and their colleagues: who you are, and who can be assigned.

use super::Effect;
use super::wording::{explain, is_unreachable};
use crate::app::state::{Level, State};
use crate::backend::{Agent, Error, FieldDef, Status};

/// Every view answered (or failed): what a start asks after the views goes out now.
pub fn after_views(state: &mut State, fx: &mut Vec<Effect>) {
    if !std::mem::take(&mut state.session.after_views) {
        return;
    }
    fx.extend(asked_once());
    let req = state.requests.issue();
    state.canned.list.start(req);
    fx.push(Effect::LoadCanned { req });
}

/// What is asked of the desk once a session: who you are, the agents, its statuses and its
/// custom fields.
pub fn asked_once() -> [Effect; 4] {
    [
        Effect::LoadMe,
        Effect::LoadAgents,
        Effect::LoadStatuses,
        Effect::LoadFields,
    ]
}

/// The views and the field definitions kept for the next start.
pub fn save_cache(state: &State, fx: &mut Vec<Effect>) {
    let mut cache = state.queue.to_cache(state.session.now);
    cache.fields = state.session.fields.clone();
    fx.push(Effect::SaveCache(cache));
}

/// The desk's custom fields (kept on disk with the views, so the next start has them at
/// once). Where it will not list them, the fields are still shown with their values, edited
/// as text.
pub fn fields(state: &mut State, result: Result<Vec<FieldDef>, Error>, fx: &mut Vec<Effect>) {
    match result {
        Ok(fields) => {
            let changed = state.session.fields != fields;
            state.session.fields = fields;
            let views_in = state
                .queue
                .views
                .iter()
                .all(|v| v.loaded && v.pending.is_none());
            if changed && views_in {
                save_cache(state, fx);
            }
        }
        Err(err) if is_unreachable(&err) => state.session.ask_again = true,
        Err(err) => {
            tracing::info!(%err, "the desk's custom fields could not be listed; edited as text")
        }
    }
}

/// A ticket just read names a field the definitions lack (added since they were read): they
/// are read again, once for each such field.
pub fn notice_fields(state: &mut State, ticket: &crate::backend::Ticket, fx: &mut Vec<Effect>) {
    let session = &mut state.session;
    if session.fields.is_empty() {
        return;
    }
    let unknown: Vec<String> = ticket
        .fields
        .iter()
        .filter(|f| session.field(&f.id).is_none() && !session.fields_unknown.contains(&f.id))
        .map(|f| f.id.clone())
        .collect();
    if !unknown.is_empty() {
        session.fields_unknown.extend(unknown);
        fx.push(Effect::LoadFields);
    }
}

/// Who the agent is.
pub fn me(state: &mut State, result: Result<Agent, Error>) {
    match result {
        Ok(me) => state.session.me = Some(me),
        // The views say the desk cannot be reached; who you are is asked again when it answers.
        Err(err) if is_unreachable(&err) => state.session.ask_again = true,
        Err(err) => state.status.push(
            Level::Error,
            crate::fl!("session-who-failed", why = explain(&err)),
        ),
    }
}

/// The desk's own statuses, in place of the stock list the status menu started with. Where
/// the desk will not list them, the stock list stays: it is still what the desk calls its
/// statuses in most installations, and a name it does not know is refused when sent.
pub fn statuses(state: &mut State, result: Result<Vec<Status>, Error>) {
    match result {
        Ok(statuses) if !statuses.is_empty() => state.session.capabilities.statuses = statuses,
        Ok(_) => {}
        Err(err) if is_unreachable(&err) => state.session.ask_again = true,
        Err(err) => {
            tracing::info!(%err, "the desk's statuses could not be listed; the stock ones stay")
        }
    }
}

/// The agents a ticket can be assigned to.
pub fn agents(state: &mut State, result: Result<Vec<Agent>, Error>) {
    match result {
        Ok(agents) => state.session.agents = agents,
        Err(err) if !is_unreachable(&err) => {
            state.status.push(
                Level::Warning,
                crate::fl!("session-agents-failed", why = explain(&err)),
            );
        }
        Err(_) => state.session.ask_again = true,
    }
}
