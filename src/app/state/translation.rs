//! A message's translation by the agent's own command (`translate_cmd`), shown under the
//! original, marked with the languages and the command, never in place of the customer's
//! words.

use super::detail::{StyledLine, span};

/// Where a message's translation stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Translation {
    /// Asked of the command, not answered yet.
    Waiting { from: String, to: String },
    /// The command's text, cleaned like ticket text.
    Done {
        from: String,
        to: String,
        text: String,
    },
    /// What went wrong, in words.
    Failed(String),
}

/// The lines a translation adds under its message, `width` columns wide.
pub fn lines(translation: &Translation, command: &str, width: usize) -> Vec<StyledLine> {
    let name = command.split_whitespace().next().unwrap_or(command);
    let head = |said: String| vec![span("  ┆ ", "message.time"), span(said, "message.time")];
    match translation {
        Translation::Waiting { from, to } => vec![head(crate::fl!(
            "translation-waiting",
            from = from.as_str(),
            to = to.as_str(),
            command = name
        ))],
        Translation::Failed(why) => vec![head(crate::fl!(
            "translation-failed",
            command = name,
            why = why.as_str()
        ))],
        Translation::Done { from, to, text } => {
            let mut out = vec![head(crate::fl!(
                "translation-done",
                from = from.as_str(),
                to = to.as_str(),
                command = name
            ))];
            for line in crate::text::wrap(text, width.saturating_sub(4).max(10)) {
                out.push(vec![
                    span("  ┆ ", "message.time"),
                    span(line, "message.body"),
                ]);
            }
            out
        }
    }
}
