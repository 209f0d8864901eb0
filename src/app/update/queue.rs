//! Queue actions: moving, switching views, filtering, loading pages.

use super::{Effect, State, detail, menu};
use crate::action::Action;
use crate::app::layout;
use crate::app::state::queue::FILTER_INLINE;
use crate::app::state::{Level, RequestId};
use crate::keymap::KeyChord;

/// Loads the first page of every view.
pub fn load_all(state: &mut State, fx: &mut Vec<Effect>) {
    // The view on screen first: on a desk that answers one request at a time, it is the
    // one the agent waits for.
    let active = state.queue.active;
    let others = (0..state.queue.views.len()).filter(|v| *v != active);
    for view in std::iter::once(active).chain(others) {
        load_page(state, view, None, fx);
    }
    // What could not be asked while the desk was unreachable is asked with the views.
    if std::mem::take(&mut state.session.ask_again) {
        fx.extend(super::session::asked_once());
    }
}

/// Loads one page of a view; a first page supersedes whatever was under way for that view.
pub fn load_page(state: &mut State, view: usize, page: Option<String>, fx: &mut Vec<Effect>) {
    let req = state.requests.issue();
    let Some(v) = state.queue.views.get_mut(view) else {
        return;
    };
    // A first page supersedes whatever was under way for the view.
    if let (None, Some(old)) = (&page, v.pending) {
        fx.push(Effect::Abort(crate::app::effect::Work::Request(old)));
    }
    v.pending = Some(req);
    fx.push(Effect::LoadView {
        req,
        view,
        spec: v.view.clone(),
        page,
    });
}

/// Reloads the views, the open ticket and the canned responses.
pub fn refresh(state: &mut State, fx: &mut Vec<Effect>) {
    load_all(state, fx);
    detail::reload(state, fx);
    let req = state.requests.issue();
    state.canned.list.start(req);
    fx.push(Effect::LoadCanned { req });
}

/// Actions of the queue context.
pub fn action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    let page = layout::queue_rows(state) as isize;
    match action {
        Action::SelectNext => select_by(state, 1, fx),
        Action::SelectPrev => select_by(state, -1, fx),
        Action::PageDown => select_by(state, page, fx),
        Action::PageUp => select_by(state, -page, fx),
        Action::SelectFirst => select_by(state, isize::MIN / 2, fx),
        Action::SelectLast => select_by(state, isize::MAX / 2, fx),
        Action::NextView => switch_view(state, state.queue.active + 1, fx),
        Action::PrevView => {
            let n = state.queue.views.len().max(1);
            switch_view(state, state.queue.active + n - 1, fx);
        }
        Action::View(n) => {
            let index = usize::from(n) - 1;
            if index >= state.queue.views.len() {
                state
                    .status
                    .push(Level::Info, crate::fl!("queue-no-view", n = n));
                return true;
            }
            switch_view(state, index, fx);
        }
        Action::Filter => state.queue.filtering = true,
        Action::Search => super::search::open(state),
        // Marks go first; then only the search tab closes: elsewhere in the queue back has
        // nowhere to go.
        Action::Back => {
            if !super::bulk::clear(state) {
                super::search::close(state, fx);
            }
        }
        Action::ToggleMark => super::bulk::toggle(state, fx),
        Action::ReplyWithCanned if !state.queue.marks.is_empty() => {
            super::picker::open_picker(state);
        }
        Action::ReplyWithCanned => {
            let Some(id) = state.queue.selected().map(|t| t.id) else {
                return true;
            };
            detail::open(state, id, fx);
            super::compose::start(state, true, fx);
            state.compose.from_queue = true;
            super::picker::open_picker(state);
        }
        Action::MarkRange => super::bulk::range(state),
        Action::OpenTicket => {
            let Some(id) = state.queue.selected().map(|t| t.id) else {
                return true;
            };
            detail::open(state, id, fx);
        }
        Action::Reply | Action::Note => {
            let Some(id) = state.queue.selected().map(|t| t.id) else {
                return true;
            };
            detail::open(state, id, fx);
            super::compose::start(state, action == Action::Reply, fx);
            state.compose.from_queue = true;
        }
        Action::Fields if !state.queue.marks.is_empty() => super::field_form::open_marked(state),
        Action::Fields => state.status.push(
            crate::app::state::Level::Info,
            crate::fl!("queue-fields-hint"),
        ),
        Action::AssignToMe
        | Action::SetStatus
        | Action::SetPriority
        | Action::Assign
        | Action::EditTags
        | Action::MoveTicket
            if !state.queue.marks.is_empty() =>
        {
            menu::ticket_action(state, crate::app::state::marks::MARKED, action, fx);
        }
        Action::AssignToMe
        | Action::SetStatus
        | Action::SetPriority
        | Action::Assign
        | Action::EditTags
        | Action::MoveTicket => {
            let Some(id) = state.queue.selected().map(|t| t.id) else {
                return true;
            };
            menu::ticket_action(state, id, action, fx);
        }
        _ => return false,
    }
    true
}

pub fn switch_view(state: &mut State, index: usize, fx: &mut Vec<Effect>) {
    let n = state.queue.views.len();
    if n == 0 {
        return;
    }
    state.queue.active = index % n;
    refilter(state, fx);
    preview_selected(state, fx);
}

/// Moves the selection; near the end of what is loaded, the next page is fetched.
pub fn select_by(state: &mut State, delta: isize, fx: &mut Vec<Effect>) {
    let rows = layout::queue_rows(state);
    let active = state.queue.active;
    let Some(view) = state.queue.current_mut() else {
        return;
    };
    view.move_selection(delta, rows);
    super::bulk::stretch(state);
    let Some(view) = state.queue.current_mut() else {
        return;
    };
    let near_end = view.selected + rows >= view.visible.len();
    if near_end
        && view.pending.is_none()
        && let Some(token) = view.next_page.clone()
    {
        load_page(state, active, Some(token), fx);
    }
    preview_selected(state, fx);
}

/// With queue and detail side by side, the detail follows the selection; where the queue has
/// the whole screen, the selected ticket is fetched ahead so `enter` opens it at once. Both
/// wait for the selection to rest, so holding `j` does not fire a request per row.
pub fn preview_selected(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(id) = state.queue.selected().map(|t| t.id) else {
        return;
    };
    if state.session.size.0 < layout::WIDE {
        super::ahead::after_rest(state, id, fx);
    } else {
        super::ahead::drop_far(state, fx);
        detail::open_debounced(state, id, fx);
    }
}

/// Re-applies the filter to the view on screen, keeping the selected ticket if it still shows.
/// A large view is filtered off the UI task: typing goes on, the rows change when the newest
/// query's answer arrives, and answers to older queries are dropped.
pub fn refilter(state: &mut State, fx: &mut Vec<Effect>) {
    refilter_view(state, state.queue.active, fx);
}

/// [`refilter`] for the view at `index`.
pub fn refilter_view(state: &mut State, index: usize, fx: &mut Vec<Effect>) {
    let rows = layout::queue_rows(state);
    let filter = state.queue.filter.text().trim().to_string();
    let req = state.requests.issue();
    let Some(view) = state.queue.views.get_mut(index) else {
        return;
    };
    if view.tickets.len() > FILTER_INLINE && !filter.is_empty() {
        view.filter_req = Some(req);
        fx.push(Effect::Filter {
            req,
            view: index,
            tickets: view.tickets.clone(),
            languages: view.languages.clone(),
            query: filter,
        });
        return;
    }
    view.filter_req = None;
    let keep = view.selected_ticket().map(|t| t.id);
    view.refilter(&filter, keep);
    view.keep_in_view(rows);
}

/// A filter run off the UI task answered.
pub fn filtered(
    state: &mut State,
    req: RequestId,
    index: usize,
    visible: Vec<usize>,
    fx: &mut Vec<Effect>,
) {
    let rows = layout::queue_rows(state);
    let Some(view) = state.queue.views.get_mut(index) else {
        return;
    };
    if view.filter_req != Some(req) {
        return;
    }
    view.filter_req = None;
    let keep = view.selected_ticket().map(|t| t.id);
    view.show_filtered(visible, keep);
    view.keep_in_view(rows);
    if index == state.queue.active {
        preview_selected(state, fx);
    }
}

/// Actions while the filter line has focus.
pub fn filter_action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    match action {
        Action::Confirm => state.queue.filtering = false,
        Action::Cancel => {
            state.queue.filtering = false;
            state.queue.filter.clear();
            refilter(state, fx);
        }
        Action::SelectNext => select_by(state, 1, fx),
        Action::SelectPrev => select_by(state, -1, fx),
        _ => return false,
    }
    true
}

/// A key typed into the filter line.
pub fn filter_key(state: &mut State, chord: &KeyChord, fx: &mut Vec<Effect>) {
    if state.queue.filter.key(chord) {
        refilter(state, fx);
        preview_selected(state, fx);
    }
}

/// A page of a view, or why it could not be read. Stale pages (a newer request went out
/// for the view) are dropped.
pub fn page_loaded(
    state: &mut State,
    req: RequestId,
    index: usize,
    first_page: bool,
    result: Result<crate::backend::Page, crate::backend::Error>,
    fx: &mut Vec<Effect>,
) {
    let filter = state.queue.filter.text().to_string();
    let first_load_of_active =
        index == state.queue.active && state.queue.views.get(index).is_some_and(|v| !v.loaded);
    let triage = state.session.triage.clone();
    let order = triage.order(state.session.now);
    let Some(view) = state.queue.views.get_mut(index) else {
        return;
    };
    if view.pending != Some(req) {
        return;
    }
    view.pending = None;
    if state.queue.views.iter().all(|v| v.pending.is_none()) {
        super::session::after_views(state, fx);
    }
    let Some(view) = state.queue.views.get_mut(index) else {
        return;
    };
    match result {
        Ok(mut page) => {
            for t in &mut page.tickets {
                triage.apply(t);
            }
            if view.view.quick {
                page.tickets.retain(|t| triage.is_quick(t));
                // The help desk's count is of the whole query, not of its quick wins.
                page.total = None;
            }
            state.session.saw_owners(&page.tickets);
            let Some(view) = state.queue.views.get_mut(index) else {
                return;
            };
            let allowed = &state.session.languages;
            let filter_off_task = view.receive(page.tickets, first_page, &filter, &order, allowed);
            if first_page || page.total.is_some() {
                view.total = page.total;
            }
            view.next_page = page.next;
            view.error = None;
            state.session.refreshed_at = Some(state.session.now);
            state.session.cached_at = None;
            // Once every view has answered, what they show is the start for next time.
            if first_page && state.queue.views.iter().all(|v| v.pending.is_none()) {
                super::session::save_cache(state, fx);
            }
            if filter_off_task {
                refilter_view(state, index, fx);
            }
            super::relayout(state);
            if first_load_of_active {
                preview_selected(state, fx);
            }
            // The tops of the views once every view is in: guesses wait for what is sure.
            if first_page && state.queue.views.iter().all(|v| v.pending.is_none()) {
                for index in 0..state.queue.views.len() {
                    super::ahead::view_top(state, index, fx);
                }
            }
            super::freshness::answered(state, fx);
        }
        Err(err) => {
            view.error = Some(super::wording::explain(&err));
            super::freshness::lost(state, &err);
        }
    }
}
