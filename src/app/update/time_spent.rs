//! The time spent on a reply or note, logged with it where the desk keeps time
//! (`Capabilities::time_tracking`): typed as an agent says it (`15m`, `1h30`, `1.5h`, `90`),
//! kept in the draft's changes, and shown in the composer's footer until it is sent.

use super::{Effect, State};
use crate::app::state::Level;
use crate::app::state::input::LineInput;
use crate::app::state::overlay::{Choice, Menu, Overlay, Prompt, PromptFor};
use crate::backend::TicketId;

/// `alt-t` in the composer: asks how long, or says why this desk takes no time.
pub fn open(state: &mut State) {
    let Some(draft) = state.compose.current() else {
        return;
    };
    if let Err(why) = state.session.capabilities.time_tracking {
        state.status.push(Level::Info, why);
        return;
    }
    let (ticket, had) = (draft.ticket, draft.changes.time_spent);
    state.overlay = Some(Overlay::Prompt(Prompt {
        title: crate::fl!("time-prompt", id = ticket.to_string()),
        purpose: PromptFor::TimeSpent { ticket },
        input: LineInput::with_text(&had.map(crate::backend::fields::minutes).unwrap_or_default()),
        words: Vec::new(),
        counting: None,
        words_for: None,
        cycle: None,
    }));
}

/// `alt-t` on a ticket: time spent without a message (a call, a look into the logs), logged
/// through the outbox on its own or with a status change.
pub fn open_alone(state: &mut State) {
    let Some(ticket) = state.detail.id else {
        return;
    };
    let caps = &state.session.capabilities;
    if let Err(why) = caps.time_tracking.and(caps.time_alone) {
        state.status.push(Level::Info, why);
        return;
    }
    state.overlay = Some(Overlay::Prompt(Prompt::new(
        crate::fl!("time-prompt-alone", id = ticket.to_string()),
        PromptFor::TimeAlone { ticket },
    )));
}

/// Enter in that prompt: asks whether the ticket's status changes with it (the first choice
/// keeps it), since time is often logged as a ticket is solved or put on hold. The prompt
/// stays open on a time it cannot read.
pub fn confirm_alone(state: &mut State, ticket: TicketId, typed: &str) {
    let minutes = match parse(typed) {
        Ok(Some(minutes)) => minutes,
        Ok(None) => {
            state.overlay = None;
            return;
        }
        Err(why) => {
            state.status.push(Level::Error, why);
            return;
        }
    };
    let spent = crate::backend::fields::minutes(minutes);
    let logged = crate::backend::Changes {
        time_spent: Some(minutes),
        // A note by which a try whose answer was lost is found made.
        time_note: Some(format!(
            "Logged with frontdesk ({ticket}-{})",
            state.session.now.as_millisecond()
        )),
        ..Default::default()
    };
    let current = state
        .detail
        .loaded()
        .filter(|t| t.summary.id == ticket)
        .map(|t| t.summary.status.name.clone());
    let mut items = vec![(
        crate::fl!("time-only-log", spent = spent.as_str()),
        Choice::Timed(Box::new((
            logged.clone(),
            crate::fl!(
                "time-logged",
                spent = spent.as_str(),
                id = ticket.to_string()
            ),
        ))),
    )];
    // Statuses that delete or hide the ticket are not a by-the-way of logging time.
    let statuses = state.session.capabilities.statuses.iter();
    for status in statuses.filter(|s| !crate::backend::Status::hides_name(&s.name)) {
        if current.as_deref() == Some(status.name.as_str()) {
            continue;
        }
        let changes = crate::backend::Changes {
            status: Some(status.name.clone()),
            ..logged.clone()
        };
        items.push((
            crate::fl!(
                "time-log-and-set",
                spent = spent.as_str(),
                status = status.name.as_str()
            ),
            Choice::Timed(Box::new((
                changes,
                crate::fl!(
                    "time-logged-status",
                    spent = spent.as_str(),
                    id = ticket.to_string(),
                    status = status.name.as_str()
                ),
            ))),
        ));
    }
    state.overlay = Some(Overlay::Menu(Menu {
        title: crate::fl!(
            "time-and-status",
            spent = spent.as_str(),
            id = ticket.to_string()
        ),
        ticket,
        items,
        selected: 0,
        query: Default::default(),
        question: None,
    }));
}

/// A choice of that menu: the time (and the status) as one change, asking first for fields
/// the desk wants before that status.
pub fn chosen(
    state: &mut State,
    ticket: TicketId,
    changes: crate::backend::Changes,
    what: String,
    fx: &mut Vec<Effect>,
) {
    if super::field_form::asks_first(state, ticket, &changes) {
        return;
    }
    super::outbox::queue_change(state, ticket, changes, what, fx);
}

/// Enter in the prompt: the time goes with the draft; returns whether the prompt is done.
pub fn confirm(state: &mut State, ticket: TicketId, typed: &str, fx: &mut Vec<Effect>) -> bool {
    let spent = match parse(typed) {
        Ok(spent) => spent,
        Err(why) => {
            state.status.push(Level::Error, why);
            return false;
        }
    };
    let Some(draft) = state.compose.drafts.get_mut(&ticket) else {
        return true;
    };
    draft.changes.time_spent = spent;
    let said = match spent {
        Some(m) if draft.public => crate::fl!(
            "time-with-reply",
            spent = crate::backend::fields::minutes(m)
        ),
        Some(m) => crate::fl!("time-with-note", spent = crate::backend::fields::minutes(m)),
        None => crate::fl!("time-none"),
    };
    state.status.push(Level::Info, said);
    super::drafts::touched(state, ticket, fx);
    true
}

/// Minutes from what an agent types: `15m`, `1h`, `1h30`, `1h30m`, `1.5h`, `90` (minutes);
/// empty or `0` for none.
pub fn parse(typed: &str) -> Result<Option<u32>, String> {
    let text: String = typed.trim().to_lowercase().replace(' ', "");
    let bad = || crate::fl!("time-not-a-time", typed = typed.trim());
    if text.is_empty() {
        return Ok(None);
    }
    let minutes = if let Some((hours, rest)) = text.split_once('h') {
        let hours: f64 = hours.replace(',', ".").parse().map_err(|_| bad())?;
        let rest = rest.trim_end_matches('m');
        let extra: f64 = if rest.is_empty() {
            0.0
        } else {
            rest.parse().map_err(|_| bad())?
        };
        hours * 60.0 + extra
    } else {
        text.trim_end_matches("min")
            .trim_end_matches('m')
            .parse::<f64>()
            .map_err(|_| bad())?
    };
    if !(0.0..=100_000.0).contains(&minutes) {
        return Err(bad());
    }
    let minutes = minutes.round() as u32;
    Ok((minutes > 0).then_some(minutes))
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn times_are_read_as_agents_write_them() {
        assert_eq!(parse("15m"), Ok(Some(15)));
        assert_eq!(parse("1h30"), Ok(Some(90)));
        assert_eq!(parse("1h 30m"), Ok(Some(90)));
        assert_eq!(parse("1.5h"), Ok(Some(90)));
        assert_eq!(parse("1,5h"), Ok(Some(90)));
        assert_eq!(parse("2H"), Ok(Some(120)));
        assert_eq!(parse("45"), Ok(Some(45)));
        assert_eq!(parse(""), Ok(None));
        assert_eq!(parse("0"), Ok(None));
        assert!(parse("soon").is_err());
        assert!(parse("-5m").is_err());
    }
}
