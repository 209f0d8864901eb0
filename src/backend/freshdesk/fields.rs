//! Freshdesk's custom ticket fields: their definitions (`/ticket_fields`: the `cf_` ones, a
//! dropdown's choices, `required_for_closure` meaning required to resolve or close, so the
//! form asks before) and a ticket's values (`custom_fields`, keyed by the field's name).

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use super::FreshdeskDesk;
use crate::backend::lenient;
use crate::backend::{FieldDef, FieldKind, FieldOption, FieldValue, Result};
use crate::text::clean_line;

#[derive(Debug, Deserialize)]
struct TicketField {
    /// `cf_product`: the key of `custom_fields`.
    #[serde(default, deserialize_with = "lenient::text")]
    name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    label: String,
    #[serde(rename = "type", default, deserialize_with = "lenient::text")]
    kind: String,
    #[serde(default)]
    required_for_closure: bool,
    /// A dropdown's choices: a list of names.
    #[serde(default)]
    choices: Value,
}

impl FreshdeskDesk {
    /// The custom ticket fields, kept for naming a ticket's values.
    pub(super) async fn ticket_fields(&self) -> Result<Vec<FieldDef>> {
        let listed: Vec<TicketField> = self.shell.http.get("ticket_fields", &[]).await?;
        let defs: Vec<FieldDef> = listed.iter().filter_map(definition).collect();
        self.fields.keep(&defs);
        Ok(defs)
    }

    /// The definitions read before, else read now (kept; a failure is not asked again
    /// for every ticket).
    pub(super) async fn known_fields(&self) -> Vec<FieldDef> {
        self.fields.known(self.ticket_fields()).await
    }
}

fn definition(f: &TicketField) -> Option<FieldDef> {
    if !f.name.starts_with("cf_") {
        return None;
    }
    let kind = match f.kind.as_str() {
        "custom_text" => FieldKind::Text,
        "custom_paragraph" => FieldKind::Paragraph,
        "custom_dropdown" => FieldKind::Choice,
        "custom_checkbox" => FieldKind::Checkbox,
        "custom_number" | "custom_decimal" => FieldKind::Number,
        "custom_date" => FieldKind::Date,
        _ => return None,
    };
    let options = match &f.choices {
        Value::Array(list) => list
            .iter()
            .filter_map(|c| c.as_str())
            .map(|c| FieldOption::named(&clean_line(c)))
            .collect(),
        _ => Vec::new(),
    };
    Some(FieldDef {
        id: f.name.clone(),
        name: clean_line(&f.label),
        kind,
        options,
        required_to_solve: f.required_for_closure,
        editable: true,
    })
}

/// A ticket's values of the fields `defs` define.
pub fn values(custom: &HashMap<String, Value>, defs: &[FieldDef]) -> Vec<FieldValue> {
    crate::backend::field_values(defs, |id| custom.get(id))
}
