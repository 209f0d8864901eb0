//! The custom-fields form: opened with `f` on a ticket, or in place of a desk's refusal (and
//! before a status the desk's rules say needs fields), and saved through the outbox like any
//! change to the ticket.

use super::{Effect, State};
use crate::action::Action;
use crate::app::state::Level;
use crate::app::state::field_form::{Dropdown, FieldForm};
use crate::app::state::overlay::Overlay;
use crate::backend::{Changes, FieldKind, Missing, StatusKind, TicketId};
use crate::keymap::KeyChord;

/// Opens the form of every field of the open ticket.
pub fn open(state: &mut State) {
    let Some(ticket) = state.detail.loaded() else {
        // Said as it is: a ticket the desk would not give has no fields to edit yet.
        let why = match &state.detail.ticket.error {
            Some(err) => crate::fl!("fields-unread", why = err.as_str()),
            None => crate::fl!("picker-ticket-loading"),
        };
        state.status.push(Level::Info, why);
        return;
    };
    if ticket.fields.is_empty() {
        state.status.push(Level::Info, crate::fl!("fields-none"));
        return;
    }
    let form = FieldForm::all(ticket.summary.id, &ticket.fields, &state.session.fields);
    state.overlay = Some(Overlay::Form(form));
}

/// Opens the form of every field the desk defines, empty, for the marked tickets: what is
/// filled is set on all of them, after the bulk question.
pub fn open_marked(state: &mut State) {
    let defs = &state.session.fields;
    if defs.is_empty() {
        state
            .status
            .push(Level::Info, crate::fl!("fields-desk-none"));
        return;
    }
    let empty: Vec<crate::backend::FieldValue> = defs
        .iter()
        .filter(|d| d.editable)
        .map(|d| crate::backend::FieldValue {
            id: d.id.clone(),
            name: d.name.clone(),
            values: Vec::new(),
        })
        .collect();
    let mut form = FieldForm::all(crate::app::state::marks::MARKED, &empty, defs);
    form.title = crate::fl!("fields-marked-title", count = state.queue.marks.len());
    state.overlay = Some(Overlay::Form(form));
}

/// Opens the form of the fields the desk named, to fill before `change` goes again. Where
/// the ticket is not the one on screen, the agent is told how to get there.
pub fn ask(state: &mut State, id: TicketId, missing: &[Missing], change: Option<Changes>) {
    let on_screen = state.detail.loaded().filter(|t| t.summary.id == id);
    let Some(ticket) = on_screen.filter(|_| state.overlay.is_none()) else {
        let names: Vec<&str> = missing.iter().map(|m| m.name.as_str()).collect();
        state.status.push(
            Level::Error,
            crate::fl!(
                "fields-needed-elsewhere",
                id = id.to_string(),
                names = names.join(", ")
            ),
        );
        return;
    };
    let fields = ticket.fields.clone();
    let mut form = FieldForm::required(
        id,
        missing,
        &fields,
        &state.session.fields,
        Changes::default(),
    );
    if let Some(status) = change.as_ref().and_then(|c| c.status.as_ref()) {
        form.title = crate::fl!(
            "fields-needed-for",
            id = id.to_string(),
            status = status.as_str()
        );
    }
    form.completes = change;
    state.overlay = Some(Overlay::Form(form));
}

/// Before a status that solves or closes `id` goes out: where the desk's definitions say
/// fields must be filled first and some are empty, the form asks for them instead. Whether
/// it did.
pub fn asks_first(state: &mut State, id: TicketId, changes: &Changes) -> bool {
    let Some(status) = &changes.status else {
        return false;
    };
    let solves = state
        .session
        .capabilities
        .statuses
        .iter()
        .find(|s| &s.name == status)
        .is_some_and(|s| matches!(s.kind, StatusKind::Solved | StatusKind::Closed));
    let Some(ticket) = state.detail.loaded().filter(|t| t.summary.id == id) else {
        return false;
    };
    if !solves {
        return false;
    }
    let missing: Vec<Missing> = state
        .session
        .fields
        .iter()
        .filter(|d| d.required_to_solve && d.editable)
        .filter(|d| {
            let value = ticket.fields.iter().find(|f| f.id == d.id);
            value.is_none_or(|v| !v.is_filled()) && !changes.fields.contains_key(&d.id)
        })
        .map(|d| Missing {
            field: d.id.clone(),
            name: d.name.clone(),
            reason: crate::fl!("fields-required-to-solve"),
            def: None,
        })
        .collect();
    if missing.is_empty() {
        return false;
    }
    state.overlay = None;
    ask(state, id, &missing, Some(changes.clone()));
    true
}

fn form(state: &mut State) -> Option<&mut FieldForm> {
    match &mut state.overlay {
        Some(Overlay::Form(form)) => Some(form),
        _ => None,
    }
}

/// The form's actions: moving between fields, opening a dropdown or the editor, saving.
pub fn action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    let Some(form) = form(state) else {
        return false;
    };
    if form.dropdown.is_some() {
        return dropdown_action(form, action);
    }
    match action {
        Action::SelectNext => {
            form.selected = (form.selected + 1).min(form.rows.len().saturating_sub(1));
        }
        Action::SelectPrev | Action::PrevField => form.selected = form.selected.saturating_sub(1),
        Action::SelectFirst => form.selected = 0,
        Action::SelectLast => form.selected = form.rows.len().saturating_sub(1),
        Action::Confirm => return edit(state, fx),
        Action::Send => save(state, fx),
        Action::Cancel | Action::Back => state.overlay = None,
        _ => return false,
    }
    true
}

/// Enter on a row: a dropdown opens, a checkbox toggles, a paragraph goes to the editor, a
/// typed row moves on.
fn edit(state: &mut State, fx: &mut Vec<Effect>) -> bool {
    let Some(form) = form(state) else {
        return false;
    };
    let ticket = form.ticket;
    let Some(row) = form.row_mut() else {
        return true;
    };
    if !row.def.editable {
        let name = row.def.name.clone();
        form.problem = Some(crate::fl!("fields-read-only", name = name));
        return true;
    }
    match row.def.kind {
        FieldKind::Choice | FieldKind::Choices => form.dropdown = Some(Dropdown::default()),
        FieldKind::Checkbox => toggle(form),
        FieldKind::Paragraph => {
            let text = row.chosen.first().cloned().unwrap_or_default();
            let field = row.def.id.clone();
            fx.push(Effect::OpenEditor {
                ticket,
                text,
                field: Some(field),
            });
        }
        FieldKind::Text | FieldKind::Number | FieldKind::Date => {
            form.selected = (form.selected + 1).min(form.rows.len().saturating_sub(1));
        }
    }
    true
}

fn toggle(form: &mut FieldForm) {
    if let Some(row) = form.row_mut() {
        let on = row
            .chosen
            .first()
            .is_some_and(|v| crate::backend::fields::truthy(v));
        row.chosen = vec![(!on).to_string()];
    }
}

fn dropdown_action(form: &mut FieldForm, action: Action) -> bool {
    let shown = form.options();
    let Some(dropdown) = &mut form.dropdown else {
        return false;
    };
    match action {
        Action::SelectNext => {
            dropdown.selected = (dropdown.selected + 1).min(shown.len().saturating_sub(1));
        }
        Action::SelectPrev | Action::PrevField => {
            dropdown.selected = dropdown.selected.saturating_sub(1)
        }
        Action::Confirm => {
            let Some(picked) = shown.get(dropdown.selected).copied() else {
                // Nothing matches what is typed: the list stays for another try.
                return true;
            };
            dropdown.query.clear();
            dropdown.selected = 0;
            let Some(row) = form.rows.get_mut(form.selected) else {
                return true;
            };
            if let Some(option) = row.def.options.get(picked) {
                let value = option.value.clone();
                if row.def.kind == FieldKind::Choices {
                    // Enter adds or takes away one option; the list stays open for more, its
                    // filter emptied for the next.
                    match row.chosen.iter().position(|v| *v == value) {
                        Some(at) => {
                            row.chosen.remove(at);
                        }
                        None => row.chosen.push(value),
                    }
                    return true;
                }
                row.chosen = vec![value];
            }
            form.dropdown = None;
        }
        // Done choosing (a multi-select), or left as it was.
        Action::Cancel | Action::Back | Action::Send => form.dropdown = None,
        _ => return false,
    }
    true
}

/// A key no binding claimed: typed into the row, the dropdown's filter, or a checkbox's
/// space.
pub fn key(state: &mut State, chord: &KeyChord) {
    let Some(form) = form(state) else {
        return;
    };
    form.problem = None;
    if let Some(dropdown) = &mut form.dropdown {
        if dropdown.query.key(chord) {
            dropdown.selected = 0;
        }
        return;
    }
    let Some(row) = form.row_mut() else {
        return;
    };
    if !row.def.editable {
        return;
    }
    match row.def.kind {
        FieldKind::Text | FieldKind::Number | FieldKind::Date => {
            let before = row.input.text().to_string();
            row.input.key(chord);
            // A number is checked as it is typed: a letter does not go in.
            if row.def.kind == FieldKind::Number && !number_so_far(row.input.text()) {
                row.input = crate::app::state::input::LineInput::with_text(&before);
                form.problem = Some(crate::fl!(
                    "fields-takes-number",
                    name = row.def.name.as_str()
                ));
            }
        }
        FieldKind::Checkbox if chord.to_string() == "space" => toggle(form),
        FieldKind::Choice | FieldKind::Choices if chord.is_plain_text() => {
            // Type-ahead: the first letter opens the list already narrowed by it.
            let mut dropdown = Dropdown::default();
            dropdown.query.key(chord);
            form.dropdown = Some(dropdown);
        }
        _ => {}
    }
}

/// Whether `text` can still become a number: digits, one decimal mark, a leading minus.
fn number_so_far(text: &str) -> bool {
    let body = text.strip_prefix('-').unwrap_or(text);
    body.chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && body.chars().filter(|c| matches!(c, '.' | ',')).count() <= 1
}

/// The editor's text for a paragraph field.
pub fn edited(state: &mut State, field: &str, result: Result<String, String>) {
    let Some(form) = form(state) else {
        return;
    };
    match result {
        Ok(text) => {
            if let Some(row) = form.rows.iter_mut().find(|r| r.def.id == field) {
                let text = text.trim_end_matches('\n').to_string();
                row.chosen = if text.trim().is_empty() {
                    Vec::new()
                } else {
                    vec![text]
                };
            }
        }
        Err(why) => form.problem = Some(crate::fl!("fields-editor-failed", why = why)),
    }
}

/// Saves what changed as one change through the outbox (with the status it completes).
fn save(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(form) = form(state) else {
        return;
    };
    if let Some((at, why)) = form.first_refused() {
        form.selected = at;
        form.problem = Some(why);
        return;
    }
    let fields = form.changes();
    let mut changes = form.completes.clone().unwrap_or_default();
    if fields.is_empty() && changes.is_empty() {
        state.overlay = None;
        state
            .status
            .push(Level::Info, crate::fl!("fields-unchanged"));

        return;
    }
    let names: Vec<String> = form
        .rows
        .iter()
        .filter(|r| fields.contains_key(&r.def.id))
        .map(|r| format!("{} = {}", r.def.name, r.shown()))
        .collect();
    let ticket = form.ticket;
    changes.fields = fields;
    let mut what = format!("#{ticket} {}", names.join(", "));
    if let Some(status) = &changes.status {
        what.push_str(&format!(", status → {status}"));
    }
    state.overlay = None;
    if ticket == crate::app::state::marks::MARKED {
        super::bulk::confirm(state, changes, what);
    } else {
        super::outbox::queue_change(state, ticket, changes, what, fx);
    }
}
