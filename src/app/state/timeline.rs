//! The ticket's changes between its messages, when the agent asks for them (`H`): each on a
//! line of its own, marked ⟳ and dimmed, apart from anything a customer wrote; a long run of
//! changes between two messages folded into one line until the agent asks for all.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::detail::{StyledLine, span, when};
use crate::backend::Event;

/// How the conversation shows the ticket's changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChangesShown {
    #[default]
    Off,
    /// Runs longer than [`FOLD_OVER`] as one line.
    Folded,
    All,
}

impl ChangesShown {
    /// The next state of the toggle: off, folded, all, off.
    pub fn next(self) -> Self {
        match self {
            ChangesShown::Off => ChangesShown::Folded,
            ChangesShown::Folded => ChangesShown::All,
            ChangesShown::All => ChangesShown::Off,
        }
    }
}

/// The longest run of changes shown line by line while folded.
pub const FOLD_OVER: usize = 3;

/// The lines of one run of changes (those between two messages).
pub fn run_lines(
    run: &[&Event],
    fold: bool,
    now: Timestamp,
    tz: &TimeZone,
    width: usize,
) -> Vec<StyledLine> {
    if run.is_empty() {
        return Vec::new();
    }
    let line = |text: String| {
        vec![
            span("⟳ ", "message.change"),
            span(
                crate::text::truncate(&text, width.saturating_sub(2)),
                "message.change",
            ),
        ]
    };
    let mut lines = Vec::new();
    if fold && run.len() > FOLD_OVER {
        let mut who: Vec<&str> = Vec::new();
        for event in run {
            if !who.contains(&event.who.as_str()) {
                who.push(&event.who);
            }
        }
        let last = run.last().map_or(now, |e| e.at);
        lines.push(line(crate::fl!(
            "timeline-folded",
            count = run.len(),
            who = who.join(", "),
            when = when(last, now, tz)
        )));

        return lines;
    }
    lines.extend(run.iter().map(|e| {
        line(format!(
            "{} · {} · {}",
            when(e.at, now, tz),
            e.who,
            e.shown()
        ))
    }));
    lines
}
