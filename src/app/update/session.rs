//! Answers about the agent and their colleagues: who you are, and who can be assigned.

use super::wording::{explain, is_unreachable};
use crate::app::state::{Level, State};
use crate::backend::{Agent, Error};

/// Who the agent is.
pub fn me(state: &mut State, result: Result<Agent, Error>) {
    match result {
        Ok(me) => state.session.me = Some(me),
        // The views say the desk cannot be reached; who you are is asked again when it answers.
        Err(err) if is_unreachable(&err) => state.session.ask_again = true,
        Err(err) => state.status.push(
            Level::Error,
            format!("Could not find out who you are: {}", explain(&err)),
        ),
    }
}

/// The agents a ticket can be assigned to.
pub fn agents(state: &mut State, result: Result<Vec<Agent>, Error>) {
    match result {
        Ok(agents) => state.session.agents = agents,
        Err(err) if !is_unreachable(&err) => {
            state.status.push(
                Level::Warning,
                format!("Could not list agents: {}", explain(&err)),
            );
        }
        Err(_) => state.session.ask_again = true,
    }
}
