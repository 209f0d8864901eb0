//! Whether what is on screen is live: a refresh or poll the help desk did not answer is said
//! once on the status line, the title bar says "offline" (or "signed out" when the desk
//! refused the credential) beside the time of the last good answer, and the first answer
//! after that says the desk is back.

use super::State;
use crate::app::state::{Away, Level};
use crate::backend::Error;

/// A refresh or poll failed with `err`.
pub fn lost(state: &mut State, err: &Error) {
    // Without the wording's own advice: this notice gives it once, after the time.
    let why = super::wording::what_happened(err);
    let signed_out = matches!(err, Error::Auth(_));
    let was = state.session.away.replace(Away {
        why: why.clone(),
        signed_out,
    });
    if was.is_some_and(|was| was.signed_out == signed_out) {
        return;
    }
    let shown = state
        .session
        .refreshed_at
        .or(state.session.cached_at)
        .map(|at| crate::i18n::format::clock(&at.to_zoned(state.session.tz.clone())));
    let text = match (signed_out, shown) {
        // The wording already says what to run; trying again will not help.
        (true, Some(time)) => crate::fl!("away-signed-out-shown", why = why, time = time),
        (true, None) => crate::fl!("away-signed-out", why = why),
        (false, Some(time)) => crate::fl!("away-shown", why = why, time = time),
        (false, None) => crate::fl!("away-nothing", why = why),
    };
    state.status.push(Level::Warning, text);
}

/// The help desk answered a refresh or poll; after being away, whatever waits in the outbox
/// goes at once.
pub fn answered(state: &mut State, fx: &mut Vec<crate::app::effect::Effect>) {
    if let Some(was) = state.session.away.take() {
        let text = if was.signed_out {
            crate::fl!("back-signed-in")
        } else {
            crate::fl!("back-answers")
        };
        state.status.push(Level::Info, text);
        super::takeover::desk_back(state, fx);
    }
}
