//! Jira's custom fields: their definitions (`/field`, the custom ones, typed by their schema)
//! and an issue's values of them (asked for by id with the issue, read whatever shape each
//! has: text, a number, an option, a list of options, a person, a document).

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use super::{API, JiraDesk};
use crate::backend::lenient;
use crate::backend::{FieldDef, FieldKind, FieldValue, Result};
use crate::text::clean_line;

#[derive(Debug, Deserialize)]
struct Field {
    #[serde(default, deserialize_with = "lenient::text")]
    id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    name: String,
    #[serde(default)]
    custom: bool,
    #[serde(default)]
    schema: Option<Schema>,
}

#[derive(Debug, Deserialize)]
struct Schema {
    #[serde(rename = "type", default, deserialize_with = "lenient::text")]
    kind: String,
    #[serde(default, deserialize_with = "lenient::text")]
    custom: String,
}

impl JiraDesk {
    /// The custom fields, kept for asking an issue for them and naming them.
    pub(super) async fn custom_fields(&self) -> Result<Vec<FieldDef>> {
        let listed: Vec<Field> = self.shell.http.get(&format!("{API}/field"), &[]).await?;
        let defs: Vec<FieldDef> = listed.iter().filter(|f| f.custom).map(definition).collect();
        self.fields.keep(&defs);
        Ok(defs)
    }

    /// The definitions read before, else read now (kept; a failure is not asked again
    /// for every ticket).
    pub(super) async fn known_fields(&self) -> Vec<FieldDef> {
        self.fields.known(self.custom_fields()).await
    }
}

fn definition(f: &Field) -> FieldDef {
    let (kind, custom) = f
        .schema
        .as_ref()
        .map_or(("", ""), |s| (s.kind.as_str(), s.custom.as_str()));
    // Options come with a transition's screen, not here: a choice is typed by its value.
    let kind = match (kind, custom.rsplit(':').next().unwrap_or_default()) {
        (_, "textarea") => FieldKind::Paragraph,
        ("number", _) => FieldKind::Number,
        ("date", _) => FieldKind::Date,
        _ => FieldKind::Text,
    };
    FieldDef {
        id: f.id.clone(),
        name: clean_line(&f.name),
        kind,
        options: Vec::new(),
        required_to_solve: false,
        editable: true,
    }
}

/// An issue's values of `defs` (only those it has a value for are asked; all are listed).
pub fn values(extra: &HashMap<String, Value>, defs: &[FieldDef]) -> Vec<FieldValue> {
    defs.iter()
        .filter_map(|def| {
            let value = extra.get(&def.id)?;
            Some(FieldValue {
                id: def.id.clone(),
                name: def.name.clone(),
                values: texts(value),
            })
        })
        .collect()
}

/// A value of any shape Jira gives as text.
fn texts(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) if !s.is_empty() => vec![clean_line(s)],
        Value::Number(n) => vec![n.to_string()],
        Value::Bool(b) => vec![b.to_string()],
        Value::Array(list) => list.iter().flat_map(texts).collect(),
        Value::Object(o) if o.get("type").and_then(Value::as_str) == Some("doc") => {
            vec![clean_line(&super::adf::to_text(value))]
        }
        Value::Object(o) => ["value", "displayName", "name"]
            .iter()
            .find_map(|k| o.get(*k).and_then(Value::as_str))
            .map(|s| vec![clean_line(s)])
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}
