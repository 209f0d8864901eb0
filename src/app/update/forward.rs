//! `F`: the message being read forwarded to someone outside the ticket. The address is asked
//! first; then the composer opens with the message quoted under the agent's words and its
//! files named, and the forward goes through the outbox like a reply: once.

use super::{Effect, State};
use crate::app::state::compose::Draft;
use crate::app::state::overlay::{Overlay, Prompt, PromptFor};
use crate::app::state::{Focus, Level};
use crate::backend::{Forward, Message, TicketId, is_address};

/// The message whose start is at or above the top of the conversation pane: the one being
/// read.
pub(super) fn message_read(state: &State) -> Option<&Message> {
    let ticket = state.detail.loaded()?;
    let scroll = state.detail.scroll;
    let index = state
        .detail
        .starts
        .iter()
        .take(ticket.conversation.len())
        .rposition(|(line, _)| *line <= scroll + 1)
        .unwrap_or(0);
    ticket.conversation.get(index)
}

/// The key: asks who to forward to.
pub fn start(state: &mut State) {
    if let Err(why) = state.session.capabilities.forward {
        state.status.push(Level::Info, why);
        return;
    }
    let Some(ticket) = state.detail.id else {
        return;
    };
    let busy =
        state.compose.drafts.get(&ticket).is_some_and(|d| {
            !d.text().trim().is_empty() || !d.files.is_empty() || d.forward.is_some()
        });
    if busy {
        state.status.push(
            Level::Warning,
            crate::fl!("forward-busy", id = ticket.to_string()),
        );
        return;
    }
    let Some(message) = message_read(state) else {
        return;
    };
    let when = message.created_at.to_zoned(state.session.tz.clone());
    let title = crate::fl!(
        "forward-title",
        author = message.author.as_str(),
        when = format!(
            "{} {}",
            crate::i18n::format::day_month(&when),
            crate::i18n::format::clock(&when)
        )
    );
    let purpose = PromptFor::ForwardTo {
        ticket,
        message: message.id.clone(),
    };
    state.overlay = Some(Overlay::Prompt(Prompt::new(title, purpose)));
}

/// The address typed: the composer opens on the forward. Whether the prompt may close.
pub fn confirm(
    state: &mut State,
    ticket: TicketId,
    message: &str,
    field: &str,
    fx: &mut Vec<Effect>,
) -> bool {
    let to = crate::app::state::complete::addresses(field);
    if to.is_empty() || to.iter().any(|a| !is_address(a)) {
        state.status.push(
            Level::Error,
            crate::fl!("forward-not-address", typed = field.trim()),
        );
        return false;
    }
    let Some(original) = state
        .detail
        .loaded()
        .filter(|t| t.summary.id == ticket)
        .and_then(|t| t.conversation.iter().find(|m| m.id == message))
        .cloned()
    else {
        return true;
    };
    let mut draft = Draft::new(ticket, true, state.session.unresolved_style);
    draft.editor.insert_str(quoted(&original));
    draft.editor.move_cursor(ratatui_textarea::CursorMove::Top);
    draft.forward = Some(Forward {
        message: original.id.clone(),
        to,
        files: original.attachments.clone(),
    });
    state.compose.drafts.insert(ticket, draft);
    state.compose.open = Some(ticket);
    state.focus = Focus::Compose;
    super::drafts::touched(state, ticket, fx);
    true
}

/// Room for the agent's words, then the message as mail clients forward it.
fn quoted(message: &Message) -> String {
    let mut text = format!(
        "\n\n---------- Forwarded message ----------\nFrom: {}\nDate: {}\n\n",
        message.author,
        message.created_at.strftime("%Y-%m-%d %H:%M UTC")
    );
    for line in message.body.lines() {
        text.push_str("> ");
        text.push_str(line);
        text.push('\n');
    }
    text
}
