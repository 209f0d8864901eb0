//! The detail pane: one ticket, its conversation as wrapped display lines, and the requester's
//! other tickets.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::remote::{Remote, RequestId};
use super::timeline::{ChangesShown, run_lines};
use crate::backend::{Event, MessageKind, Ticket, TicketId, TicketSummary};
use crate::text::{time, wrap};

/// A run of text with the theme name of its style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: &'static str,
}

/// One screen line of styled text.
pub type StyledLine = Vec<Span>;

pub(super) fn span(text: impl Into<String>, style: &'static str) -> Span {
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
    /// The ticket's changes, read when they are shown.
    pub changes: Remote<Vec<Event>>,
    /// Whether the conversation shows them (kept from ticket to ticket).
    pub changes_shown: ChangesShown,
    /// The conversation as display lines for `transcript_width` columns. Built when the ticket
    /// or the width changes, not on every frame.
    pub transcript: Vec<StyledLine>,
    pub transcript_width: u16,
    /// Where each message starts in `transcript`, with who wrote it, for moving by message.
    pub starts: Vec<(usize, MessageKind)>,
    /// Whether the conversation has been put at its first place for this ticket (the latest
    /// customer message when it does not fit).
    pub placed: bool,
    /// The line that first place put at the top, kept there as the pane changes size (the
    /// other tickets arriving, say) until the agent moves.
    pub anchor: Option<usize>,
    /// First conversation line shown.
    pub scroll: usize,
    /// The message last moved to by message (`]`, `[`, `g`, `G`), an index into `starts`:
    /// near the end several messages share the last screen, and the next step goes from it,
    /// not from the top line.
    pub reading: Option<usize>,
    /// Whether keys move in the other-tickets list instead of the conversation.
    pub history_focus: bool,
    pub history_selected: usize,
    /// The ticket the side-by-side pane will switch to once the selection rests, with the
    /// timer that says so.
    pub debounce: Option<(RequestId, TicketId)>,
    /// Where the queue has the whole screen: the selected ticket to fetch ahead once the
    /// selection rests, so `enter` opens it at once.
    pub ahead: Option<(RequestId, TicketId)>,
    /// When the copy shown was read from the help desk, while it is the one kept on disk
    /// (`None` once the live copy arrives).
    pub cached_at: Option<Timestamp>,
    /// Messages translated on request (by message id), shown under them, with the command
    /// that did it.
    pub translations: std::collections::BTreeMap<String, super::translation::Translation>,
    pub translated_by: String,
    /// The language the open ticket's customer writes in, found when its conversation is
    /// laid out (not on every frame).
    pub spoken: Option<crate::text::language::Spoken>,
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
    pub const KEEP: usize = 16;

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
                changes_shown: self.changes_shown,
                ..DetailState::default()
            };
        }
    }

    /// Rebuilds the display lines if the ticket or the width changed; `unsent` are the
    /// agent's replies to it still in the outbox, shown after the conversation.
    pub fn relayout(&mut self, width: u16, now: Timestamp, tz: &TimeZone, unsent: &[Unsent]) {
        let Some(ticket) = self.loaded() else {
            self.transcript.clear();
            return;
        };
        let events = match (self.changes_shown, &self.changes.value) {
            (ChangesShown::Off, _) | (_, None) => &[][..],
            (_, Some(events)) => events.as_slice(),
        };
        let fold = self.changes_shown == ChangesShown::Folded;
        let translated = (&self.translations, self.translated_by.as_str());
        (self.transcript, self.starts) =
            transcript(ticket, width, now, tz, (events, fold), translated);
        let wrap_at = usize::from(width).max(10);
        for message in unsent {
            self.starts
                .push((self.transcript.len() + 1, message.kind()));
            self.transcript.extend(message.lines(wrap_at));
        }
        self.transcript_width = width;
    }

    /// Puts the conversation at its first place once per ticket: the latest customer message
    /// (else the latest message) when the whole conversation does not fit in `rows`.
    pub fn place(&mut self, rows: usize) {
        if !self.placed && !self.transcript.is_empty() {
            self.placed = true;
            let latest = self
                .starts
                .iter()
                .rev()
                .find(|(_, kind)| *kind == MessageKind::Customer)
                .or(self.starts.last());
            self.anchor = latest.map(|(line, _)| *line);
        }
        if let Some(line) = self.anchor {
            // A conversation that fits starts at its top.
            let line = if self.transcript.len() <= rows {
                0
            } else {
                line
            };
            self.scroll = 0;
            self.scroll_by(line as isize, rows);
        }
    }

    /// Scrolls to the start of the next (`forward`) or previous message.
    pub fn to_message(&mut self, forward: bool, rows: usize) {
        // The message moved to last, while it is still on screen; else the one at the top.
        let on_screen = |line: usize| line >= self.scroll && line < self.scroll + rows.max(1);
        let current = self
            .reading
            .filter(|&i| self.starts.get(i).is_some_and(|(line, _)| on_screen(*line)))
            .or_else(|| {
                self.starts
                    .iter()
                    .rposition(|(line, _)| *line <= self.scroll)
            });
        let target = match (forward, current) {
            (true, Some(i)) => Some(i + 1),
            (true, None) => Some(0),
            (false, Some(i)) => i.checked_sub(1),
            (false, None) => None,
        }
        .filter(|&i| i < self.starts.len());
        match target {
            Some(i) => {
                self.reading = Some(i);
                self.scroll = 0;
                self.scroll_by(self.starts[i].0 as isize, rows);
            }
            None if forward => self.scroll_by(isize::MAX / 2, rows),
            None => self.to_first(),
        }
    }

    /// Scrolls to the top, the first message.
    pub fn to_first(&mut self) {
        self.scroll = 0;
        self.reading = Some(0);
    }

    /// Scrolls to the start of the latest message.
    pub fn to_latest(&mut self, rows: usize) {
        let line = self.starts.last().map_or(0, |(line, _)| *line);
        self.reading = self.starts.len().checked_sub(1);
        self.scroll = 0;
        self.scroll_by(line as isize, rows);
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
    let clock = crate::i18n::format::clock(&local);
    if today {
        let ago = crate::fl!("time-ago", age = time::age(now, at));
        format!("{clock} ({ago})")
    } else {
        format!("{} {clock}", crate::i18n::format::day_month(&local))
    }
}

/// A reply or note of the agent's that waits in the outbox, shown under the conversation
/// as not sent yet, so the agent sees it was not lost and does not write it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsent {
    pub public: bool,
    pub body: String,
}

impl Unsent {
    fn kind(&self) -> MessageKind {
        if self.public {
            MessageKind::Public
        } else {
            MessageKind::Internal
        }
    }

    /// A blank line, the header, and the text wrapped to `width`.
    fn lines(&self, width: usize) -> Vec<StyledLine> {
        let (bar, head, who) = if self.public {
            (
                "▍ ",
                "message.public",
                crate::fl!("message-you-to-customer"),
            )
        } else {
            ("░ ", "message.internal", crate::fl!("message-your-note"))
        };
        let mut lines = vec![
            Vec::new(),
            vec![
                span(bar, head),
                span(who, head),
                span(
                    format!(" · {}", crate::fl!("message-not-sent")),
                    "message.unsent",
                ),
            ],
        ];
        for line in wrap(&self.body, width - 2) {
            let bar = if self.public { "  " } else { bar };
            lines.push(vec![span(bar, head), span(line, "message.unsent")]);
        }
        lines
    }
}

/// The conversation as display lines: each message a header line naming who wrote it and who
/// can read it, then its text wrapped to `width` and indented, then its files. Internal notes
/// carry a ░ bar on every line, so they stand apart without colour too. The ticket's
/// changes (`changes`, folded or not) go between the messages by time. Also where each
/// message starts.
pub fn transcript(
    ticket: &Ticket,
    width: u16,
    now: Timestamp,
    tz: &TimeZone,
    (changes, fold): (&[Event], bool),
    (translations, command): (
        &std::collections::BTreeMap<String, super::translation::Translation>,
        &str,
    ),
) -> (Vec<StyledLine>, Vec<(usize, MessageKind)>) {
    let width = usize::from(width).max(10);
    let mut lines = Vec::new();
    let mut starts = Vec::new();
    let mut events = changes.iter().peekable();
    for message in &ticket.conversation {
        let mut run = Vec::new();
        while let Some(event) = events.next_if(|e| e.at <= message.created_at) {
            run.push(event);
        }
        if !run.is_empty() {
            if !lines.is_empty() {
                lines.push(Vec::new());
            }
            lines.extend(run_lines(&run, fold, now, tz, width));
        }
        if !lines.is_empty() {
            lines.push(Vec::new());
        }
        starts.push((lines.len(), message.kind));
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
                crate::fl!("message-to-customer", author = message.author.as_str()),
                "message.body",
            ),
            MessageKind::Internal => (
                "░ ",
                "message.internal",
                crate::fl!("message-note", author = message.author.as_str()),
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
        for file in &message.attachments {
            let bar = if message.kind == MessageKind::Internal {
                bar
            } else {
                "  "
            };
            let text = crate::text::truncate(&format!("📎 {}", file.describe()), width - 2);
            lines.push(vec![span(bar, head), span(text, "message.attachment")]);
        }
        if let Some(translation) = translations.get(&message.id) {
            lines.extend(super::translation::lines(translation, command, width));
        }
    }
    let rest: Vec<&Event> = events.collect();
    if !rest.is_empty() {
        lines.push(Vec::new());
        lines.extend(run_lines(&rest, fold, now, tz, width));
    }
    (lines, starts)
}
