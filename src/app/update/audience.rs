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
            format!(
                "\u{201c}{}\u{201d} is written as {}; the draft is now one",
                insertion.canned.title,
                insertion.audience.words()
            ),
        );
        // `put` marks the draft changed as it inserts.
        return Some(insertion);
    }
    let now = Audience::of(draft.public);
    let ticket = insertion.ticket;
    let title = format!(
        "\u{201c}{}\u{201d} is written as {}, and this draft is {}",
        insertion.canned.title,
        insertion.audience.words(),
        now.words()
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
                format!("Insert it and make the draft {}", words_short(wanted)),
                Choice::Insert(Box::new(switch)),
            ),
            (
                format!("Insert it and keep the draft {}", words_short(!wanted)),
                Choice::Insert(Box::new(keep)),
            ),
            ("Do not insert it".into(), Choice::Nothing),
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
        Some(name) => format!("a public reply to {name}: the customer sees it"),
        None => Audience::Public.words().to_string(),
    };
    let (now, then) = if public {
        (Audience::Internal.words().to_string(), public_words)
    } else {
        (public_words, Audience::Internal.words().to_string())
    };
    state.overlay = Some(Overlay::Menu(Menu {
        title: format!("This draft is {now}"),
        ticket,
        items: vec![
            (
                format!("Keep it {}", words_short(!public)),
                Choice::Audience {
                    ticket,
                    public: !public,
                },
            ),
            (
                format!("Make it {then}"),
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
        state.status.push(
            Level::Warning,
            format!("The draft is now {}", Audience::of(public).words()),
        );
        drafts::touched(state, ticket, fx);
    }
    state.compose.open = Some(ticket);
    state.focus = crate::app::state::Focus::Compose;
}

fn words_short(public: bool) -> &'static str {
    if public {
        "a public reply (the customer sees it)"
    } else {
        "an internal note (agents only)"
    }
}
