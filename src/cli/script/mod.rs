//! The commands for scripts: what the interface shows, printed. On a terminal as aligned
//! text; piped, tab-separated; with `--json` or `--jsonl`, the schema docs/cli.md documents.
//! Everything a server said is cleaned before it is printed, as on screen.

mod deliver;
pub mod exit;
mod json;
pub mod outbox;
mod pairs;
pub mod text;
pub mod write;

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use crate::backend::{HelpDesk, TicketId, TicketSummary, View};
use crate::config::Profile;
use crate::text::{fit, fit_right, width};

use super::say;

/// How the answer is printed.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct Output {
    /// Print JSON: one array (`ls`), or one object (`show`).
    #[arg(long, conflicts_with = "jsonl")]
    pub json: bool,
    /// Print JSON Lines: one object a line.
    #[arg(long)]
    pub jsonl: bool,
}

/// `frontdesk ls [VIEW]`: a view's tickets in the queue's order.
pub async fn ls(
    desk: Arc<dyn HelpDesk>,
    profile: &Profile,
    view: Option<&str>,
    limit: usize,
    output: Output,
) -> ExitCode {
    let views = desk
        .shell()
        .map(|s| s.views.clone())
        .unwrap_or_else(|| desk.default_views());
    let Some(chosen) = pick(&views, view) else {
        let names: Vec<&str> = views.iter().map(|v| v.name.as_str()).collect();
        say::err(format!(
            "frontdesk: {}",
            crate::fl!(
                "script-no-view",
                view = view.unwrap_or_default(),
                views = names.join(", ")
            )
        ));
        return exit::code(exit::NOT_FOUND);
    };
    list(desk, profile, chosen, limit, output).await
}

/// `frontdesk search QUERY`: the desk searched as `ctrl-f` searches it, listed as `ls` lists.
pub async fn search(
    desk: Arc<dyn HelpDesk>,
    profile: &Profile,
    typed: &str,
    limit: usize,
    output: Output,
) -> ExitCode {
    let syntax = desk.capabilities().search;
    let planned = match crate::model::search::plan(syntax, typed) {
        Ok(planned) => planned,
        Err(why) => {
            say::err(format!(
                "frontdesk: {}",
                crate::app::update::search_refused(&why)
            ));
            return exit::code(exit::USAGE);
        }
    };
    if let Some(note) = planned.note {
        say::err(crate::app::update::search_note(note));
    }
    let view = View {
        name: typed.to_string(),
        query: planned.query,
        quick: false,
    };
    list(desk, profile, &view, limit, output).await
}

/// A view's tickets, up to `limit`, in the queue's order.
async fn list(
    desk: Arc<dyn HelpDesk>,
    profile: &Profile,
    chosen: &View,
    limit: usize,
    output: Output,
) -> ExitCode {
    let mut tickets: Vec<TicketSummary> = Vec::new();
    let mut page: Option<String> = None;
    loop {
        match desk.list_view(chosen, page.as_deref()).await {
            Ok(got) => {
                tickets.extend(got.tickets);
                page = got.next;
            }
            Err(err) => return failed(&err),
        }
        if page.is_none() || tickets.len() >= limit {
            break;
        }
    }
    let triage = &profile.triage;
    for t in &mut tickets {
        triage.apply(t);
    }
    let now = jiff::Timestamp::now();
    tickets.sort_by(triage.order(now));
    tickets.truncate(limit);
    if output.json || output.jsonl {
        let rows: Vec<serde_json::Value> = tickets
            .iter()
            .map(|t| json::summary(t, desk.ticket_url(t.id).as_deref()))
            .collect();
        print_json(&rows, output, true);
    } else if std::io::stdout().is_terminal() {
        table(&tickets, now);
    } else {
        for t in &tickets {
            say::out_fields(&tsv(t));
        }
    }
    exit::code(exit::OK)
}

/// `frontdesk show N`: a ticket with its conversation.
pub async fn show(desk: Arc<dyn HelpDesk>, id: u64, output: Output) -> ExitCode {
    let ticket = match desk.ticket(TicketId(id)).await {
        Ok(ticket) => ticket,
        Err(err) => return failed(&err),
    };
    if output.json || output.jsonl {
        print_json(&[json::ticket(&ticket)], output, false);
        return exit::code(exit::OK);
    }
    let t = &ticket.summary;
    say::out(format!("#{} {}", t.id, t.subject));
    say::out(format!(
        "{} · {} · {}",
        crate::i18n::format::priority(t.priority),
        t.status.name,
        t.assignee.as_ref().map_or("—", |a| a.name.as_str())
    ));
    say::out(format!(
        "{} <{}>",
        t.requester.display_name(),
        t.requester.email
    ));
    if let Some(url) = &ticket.url {
        say::out(url.clone());
    }
    let tz = jiff::tz::TimeZone::system();
    for m in &ticket.conversation {
        let at = m.created_at.to_zoned(tz.clone());
        let when = format!(
            "{} {}",
            crate::i18n::format::day_month(&at),
            crate::i18n::format::clock(&at)
        );
        let audience = match m.kind {
            crate::backend::MessageKind::Internal => crate::fl!("script-internal"),
            _ => String::new(),
        };
        say::out(String::new());
        say::out(format!("── {} · {when} {audience}", m.author).trim_end());
        say::out(m.body.trim_end());
        for file in &m.attachments {
            say::out(format!("📎 {}", file.describe()));
        }
    }
    exit::code(exit::OK)
}

/// The view asked for: by name (any case) or by its number; the first without one.
fn pick<'a>(views: &'a [View], asked: Option<&str>) -> Option<&'a View> {
    let Some(asked) = asked else {
        return views.first();
    };
    if let Ok(n) = asked.parse::<usize>() {
        return n.checked_sub(1).and_then(|i| views.get(i));
    }
    views.iter().find(|v| v.name.eq_ignore_ascii_case(asked))
}

/// Says what went wrong, in the agent's words, and ends with its code.
fn failed(err: &crate::backend::Error) -> ExitCode {
    say::err(format!(
        "frontdesk: {}",
        crate::app::update::what_happened(err)
    ));
    exit::code(exit::of(err))
}

/// `values` as JSON Lines, or as one pretty JSON document: an array where the command lists
/// (`ls`, even of one ticket), else the one object.
fn print_json(values: &[serde_json::Value], output: Output, list: bool) {
    if output.jsonl {
        for v in values {
            say::out(v.to_string());
        }
    } else if let ([one], false) = (values, list) {
        say::out(serde_json::to_string_pretty(one).unwrap_or_default());
    } else {
        say::out(serde_json::to_string_pretty(&values).unwrap_or_default());
    }
}

/// One ticket's fields for a tab-separated line: number, priority, status, waiting since,
/// requester's address, subject.
fn tsv(t: &TicketSummary) -> [String; 6] {
    [
        t.id.to_string(),
        t.priority.name().to_string(),
        t.status.name.clone(),
        t.waiting_since.map(|w| w.to_string()).unwrap_or_default(),
        t.requester.email.clone(),
        t.subject.clone(),
    ]
}

/// The tickets as the queue shows them, fitted to the terminal's width.
fn table(tickets: &[TicketSummary], now: jiff::Timestamp) {
    let cols = crossterm::terminal::size().map_or(100, |(w, _)| usize::from(w));
    let id_width = tickets
        .iter()
        .map(|t| t.id.to_string().len())
        .max()
        .unwrap_or(1);
    let status_width = tickets
        .iter()
        .map(|t| width(&t.status.name))
        .max()
        .unwrap_or(6)
        .min(12);
    let requester_width = 18;
    let fixed = 2 + id_width + 1 + status_width + 1 + 6 + 1 + requester_width + 1;
    let subject_width = cols.saturating_sub(fixed).max(10);
    for t in tickets {
        let waiting = t
            .waiting_since
            .map(|w| crate::text::time::age(now, w))
            .unwrap_or_else(|| "—".into());
        say::out(format!(
            "{} {} {} {} {} {}",
            t.priority.marker(),
            fit_right(&t.id.to_string(), id_width),
            fit(&t.status.name, status_width),
            fit_right(&waiting, 6),
            fit(t.requester.display_name(), requester_width),
            crate::text::truncate(&t.subject, subject_width)
        ));
    }
}
