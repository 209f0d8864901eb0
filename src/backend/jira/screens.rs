//! The fields a Jira workflow transition asks for (`/transitions?expand=transitions.fields`):
//! the required ones checked before the transition is sent (Jira lists them as data, so the
//! interface asks for them instead of meeting a refusal), and the values the agent gave put
//! in the transition's own `fields`, each in the shape its schema wants.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use serde_json::{Value, json};

use crate::backend::lenient;
use crate::backend::{FieldDef, FieldKind, FieldOption, Missing};
use crate::text::clean_line;

/// One field of a transition's screen.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScreenField {
    #[serde(default)]
    pub required: bool,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default)]
    pub schema: Schema,
    #[serde(default, deserialize_with = "lenient::list")]
    pub allowed_values: Vec<Allowed>,
    /// Jira fills it itself where the screen has a default.
    #[serde(default)]
    pub has_default_value: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Schema {
    #[serde(rename = "type", default, deserialize_with = "lenient::text")]
    pub kind: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub items: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Allowed {
    #[serde(default, deserialize_with = "lenient::text")]
    pub value: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
}

/// `/issue/{key}/editmeta`: the fields the edit screen has, in the same shape as a
/// transition's.
#[derive(Debug, Default, Deserialize)]
pub struct EditMeta {
    #[serde(default)]
    pub fields: HashMap<String, ScreenField>,
}

/// The required fields of a transition that `given` does not fill, with what the form
/// needs to edit them.
pub fn missing(
    fields: &HashMap<String, ScreenField>,
    given: &BTreeMap<String, Vec<String>>,
    to: &str,
) -> Vec<Missing> {
    let mut missing: Vec<Missing> = fields
        .iter()
        .filter(|(id, f)| f.required && !f.has_default_value && !given.contains_key(*id))
        // The resolution and comment are Jira's own; frontdesk sends neither as a field.
        .filter(|(id, _)| !matches!(id.as_str(), "comment" | "attachment"))
        .map(|(id, f)| Missing {
            field: id.clone(),
            name: clean_line(&f.name),
            reason: format!("is required to move to {to}"),
            def: Some(definition(id, f)),
        })
        .collect();
    missing.sort_by(|a, b| a.name.cmp(&b.name));
    missing
}

fn definition(id: &str, f: &ScreenField) -> FieldDef {
    let options: Vec<FieldOption> = f
        .allowed_values
        .iter()
        .map(|a| {
            let shown = if a.value.is_empty() {
                &a.name
            } else {
                &a.value
            };
            FieldOption::named(&clean_line(shown))
        })
        .collect();
    let kind = match (f.schema.kind.as_str(), f.schema.items.as_str()) {
        ("array", _) if !options.is_empty() => FieldKind::Choices,
        (_, _) if !options.is_empty() => FieldKind::Choice,
        ("number", _) => FieldKind::Number,
        ("date", _) => FieldKind::Date,
        _ => FieldKind::Text,
    };
    FieldDef {
        id: id.to_string(),
        name: clean_line(&f.name),
        kind,
        options,
        required_to_solve: true,
        editable: true,
    }
}

/// `values` in the shape the field's schema wants: an option by its value (or name), a list
/// of them, a number, plain text.
pub fn typed(field: Option<&ScreenField>, values: &[String]) -> Value {
    let Some(field) = field else {
        return match values {
            [] => Value::Null,
            [one] => json!(one),
            many => json!(many),
        };
    };
    let option = |v: &String| {
        let by_name = field
            .allowed_values
            .iter()
            .any(|a| a.value.is_empty() && a.name == *v);
        if by_name {
            json!({ "name": v })
        } else {
            json!({ "value": v })
        }
    };
    match (field.schema.kind.as_str(), values) {
        (_, []) => Value::Null,
        ("array", many) if !field.allowed_values.is_empty() => {
            Value::Array(many.iter().map(option).collect())
        }
        ("option" | "priority" | "resolution", [one, ..]) => option(one),
        ("number", [one, ..]) => one.parse::<f64>().map_or_else(|_| json!(one), |n| json!(n)),
        ("user", [one, ..]) => json!({ "accountId": one }),
        (_, [one, ..]) => json!(one),
    }
}
