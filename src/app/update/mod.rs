//! `update(&mut State, Msg) -> Vec<Effect>`: the only place state changes. Pure: no IO, no
//! awaiting, no terminal. Keys become actions through the keymap of the current context;
//! each pane's actions live in its own file.

mod ahead;
mod attach;
mod audience;
mod bulk;
mod changes;
mod compose;
mod detail;
mod discard;
mod drafts;
mod field_form;
mod files;
mod forward;
mod freshness;
mod loaded;
mod menu;
mod merge;
mod moves;
mod new_ticket;
mod opening;
mod outbox;
mod outbox_menu;
mod panel;
mod picker;
mod prompt;
mod question;
mod queue;
mod responses;
mod saves;
mod search;
mod session;
pub use prompt::ticket_number;
pub use saves::printout;
pub use time_spent::parse as time_spent;
pub use wording::{explain, files_refused, search_note, search_refused, what_happened};
mod tags;
mod takeover;
mod time_spent;
mod time_step;
mod translate;
mod watch;
mod wording;

use super::effect::Effect;
use super::msg::Msg;
use super::state::overlay::{Overlay, Panel, PanelKind};
use super::state::{Focus, Level, State};
use crate::action::Action;
use crate::app::layout;
use crate::keymap::{Context, KeyChord};

/// How often a countdown on screen moves.
const COUNTDOWN: std::time::Duration = std::time::Duration::from_secs(1);

/// Effects to start with: every view, the one on screen first; once they have answered, who
/// we are, the agents and the canned responses.
pub fn init(state: &mut State) -> Vec<Effect> {
    let mut fx = Vec::new();
    queue::load_all(state, &mut fx);
    state.session.after_views = true;
    // Rows from the cache are on screen already: the ticket beside them can load too.
    if state.queue.current().is_some_and(|v| v.loaded) {
        queue::preview_selected(state, &mut fx);
    }
    // Replies an earlier run left undelivered go out again (checked first where unsure).
    let waiting: Vec<u64> = state.outbox.items.iter().map(|i| i.id).collect();
    for id in waiting {
        outbox::attempt(state, id, &mut fx);
    }
    // What changes from now on is news.
    state.watch.since = Some(state.session.now);
    watch::schedule(state, &mut fx);
    fx
}

/// Applies one message to the state and returns the work it asks for.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let mut fx = Vec::new();
    match msg {
        Msg::Clock(now) => state.session.now = now,
        Msg::Key(chord) => on_key(state, chord, &mut fx),
        Msg::Paste(text) => on_paste(state, &text, &mut fx),
        Msg::Resize { width, height } => {
            state.session.size = (width, height);
            relayout(state);
            // Grown wide enough for side by side: the detail pane shows the selection.
            if state.focus == Focus::Queue {
                queue::preview_selected(state, &mut fx);
            }
        }
        Msg::Elapsed(req) => {
            if !drafts::timer_elapsed(state, req, &mut fx)
                && !outbox::timer_elapsed(state, req, &mut fx)
                && !watch::timer_elapsed(state, req, &mut fx)
            {
                detail::debounce_elapsed(state, req, &mut fx);
            }
        }
        Msg::Throttled(until) => {
            let started = state.session.throttled_until.is_none();
            state.session.throttled_until = until;
            if started && until.is_some() {
                fx.push(Effect::Tick(COUNTDOWN));
            }
        }
        Msg::Tick => {
            // The hold is lifted by a Throttled message; ticks only move the countdown.
            if state.session.throttled_until.is_some() {
                fx.push(Effect::Tick(COUNTDOWN));
            }
        }
        Msg::Edited {
            field: Some(field),
            result,
            ..
        } => field_form::edited(state, &field, result),
        Msg::Edited {
            ticket,
            field: None,
            result,
        } => compose::edited(state, ticket, result, &mut fx),
        Msg::Terminate => {
            // SIGTERM or SIGHUP: nothing may be lost, and nobody is there to ask.
            drafts::save_now(state, &mut fx);
            state.quit = true;
            fx.push(Effect::Quit);
        }
        Msg::Queue(item) => outbox::queue_made(state, *item, &mut fx),
        Msg::RetryAll => outbox::retry_all(state, &mut fx),
        Msg::OpenTicket(id) => detail::open(state, id, &mut fx),
        Msg::DropOutgoing(id) => outbox_menu::choose(
            state,
            crate::app::state::overlay::Choice::DiscardOutgoing(id),
            &mut fx,
        ),
        Msg::Loaded(loaded) => loaded::apply(state, loaded, &mut fx),
    }
    fx
}

/// The open ticket's replies and notes still in the outbox.
fn unsent_on(state: &State) -> Vec<crate::app::state::detail::Unsent> {
    state
        .outbox
        .items
        .iter()
        .filter(|i| Some(i.ticket) == state.detail.id)
        .filter(|i| i.change.is_none() && i.bulk.is_none() && i.opening.is_none())
        .map(|i| crate::app::state::detail::Unsent {
            public: i.reply.public,
            body: i.reply.body.clone(),
        })
        .collect()
}

/// Wraps the open ticket's conversation again: the outbox's entries for it changed.
pub(crate) fn rewrap(state: &mut State) {
    state.detail.transcript_width = 0;
    relayout(state);
}

/// Keeps derived layout (wrapped conversation, scroll positions) in step with the screen.
pub(crate) fn relayout(state: &mut State) {
    let (rows, width) = layout::conversation_size(state);
    if state.detail.transcript_width != width {
        let (now, tz) = (state.session.now, state.session.tz.clone());
        let unsent = unsent_on(state);
        state.detail.relayout(width, now, &tz, &unsent);
        state.detail.spoken = state
            .detail
            .loaded()
            .and_then(|t| state.session.customer_language(t));
    }
    state.detail.scroll_by(0, rows);
    state.detail.place(rows);
    let page = layout::queue_rows(state);
    for view in &mut state.queue.views {
        view.keep_in_view(page);
    }
}

fn on_key(state: &mut State, chord: KeyChord, fx: &mut Vec<Effect>) {
    let context = state.context();
    // A notice stays until the next key; quitting twice must be two keys in a row.
    state.status.showing = false;
    let keymap = state.session.keymap.clone();
    let action = keymap.lookup(context, &chord).or_else(|| {
        // Where keys type text, plain keys are text; only chords (ctrl-r, f1…) reach global.
        (!context.takes_text() || !chord.is_plain_text())
            .then(|| keymap.lookup(Context::Global, &chord))
            .flatten()
    });
    if action != Some(Action::Quit) {
        state.outbox.quit_armed = false;
    }
    match action {
        Some(action) => perform(state, action, fx),
        None if context.takes_text() => type_into(state, context, &chord, fx),
        None => {}
    }
}

/// Sends a key that no binding claimed to the text field that has focus.
fn type_into(state: &mut State, context: Context, chord: &KeyChord, fx: &mut Vec<Effect>) {
    match context {
        Context::Compose => compose::key(state, chord, fx),
        Context::Filter if matches!(state.overlay, Some(Overlay::Panel(_))) => {
            panel::search_key(state, chord)
        }
        Context::Filter if matches!(state.overlay, Some(Overlay::Viewer(_))) => {
            panel::viewer_search_key(state, chord)
        }
        Context::Filter => queue::filter_key(state, chord, fx),
        Context::Picker => picker::query_key(state, chord),
        Context::Palette => picker::palette_key(state, chord),
        Context::Prompt => prompt::key(state, chord),
        Context::Menu => menu::menu_key(state, chord, fx),
        Context::Form => field_form::key(state, chord),
        _ => {}
    }
}

fn on_paste(state: &mut State, text: &str, fx: &mut Vec<Effect>) {
    let text = crate::text::clean_text(text);
    if state.overlay.is_none() && state.focus == Focus::Compose && new_ticket::in_field(state) {
        new_ticket::paste(state, &text, fx);
        return;
    }
    match (&mut state.overlay, state.focus) {
        (Some(Overlay::Picker(p)), _) => {
            p.query.paste(&text);
            picker::rerank(state);
        }
        (Some(Overlay::Palette(p)), _) => {
            p.query.paste(&text);
            picker::refind(state);
        }
        (Some(Overlay::Prompt(p)), _) => {
            p.input.paste(&text);
            p.cycle = None;
        }
        (Some(_), _) => {}
        (None, Focus::Compose) => {
            if let Some(draft) = state.compose.current_mut() {
                draft.editor.insert_str(&text);
            }
            drafts::touched_open(state, fx);
        }
        (None, Focus::Queue) if state.queue.filtering => {
            state.queue.filter.paste(&text);
            queue::refilter(state, fx);
        }
        (None, _) => {}
    }
}

/// Runs an action in the current context; also the palette's way in.
pub(crate) fn perform(state: &mut State, action: Action, fx: &mut Vec<Effect>) {
    let handled = match action {
        Action::Quit => {
            quit(state, fx);
            true
        }
        Action::Help => toggle_panel(state, PanelKind::Help),
        Action::Stats => toggle_panel(state, PanelKind::Stats),
        Action::Messages => toggle_panel(state, PanelKind::Messages),
        Action::CommandPalette => picker::open_palette(state),
        Action::Outbox => {
            // Over a picker or menu it would hide what is being chosen.
            if state.overlay.is_some() {
                false
            } else {
                outbox_menu::open(state, fx);
                true
            }
        }
        Action::Refresh => {
            queue::refresh(state, fx);
            true
        }
        Action::Suspend => {
            fx.push(Effect::Suspend);
            true
        }
        Action::Noop => true,
        Action::RetrySave => {
            saves::save_again(state, fx);
            true
        }
        // From the queue or a ticket; over a window it would hide what is being chosen.
        Action::GoToTicket if state.overlay.is_none() => {
            prompt::go_to(state);
            true
        }
        Action::NewTicket
            if state.overlay.is_none()
                && matches!(state.context(), Context::Queue | Context::Detail) =>
        {
            new_ticket::start(state, fx);
            true
        }
        _ => match state.context() {
            Context::Picker => picker::picker_action(state, action, fx),
            Context::Palette => picker::palette_action(state, action, fx),
            Context::Menu => menu::menu_action(state, action, fx),
            Context::Form => field_form::action(state, action, fx),
            Context::Prompt => prompt::action(state, action, fx),
            Context::Panel => {
                files::viewer_action(state, action, fx) || panel::action(state, action)
            }
            Context::Files => files::list_action(state, action, fx),
            Context::Filter if matches!(state.overlay, Some(Overlay::Panel(_))) => {
                panel::search_action(state, action)
            }
            Context::Filter if matches!(state.overlay, Some(Overlay::Viewer(_))) => {
                panel::viewer_search_action(state, action)
            }
            Context::Filter => queue::filter_action(state, action, fx),
            Context::Queue => queue::action(state, action, fx),
            Context::Detail => detail::action(state, action, fx),
            Context::Compose => compose::action(state, action, fx),
            Context::Global => false,
        },
    };
    if !handled {
        state.status.push(
            Level::Info,
            crate::fl!("action-not-here", action = action.title()),
        );
    }
}

pub(crate) fn toggle_panel(state: &mut State, kind: PanelKind) -> bool {
    match &state.overlay {
        Some(Overlay::Panel(p)) if p.kind == kind => state.overlay = None,
        Some(Overlay::Panel(_)) | None => {
            // Help opens at the keys of where the agent is.
            let here = state.context();
            let mut panel = Panel::new(kind);
            if kind == PanelKind::Help {
                panel.scroll = crate::app::panel::section_line(state, here);
            }
            state.overlay = Some(Overlay::Panel(panel))
        }
        // A picker or menu is mid-choice; a panel over it would hide what is being chosen.
        Some(_) => return false,
    }
    true
}

/// Quits, after saving the drafts. Drafts need no warning, they come back next time; replies
/// still in the outbox get one, since they only go out while frontdesk runs.
fn quit(state: &mut State, fx: &mut Vec<Effect>) {
    drafts::save_now(state, fx);
    if let Some(what) = saves::unsaved_work(state) {
        saves::ask_before_quitting(state, &what);
        return;
    }
    let waiting = state.outbox.items.len();
    if waiting > 0 && !state.outbox.quit_armed {
        state.outbox.quit_armed = true;
        state
            .status
            .push(Level::Warning, crate::fl!("quit-outbox", n = waiting));
        return;
    }
    state.quit = true;
    fx.push(Effect::Quit);
}

#[cfg(test)]
mod tests;
