//! Time spent on a desk that logs it apart from the message (a Freshdesk time entry): once
//! the reply is delivered, the time follows as an outbox entry of its own, created in the
//! same save that lets the reply go, so a crash between the two requests loses neither and
//! repeats neither. The entry carries a marker the desk keeps with the time, by which a try
//! whose answer was lost is found made.

use super::State;
use crate::app::state::Outgoing;
use crate::backend::Changes;

/// The time entry that follows `reply` (just delivered), where the desk logs time apart;
/// its outbox id.
pub fn follows(state: &mut State, reply: &Outgoing) -> Option<u64> {
    let minutes = reply.reply.changes.time_spent?;
    if !state.session.capabilities.time_apart || reply.change.is_some() {
        return None;
    }
    let id = state.outbox.next_id();
    let marker = format!(
        "Logged with frontdesk ({}-{})",
        reply.ticket,
        reply.queued_at.as_millisecond()
    );
    let changes = Changes {
        time_spent: Some(minutes),
        time_note: Some(marker),
        ..Changes::default()
    };
    let what = crate::fl!(
        "time-logged",
        spent = crate::backend::fields::minutes(minutes),
        id = reply.ticket.to_string()
    );

    let now = state.session.now;
    let entry = Outgoing::for_change(id, reply.ticket, changes, what, None, now);
    state.outbox.items.push(entry);
    Some(id)
}
