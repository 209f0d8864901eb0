//! `frontdesk outbox`: what waits in the profile's outbox, and `retry` or `drop` for it. The
//! entries of frontdesks that are gone are this command's while it runs (as they would be a
//! starting interface's); a running frontdesk's stay its own, counted but not touched.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use serde_json::json;

use super::deliver::{Headless, report};
use super::{Output, exit, print_json};
use crate::app::Msg;
use crate::app::state::Outgoing;
use crate::backend::HelpDesk;
use crate::cli::say;
use crate::config::Profile;
use crate::paths::Paths;
use crate::text::{fit, fit_right, width};

/// What to do with the outbox.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum OutboxAction {
    /// Try every entry now (one whose last try may have arrived is looked for first).
    Retry {
        #[command(flatten)]
        wait: super::write::Wait,
    },
    /// Discard entry ID (its text is printed, so nothing is lost).
    Drop {
        /// The entry's number, as `frontdesk outbox` lists it.
        id: u64,
    },
}

/// Lists the outbox, or does `action` to it.
pub async fn run(
    desk: Arc<dyn HelpDesk>,
    profile: &Profile,
    paths: &Paths,
    action: Option<OutboxAction>,
    output: Output,
) -> ExitCode {
    let mut headless = Headless::start(desk, profile, paths);
    match action {
        None => {
            list(&headless.state.outbox.items, output);
            others(&headless);
            exit::code(exit::OK)
        }
        Some(OutboxAction::Retry { wait }) => {
            others(&headless);
            if headless.state.outbox.items.is_empty() {
                say::err(crate::fl!("outbox-empty-now"));
                return exit::code(exit::OK);
            }
            headless.adopt_all();
            headless.handle(Msg::RetryAll);
            let outcome = headless.settle(wait.wait).await;
            report(&outcome)
        }
        Some(OutboxAction::Drop { id }) => {
            let Some(item) = headless.state.outbox.items.iter().find(|i| i.id == id) else {
                say::err(format!(
                    "frontdesk: {}",
                    crate::fl!("script-no-entry", id = id)
                ));
                return exit::code(exit::NOT_FOUND);
            };
            let body = item.reply.body.clone();
            let said = headless.handle(Msg::DropOutgoing(id));
            headless.settle(false).await;
            for (_, text) in said {
                say::err(text);
            }
            if !body.trim().is_empty() {
                say::out(body);
            }
            exit::code(exit::OK)
        }
    }
}

/// The entries, as a table or the documented JSON.
fn list(items: &[Outgoing], output: Output) {
    if output.json || output.jsonl {
        let rows: Vec<serde_json::Value> = items.iter().map(entry).collect();
        print_json(&rows, output, true);
        return;
    }
    if items.is_empty() {
        say::err(crate::fl!("outbox-empty-now"));
        return;
    }
    let rows: Vec<[String; 4]> = items
        .iter()
        .map(|item| {
            [
                item.id.to_string(),
                item.queued_at.strftime("%Y-%m-%d %H:%M").to_string(),
                item.describe(),
                item.error.clone().unwrap_or_default(),
            ]
        })
        .collect();
    if !std::io::stdout().is_terminal() {
        for row in &rows {
            say::out_fields(row);
        }
        return;
    }
    let id_width = rows.iter().map(|r| r[0].len()).max().unwrap_or(1);
    let what_width = rows.iter().map(|r| width(&r[2])).max().unwrap_or(0).min(40);
    let cols = crossterm::terminal::size().map_or(100, |(w, _)| usize::from(w));
    let why_width = cols
        .saturating_sub(id_width + 1 + 16 + 1 + what_width + 1)
        .max(10);
    for [id, at, what, why] in rows {
        let why = crate::text::truncate(&why, why_width);
        let line = format!(
            "{} {at} {} {why}",
            fit_right(&id, id_width),
            fit(&what, what_width)
        );
        say::out(line.trim_end());
    }
}

/// Says how many entries are another running frontdesk's to send.
fn others(headless: &Headless) {
    let n = headless.others_running;
    if n > 0 {
        say::err(crate::fl!("script-outbox-others", count = n));
    }
}

/// One entry as JSON.
fn entry(item: &Outgoing) -> serde_json::Value {
    let kind = if item.opening.is_some() {
        "new"
    } else if item.bulk.is_some() {
        "bulk"
    } else if item.change.is_some() {
        "change"
    } else if item.reply.forward.is_some() {
        "forward"
    } else if item.reply.public {
        "reply"
    } else {
        "note"
    };
    json!({
        "id": item.id,
        "kind": kind,
        "ticket": (item.opening.is_none() && item.bulk.is_none()).then_some(item.ticket.0),
        "what": crate::text::clean_line(&item.describe()),
        "queued_at": item.queued_at.to_string(),
        "attempts": item.attempts,
        "error": item.error.as_deref().map(crate::text::clean_line),
        "may_have_arrived": item.unsure,
    })
}
