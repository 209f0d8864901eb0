//! Changing a ticket's fields: status, priority and assignee menus (the tags prompt is in
//! `tags`), and the read-only panels' scrolling.

use super::{Effect, State};
use crate::action::Action;
use crate::app::state::Level;
use crate::app::state::marks::MARKED;
use crate::app::state::new_ticket::NEW_TICKET;
use crate::app::state::overlay::{Choice, FetchAsk, Menu, Overlay};
use crate::backend::{Changes, Priority, TicketId, TicketSummary};

fn summary(state: &State, id: TicketId) -> Option<TicketSummary> {
    if id == MARKED {
        return Some(TicketSummary::new(MARKED));
    }
    state
        .detail
        .loaded()
        .filter(|t| t.summary.id == id)
        .map(|t| t.summary.clone())
        .or_else(|| state.queue.find(id).cloned())
}

/// How a menu names its ticket: `#4076`, or `12 marked tickets`.
fn named(state: &State, id: TicketId) -> String {
    if id == MARKED {
        crate::fl!("menu-marked-tickets", n = state.queue.marks.len())
    } else {
        format!("#{id}")
    }
}

/// A field-changing action on ticket `id` (or the marked tickets, `MARKED`): applied at once
/// (assign to me) or through a menu.
pub fn ticket_action(state: &mut State, id: TicketId, action: Action, fx: &mut Vec<Effect>) {
    let Some(ticket) = summary(state, id) else {
        return;
    };
    let name = named(state, id);
    let caps = &state.session.capabilities;
    let menu = |title: String, items: Vec<(String, Choice)>, current: Option<usize>| {
        Overlay::Menu(Menu {
            title,
            ticket: id,
            items,
            selected: current.unwrap_or(0),
            query: Default::default(),
            question: None,
        })
    };
    state.overlay = match action {
        Action::MoveTicket => {
            super::moves::open(state, id, fx);
            return;
        }
        Action::AssignToMe => {
            let Some(me) = state.session.me.clone() else {
                state
                    .status
                    .push(Level::Warning, crate::fl!("menu-who-are-you"));
                return;
            };
            let changes = Changes {
                assignee: Some(Some(me.id)),
                ..Changes::default()
            };
            if id == MARKED {
                super::bulk::confirm(state, changes, crate::fl!("bulk-what-assign-me"));
            } else {
                super::outbox::queue_change(
                    state,
                    id,
                    changes,
                    crate::fl!("menu-assigned-to-you", id = id.to_string()),
                    fx,
                );
            }
            return;
        }
        Action::SetStatus => {
            let items: Vec<_> = caps
                .statuses
                .iter()
                .map(|s| (s.name.clone(), Choice::Status(s.name.clone())))
                .collect();
            let current = caps
                .statuses
                .iter()
                .position(|s| s.name == ticket.status.name);
            Some(menu(
                crate::fl!("menu-status-of", name = name.as_str()),
                items,
                current,
            ))
        }
        Action::SetPriority if !caps.priority => {
            state
                .status
                .push(Level::Info, crate::fl!("menu-no-priorities"));
            return;
        }
        Action::SetPriority => {
            let items = Priority::ALL
                .iter()
                .map(|p| {
                    let label = format!("{} {}", p.marker(), crate::i18n::format::priority(*p));
                    (label, Choice::Priority(*p))
                })
                .collect();
            let current = Priority::ALL.iter().position(|p| *p == ticket.priority);
            Some(menu(
                crate::fl!("menu-priority-of", name = name.as_str()),
                items,
                current,
            ))
        }
        Action::Assign => {
            let team = state.session.team();
            let mut items: Vec<_> = team
                .iter()
                .map(|a| {
                    let mine = state.session.me.as_ref().is_some_and(|me| me.id == a.id);
                    let label = if mine {
                        crate::fl!("menu-you", name = a.name.as_str())
                    } else {
                        a.name.clone()
                    };
                    (label, Choice::Assignee(Some(a.id.clone())))
                })
                .collect();
            items.push((crate::fl!("menu-unassigned"), Choice::Assignee(None)));
            let current = ticket
                .assignee
                .as_ref()
                .and_then(|a| team.iter().position(|x| x.id == a.id))
                .unwrap_or(team.len());
            Some(menu(
                crate::fl!("menu-assign-to", name = name.as_str()),
                items,
                Some(current),
            ))
        }
        Action::EditTags if !caps.tags => {
            state.status.push(Level::Info, crate::fl!("menu-no-tags"));
            return;
        }
        Action::EditTags => {
            super::tags::open(state, &ticket, fx);
            return;
        }
        _ => return,
    };
}

/// Actions of the menu context.
pub fn menu_action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    let Some(Overlay::Menu(menu)) = &mut state.overlay else {
        return false;
    };
    match action {
        Action::SelectNext => {
            menu.selected = (menu.selected + 1).min(menu.shown().len().saturating_sub(1))
        }
        Action::SelectPrev => menu.selected = menu.selected.saturating_sub(1),
        Action::PageDown | Action::PageUp | Action::ScrollDown | Action::ScrollUp => {
            return super::question::scroll(state, action);
        }
        Action::Confirm => {
            let ticket = menu.ticket;
            let Some(choice) = menu.chosen().cloned() else {
                state
                    .status
                    .push(Level::Info, crate::fl!("menu-nothing-matches"));
                return true;
            };
            let choice = Some(choice);
            state.overlay = None;
            if let Some((label, choice)) = choice {
                let (changes, what) = match choice {
                    Choice::Outgoing(_)
                    | Choice::SendAllNow
                    | Choice::SendNow(_)
                    | Choice::EditOutgoing(_)
                    | Choice::DiscardOutgoing(_) => {
                        super::outbox_menu::choose(state, choice, fx);
                        return true;
                    }
                    Choice::Leaving(leave) => {
                        super::saves::leave(state, leave, fx);
                        return true;
                    }
                    Choice::DiscardDraft(ticket) => {
                        super::discard::discard(state, ticket, fx);
                        return true;
                    }
                    Choice::Insert(insertion) => {
                        super::picker::put(state, *insertion, fx);
                        return true;
                    }
                    Choice::Audience { ticket, public } => {
                        super::audience::chosen(state, ticket, public, fx);
                        return true;
                    }
                    Choice::Fetch(ask) => {
                        let FetchAsk {
                            ticket,
                            attachment,
                            purpose,
                        } = *ask;
                        super::files::fetch(state, ticket, attachment, purpose, true, fx);
                        return true;
                    }
                    Choice::AttachAnother => {
                        super::attach::path_prompt(state, ticket);
                        return true;
                    }
                    Choice::RemoveFile(path) => {
                        super::attach::remove(state, ticket, &path, fx);
                        return true;
                    }
                    Choice::Nothing => return true,
                    Choice::AllowCommand { command, draft } => {
                        super::translate::allowed(state, ticket, (command, draft), fx);
                        return true;
                    }
                    Choice::Open(id) => {
                        super::detail::open(state, id, fx);
                        return true;
                    }
                    Choice::BulkConfirmed(plan) => {
                        let (changes, what) = *plan;
                        super::bulk::start(state, changes, what, fx);
                        return true;
                    }
                    Choice::Timed(change) => {
                        let (changes, what) = *change;
                        super::time_spent::chosen(state, ticket, changes, what, fx);
                        return true;
                    }
                    Choice::MoveTo(queue) => {
                        super::moves::chosen(state, ticket, queue, fx);
                        return true;
                    }
                    Choice::Queue(_) => {
                        super::new_ticket::chosen(state, choice, fx);
                        return true;
                    }
                    Choice::Priority(_) if ticket == NEW_TICKET => {
                        super::new_ticket::chosen(state, choice, fx);
                        return true;
                    }
                    Choice::MergeInto { source, target } => {
                        super::merge::confirm(state, source, target);
                        return true;
                    }
                    Choice::MergeByNumber(source) => {
                        super::merge::by_number(state, source);
                        return true;
                    }
                    Choice::MergeConfirmed { source, target } => {
                        super::merge::merge(state, source, target, fx);
                        return true;
                    }
                    Choice::Status(_) | Choice::Priority(_) | Choice::Assignee(_)
                        if ticket == MARKED =>
                    {
                        let (changes, what) = match choice {
                            Choice::Status(s) => (
                                Changes {
                                    status: Some(s),
                                    ..Changes::default()
                                },
                                crate::fl!("bulk-what-status", status = label.as_str()),
                            ),
                            Choice::Priority(p) => (
                                Changes {
                                    priority: Some(p),
                                    ..Changes::default()
                                },
                                crate::fl!(
                                    "bulk-what-priority",
                                    priority = crate::i18n::format::priority(p)
                                ),
                            ),
                            Choice::Assignee(a) => (
                                Changes {
                                    assignee: Some(a),
                                    ..Changes::default()
                                },
                                crate::fl!("bulk-what-assign", who = label.as_str()),
                            ),
                            _ => return true,
                        };
                        super::bulk::confirm(state, changes, what);
                        return true;
                    }
                    Choice::Status(s) if crate::backend::Status::hides_name(&s) => {
                        confirm_hiding(state, ticket, s);
                        return true;
                    }
                    Choice::Status(s) | Choice::StatusConfirmed(s) => (
                        Changes {
                            status: Some(s),
                            ..Changes::default()
                        },
                        crate::fl!(
                            "menu-status-set",
                            id = ticket.to_string(),
                            status = label.as_str()
                        ),
                    ),
                    Choice::Priority(p) => (
                        Changes {
                            priority: Some(p),
                            ..Changes::default()
                        },
                        crate::fl!(
                            "menu-priority-set",
                            id = ticket.to_string(),
                            priority = crate::i18n::format::priority(p)
                        ),
                    ),
                    Choice::Assignee(a) => (
                        Changes {
                            assignee: Some(a),
                            ..Changes::default()
                        },
                        crate::fl!(
                            "menu-assigned",
                            id = ticket.to_string(),
                            name = label.as_str()
                        ),
                    ),
                };
                if super::field_form::asks_first(state, ticket, &changes) {
                    return true;
                }
                super::outbox::queue_change(state, ticket, changes, what, fx);
            }
        }
        Action::Cancel | Action::Back => state.overlay = None,
        _ => return false,
    }
    true
}

/// A status that deletes or hides the ticket is asked about once more, naming what happens.
fn confirm_hiding(state: &mut State, ticket: TicketId, status: String) {
    state.overlay = Some(Overlay::Menu(Menu {
        title: crate::fl!(
            "menu-hiding-title",
            id = ticket.to_string(),
            status = status.as_str()
        ),
        ticket,
        items: vec![
            (
                crate::fl!("menu-hiding-yes", status = status.as_str()),
                Choice::StatusConfirmed(status),
            ),
            (crate::fl!("menu-hiding-no"), Choice::Nothing),
        ],
        selected: 1,
        query: Default::default(),
        question: Some(Default::default()),
    }));
}

/// A key typed into a menu: it answers a question, or narrows the items to those that match.
pub fn menu_key(state: &mut State, chord: &crate::keymap::KeyChord, fx: &mut Vec<Effect>) {
    if super::question::key(state, chord, fx) {
        return;
    }
    if let Some(Overlay::Menu(menu)) = &mut state.overlay
        && menu.query.key(chord)
    {
        menu.selected = 0;
    }
}

/// The answer to a field change made from a menu (or with a canned response).
pub fn updated(
    state: &mut State,
    ticket: TicketId,
    what: String,
    result: Result<(), crate::backend::Error>,
    fx: &mut Vec<Effect>,
) {
    match &result {
        Ok(()) => {
            super::drafts::changed_by_me(state, ticket);
            state.status.push(Level::Info, what);
        }
        Err(err) => state.status.push(
            Level::Error,
            crate::fl!(
                "menu-change-failed",
                id = ticket.to_string(),
                why = super::wording::explain(err)
            ),
        ),
    }
    // After a change, and after a conflict (to show what the other person did),
    // the agent needs to see the ticket as it now is.
    if result.is_ok() || result == Err(crate::backend::Error::Conflict) {
        super::detail::refetch(state, ticket, fx);
    }
}
