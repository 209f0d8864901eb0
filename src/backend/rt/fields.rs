//! Request Tracker's ticket custom fields: their definitions (the type decides how the agent
//! edits one, a Select's values are its options) and the values a change sets.

use serde::Deserialize;
use serde_json::{Value, json};

use super::RtDesk;
use super::wire::{any_string, opt_string};
use crate::backend::{Changes, FieldDef, FieldKind, FieldOption, Result};
use crate::text::clean_line;

/// Custom fields on tickets, as RT names their lookup type.
const ON_TICKETS: &str = "RT::Queue-RT::Ticket";

/// One custom field (`/customfields` rows, `GET /customfield/{id}`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct CustomField {
    #[serde(rename = "id", default, deserialize_with = "any_string")]
    id: String,
    #[serde(default, deserialize_with = "opt_string")]
    name: Option<String>,
    #[serde(rename = "Type", default, deserialize_with = "opt_string")]
    kind: Option<String>,
    /// 1 for a single value, 0 for any number.
    #[serde(default, deserialize_with = "opt_string")]
    max_values: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    disabled: Option<String>,
    /// A Select's values, by name.
    #[serde(default)]
    values: Vec<Value>,
}

impl RtDesk {
    /// The ticket custom fields the agent may see, with a Select's values.
    pub(super) async fn custom_fields(&self) -> Result<Vec<FieldDef>> {
        let query = json!([{ "field": "LookupType", "value": ON_TICKETS }]).to_string();
        let rows: Vec<CustomField> = self
            .all(
                "customfields",
                &[
                    ("query", query.as_str()),
                    ("fields", "Name,Type,MaxValues,Disabled"),
                ],
            )
            .await?;
        let mut defs = Vec::new();
        for row in rows
            .into_iter()
            .filter(|r| r.disabled.as_deref() != Some("1"))
        {
            let kind = kind(&row);
            let row = if matches!(kind, FieldKind::Choice | FieldKind::Choices) {
                // A Select's values come only with the field's own record.
                self.shell
                    .http
                    .get(&format!("customfield/{}", row.id), &[])
                    .await?
            } else {
                row
            };
            defs.extend(definition(&row));
        }
        defs.sort_by_key(|d| d.id.parse::<u64>().unwrap_or(u64::MAX));
        Ok(defs)
    }
}

/// How a field of RT's type and value count is edited.
fn kind(field: &CustomField) -> FieldKind {
    let single = field.max_values.as_deref().is_none_or(|m| m.trim() == "1");
    match field.kind.as_deref().unwrap_or("Freeform") {
        "Select" | "Combobox" | "Autocomplete" if single => FieldKind::Choice,
        "Select" | "Combobox" | "Autocomplete" => FieldKind::Choices,
        "Text" | "Wikitext" => FieldKind::Paragraph,
        "Date" => FieldKind::Date,
        _ => FieldKind::Text,
    }
}

fn definition(field: &CustomField) -> Option<FieldDef> {
    let name = clean_line(field.name.as_deref()?);
    Some(FieldDef {
        id: field.id.clone(),
        kind: kind(field),
        options: field
            .values
            .iter()
            .filter_map(|v| v.as_str())
            .map(|v| FieldOption::named(&clean_line(v)))
            .collect(),
        required_to_solve: false,
        // Binary fields take files, not text.
        editable: !matches!(
            field.kind.as_deref(),
            Some("Image" | "Binary" | "IPAddress" | "IPAddressRange")
        ),
        name,
    })
}

impl RtDesk {
    /// The `CustomFields` of a `PUT`: one value for a single-value field (`null` empties it),
    /// a list for a multi-value one. Only emptying needs to know which it is, so only then
    /// is the field's record read.
    pub(super) async fn custom_field_values(&self, changes: &Changes) -> Result<Option<Value>> {
        if changes.fields.is_empty() {
            return Ok(None);
        }
        let mut fields = serde_json::Map::new();
        for (id, values) in &changes.fields {
            let value = match values.as_slice() {
                [] => {
                    let field: CustomField = self
                        .shell
                        .http
                        .get(&format!("customfield/{id}"), &[])
                        .await?;
                    match kind(&field) {
                        FieldKind::Choices => json!([]),
                        _ => Value::Null,
                    }
                }
                [one] => json!(one),
                many => json!(many),
            };
            fields.insert(id.clone(), value);
        }
        Ok(Some(Value::Object(fields)))
    }
}
