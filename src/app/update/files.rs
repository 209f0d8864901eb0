//! Attachments: the list of a ticket's files (`o`), downloads (asked for, confirmed when over
//! `max_download`, followed as they arrive), and the built-in viewer.

use super::wording::explain;
use super::{Effect, State};
use crate::action::Action;
use crate::app::effect::Handling;
use crate::app::msg::Fetched;
use crate::app::state::files::{self, Download, FileList, Purpose, Viewed, Viewer};
use crate::app::state::overlay::{Choice, FetchAsk, Menu, Overlay};
use crate::app::state::{Level, RequestId};
use crate::backend::{Attachment, Error, TicketId, human_size};

/// Opens the open ticket's attachment list.
pub fn open_list(state: &mut State) {
    let Some(ticket) = state.detail.loaded() else {
        return;
    };
    let items = files::listed(ticket);
    let id = ticket.summary.id;
    if items.is_empty() {
        state
            .status
            .push(Level::Info, crate::fl!("files-none", id = id.to_string()));
        return;
    }
    state.overlay = Some(Overlay::Files(FileList {
        ticket: id,
        items,
        selected: 0,
    }));
}

/// Actions of the attachment list.
pub fn list_action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    let Some(Overlay::Files(list)) = &mut state.overlay else {
        return false;
    };
    let last = list.items.len().saturating_sub(1);
    match action {
        Action::SelectNext => list.selected = (list.selected + 1).min(last),
        Action::SelectPrev => list.selected = list.selected.saturating_sub(1),
        Action::SelectFirst => list.selected = 0,
        Action::SelectLast => list.selected = last,
        Action::OpenAttachment | Action::Confirm | Action::SaveAttachment => {
            let Some(item) = list.items.get(list.selected) else {
                return true;
            };
            let purpose = if action == Action::SaveAttachment {
                Purpose::Save
            } else {
                Purpose::Open
            };
            let (ticket, attachment) = (list.ticket, item.attachment.clone());
            fetch(state, ticket, attachment, purpose, false, fx);
        }
        Action::Back | Action::Cancel => state.overlay = None,
        _ => return false,
    }
    true
}

/// Starts a download; over `max_download` (when the size is known) the agent is asked first.
pub fn fetch(
    state: &mut State,
    ticket: TicketId,
    attachment: Attachment,
    purpose: Purpose,
    confirmed: bool,
    fx: &mut Vec<Effect>,
) {
    // A copy kept on disk keeps no file addresses (some desks sign them).
    if attachment.source.is_empty() {
        state.status.push(
            Level::Info,
            crate::fl!("files-fetch-after-load", name = attachment.name.as_str()),
        );
        return;
    }
    let max = state.files.max_download;
    if !confirmed && attachment.size.is_some_and(|size| size > max) {
        let size = attachment.size.map(human_size).unwrap_or_default();
        let title = crate::fl!(
            "files-over-max",
            name = attachment.name.as_str(),
            size = size,
            max = human_size(max)
        );
        ask_over_limit(
            state,
            title,
            FetchAsk {
                ticket,
                attachment,
                purpose,
            },
        );
        return;
    }
    if state
        .files
        .downloads
        .iter()
        .any(|d| d.attachment == attachment && d.purpose == purpose)
    {
        state.status.push(
            Level::Info,
            crate::fl!("files-already-downloading", name = attachment.name.as_str()),
        );
        return;
    }
    let handling = match purpose {
        Purpose::Save | Purpose::Attach(_) => Handling::Save,
        Purpose::Open if files::is_image(&attachment) => Handling::ViewImage,
        Purpose::Open if files::is_text(&attachment) => Handling::ViewText,
        Purpose::Open if state.files.opener => Handling::OpenExternally,
        // No desktop to hand it to: saved, and the agent told where.
        Purpose::Open => Handling::Save,
    };
    let dir = match purpose {
        Purpose::Attach(_) => state.files.attach_dir.clone(),
        _ => state.files.download_dir.clone(),
    };
    let req = state.requests.issue();
    state.files.downloads.push(Download {
        req,
        ticket,
        attachment: attachment.clone(),
        purpose,
        done: 0,
    });
    let verb = match (purpose, handling) {
        (Purpose::Attach(_), _) => "Fetching",
        (_, Handling::Save) => "Saving",
        _ => "Opening",
    };
    state
        .status
        .push(Level::Info, format!("{verb} {}…", attachment.name));
    fx.push(Effect::Download {
        req,
        ticket,
        attachment,
        handling,
        dir,
        limit: (!confirmed).then_some(max),
    });
}

/// Asks whether to fetch a file over `max_download` after all.
fn ask_over_limit(state: &mut State, title: String, ask: FetchAsk) {
    state.overlay = Some(Overlay::Menu(Menu {
        title,
        ticket: ask.ticket,
        items: vec![
            (
                crate::fl!("files-download-anyway"),
                Choice::Fetch(Box::new(ask)),
            ),
            (crate::fl!("files-cancel"), Choice::Nothing),
        ],
        selected: 0,
        query: Default::default(),
        question: None,
    }));
}

/// Bytes of a download so far.
pub fn progress(state: &mut State, req: RequestId, done: u64) {
    if let Some(download) = state.files.download_mut(req) {
        download.done = done;
    }
}

/// A download finished.
pub fn fetched(
    state: &mut State,
    req: RequestId,
    result: Result<Fetched, Error>,
    fx: &mut Vec<Effect>,
) {
    let Some(download) = state.files.finish(req) else {
        return;
    };
    let name = download.attachment.name.clone();
    let shown = |path: &std::path::Path| path.display().to_string();
    match result {
        Ok(Fetched::Saved(path)) if matches!(download.purpose, Purpose::Attach(_)) => {
            let req = state.requests.issue();
            fx.push(Effect::DescribeFile {
                req,
                ticket: download.ticket,
                path,
            });
        }
        Ok(Fetched::Saved(path)) if download.purpose == Purpose::Open => {
            let opener = if state.files.opener { "yes" } else { "no" };
            state.status.push(
                Level::Info,
                crate::fl!(
                    "files-saved-not-shown",
                    name = name.as_str(),
                    opener = opener,
                    path = shown(&path)
                ),
            );
        }
        Ok(Fetched::Saved(path)) => {
            state.status.push(
                Level::Info,
                crate::fl!("files-saved", name = name.as_str(), path = shown(&path)),
            );
        }
        Ok(Fetched::Opened(path)) => state.status.push(
            Level::Info,
            crate::fl!("files-opened", name = name.as_str(), path = shown(&path)),
        ),
        Ok(Fetched::Text { text, cut }) => {
            let lines = text.lines().map(str::to_string).collect();
            show(state, download, Viewed::Text { lines, cut });
        }
        Ok(Fetched::Image(image)) => show(state, download, Viewed::Image(image)),
        Err(Error::TooLarge { .. }) => {
            // The desk did not say how large it was; now it is known to be large.
            let title = crate::fl!(
                "files-larger-than-max",
                name = name.as_str(),
                max = human_size(state.files.max_download)
            );
            let ask = FetchAsk {
                ticket: download.ticket,
                attachment: download.attachment,
                purpose: download.purpose,
            };
            ask_over_limit(state, title, ask);
        }
        Err(err) => state.status.push(
            Level::Error,
            crate::fl!(
                "files-download-failed",
                name = name.as_str(),
                why = explain(&err)
            ),
        ),
    }
}

/// Opens the viewer on a downloaded file, unless the agent has moved on to something else.
fn show(state: &mut State, download: Download, content: Viewed) {
    if !matches!(state.overlay, None | Some(Overlay::Files(_))) {
        state.status.push(
            Level::Info,
            crate::fl!("files-ready", name = download.attachment.name.as_str()),
        );
        return;
    }
    let list = match state.overlay.take() {
        Some(Overlay::Files(list)) => Some(list),
        _ => None,
    };
    state.overlay = Some(Overlay::Viewer(Viewer {
        ticket: download.ticket,
        attachment: download.attachment,
        content,
        scroll: 0,
        list,
        search: None,
        typing: false,
        found: Vec::new(),
    }));
}

/// Actions of the viewer (the panel keys, and `s` to save what is shown).
pub fn viewer_action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    let page = usize::from(state.session.size.1.saturating_sub(6)).max(1);
    let Some(Overlay::Viewer(viewer)) = &mut state.overlay else {
        return false;
    };
    let len = match &viewer.content {
        Viewed::Text { lines, .. } => lines.len(),
        Viewed::Image(_) => 0,
    };
    let last = len.saturating_sub(page);
    viewer.scroll = match action {
        Action::ScrollDown | Action::SelectNext => viewer.scroll + 1,
        Action::ScrollUp | Action::SelectPrev => viewer.scroll.saturating_sub(1),
        Action::PageDown => viewer.scroll + page,
        Action::PageUp => viewer.scroll.saturating_sub(page),
        Action::SelectFirst => 0,
        Action::SelectLast => last,
        Action::Filter => {
            viewer.search = Some(Default::default());
            viewer.typing = true;
            viewer.research();
            return true;
        }
        Action::SearchNext | Action::SearchPrev => {
            let forward = action == Action::SearchNext;
            let from = if forward {
                viewer.scroll + 1
            } else {
                viewer.scroll
            };
            if !viewer.to_match(from, forward) && viewer.search.is_some() {
                let said = crate::fl!(
                    "viewer-no-more",
                    forward = if forward { "yes" } else { "no" }
                );
                state.status.push(crate::app::state::Level::Info, said);
            }
            return true;
        }
        Action::Back | Action::Cancel if viewer.search.is_some() => {
            viewer.search = None;
            viewer.research();
            return true;
        }
        Action::SaveAttachment => {
            let (ticket, attachment) = (viewer.ticket, viewer.attachment.clone());
            fetch(state, ticket, attachment, Purpose::Save, false, fx);
            return true;
        }
        Action::Back | Action::Cancel => {
            state.overlay = viewer.list.take().map(Overlay::Files);
            return true;
        }
        _ => return false,
    }
    .min(last);
    true
}
