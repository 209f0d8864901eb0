//! Zammad's ticket attributes of its own (the object manager's custom ones): their
//! definitions, which only an administrator's token may read (`/object_manager_attributes`;
//! others edit the fields a refusal names as text), and a ticket's values, flat keys on it.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use super::ZammadDesk;
use crate::backend::lenient;
use crate::backend::{Error, FieldDef, FieldKind, FieldOption, FieldValue, Result};
use crate::text::clean_line;

#[derive(Debug, Deserialize)]
struct Attribute {
    #[serde(default, deserialize_with = "lenient::text")]
    name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    display: String,
    #[serde(default, deserialize_with = "lenient::text")]
    object: String,
    #[serde(default, deserialize_with = "lenient::text")]
    data_type: String,
    #[serde(default)]
    data_option: Value,
    /// The attributes an admin added; Zammad's own are not.
    #[serde(default)]
    editable: bool,
    #[serde(default)]
    active: bool,
    #[serde(default)]
    screens: Value,
}

impl ZammadDesk {
    /// The custom ticket attributes, where the token may read them; kept for naming a
    /// ticket's values.
    pub(super) async fn attributes(&self) -> Result<Vec<FieldDef>> {
        let read: Result<Vec<Attribute>> =
            self.shell.http.get("object_manager_attributes", &[]).await;
        let defs: Vec<FieldDef> = match read {
            Ok(list) => list.iter().filter_map(definition).collect(),
            Err(Error::Forbidden(_) | Error::NotFound(_)) => Vec::new(),
            Err(err) => return Err(err),
        };
        self.fields.keep(&defs);
        Ok(defs)
    }

    /// The definitions read before, else read now (kept; a failure is not asked again
    /// for every ticket).
    pub(super) async fn known_attributes(&self) -> Vec<FieldDef> {
        self.fields.known(self.attributes()).await
    }
}

fn definition(a: &Attribute) -> Option<FieldDef> {
    if a.object != "Ticket" || !a.editable || !a.active {
        return None;
    }
    let kind = match a.data_type.as_str() {
        "input" => FieldKind::Text,
        "textarea" => FieldKind::Paragraph,
        "select" | "tree_select" => FieldKind::Choice,
        "multiselect" | "multi_tree_select" => FieldKind::Choices,
        "boolean" => FieldKind::Checkbox,
        "integer" => FieldKind::Number,
        "date" | "datetime" => FieldKind::Date,
        _ => return None,
    };
    let options = match a.data_option.get("options") {
        Some(Value::Object(map)) => map
            .iter()
            .map(|(value, label)| FieldOption {
                value: clean_line(value),
                label: clean_line(label.as_str().unwrap_or(value)),
            })
            .collect(),
        _ => Vec::new(),
    };
    let required = a
        .screens
        .pointer("/edit/ticket.agent/required")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    Some(FieldDef {
        id: a.name.clone(),
        name: clean_line(if a.display.is_empty() {
            &a.name
        } else {
            &a.display
        }),
        kind,
        options,
        required_to_solve: required,
        editable: true,
    })
}

/// A ticket's values of the attributes `defs` define (flat keys on the ticket).
pub fn values(extra: &HashMap<String, Value>, defs: &[FieldDef]) -> Vec<FieldValue> {
    crate::backend::field_values(defs, |id| extra.get(id))
}
