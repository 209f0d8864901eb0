//! Read-only panels: help (built from the live keymap), stats (from what is loaded, no extra
//! requests), and the message history. Built as theme-free lines so `update` can count them.

use std::collections::{BTreeMap, HashMap};

use crate::action::Action;
use crate::app::state::detail::{Span, StyledLine};
use crate::app::state::overlay::PanelKind;
use crate::app::state::{Level, State};
use crate::backend::{Priority, TicketId, TicketSummary};
use crate::keymap::Context;
use crate::text::{fit, time};

fn line(parts: &[(&str, &'static str)]) -> StyledLine {
    parts
        .iter()
        .map(|(text, style)| Span {
            text: (*text).to_string(),
            style,
        })
        .collect()
}

fn plain(text: String, style: &'static str) -> StyledLine {
    vec![Span { text, style }]
}

/// The panel's title.
pub fn title(kind: PanelKind) -> &'static str {
    match kind {
        PanelKind::Help => "Keys",
        PanelKind::Stats => "Stats",
        PanelKind::Messages => "Messages",
    }
}

/// The panel's content.
pub fn lines(state: &State, kind: PanelKind) -> Vec<StyledLine> {
    match kind {
        PanelKind::Help => help(state),
        PanelKind::Stats => stats(state),
        PanelKind::Messages => messages(state),
    }
}

fn context_blurb(context: Context) -> &'static str {
    match context {
        Context::Global => "everywhere (plain keys not while typing)",
        Context::Queue => "the ticket list",
        Context::Detail => "an open ticket",
        Context::Compose => "writing a reply or note; other keys edit the text",
        Context::Picker => "the canned-response picker; type to filter",
        Context::Filter => "the queue filter line; type to filter",
        Context::Menu => "status, priority and assignee menus",
        Context::Palette => "the command palette; type to find",
        Context::Prompt => "one-line questions such as tags",
        Context::Panel => "this panel, stats and messages",
    }
}

fn help(state: &State) -> Vec<StyledLine> {
    let keymap = &state.session.keymap;
    let mut out = vec![
        plain(
            " Every binding of the active keymap. Change any of them in keymap.toml in".into(),
            "ui.dim",
        ),
        plain(
            " your config directory; \"noop\" unbinds a key. : finds any action by name.".into(),
            "ui.dim",
        ),
    ];
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
            (context_blurb(context), "ui.dim"),
        ]));
        for (action, keys) in &by_action {
            let keys = fit(&keys.join(", "), 22);
            out.push(line(&[
                ("   ", "ui.dim"),
                (&keys, "help.key"),
                (" ", "ui.dim"),
                (action.description(), "detail.meta"),
                ("  ", "ui.dim"),
                (action.name(), "ui.dim"),
            ]));
        }
    }
    out
}

fn stats(state: &State) -> Vec<StyledLine> {
    let now = state.session.now;
    let mut seen: HashMap<TicketId, &TicketSummary> = HashMap::new();
    for view in &state.queue.views {
        for t in view.tickets.iter() {
            seen.insert(t.id, t);
        }
    }
    let open: Vec<&TicketSummary> = seen
        .values()
        .copied()
        .filter(|t| t.status.kind.is_active())
        .collect();
    let mut out = vec![
        plain(
            format!(
                " From the {} tickets loaded in your views; no extra requests.",
                seen.len()
            ),
            "ui.dim",
        ),
        Vec::new(),
    ];

    out.push(plain(
        format!(" Open tickets: {}", open.len()),
        "help.section",
    ));
    for p in Priority::ALL {
        let n = open.iter().filter(|t| t.priority == p).count();
        out.push(plain(
            format!("   {} {:<8} {n:>5}", p.marker(), p.name(),),
            "detail.meta",
        ));
    }
    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    for t in &open {
        *by_status.entry(t.status.name.clone()).or_default() += 1;
    }
    out.push(Vec::new());
    out.push(plain(" By status".into(), "help.section"));
    for (status, n) in by_status {
        out.push(plain(format!("   {status:<11} {n:>5}"), "detail.meta"));
    }

    let mut waiting: Vec<&&TicketSummary> =
        open.iter().filter(|t| t.waiting_since.is_some()).collect();
    waiting.sort_by_key(|t| t.waiting_since);
    out.push(Vec::new());
    out.push(plain(" Waiting longest".into(), "help.section"));
    for t in waiting.iter().take(5) {
        let age = t
            .waiting_since
            .map(|w| time::age(now, w))
            .unwrap_or_default();
        out.push(plain(
            format!("   {age:>4}  #{} {}", t.id, t.subject),
            "detail.meta",
        ));
    }
    let breached = open
        .iter()
        .filter(|t| t.due_at.is_some_and(|d| d < now))
        .count();
    let long = open
        .iter()
        .filter(|t| crate::backend::is_long(t.replies, state.session.long_thread))
        .count();
    out.push(Vec::new());
    out.push(plain(
        format!(" Past their response target: {breached}"),
        if breached > 0 {
            "queue.overdue"
        } else {
            "help.section"
        },
    ));
    out.push(plain(
        format!(
            " Long conversations (over {} replies): {long}",
            state.session.long_thread
        ),
        "help.section",
    ));
    out.push(plain(
        format!(
            " Replies and notes you sent this session: {}",
            state.session.sent
        ),
        "help.section",
    ));

    let names: HashMap<&str, &str> = state
        .canned
        .list
        .value
        .iter()
        .flatten()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    let mut used: Vec<(&String, &u32)> = state.canned.usage.iter().collect();
    used.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    out.push(Vec::new());
    out.push(plain(
        " Canned responses you use most (one used again and again may point at a product fix)"
            .into(),
        "help.section",
    ));
    if used.is_empty() {
        out.push(plain("   none used yet".into(), "ui.dim"));
    }
    for (id, n) in used.into_iter().take(8) {
        out.push(plain(
            format!(
                "   {n:>4}× {}",
                names.get(id.as_str()).copied().unwrap_or(id)
            ),
            "detail.meta",
        ));
    }
    out
}

fn messages(state: &State) -> Vec<StyledLine> {
    if state.status.history.is_empty() {
        return vec![plain(" No messages yet.".into(), "ui.dim")];
    }
    state
        .status
        .history
        .iter()
        .rev()
        .map(|n| {
            let (mark, style) = match n.level {
                Level::Info => ("  ", "detail.meta"),
                Level::Warning => ("! ", "ui.status.warning"),
                Level::Error => ("✗ ", "ui.status.error"),
            };
            line(&[(" ", style), (mark, style), (&n.text, style)])
        })
        .collect()
}
