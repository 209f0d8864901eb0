//! Merging a duplicate (`M` in a ticket): the target picked from the requester's other
//! tickets or by number, a confirmation naming both subjects and what the desk will do to the
//! merged ticket, then the desk's own merge.

use super::wording::explain;
use super::{Effect, State, detail};
use crate::app::state::Level;
use crate::app::state::overlay::{Choice, Menu, Overlay, Prompt, PromptFor};
use crate::backend::{Error, TicketId};
use crate::model::MergeEffect;

/// `merge_ticket`: which ticket the open one goes into.
pub fn start(state: &mut State, source: TicketId) {
    if state.session.capabilities.merge.is_none() {
        state
            .status
            .push(Level::Info, crate::fl!("merge-unsupported"));
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
    items.push((crate::fl!("merge-by-number"), Choice::MergeByNumber(source)));
    state.overlay = Some(Overlay::Menu(Menu {
        title: crate::fl!("merge-into-title", id = source.to_string()),
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
        crate::fl!("merge-into-number", id = source.to_string()),
        PromptFor::MergeInto { source },
    )));
}

/// The target is chosen: the agent confirms, told both subjects and what will happen.
pub fn confirm(state: &mut State, source: TicketId, target: TicketId) {
    if source == target {
        state.status.push(Level::Error, crate::fl!("merge-itself"));
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
    let effect = match state.session.capabilities.merge {
        Some(MergeEffect::ClosedWithNote) => "closed-with-note",
        Some(MergeEffect::ClosedCommentsCopied) => "closed-comments-copied",
        Some(MergeEffect::ClosedConversationsAdded) => "closed-conversations-added",
        Some(MergeEffect::ShownWithTarget) => "shown-with-target",
        Some(MergeEffect::SetMerged) | None => "set-merged",
    };
    state.overlay = Some(Overlay::Menu(Menu {
        title: crate::fl!(
            "merge-confirm-title",
            source = source.to_string(),
            source_subject = subject(source),
            target = target.to_string(),
            target_subject = subject(target)
        ),
        ticket: source,
        items: vec![
            (
                crate::fl!(
                    "merge-confirm-yes",
                    id = source.to_string(),
                    effect = effect
                ),
                Choice::MergeConfirmed { source, target },
            ),
            (crate::fl!("merge-confirm-no"), Choice::Nothing),
        ],
        selected: 1,
        query: Default::default(),
        question: Some(Default::default()),
    }));
}

/// Confirmed: the desk merges.
pub fn merge(state: &mut State, source: TicketId, target: TicketId, fx: &mut Vec<Effect>) {
    state.status.push(
        Level::Info,
        crate::fl!(
            "merge-merging",
            source = source.to_string(),
            target = target.to_string()
        ),
    );
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
            state.status.push(
                Level::Info,
                crate::fl!(
                    "merge-merged",
                    source = source.to_string(),
                    target = target.to_string()
                ),
            );
            super::queue::load_all(state, fx);
            detail::open(state, target, fx);
        }
        Err(err) => state.status.push(
            Level::Error,
            crate::fl!(
                "merge-failed",
                source = source.to_string(),
                target = target.to_string(),
                why = explain(&err)
            ),
        ),
    }
}
