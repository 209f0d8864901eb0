//! Merging a duplicate (`M` in a ticket): the target picked from the requester's other
//! tickets or by number, a confirmation naming both subjects and what the desk will do to the
//! merged ticket, then the desk's own merge.

use super::wording::explain;
use super::{Effect, State, detail};
use crate::app::state::Level;
use crate::app::state::overlay::{Choice, Menu, Overlay, Prompt, PromptFor};
use crate::backend::{Error, TicketId};

/// `merge_ticket`: which ticket the open one goes into.
pub fn start(state: &mut State, source: TicketId) {
    if state.session.capabilities.merge.is_none() {
        state
            .status
            .push(Level::Info, "This help desk cannot merge tickets");
        return;
    }
    let mut items: Vec<(String, Choice)> = state
        .detail
        .others()
        .iter()
        .map(|t| {
            (
                format!("#{} {} ({})", t.id, t.subject, t.status.name),
                Choice::MergeInto {
                    source,
                    target: t.id,
                },
            )
        })
        .collect();
    items.push((
        "Another ticket, by its number…".into(),
        Choice::MergeByNumber(source),
    ));
    state.overlay = Some(Overlay::Menu(Menu {
        title: format!("Merge #{source} into"),
        ticket: source,
        items,
        selected: 0,
        query: Default::default(),
        question: None,
    }));
}

/// The target is to be typed.
pub fn by_number(state: &mut State, source: TicketId) {
    state.overlay = Some(Overlay::Prompt(Prompt::new(
        format!("Merge #{source} into ticket #"),
        PromptFor::MergeInto { source },
    )));
}

/// The target is chosen: the agent confirms, told both subjects and what will happen.
pub fn confirm(state: &mut State, source: TicketId, target: TicketId) {
    if source == target {
        state
            .status
            .push(Level::Error, "A ticket cannot be merged into itself");
        return;
    }
    let subject = |id: TicketId| {
        state
            .detail
            .loaded()
            .filter(|t| t.summary.id == id)
            .map(|t| t.summary.subject.clone())
            .or_else(|| {
                state
                    .detail
                    .others()
                    .iter()
                    .find(|t| t.id == id)
                    .map(|t| t.subject.clone())
            })
            .or_else(|| state.queue.find(id).map(|t| t.subject.clone()))
            .map(|s| format!(" \u{201c}{}\u{201d}", crate::text::truncate(&s, 30)))
            .unwrap_or_default()
    };
    let what = state.session.capabilities.merge.unwrap_or("");
    state.overlay = Some(Overlay::Menu(Menu {
        title: format!(
            "Merge #{source}{} into #{target}{}?",
            subject(source),
            subject(target)
        ),
        ticket: source,
        items: vec![
            (
                format!("Yes, merge: #{source} {what}"),
                Choice::MergeConfirmed { source, target },
            ),
            ("No, keep both".into(), Choice::Nothing),
        ],
        selected: 1,
        query: Default::default(),
        question: Some(Default::default()),
    }));
}

/// Confirmed: the desk merges.
pub fn merge(state: &mut State, source: TicketId, target: TicketId, fx: &mut Vec<Effect>) {
    state
        .status
        .push(Level::Info, format!("Merging #{source} into #{target}…"));
    fx.push(Effect::Merge { source, target });
}

/// The desk's answer: the target opens, the views are read again.
pub fn merged(
    state: &mut State,
    source: TicketId,
    target: TicketId,
    result: Result<(), Error>,
    fx: &mut Vec<Effect>,
) {
    match result {
        Ok(()) => {
            state
                .status
                .push(Level::Info, format!("Merged #{source} into #{target}"));
            super::queue::load_all(state, fx);
            detail::open(state, target, fx);
        }
        Err(err) => state.status.push(
            Level::Error,
            format!(
                "Could not merge #{source} into #{target}: {}",
                explain(&err)
            ),
        ),
    }
}
