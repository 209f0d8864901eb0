//! The custom-fields form: every field of a ticket with a widget that fits its type, or only
//! the fields a desk wants filled before it takes a status (opened in place of the refusal).
//! Text, numbers and dates are typed into the row; a dropdown opens a list narrowed as the
//! agent types; a checkbox toggles.

use std::collections::BTreeMap;

use super::input::LineInput;
use crate::backend::{Changes, FieldDef, FieldKind, FieldValue, Missing, TicketId, Unfit};

/// The form, over the ticket (or the marked tickets).
#[derive(Debug)]
pub struct FieldForm {
    pub ticket: TicketId,
    pub title: String,
    pub rows: Vec<FormRow>,
    pub selected: usize,
    /// The change the fields complete: a status the desk would not set while they were
    /// empty. Sent with them.
    pub completes: Option<Changes>,
    /// The open dropdown of the selected row.
    pub dropdown: Option<Dropdown>,
    /// Why the form cannot be saved yet (a row's value refused, a required field empty).
    pub problem: Option<String>,
}

/// One field of the form.
#[derive(Debug)]
pub struct FormRow {
    pub def: FieldDef,
    /// The values the ticket had when the form opened.
    pub had: Vec<String>,
    /// A choice's, a checkbox's or a paragraph's values (a paragraph is written in the
    /// agent's editor; the typed kinds keep theirs in `input`).
    pub chosen: Vec<String>,
    /// What is typed, for one line of text, numbers and dates.
    pub input: LineInput,
    /// The desk's reason the field is asked for (`is required when solving a ticket`).
    pub reason: Option<String>,
}

/// The list of a dropdown row's options, narrowed by what is typed.
#[derive(Debug, Default)]
pub struct Dropdown {
    pub query: LineInput,
    /// An index into [`FieldForm::options`].
    pub selected: usize,
}

impl FormRow {
    /// A row for `def`, holding `values`.
    pub fn new(def: FieldDef, values: &[String]) -> Self {
        let typed = def.kind.is_typed();
        let had: Vec<String> = values
            .iter()
            .filter(|v| !v.trim().is_empty())
            .cloned()
            .collect();
        Self {
            input: LineInput::with_text(&if typed { had.join(" ") } else { String::new() }),
            chosen: if typed { Vec::new() } else { had.clone() },
            had,
            def,
            reason: None,
        }
    }

    /// The values the row holds now.
    pub fn values(&self) -> Vec<String> {
        if self.def.kind.is_typed() {
            let text = self.input.text().trim();
            if text.is_empty() {
                Vec::new()
            } else if self.def.kind == FieldKind::Number {
                vec![text.replace(',', ".")]
            } else {
                vec![text.to_string()]
            }
        } else {
            self.chosen.clone()
        }
    }

    /// Whether the agent changed it.
    pub fn changed(&self) -> bool {
        let mut now = self.values();
        let mut had = self.had.clone();
        now.sort();
        had.sort();
        now != had
    }

    /// The row's value as it reads: labels for options, `yes`/`no`, `—` for none.
    pub fn shown(&self) -> String {
        if self.def.kind == FieldKind::Checkbox {
            return self
                .def
                .label_of(self.chosen.first().map_or("false", |v| v));
        }
        let values = self.values();
        if values.is_empty() {
            return "—".into();
        }
        let labels: Vec<String> = values.iter().map(|v| self.def.label_of(v)).collect();
        labels.join(", ").replace('\n', " ↵ ")
    }

    /// Why its value is refused, if it is.
    pub fn refused(&self) -> Option<String> {
        if self.reason.is_some() && self.values().is_empty() {
            return Some(crate::fl!("form-needed", name = self.def.name.as_str()));
        }
        let name = self.def.name.as_str();
        self.values()
            .iter()
            .find_map(|v| self.def.refuses(v))
            .map(|why| match why {
                Unfit::NotANumber => crate::fl!("fields-takes-number", name = name),
                Unfit::NotADate => crate::fl!("form-takes-date", name = name),
                Unfit::NoSuchOption(value) => {
                    crate::fl!("form-no-option", name = name, value = value)
                }
            })
    }
}

impl FieldKind {
    /// Whether the value is typed (rather than chosen or toggled).
    pub fn is_typed(self) -> bool {
        matches!(self, FieldKind::Text | FieldKind::Number | FieldKind::Date)
    }
}

impl FieldForm {
    /// A form of every field `fields` holds, typed by `defs` (a field without a definition is
    /// text; one the agent may not change is shown, not edited).
    pub fn all(ticket: TicketId, fields: &[FieldValue], defs: &[FieldDef]) -> Self {
        let rows = fields
            .iter()
            .map(|f| {
                let def = defs.iter().find(|d| d.id == f.id).cloned();
                let def = def.unwrap_or_else(|| FieldDef {
                    id: f.id.clone(),
                    name: f.name.clone(),
                    kind: FieldKind::Text,
                    options: Vec::new(),
                    required_to_solve: false,
                    editable: true,
                });
                FormRow::new(def, &f.values)
            })
            .collect();
        Self {
            ticket,
            title: crate::fl!("form-fields-of", id = ticket.to_string()),
            rows,
            selected: 0,
            completes: None,
            dropdown: None,
            problem: None,
        }
    }

    /// A form of the fields `missing` names, to fill before `change` is sent again.
    pub fn required(
        ticket: TicketId,
        missing: &[Missing],
        fields: &[FieldValue],
        defs: &[FieldDef],
        change: Changes,
    ) -> Self {
        let rows = missing
            .iter()
            .map(|m| {
                let def = m.def.clone().or_else(|| {
                    defs.iter()
                        .find(|d| d.id == m.field || d.name.eq_ignore_ascii_case(&m.name))
                        .cloned()
                });
                let def = def.unwrap_or_else(|| FieldDef {
                    id: m.field.clone(),
                    name: m.name.clone(),
                    kind: FieldKind::Text,
                    options: Vec::new(),
                    required_to_solve: true,
                    editable: true,
                });
                let values = fields
                    .iter()
                    .find(|f| f.id == def.id)
                    .map(|f| f.values.clone())
                    .unwrap_or_default();
                let mut row = FormRow::new(def, &values);
                row.reason = Some(m.reason.clone());
                row
            })
            .collect();
        Self {
            ticket,
            title: crate::fl!("form-needs-these", id = ticket.to_string()),

            rows,
            selected: 0,
            completes: Some(change),
            dropdown: None,
            problem: None,
        }
    }

    /// The selected row.
    pub fn row(&self) -> Option<&FormRow> {
        self.rows.get(self.selected)
    }

    pub fn row_mut(&mut self) -> Option<&mut FormRow> {
        self.rows.get_mut(self.selected)
    }

    /// The options the open dropdown shows: indices into the selected row's options that
    /// match what is typed, best first.
    pub fn options(&self) -> Vec<usize> {
        let (Some(row), Some(dropdown)) = (self.row(), &self.dropdown) else {
            return Vec::new();
        };
        let query = dropdown.query.text().trim();
        let all = row.def.options.iter().enumerate();
        if query.is_empty() {
            return all.map(|(i, _)| i).collect();
        }
        let matcher = crate::text::fuzzy::matcher();
        let mut scored: Vec<(i64, usize)> = all
            .filter_map(|(i, o)| matcher.score(&o.label, query).map(|s| (s, i)))
            .collect();
        scored.sort_by_key(|&(score, i)| (std::cmp::Reverse(score), i));
        scored.into_iter().map(|(_, i)| i).collect()
    }

    /// The fields the agent changed, as the desk takes them.
    pub fn changes(&self) -> BTreeMap<String, Vec<String>> {
        self.rows
            .iter()
            .filter(|r| r.changed() || r.reason.is_some())
            .map(|r| (r.def.id.clone(), r.values()))
            .collect()
    }

    /// The first row whose value is refused, with why.
    pub fn first_refused(&self) -> Option<(usize, String)> {
        self.rows
            .iter()
            .enumerate()
            .find_map(|(i, r)| r.refused().map(|why| (i, why)))
    }
}
