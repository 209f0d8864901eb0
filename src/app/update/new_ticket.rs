//! A new ticket for a customer: the form (who, subject, queue, priority) above a first message
//! written like any reply, then the outbox. A create is an outbox entry like a reply; a try
//! whose answer was lost is followed by a look for the ticket it may have made (the desk's
//! idempotency key, a marker tag or a search), so a retry never opens a second ticket.

use super::{Effect, State, drafts};
use crate::action::Action;
use crate::app::state::new_ticket::{Field, NEW_TICKET, known_people};
use crate::app::state::overlay::{Choice, Menu, Overlay};
use crate::app::state::{Draft, Focus, Level, RequestId};
use crate::backend::{Error, Opening, Priority, QueueRef};
use crate::keymap::{Key, KeyChord};

/// `N`: opens the new-ticket form (the one kept as a draft, if any).
pub fn start(state: &mut State, fx: &mut Vec<Effect>) {
    if state.session.capabilities.create.is_none() {
        state
            .status
            .push(Level::Info, crate::fl!("new-unsupported"));
        return;
    }
    let style = state.session.unresolved_style;
    let known = std::sync::Arc::new(known_people(state));
    let draft = state
        .compose
        .drafts
        .entry(NEW_TICKET)
        .or_insert_with(|| Draft::new_ticket(style));
    draft.restored_at = None;
    if let Some(form) = &mut draft.form {
        form.known = known;
        form.suggest();
    }
    state.compose.open = Some(NEW_TICKET);
    state.focus = Focus::Compose;
    state.overlay = None;
    load_queues(state, fx);
}

/// Reads the desk's queues once, where it has them.
pub(super) fn load_queues(state: &mut State, fx: &mut Vec<Effect>) {
    let caps = &state.session.capabilities;
    let has_queues = caps.create.is_some_and(|c| c.queues) || caps.moves.is_ok();
    let queues = &state.session.queues;
    if has_queues && queues.value.is_none() && queues.pending.is_none() {
        let req = state.requests.issue();
        state.session.queues.start(req);
        fx.push(Effect::LoadQueues { req });
    }
}

/// The queues arrived.
pub fn queues(
    state: &mut State,
    req: RequestId,
    result: Result<Vec<QueueRef>, Error>,
    fx: &mut Vec<Effect>,
) {
    let result = result.map_err(|e| super::wording::explain(&e));
    if !state.session.queues.accept(req, result) {
        return;
    }
    let waiting = state
        .compose
        .current_mut()
        .and_then(|d| d.form.as_mut())
        .map(|f| std::mem::take(&mut f.queue_menu_waiting));
    if waiting == Some(true) && state.focus == Focus::Compose && state.overlay.is_none() {
        field_menu(state, Action::SetQueue, fx);
    }
    super::moves::queues_arrived(state);
}

/// Whether the open draft is a new ticket with a form field (not the message) taking keys.
pub fn in_field(state: &State) -> bool {
    state
        .compose
        .current()
        .and_then(|d| d.form.as_ref())
        .is_some_and(|f| f.field != Field::Message)
}

/// A key typed into the requester or subject field.
pub fn key(state: &mut State, chord: &KeyChord, fx: &mut Vec<Effect>) {
    let Some(form) = state.compose.current_mut().and_then(|d| d.form.as_mut()) else {
        return;
    };
    let changed = match (form.field, chord.key) {
        (_, Key::Enter) if !chord.ctrl && !chord.alt => {
            next_field(state);
            return;
        }
        (Field::Requester, Key::Down) => {
            let shown = form.suggested.len();
            form.suggestion = (form.suggestion + 1).min(shown.saturating_sub(1));
            false
        }
        (Field::Requester, Key::Up) => {
            form.suggestion = form.suggestion.saturating_sub(1);
            false
        }
        (Field::Requester, _) => {
            let changed = form.requester.key(chord);
            if changed {
                form.name.clear();
                form.suggestion = 0;
                form.suggest();
            }
            changed
        }
        (Field::Subject, _) => form.subject.key(chord),
        (Field::Message, _) => false,
    };
    if changed {
        if let Some(draft) = state.compose.current_mut() {
            draft.error = None;
        }
        drafts::touched_open(state, fx);
    }
}

/// Text pasted into the requester or subject field.
pub fn paste(state: &mut State, text: &str, fx: &mut Vec<Effect>) {
    if let Some(form) = state.compose.current_mut().and_then(|d| d.form.as_mut()) {
        match form.field {
            Field::Requester => {
                form.requester.paste(text);
                form.name.clear();
                form.suggest();
            }
            Field::Subject => form.subject.paste(text),
            Field::Message => return,
        }
        drafts::touched_open(state, fx);
    }
}

/// `tab`: on to the next field; leaving the requester takes the highlighted suggestion when
/// what is typed is not an address yet.
pub fn next_field(state: &mut State) {
    let Some(form) = state.compose.current_mut().and_then(|d| d.form.as_mut()) else {
        return;
    };
    form.field = match form.field {
        Field::Requester => {
            let typed = form.address();
            let picked = form
                .suggested
                .get(form.suggestion)
                .map(|c| (c.email.clone(), c.name.clone()));
            if !crate::backend::is_address(&typed)
                && let Some((email, name)) = picked
            {
                form.requester = crate::app::state::input::LineInput::with_text(&email);
                form.name = name;
                form.suggest();
            }
            Field::Subject
        }
        Field::Subject | Field::Message => Field::Message,
    };
}

/// `shift-tab`: back to the previous field.
pub fn prev_field(state: &mut State) -> bool {
    let Some(form) = state.compose.current_mut().and_then(|d| d.form.as_mut()) else {
        return false;
    };
    form.field = match form.field {
        Field::Message => Field::Subject,
        Field::Subject | Field::Requester => Field::Requester,
    };
    true
}

/// `ctrl-g` and `ctrl-p` in the form: the queue and priority menus.
pub fn field_menu(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    if !matches!(action, Action::SetPriority | Action::SetQueue) {
        return false;
    }
    load_queues(state, fx);
    let Some(form) = state.compose.current().and_then(|d| d.form.as_ref()) else {
        return false;
    };
    let (title, items, current) = match action {
        Action::SetPriority => {
            let items: Vec<(String, Choice)> = Priority::ALL
                .iter()
                .map(|p| {
                    let name = crate::i18n::format::priority(*p);
                    (format!("{} {name}", p.marker()), Choice::Priority(*p))
                })
                .collect();
            let current = Priority::ALL.iter().position(|p| *p == form.priority);
            (crate::fl!("new-priority-title"), items, current)
        }
        Action::SetQueue => {
            let Some(queues) = state.session.queues.value.as_ref() else {
                match &state.session.queues.error {
                    Some(err) => {
                        let why = crate::fl!("move-queues-unread", why = err.as_str());
                        state.status.push(Level::Error, why);
                    }
                    None => {
                        state
                            .status
                            .push(Level::Info, crate::fl!("move-reading-queues"));
                        if let Some(form) =
                            state.compose.current_mut().and_then(|d| d.form.as_mut())
                        {
                            form.queue_menu_waiting = true;
                        }
                    }
                }
                return true;
            };
            let mut items = vec![(crate::fl!("new-queue-default"), Choice::Queue(None))];
            items.extend(
                queues
                    .iter()
                    .map(|q| (q.name.clone(), Choice::Queue(Some(q.clone())))),
            );
            let current = form
                .queue
                .as_ref()
                .and_then(|q| queues.iter().position(|o| o.id == q.id))
                .map(|i| i + 1);
            (crate::fl!("new-queue-title"), items, current)
        }
        _ => return false,
    };
    state.overlay = Some(Overlay::Menu(Menu {
        title,
        ticket: NEW_TICKET,
        items,
        selected: current.unwrap_or(0),
        query: Default::default(),
        question: None,
    }));
    true
}

/// A choice from the queue or priority menu.
pub fn chosen(state: &mut State, choice: Choice, fx: &mut Vec<Effect>) {
    if let Some(form) = state.compose.current_mut().and_then(|d| d.form.as_mut()) {
        match choice {
            Choice::Queue(queue) => form.queue = queue,
            Choice::Priority(p) => form.priority = p,
            _ => return,
        }
        drafts::touched_open(state, fx);
    }
}

/// The new ticket as far as the form tells, for rendering canned responses into its first
/// message (`{{requester.first_name}}`, `{{ticket.subject}}`).
pub fn as_summary(state: &State) -> Option<crate::backend::TicketSummary> {
    let draft = state.compose.drafts.get(&NEW_TICKET)?;
    let form = draft.form.as_ref()?;
    let known = form
        .known
        .iter()
        .find(|c| c.email.eq_ignore_ascii_case(&form.address()));
    let requester = match known {
        Some(person) => person.clone(),
        None => crate::backend::Contact {
            name: form.name.clone(),
            email: form.address(),
            ..Default::default()
        },
    };
    Some(crate::backend::TicketSummary {
        subject: form.subject.text().trim().to_string(),
        requester,
        priority: form.priority,
        group: form.queue.as_ref().map(|q| q.name.clone()),
        ..crate::backend::TicketSummary::new(NEW_TICKET)
    })
}

/// What is missing before the ticket can be opened, in words, or `None`.
pub fn missing(draft: &Draft) -> Option<String> {
    let form = draft.form.as_ref()?;
    let address = form.address();
    if address.is_empty() {
        Some(crate::fl!("new-needs-address"))
    } else if !crate::backend::is_address(&address) {
        Some(crate::fl!("new-bad-address", address = address.as_str()))
    } else if form.subject.text().trim().is_empty() {
        Some(crate::fl!("new-needs-subject"))
    } else {
        None
    }
}

/// The form as the desk is sent it; `marker` is unique to this ticket.
pub fn opening_of(draft: &Draft, state: &State, id: u64) -> Option<Opening> {
    let form = draft.form.as_ref()?;
    let now = state.session.now;
    // Unique enough without a random source (update stays pure): the moment, to the
    // nanosecond, mixed with the entry's number.
    let nanos = now.as_nanosecond() as u64 ^ id.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    Some(Opening {
        requester: form.address(),
        name: form.name.clone(),
        subject: form.subject.text().trim().to_string(),
        queue: form.queue.clone(),
        priority: form.priority,
        marker: format!("fd-{:012x}", nanos & 0xffff_ffff_ffff),
        sent_at: now,
    })
}
