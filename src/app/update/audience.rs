//! Who reads what the agent writes. A draft's audience changes only when the agent says so in
//! words: a canned response written for the other audience asks before it goes in, and `r`
//! on a note (or `n` on a reply) asks before turning one into the other. A blank draft takes
//! the response's audience at once, visibly.

use super::{Effect, State, drafts};
use crate::app::state::Level;
use crate::app::state::overlay::{Choice, Insertion, Menu, Overlay};
use crate::backend::TicketId;
use crate::canned::Audience;

/// Whether `insertion` may go into its draft now. If its audience differs from the draft's,
/// a blank draft switches (and says so); a written one asks, and the insertion waits in the
/// menu.
pub fn settled(state: &mut State, insertion: Insertion) -> Option<Insertion> {
    let draft = state.compose.drafts.get_mut(&insertion.ticket)?;
    if insertion.audience.fits(draft.public) {
        return Some(insertion);
    }
    let wanted = insertion.audience == Audience::Public;
    if draft.is_blank() {
        draft.public = wanted;
        state.status.push(
            Level::Warning,
            crate::fl!(
                "audience-switched",
                title = insertion.canned.title.as_str(),
                audience = words(insertion.audience)
            ),
        );
        // `put` marks the draft changed as it inserts.
        return Some(insertion);
    }
    let now = Audience::of(draft.public);
    let ticket = insertion.ticket;
    let title = crate::fl!(
        "audience-differs",
        title = insertion.canned.title.as_str(),
        audience = words(insertion.audience),
        now = words(now)
    );
    let switch = Insertion {
        make_public: Some(wanted),
        ..insertion.clone()
    };
    let keep = Insertion {
        make_public: Some(!wanted),
        ..insertion
    };
    state.overlay = Some(Overlay::Menu(Menu {
        title,
        ticket,
        items: vec![
            (
                crate::fl!("audience-insert-make", short = words_short(wanted)),
                Choice::Insert(Box::new(switch)),
            ),
            (
                crate::fl!("audience-insert-keep", short = words_short(!wanted)),
                Choice::Insert(Box::new(keep)),
            ),
            (crate::fl!("audience-do-not-insert"), Choice::Nothing),
        ],
        selected: 0,
        query: Default::default(),
        question: None,
    }));
    None
}

/// `r` (public) or `n` (internal) on a draft of the other kind: a blank draft switches, a
/// written one asks. Returns whether the composer may open now.
pub fn reopen(state: &mut State, ticket: TicketId, public: bool, fx: &mut Vec<Effect>) -> bool {
    let Some(draft) = state.compose.drafts.get_mut(&ticket) else {
        return true;
    };
    if draft.public == public {
        return true;
    }
    if draft.is_blank() {
        draft.public = public;
        drafts::touched(state, ticket, fx);
        return true;
    }
    let to = state
        .detail
        .loaded()
        .filter(|t| t.summary.id == ticket)
        .map(|t| t.summary.requester.name.clone())
        .filter(|n| !n.is_empty());
    let public_words = match to {
        Some(name) => crate::fl!("audience-public-to", name = name),
        None => words(Audience::Public),
    };
    let (now, then) = if public {
        (words(Audience::Internal), public_words)
    } else {
        (public_words, words(Audience::Internal))
    };
    state.overlay = Some(Overlay::Menu(Menu {
        title: crate::fl!("audience-this-draft-is", now = now),
        ticket,
        items: vec![
            (
                crate::fl!("audience-keep-it", short = words_short(!public)),
                Choice::Audience {
                    ticket,
                    public: !public,
                },
            ),
            (
                crate::fl!("audience-make-it", then = then),
                Choice::Audience { ticket, public },
            ),
        ],
        selected: 0,
        query: Default::default(),
        question: None,
    }));
    false
}

/// The agent chose an audience for a draft in the menu `reopen` opened.
pub fn chosen(state: &mut State, ticket: TicketId, public: bool, fx: &mut Vec<Effect>) {
    if let Some(draft) = state.compose.drafts.get_mut(&ticket)
        && draft.public != public
    {
        draft.public = public;
        state.status.push(Level::Warning, now_words(public));
        drafts::touched(state, ticket, fx);
    }
    state.compose.open = Some(ticket);
    state.focus = crate::app::state::Focus::Compose;
}

fn words_short(public: bool) -> String {
    crate::fl!(
        "audience-short",
        audience = if public { "public" } else { "internal" }
    )
}

/// An audience in words, as the composer's title says it.
pub fn words(audience: Audience) -> String {
    let which = match audience {
        Audience::Any => "any",
        Audience::Public => "public",
        Audience::Internal => "internal",
    };
    crate::fl!("audience-words", audience = which)
}

/// "The draft is now …", said when a draft changes audience.
pub fn now_words(public: bool) -> String {
    crate::fl!("audience-now", audience = words(Audience::of(public)))
}
