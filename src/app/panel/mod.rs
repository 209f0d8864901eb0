//! Read-only panels: help (built from the live keymap), stats (from what is loaded, no extra
//! requests), and the message history. Built here as theme-free lines, so `update` can count
//! them to scroll and `ui` styles and draws them.

mod stats;

use crate::action::Action;
use crate::app::state::detail::{Span, StyledLine};
use crate::app::state::overlay::PanelKind;
use crate::app::state::{Level, State};
use crate::keymap::Context;
use crate::text::fit;

fn line(parts: &[(&str, &'static str)]) -> StyledLine {
    parts
        .iter()
        .map(|(text, style)| Span {
            text: (*text).to_string(),
            style,
        })
        .collect()
}

pub(super) fn plain(text: String, style: &'static str) -> StyledLine {
    vec![Span { text, style }]
}

/// The panel's title, in the interface's language.
pub fn title(kind: PanelKind) -> String {
    match kind {
        PanelKind::Help => crate::fl!("panel-keys"),
        PanelKind::Stats => crate::fl!("panel-stats"),
        PanelKind::Messages => crate::fl!("panel-messages"),
    }
}

/// The panel's content.
pub fn lines(state: &State, kind: PanelKind) -> Vec<StyledLine> {
    match kind {
        PanelKind::Help => help(state),
        PanelKind::Stats => stats::lines(state),
        PanelKind::Messages => messages(state),
    }
}

/// What a context covers, in the interface's language (its keymap name stays English: it
/// is what keymap files call it).
fn context_blurb(context: Context) -> String {
    crate::i18n::text(&format!("context-{}", context.name()))
}

fn help(state: &State) -> Vec<StyledLine> {
    let keymap = &state.session.keymap;
    let mut out: Vec<StyledLine> = Vec::new();
    // Short enough for the panel on an 80-column terminal.
    for part in crate::text::wrap(&crate::fl!("help-intro"), 74) {
        out.push(plain(format!(" {part}"), "ui.dim"));
    }
    for context in Context::ALL {
        // Grouped by action, in the order the keymap file lists them.
        let mut by_action: Vec<(Action, Vec<String>)> = Vec::new();
        for (key, action) in keymap.bindings(context) {
            match by_action.iter_mut().find(|(a, _)| *a == action) {
                Some((_, keys)) => keys.push(key.to_string()),
                None => by_action.push((action, vec![key.to_string()])),
            }
        }
        if by_action.is_empty() {
            continue;
        }
        out.push(Vec::new());
        out.push(line(&[
            (" ", "help.section"),
            (context.name(), "help.section"),
            (" — ", "ui.dim"),
            (&context_blurb(context), "ui.dim"),
        ]));
        for (action, keys) in &by_action {
            let keys = fit(&keys.join(", "), 22);
            let description = action.description();
            out.push(line(&[
                ("   ", "ui.dim"),
                (&keys, "help.key"),
                (" ", "ui.dim"),
                (&description, "detail.meta"),
                ("  ", "ui.dim"),
                (action.name(), "ui.dim"),
            ]));
        }
    }
    out
}

fn messages(state: &State) -> Vec<StyledLine> {
    let mut out = vec![plain(polling(&state.watch), "ui.dim"), Vec::new()];
    if state.status.history.is_empty() {
        out.push(plain(" No messages yet.".into(), "ui.dim"));
        return out;
    }
    out.extend(state.status.history.iter().rev().map(|n| {
        let (mark, style) = match n.level {
            Level::Info => ("  ", "detail.meta"),
            Level::Warning => ("! ", "ui.status.warning"),
            Level::Error => ("✗ ", "ui.status.error"),
        };
        line(&[(" ", style), (mark, style), (&n.text, style)])
    }));
    out
}

/// What polling costs: how often, how many requests a minute, and the desk's limit.
fn polling(watch: &crate::app::state::watch::Watch) -> String {
    let (Some(every), Some(per_minute)) = (watch.delay(), watch.per_minute()) else {
        return " Polling is off (poll_interval = \"off\").".into();
    };
    let requests = watch.cost.requests.max(1);
    let mut text = format!(
        " Polling every {}: {requests} request{} a poll, {per_minute:.1} a minute",
        crate::text::time::wait(every),
        if requests == 1 { "" } else { "s" }
    );
    if let Some(limit) = watch.cost.limit {
        text.push_str(&format!(
            "; the desk allows {limit} a minute and polling keeps within {}% of it",
            (watch.share * 100.0).round()
        ));
    }
    text.push('.');
    text
}
