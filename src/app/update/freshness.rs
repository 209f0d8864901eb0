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
    let since = match state.session.refreshed_at.or(state.session.cached_at) {
        Some(at) => format!(
            "what is shown is from {}",
            at.to_zoned(state.session.tz.clone()).strftime("%H:%M")
        ),
        None => "nothing could be loaded".to_string(),
    };
    let text = if signed_out {
        // The wording already says what to run; trying again will not help.
        format!("Signed out: {why}. {}", capitalised(&since))
    } else {
        format!("The help desk did not answer ({why}); {since}. ctrl-r tries again")
    };
    state.status.push(Level::Warning, text);
}

/// The help desk answered a refresh or poll; after being away, whatever waits in the outbox
/// goes at once.
pub fn answered(state: &mut State, fx: &mut Vec<crate::app::effect::Effect>) {
    if let Some(was) = state.session.away.take() {
        let text = if was.signed_out {
            "Signed in again; the views are up to date"
        } else {
            "The help desk answers again; the views are up to date"
        };
        state.status.push(Level::Info, text);
        super::takeover::desk_back(state, fx);
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
