//! Whether what is on screen is live: a refresh or poll the help desk did not answer is said
//! once on the status line, the title bar says "offline" beside the time of the last good
//! answer, and the first answer after that says the desk is back.

use super::State;
use crate::app::state::Level;

/// A refresh or poll failed with `err`.
pub fn lost(state: &mut State, err: &crate::backend::Error) {
    // Without the wording's own advice: this notice gives it once, after the time.
    let why = super::wording::what_happened(err);
    if state.session.offline.is_some() {
        state.session.offline = Some(why);
        return;
    }
    let since = match state.session.refreshed_at.or(state.session.cached_at) {
        Some(at) => format!(
            "what is shown is from {}",
            at.to_zoned(state.session.tz.clone()).strftime("%H:%M")
        ),
        None => "nothing could be loaded".to_string(),
    };
    state.status.push(
        Level::Warning,
        format!("The help desk did not answer ({why}); {since}. ctrl-r tries again"),
    );
    state.session.offline = Some(why);
}

/// The help desk answered a refresh or poll.
pub fn answered(state: &mut State) {
    if state.session.offline.take().is_some() {
        state.status.push(
            Level::Info,
            "The help desk answers again; the views are up to date",
        );
    }
}
