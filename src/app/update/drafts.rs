//! Keeping drafts safe: saved shortly after the agent stops typing and at once on leaving the
//! composer or ending, restored when their ticket is opened again, and compared with the
//! ticket as it now is so the agent sees what happened while they were writing.

use std::time::Duration;

use super::{Effect, State};
use crate::app::state::Level;
use crate::app::state::seen::Seen;
use crate::backend::{Ticket, TicketId};

/// How long after the last keystroke a draft is saved.
pub const SAVE_AFTER: Duration = Duration::from_millis(400);

/// The draft of `ticket` changed: save it soon.
pub fn touched(state: &mut State, ticket: TicketId, fx: &mut Vec<Effect>) {
    let Some(draft) = state.compose.drafts.get_mut(&ticket) else {
        return;
    };
    draft.dirty = true;
    state.compose.revision += 1;
    if state.compose.save_timer.is_none() {
        let req = state.requests.issue();
        state.compose.save_timer = Some(req);
        fx.push(Effect::Debounce {
            req,
            delay: SAVE_AFTER,
        });
    }
}

/// The open draft changed: save it soon.
pub fn touched_open(state: &mut State, fx: &mut Vec<Effect>) {
    if let Some(ticket) = state.compose.open {
        touched(state, ticket, fx);
    }
}

/// A timer ran out; returns whether it was the save timer.
pub fn timer_elapsed(
    state: &mut State,
    req: crate::app::state::RequestId,
    fx: &mut Vec<Effect>,
) -> bool {
    if state.compose.save_timer != Some(req) {
        return false;
    }
    save_now(state, fx);
    true
}

/// Saves every draft changed since its last save; a draft emptied by the agent is removed.
pub fn save_now(state: &mut State, fx: &mut Vec<Effect>) {
    state.compose.save_timer = None;
    let now = state.session.now;
    for draft in state.compose.drafts.values_mut().filter(|d| d.dirty) {
        draft.dirty = false;
        fx.push(if draft.is_blank() {
            Effect::RemoveDraft(draft.ticket)
        } else {
            Effect::SaveDraft(Box::new(draft.record(now)))
        });
    }
}

/// `ticket` was (re)loaded: a restored draft is announced, a new one learns what the agent
/// is replying to, and a draft written against an older state of the ticket shows what
/// changed.
pub fn ticket_loaded(state: &mut State, ticket: &Ticket, fx: &mut Vec<Effect>) {
    let id = ticket.summary.id;
    let Some(draft) = state.compose.drafts.get_mut(&id) else {
        return;
    };
    let mut notices = Vec::new();
    if let Some(saved) = draft.restored_at.take() {
        let when = saved
            .to_zoned(state.session.tz.clone())
            .strftime("%a %H:%M");
        let key = if draft.public { "r" } else { "n" };
        notices.push((
            Level::Info,
            crate::fl!(
                "draft-back",
                public = if draft.public { "yes" } else { "no" },
                when = when.to_string(),
                key = key
            ),
        ));
    }
    let seen = match &draft.seen {
        Some(seen) if !draft.resync => seen,
        _ => {
            draft.seen = Some(Seen::of(ticket));
            draft.resync = false;
            draft.changed.clear();
            touched(state, id, fx);
            push_all(state, notices);
            return;
        }
    };
    let changed = seen.changes_in(ticket);
    if changed != draft.changed {
        if let Some(first) = changed.first() {
            let more = changed.len() - 1;
            notices.push((
                Level::Warning,
                crate::fl!(
                    "draft-ticket-changed",
                    id = id.to_string(),
                    first = first.as_str(),
                    more = more
                ),
            ));
        }
        draft.changed = changed;
    }
    push_all(state, notices);
}

fn push_all(state: &mut State, notices: Vec<(Level, String)>) {
    for (level, text) in notices {
        state.status.push(level, text);
    }
}

/// The agent changed `ticket` themselves: that is not news to show against their draft.
pub fn changed_by_me(state: &mut State, ticket: TicketId) {
    if let Some(draft) = state.compose.drafts.get_mut(&ticket) {
        draft.resync = true;
    }
}
