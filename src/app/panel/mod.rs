//! Read-only panels: help (built from the live keymap), stats (from what is loaded, no extra
//! requests), and the message history. Built here as theme-free lines, so `update` can count
//! them to scroll and `ui` styles and draws them.

mod stats;

use crate::action::Action;
use crate::app::state::detail::{Span, StyledLine};
use crate::app::state::overlay::{Panel, PanelKind};
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

/// The panel's title, in the interface's language; help's with its search.
pub fn title(panel: &Panel) -> String {
    match panel.kind {
        PanelKind::Help if panel.search.is_some() => {
            let cursor = if panel.typing { "▏" } else { "" };
            format!("{} · /{}{cursor}", crate::fl!("panel-keys"), panel.query())
        }
        PanelKind::Help => crate::fl!("panel-keys"),
        PanelKind::Stats => crate::fl!("panel-stats"),
        PanelKind::Messages => crate::fl!("panel-messages"),
    }
}

/// The panel's content, wrapped to the panel's width.
pub fn lines(state: &State, panel: &Panel) -> Vec<StyledLine> {
    match panel.kind {
        PanelKind::Help => help(state, panel.query()),
        PanelKind::Stats => stats::lines(state),
        PanelKind::Messages => messages(state),
    }
}

/// The line of help where `context`'s keys begin (0 where it has none).
pub fn section_line(state: &State, context: Context) -> usize {
    let heading = format!(" {}", context.name());
    help(state, "")
        .iter()
        .position(|l| {
            l.len() >= 2
                && l[0].style == "help.section"
                && format!("{}{}", l[0].text, l[1].text) == heading
        })
        .unwrap_or(0)
}

/// `text` as lines of at most `cols` columns, the first after `lead` and the others after
/// `indent`, in `style`.
fn wrapped(
    lead: &str,
    indent: &str,
    text: &str,
    cols: usize,
    style: &'static str,
) -> Vec<StyledLine> {
    let room = cols.saturating_sub(crate::text::width(indent)).max(10);
    crate::text::wrap(text, room)
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let before = if i == 0 { lead } else { indent };
            vec![Span {
                text: format!("{before}{part}"),
                style,
            }]
        })
        .collect()
}

/// What a context covers, in the interface's language (its keymap name stays English: it
/// is what keymap files call it).
fn context_blurb(context: Context) -> String {
    crate::i18n::text(&format!("context-{}", context.name()))
}

fn help(state: &State, query: &str) -> Vec<StyledLine> {
    let keymap = &state.session.keymap;
    let cols = crate::app::layout::panel_width(state);
    let query = query.to_lowercase();
    let mut out: Vec<StyledLine> = Vec::new();
    if query.is_empty() {
        for part in crate::text::wrap(&crate::fl!("help-intro"), cols.saturating_sub(1)) {
            out.push(plain(format!(" {part}"), "ui.dim"));
        }
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
        // A search keeps the keys whose key, words or name hold it.
        by_action.retain(|(action, keys)| {
            query.is_empty()
                || [
                    keys.join(" "),
                    action.description(),
                    action.title(),
                    action.english_title(),
                    action.name().to_string(),
                    action.words().join(" "),
                ]
                .iter()
                .any(|text| text.to_lowercase().contains(&query))
        });
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
            let words = format!("{}  ({})", action.description(), action.name());
            // The description wraps under itself, past the keys' column.
            let indent = " ".repeat(26);
            let room = cols.saturating_sub(26).max(10);
            for (i, part) in crate::text::wrap(&words, room).into_iter().enumerate() {
                if i == 0 {
                    out.push(line(&[
                        ("   ", "ui.dim"),
                        (&keys, "help.key"),
                        (" ", "ui.dim"),
                        (&part, "detail.meta"),
                    ]));
                } else {
                    out.push(line(&[(&indent, "ui.dim"), (&part, "detail.meta")]));
                }
            }
        }
    }
    if out.is_empty() {
        out.push(plain(crate::fl!("help-nothing-matches"), "ui.dim"));
    }
    out
}

fn messages(state: &State) -> Vec<StyledLine> {
    let cols = crate::app::layout::panel_width(state);
    let mut out = wrapped(" ", " ", &polling(&state.watch), cols, "ui.dim");
    out.push(Vec::new());
    if state.status.history.is_empty() {
        out.push(plain(format!(" {}", crate::fl!("messages-none")), "ui.dim"));
        return out;
    }
    for n in state.status.history.iter().rev() {
        let (mark, style) = match n.level {
            Level::Info => ("   ", "detail.meta"),
            Level::Warning => (" ! ", "ui.status.warning"),
            Level::Error => (" ✗ ", "ui.status.error"),
        };
        out.extend(wrapped(mark, "   ", &n.text, cols, style));
    }
    out
}

/// What polling costs: how often, how many requests a minute, and the desk's limit.
fn polling(watch: &crate::app::state::watch::Watch) -> String {
    let (Some(every), Some(per_minute)) = (watch.delay(), watch.per_minute()) else {
        return crate::fl!("messages-polling-off");
    };
    let requests = watch.cost.requests.max(1);
    let per_minute = format!("{per_minute:.1}");
    let every = crate::text::time::wait(every);
    match watch.cost.limit {
        Some(limit) => crate::fl!(
            "messages-polling-limit",
            every = every,
            requests = requests,
            per_minute = per_minute,
            limit = limit,
            share = (watch.share * 100.0).round()
        ),
        None => crate::fl!(
            "messages-polling",
            every = every,
            requests = requests,
            per_minute = per_minute
        ),
    }
}
