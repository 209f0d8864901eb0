//! The detail pane: one ticket, its conversation as wrapped display lines, and the requester's
//! other tickets.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::remote::{Remote, RequestId};
use crate::backend::{MessageKind, Ticket, TicketId, TicketSummary};
use crate::text::{time, wrap};

/// A run of text with the theme name of its style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: &'static str,
}

/// One screen line of styled text.
pub type StyledLine = Vec<Span>;

fn span(text: impl Into<String>, style: &'static str) -> Span {
    Span {
        text: text.into(),
        style,
    }
}

/// The detail pane.
#[derive(Debug, Default)]
pub struct DetailState {
    /// The ticket shown (or about to be).
    pub id: Option<TicketId>,
    pub ticket: Remote<Ticket>,
    pub history: Remote<Vec<TicketSummary>>,
    /// The conversation as display lines for `transcript_width` columns. Built when the ticket
    /// or the width changes, not on every frame.
    pub transcript: Vec<StyledLine>,
    pub transcript_width: u16,
    /// First conversation line shown.
    pub scroll: usize,
    /// Whether keys move in the other-tickets list instead of the conversation.
    pub history_focus: bool,
    pub history_selected: usize,
    /// The ticket the side-by-side pane will switch to once the selection rests, with the
    /// timer that says so.
    pub debounce: Option<(RequestId, TicketId)>,
}

/// Tickets next to the open one, fetched ahead so that `J`/`K` and moving the selection show
/// them at once (they are fetched again all the same, and replaced when that answers).
#[derive(Debug, Default)]
pub struct Prefetch {
    /// Newest last; at most [`Prefetch::KEEP`].
    pub tickets: Vec<Ticket>,
    /// Asked for, not yet answered.
    pub pending: Vec<TicketId>,
}

impl Prefetch {
    /// How many prefetched tickets are kept.
    pub const KEEP: usize = 4;

    /// The prefetched copy of `id`, if any.
    pub fn get(&self, id: TicketId) -> Option<&Ticket> {
        self.tickets.iter().find(|t| t.summary.id == id)
    }

    /// Keeps `ticket`, forgetting the oldest beyond [`Prefetch::KEEP`].
    pub fn keep(&mut self, ticket: Ticket) {
        let id = ticket.summary.id;
        self.pending.retain(|p| *p != id);
        self.tickets.retain(|t| t.summary.id != id);
        self.tickets.push(ticket);
        if self.tickets.len() > Self::KEEP {
            self.tickets.remove(0);
        }
    }
}

impl DetailState {
    /// The loaded ticket, if it is the one this pane is for.
    pub fn loaded(&self) -> Option<&Ticket> {
        self.ticket
            .value
            .as_ref()
            .filter(|t| Some(t.summary.id) == self.id)
    }

    /// The requester's other tickets (this one left out), newest first.
    pub fn others(&self) -> Vec<&TicketSummary> {
        self.history
            .value
            .iter()
            .flatten()
            .filter(|t| Some(t.id) != self.id)
            .collect()
    }

    /// Switches the pane to another ticket: everything about the old one goes.
    pub fn show(&mut self, id: TicketId) {
        if self.id != Some(id) {
            *self = DetailState {
                id: Some(id),
                ..DetailState::default()
            };
        }
    }

    /// Rebuilds the display lines if the ticket or the width changed.
    pub fn relayout(&mut self, width: u16, now: Timestamp, tz: &TimeZone) {
        let Some(ticket) = self.loaded() else {
            self.transcript.clear();
            return;
        };
        self.transcript = transcript(ticket, width, now, tz);
        self.transcript_width = width;
    }

    /// Scrolls by `delta` lines within a window of `rows` rows.
    pub fn scroll_by(&mut self, delta: isize, rows: usize) {
        let max = self.transcript.len().saturating_sub(rows);
        self.scroll = self.scroll.saturating_add_signed(delta).min(max);
    }
}

/// When a message was written, as the agent reads it: the time today, else the date.
pub fn when(at: Timestamp, now: Timestamp, tz: &TimeZone) -> String {
    let local = at.to_zoned(tz.clone());
    let today = now.to_zoned(tz.clone()).date() == local.date();
    let clock = local.strftime("%H:%M").to_string();
    if today {
        format!("{clock} ({} ago)", time::age(now, at))
    } else {
        format!("{} {clock}", local.strftime("%b %-d"))
    }
}

/// The conversation as display lines: each message a header line naming who wrote it and who
/// can read it, then its text wrapped to `width` and indented. Internal notes carry a ░ bar on
/// every line, so they stand apart without colour too.
pub fn transcript(ticket: &Ticket, width: u16, now: Timestamp, tz: &TimeZone) -> Vec<StyledLine> {
    let width = usize::from(width).max(10);
    let mut lines = Vec::new();
    for (n, message) in ticket.conversation.iter().enumerate() {
        if n > 0 {
            lines.push(Vec::new());
        }
        let at = when(message.created_at, now, tz);
        let (bar, head, who, body_style) = match message.kind {
            MessageKind::Customer => (
                "▍ ",
                "message.customer",
                message.author.clone(),
                "message.body",
            ),
            MessageKind::Public => (
                "▍ ",
                "message.public",
                format!("{} → customer", message.author),
                "message.body",
            ),
            MessageKind::Internal => (
                "░ ",
                "message.internal",
                format!("note · {} · agents only", message.author),
                "message.internal.body",
            ),
        };
        lines.push(vec![
            span(bar, head),
            span(who, head),
            span(format!(" · {at}"), "message.time"),
        ]);
        for line in wrap(&message.body, width - 2) {
            let bar = if message.kind == MessageKind::Internal {
                bar
            } else {
                "  "
            };
            lines.push(vec![span(bar, head), span(line, body_style)]);
        }
    }
    lines
}
