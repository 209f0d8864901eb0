//! Detail actions: opening tickets, scrolling the conversation, the other-tickets list.

use std::time::Duration;

use super::{Effect, State, compose, menu, picker};
use crate::action::Action;
use crate::app::effect::Work;
use crate::app::layout;
use crate::app::state::{Focus, Level, RequestId};
use crate::backend::TicketId;

/// How long the selection must rest before the side-by-side detail fetches the ticket.
pub const PREVIEW_DELAY: Duration = Duration::from_millis(120);

/// Opens a ticket and gives the detail pane the keys.
pub fn open(state: &mut State, id: TicketId, fx: &mut Vec<Effect>) {
    let switching = state.detail.id != Some(id);
    show(state, id, fx);
    state.focus = Focus::Detail;
    // A preview still waiting out its debounce is not wanted any more: this one is.
    state.detail.debounce = None;
    let missing = state.detail.loaded().is_none() && !state.detail.ticket.is_loading();
    if switching || missing {
        load(state, fx);
    }
}

/// Leaves the ticket for the queue with its row selected, so the next key acts on the ticket
/// the agent was just reading, wherever they reached it from (`#`, a search, a link). A
/// ticket the tab on screen does not show is looked for in the other tabs; one no tab shows
/// is named, since the selection is then on another ticket.
pub fn back_to_queue(state: &mut State, fx: &mut Vec<Effect>) {
    state.focus = Focus::Queue;
    let Some(id) = state.detail.id else { return };
    let rows = layout::queue_rows(state);
    if state.queue.selected().is_some_and(|t| t.id == id)
        || state
            .queue
            .current_mut()
            .is_some_and(|v| v.select_id(id, rows))
    {
        return;
    }
    let holder = state
        .queue
        .views
        .iter()
        .position(|v| v.visible.iter().any(|&i| v.tickets[i].id == id));
    match holder {
        Some(index) => {
            super::queue::switch_view(state, index, fx);
            if let Some(view) = state.queue.current_mut() {
                view.select_id(id, rows);
            }
            super::queue::preview_selected(state, fx);
        }
        None => {
            let on = state.queue.selected().map(|t| t.id.to_string());
            let said = match on {
                Some(on) => crate::fl!("detail-closed-selected", id = id.to_string(), on = on),
                None => crate::fl!("detail-closed", id = id.to_string()),
            };
            state.status.push(Level::Info, said);
            // Side by side, the pane shows what the queue's keys now act on.
            super::queue::preview_selected(state, fx);
        }
    }
}

/// Shows a ticket in the side-by-side detail without taking the keys, once the selection has
/// rested. Until then the pane keeps what it shows, so a cursor move writes only the two rows
/// that changed, and holding `j` does not repaint a ticket per row.
pub fn open_debounced(state: &mut State, id: TicketId, fx: &mut Vec<Effect>) {
    if state.detail.id == Some(id) {
        state.detail.debounce = None;
        return;
    }
    let req = state.requests.issue();
    state.detail.debounce = Some((req, id));
    fx.push(Effect::Debounce {
        req,
        delay: PREVIEW_DELAY,
    });
}

/// Switches the pane to `id`, showing a prefetched copy at once if there is one. Whatever
/// was new about the ticket has now been seen.
fn show(state: &mut State, id: TicketId, fx: &mut Vec<Effect>) {
    state.watch.news.remove(&id);
    let switching = state.detail.id != Some(id);
    if switching {
        call_off_loads(state, fx);
    }
    state.detail.show(id);
    if switching && let Some(ticket) = state.prefetch.get(id).cloned() {
        state.detail.ticket.value = Some(ticket);
        super::relayout(state);
    }
}

/// A debounce timer ran out: show the ticket if it is still the one wanted (at once if it was
/// fetched ahead) and fetch it.
pub fn debounce_elapsed(state: &mut State, req: RequestId, fx: &mut Vec<Effect>) {
    if super::ahead::rested(state, req, fx) {
        return;
    }
    if let Some((waiting, id)) = state.detail.debounce
        && waiting == req
    {
        state.detail.debounce = None;
        show(state, id, fx);
        load(state, fx);
    }
}

/// Fetches the open ticket again (after a change, or on refresh), keeping what is shown.
pub fn reload(state: &mut State, fx: &mut Vec<Effect>) {
    if state.detail.id.is_some() && state.detail.debounce.is_none() {
        load(state, fx);
    }
}

/// Loads under way (of another ticket, or of this one before a change) are superseded:
/// aborted, so they do not queue in front of the new ones on a slow desk.
fn call_off_loads(state: &mut State, fx: &mut Vec<Effect>) {
    let detail = &mut state.detail;
    for old in [detail.ticket.pending.take(), detail.history.pending.take()] {
        fx.extend(old.map(|req| Effect::Abort(Work::Request(req))));
    }
}

fn load(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(id) = state.detail.id else { return };
    call_off_loads(state, fx);
    // Nothing to show yet: the copy kept on disk shows while the live one loads.
    if state.detail.loaded().is_none() {
        fx.push(Effect::ReadConversation(id));
    }
    let req = state.requests.issue();
    state.detail.ticket.start(req);
    fx.push(Effect::LoadTicket { req, id });
    // The requester is known from the queue row, so their history loads alongside the ticket
    // instead of after it.
    let requester = state
        .detail
        .loaded()
        .map(|t| t.summary.requester.clone())
        .or_else(|| state.queue.find(id).map(|t| t.requester.clone()));
    if let Some(requester) = requester {
        let req = state.requests.issue();
        state.detail.history.start(req);
        fx.push(Effect::LoadHistory { req, requester });
    }
}

/// Actions of the detail context.
pub fn action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    let (rows, _) = layout::conversation_size(state);
    let Some(id) = state.detail.id else {
        if action == Action::Back {
            back_to_queue(state, fx);
            return true;
        }
        return false;
    };
    // The agent moves from here on: the first place is not kept any more.
    state.detail.anchor = None;
    match action {
        Action::Back if state.detail.history_focus => state.detail.history_focus = false,
        Action::Back => back_to_queue(state, fx),
        Action::ScrollDown | Action::SelectNext => scroll(state, 1, rows),
        Action::ScrollUp | Action::SelectPrev => scroll(state, -1, rows),
        Action::PageDown => state.detail.scroll_by(rows as isize - 1, rows),
        Action::PageUp => state.detail.scroll_by(1 - rows as isize, rows),
        Action::SelectFirst | Action::FirstMessage => state.detail.to_first(),
        Action::SelectLast => state.detail.scroll_by(isize::MAX / 2, rows),
        Action::LastMessage => state.detail.to_latest(rows),
        Action::NextMessage | Action::PrevMessage => {
            state.detail.to_message(action == Action::NextMessage, rows)
        }
        Action::Attachments => super::files::open_list(state),
        Action::MergeTicket => super::merge::start(state, id),
        Action::Links => links(state, fx),
        Action::ShowChanges => super::changes::toggle(state, fx),
        Action::ForwardMessage => super::forward::start(state),
        Action::TranslateMessage => super::translate::start(state, false, fx),
        Action::LogTime => super::time_spent::open_alone(state),
        Action::Fields => {
            super::field_form::open(state);
        }
        Action::FocusNext => {
            let has_others = !state.detail.others().is_empty();
            state.detail.history_focus = has_others && !state.detail.history_focus;
            if !has_others {
                state
                    .status
                    .push(Level::Info, crate::fl!("detail-no-other-tickets"));
            }
        }
        Action::OpenTicket if state.detail.history_focus => {
            let others = state.detail.others();
            if let Some(other) = others.get(state.detail.history_selected).map(|t| t.id) {
                open(state, other, fx);
            }
        }
        Action::OpenTicket => {}
        Action::NextTicket | Action::PrevTicket => {
            neighbour(state, action == Action::NextTicket, fx)
        }
        Action::Reply | Action::Note => {
            state.compose.from_queue = false;
            compose::start(state, action == Action::Reply, fx)
        }
        Action::ReplyWithCanned => {
            compose::start(state, true, fx);
            picker::open_picker(state);
        }
        Action::CopyLink => copy_link(state, id, fx),
        Action::AssignToMe
        | Action::Assign
        | Action::SetStatus
        | Action::SetPriority
        | Action::EditTags
        | Action::MoveTicket => {
            menu::ticket_action(state, id, action, fx);
        }
        _ => return false,
    }
    true
}

fn scroll(state: &mut State, delta: isize, rows: usize) {
    if state.detail.history_focus {
        let last = state.detail.others().len().saturating_sub(1);
        state.detail.history_selected = state
            .detail
            .history_selected
            .saturating_add_signed(delta)
            .min(last);
    } else {
        state.detail.scroll_by(delta, rows);
    }
}

/// Opens the next or previous ticket of the view on screen.
fn neighbour(state: &mut State, forward: bool, fx: &mut Vec<Effect>) {
    let rows = layout::queue_rows(state);
    let Some(view) = state.queue.current_mut() else {
        return;
    };
    let Some(pos) = view
        .visible
        .iter()
        .position(|&i| Some(view.tickets[i].id) == state.detail.id)
    else {
        state
            .status
            .push(Level::Info, crate::fl!("detail-not-in-view"));
        return;
    };
    let next = if forward {
        pos + 1
    } else {
        pos.wrapping_sub(1)
    };
    let Some(&index) = view.visible.get(next) else {
        state.status.push(
            Level::Info,
            if forward {
                crate::fl!("detail-last-of-view")
            } else {
                crate::fl!("detail-first-of-view")
            },
        );
        return;
    };
    view.selected = next;
    view.keep_in_view(rows);
    let id = view.tickets[index].id;
    open(state, id, fx);
}

fn copy_link(state: &mut State, id: TicketId, fx: &mut Vec<Effect>) {
    match state.detail.loaded().and_then(|t| t.url.clone()) {
        Some(url) => {
            state
                .status
                .push(Level::Info, crate::fl!("detail-copied", url = url.as_str()));
            fx.push(Effect::Copy(url));
        }
        None => state.status.push(
            Level::Info,
            crate::fl!("detail-no-link", id = id.to_string()),
        ),
    }
}

/// The open ticket as the help desk has it now (or why it could not be read).
pub fn ticket_loaded(
    state: &mut State,
    req: RequestId,
    mut result: Result<crate::backend::Ticket, crate::backend::Error>,
    fx: &mut Vec<Effect>,
) {
    // The configured targets, where the desk gave none, as for the queue's rows.
    if let Ok(ticket) = &mut result {
        state.session.triage.apply(&mut ticket.summary);
    }
    let fresh = result.as_ref().ok().cloned();
    let ok = fresh.as_ref().map(|t| t.summary.clone());
    if !state
        .detail
        .ticket
        .accept(req, result.map_err(|e| super::wording::explain(&e)))
    {
        return;
    }
    if let Some(summary) = ok {
        // The queue row may be older than the ticket just read.
        for view in &mut state.queue.views {
            if let Some(pos) = view.tickets.iter().position(|t| t.id == summary.id) {
                std::sync::Arc::make_mut(&mut view.tickets)[pos] = summary.clone();
                view.targets |= summary.due_at.is_some();
            }
        }
        if state.detail.history.value.is_none() && !state.detail.history.is_loading() {
            let req = state.requests.issue();
            state.detail.history.start(req);
            fx.push(Effect::LoadHistory {
                req,
                requester: summary.requester,
            });
        }
    }
    if let Some(ticket) = fresh {
        state.detail.cached_at = None;
        super::session::notice_fields(state, &ticket, fx);
        super::changes::load(state, fx);
        keep_on_disk(state, &ticket, fx);
        super::drafts::ticket_loaded(state, &ticket, fx);
        // Kept too, so that moving back here later is as quick as moving on.
        state.prefetch.keep(ticket);
        super::ahead::neighbours(state, fx);
    }
    state.detail.transcript_width = 0;
    super::relayout(state);
}

/// The copy of a ticket kept on disk arrived: shown if nothing newer is (the live copy may
/// have come first, or the desk may be out of reach).
pub fn cached(
    state: &mut State,
    id: TicketId,
    record: Option<Box<crate::app::state::records::CachedTicket>>,
) {
    let Some(record) = record else { return };
    if state.detail.id != Some(id) || state.detail.loaded().is_some() {
        return;
    }
    let mut ticket = record.ticket;
    if ticket.summary.id != id {
        return;
    }
    state.session.triage.apply(&mut ticket.summary);
    state.detail.ticket.value = Some(ticket);
    state.detail.cached_at = Some(record.saved_at);
    state.detail.transcript_width = 0;
    super::relayout(state);
}

/// Keeps a ticket just read on disk, for opening it at once next time.
pub fn keep_on_disk(state: &State, ticket: &crate::backend::Ticket, fx: &mut Vec<Effect>) {
    fx.push(Effect::SaveConversation(Box::new(
        crate::app::state::records::CachedTicket {
            saved_at: state.session.now,
            ticket: ticket.clone(),
        },
    )));
}

/// The requester's other tickets.
pub fn history_loaded(
    state: &mut State,
    req: RequestId,
    result: Result<Vec<crate::backend::TicketSummary>, crate::backend::Error>,
) {
    state
        .detail
        .history
        .accept(req, result.map_err(|e| super::wording::explain(&e)));
    super::relayout(state);
}

/// Loads the views and, if it is open, the ticket again.
pub fn refetch(state: &mut State, ticket: crate::backend::TicketId, fx: &mut Vec<Effect>) {
    super::queue::load_all(state, fx);
    if state.detail.id == Some(ticket) {
        reload(state, fx);
    }
}

/// `L`: the ticket's linked tickets in a menu; with one, it opens at once.
fn links(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(ticket) = state.detail.loaded() else {
        return;
    };
    let id = ticket.summary.id;
    let links = ticket.links.clone();
    match links.as_slice() {
        [] => state.status.push(
            Level::Info,
            crate::fl!("detail-no-links", id = id.to_string()),
        ),

        [one] => open(state, one.id, fx),
        many => {
            let items = many
                .iter()
                .map(|l| {
                    let subject = state
                        .queue
                        .find(l.id)
                        .map(|t| format!(" {}", t.subject))
                        .unwrap_or_default();
                    (
                        format!("{} #{}{subject}", l.kind, l.id),
                        crate::app::state::overlay::Choice::Open(l.id),
                    )
                })
                .collect();
            state.overlay = Some(crate::app::state::overlay::Overlay::Menu(
                crate::app::state::overlay::Menu {
                    title: crate::fl!("detail-linked-to", id = id.to_string()),
                    ticket: id,
                    items,
                    selected: 0,
                    query: Default::default(),
                    question: None,
                },
            ));
        }
    }
}
