//! A message's text for `frontdesk reply`, `note` and `new`: from `-m`, stdin, a canned
//! response rendered for the ticket (its changes with it) or the editor, with the files to
//! attach, checked as the composer checks them before anything is queued.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

use super::deliver::Headless;
use super::exit;
use super::write::Refusal;
use crate::backend::{Changes, HelpDesk, Ticket};
use crate::canned::Canned;
use crate::paths::Paths;

/// Where a message's text comes from.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Text {
    /// The text; `-` reads it from stdin. With none of -m, --canned and --editor, the text
    /// is read from stdin.
    #[arg(short = 'm', long = "message", value_name = "TEXT")]
    pub message: Option<String>,
    /// A canned response by title, rendered for the ticket (after -m's text); what it sets
    /// (status, tags, assignee) is set with it.
    #[arg(long, value_name = "TITLE")]
    pub canned: Option<String>,
    /// Write the text in $VISUAL or $EDITOR, starting from -m and --canned.
    #[arg(long)]
    pub editor: bool,
    /// A file to attach (again for each more).
    #[arg(long = "file", value_name = "PATH")]
    pub files: Vec<PathBuf>,
}

/// A canned response rendered for `ticket`: its text and the changes it brings.
pub struct Rendered {
    text: String,
    changes: Changes,
    id: String,
}

/// The canned response titled `asked` (any case; its id will do), in the customer's
/// language where it has one, rendered for `ticket` the way the picker renders it.
pub async fn canned(
    desk: &Arc<dyn HelpDesk>,
    headless: &Headless,
    paths: &Paths,
    asked: &str,
    ticket: &Ticket,
    me: Option<&crate::backend::Agent>,
    public: bool,
) -> Result<Rendered, Refusal> {
    let dir = paths.responses();
    let local = tokio::task::spawn_blocking(move || crate::canned::local::load_dir(&dir).0)
        .await
        .unwrap_or_default();
    let theirs = desk.canned_responses().await.unwrap_or_default();
    let all = crate::canned::merge(local, theirs);
    let languages: Vec<&str> = headless
        .state
        .session
        .languages
        .iter()
        .map(String::as_str)
        .collect();
    let language = crate::text::language::of_ticket(ticket, &languages).map(|s| s.code);
    let chosen = pick_canned(&all, asked, language.as_deref()).ok_or_else(|| {
        let titles: Vec<&str> = all.iter().map(|c| c.title.as_str()).collect();
        let near = crate::config::suggest::nearest(asked, &titles)
            .map(|t| crate::fl!("script-did-you-mean", name = t))
            .unwrap_or_default();
        (
            exit::NOT_FOUND,
            format!("{}{near}", crate::fl!("script-no-canned", title = asked)),
        )
    })?;
    let audience_fits = match chosen.audience {
        crate::model::canned::Audience::Any => true,
        crate::model::canned::Audience::Public => public,
        crate::model::canned::Audience::Internal => !public,
    };
    if !audience_fits {
        let command = if public { "note" } else { "reply" };
        return Err((
            exit::USAGE,
            crate::fl!(
                "script-canned-audience",
                title = chosen.title.as_str(),
                command = command
            ),
        ));
    }
    let caps = desk.capabilities();
    // A new ticket has no number the desk could render for: frontdesk renders it.
    let numbered = ticket.summary.id != crate::app::state::new_ticket::NEW_TICKET;
    let from_desk = if numbered
        && caps.server_side_canned
        && chosen.source == crate::model::canned::Source::Backend
    {
        desk.render_canned(ticket.summary.id, chosen)
            .await
            .ok()
            .flatten()
            .map(|r| r.text)
    } else {
        None
    };
    let text = from_desk.unwrap_or_else(|| {
        let ctx = crate::canned::placeholder::Context {
            ticket: &ticket.summary,
            url: ticket.url.as_deref(),
            agent: me,
        };
        crate::canned::placeholder::render(&chosen.body, &ctx).text
    });
    let changes = if chosen.actions.assignee.is_some() {
        let agents = desk.agents().await.unwrap_or_default();
        chosen.actions.to_changes(me, &agents)
    } else {
        chosen.actions.to_changes(me, &[])
    }
    .map_err(|who| {
        (
            exit::REFUSED,
            crate::fl!("picker-no-agent", who = who.as_str()),
        )
    })?;
    if !chosen.actions.attach.is_empty() {
        return Err((
            exit::USAGE,
            crate::fl!("script-canned-files", title = chosen.title.as_str()),
        ));
    }
    Ok(Rendered {
        text,
        changes,
        id: chosen.id.clone(),
    })
}

/// Among the responses titled (or with the id) `asked`, the one that fits the customer's
/// language best.
fn pick_canned<'a>(all: &'a [Canned], asked: &str, language: Option<&str>) -> Option<&'a Canned> {
    let asked = asked.trim();
    let named = all
        .iter()
        .find(|c| c.title.eq_ignore_ascii_case(asked) || c.id == asked)?;
    let family = named.family.as_deref();
    all.iter()
        .filter(|c| std::ptr::eq(*c, named) || (family.is_some() && c.family.as_deref() == family))
        .min_by_key(|c| crate::canned::variants::fit(c, language))
}

/// The message's text from -m, the canned response, stdin and the editor, in that order,
/// with the canned response's changes and its id.
pub async fn written(
    text: &Text,
    canned: Option<Rendered>,
) -> Result<(String, Changes, Vec<String>), Refusal> {
    let mut parts = Vec::new();
    let from_stdin = text.message.as_deref() == Some("-")
        || (text.message.is_none() && canned.is_none() && !text.editor);
    if from_stdin {
        if std::io::stdin().is_terminal() {
            return Err((exit::USAGE, crate::fl!("script-text-where")));
        }
        let read = tokio::task::spawn_blocking(|| std::io::read_to_string(std::io::stdin()))
            .await
            .map_err(|e| (exit::USAGE, e.to_string()))?
            .map_err(|e| (exit::USAGE, e.to_string()))?;
        parts.push(read);
    } else if let Some(message) = &text.message {
        parts.push(message.clone());
    }
    let (mut changes, mut used) = (Changes::default(), Vec::new());
    if let Some(rendered) = canned {
        parts.push(rendered.text);
        changes = rendered.changes;
        used.push(rendered.id);
    }
    let mut body = parts
        .iter()
        .map(|p| p.trim_end())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    if text.editor {
        body = crate::tui::terminal::run_editor(&body)
            .await
            .map_err(|why| (exit::USAGE, why))?;
    }
    let body = crate::text::clean_text(body.trim_end());
    if body.trim().is_empty() {
        return Err((exit::USAGE, crate::fl!("script-text-empty")));
    }
    let left = crate::canned::placeholder::leftovers(&body);
    if !left.is_empty() {
        return Err((
            exit::USAGE,
            crate::fl!("picker-unresolved", names = left.join(", ")),
        ));
    }
    Ok((body, changes, used))
}

/// The files to attach, described as the composer describes them and checked against the
/// desk's limits.
pub async fn files(
    paths: &[PathBuf],
    caps: &crate::backend::Capabilities,
) -> Result<Vec<crate::backend::OutgoingFile>, Refusal> {
    let mut files = Vec::new();
    for path in paths {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
        let shown = path.display().to_string();
        let described =
            tokio::task::spawn_blocking(move || crate::backend::outgoing::describe(&path))
                .await
                .map_err(|e| (exit::USAGE, e.to_string()))?
                .map_err(|e| {
                    (
                        exit::USAGE,
                        crate::fl!("script-file-unreadable", path = shown, why = e.to_string()),
                    )
                })?;
        files.push(described);
    }
    if let Some(why) = caps.files.refusal(&files) {
        return Err((exit::REFUSED, crate::app::update::files_refused(&why)));
    }
    Ok(files)
}
