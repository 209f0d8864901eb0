//! Help Scout's custom fields: defined per mailbox (`/mailboxes/{id}/fields`), held by a
//! conversation (`customFields`, a dropdown's value being its option's id), and written as a
//! whole set (`PUT /conversations/{id}/fields` removes any field it omits, so the set sent is
//! always the current one with the change laid over it).

use std::collections::BTreeMap;

use reqwest::Method;
use serde_json::json;

use super::{HelpScoutDesk, wire};
use crate::backend::{FieldDef, FieldKind, FieldOption, FieldValue, Result, json_id};
use crate::text::clean_line;

impl HelpScoutDesk {
    /// The fields of every mailbox the agent sees.
    pub(super) async fn custom_fields(&self) -> Result<Vec<FieldDef>> {
        let mut defs: Vec<FieldDef> = Vec::new();
        for mailbox in self.mailbox_list().await? {
            let listed: wire::Fields = self
                .shell
                .http
                .get(&format!("mailboxes/{}/fields", mailbox.id), &[])
                .await?;
            for field in listed.embedded.map(|e| e.fields).unwrap_or_default() {
                if !defs.iter().any(|d| d.id == field.id) {
                    defs.push(definition(&field));
                }
            }
        }
        Ok(defs)
    }

    /// Sets `changes` (by field id) on the conversation, keeping its other fields.
    pub(super) async fn put_fields(
        &self,
        c: &wire::Conversation,
        changes: &BTreeMap<String, Vec<String>>,
    ) -> Result<()> {
        let mut set: BTreeMap<String, String> = c
            .custom_fields
            .iter()
            .filter(|f| !f.value.is_empty())
            .map(|f| (f.id.clone(), f.value.clone()))
            .collect();
        for (id, values) in changes {
            match values.first() {
                Some(value) => set.insert(id.clone(), value.clone()),
                None => set.remove(id),
            };
        }
        let fields: Vec<_> = set
            .iter()
            .map(|(id, value)| json!({ "id": json_id(id), "value": value }))
            .collect();
        self.send(
            Method::PUT,
            format!("conversations/{}/fields", c.id),
            json!({ "fields": fields }),
        )
        .await
    }
}

fn definition(field: &wire::FieldDef) -> FieldDef {
    let kind = match field.kind.as_str() {
        "MULTI_LINE" => FieldKind::Paragraph,
        "DATE" => FieldKind::Date,
        "NUMBER" => FieldKind::Number,
        "DROPDOWN" => FieldKind::Choice,
        _ => FieldKind::Text,
    };
    FieldDef {
        id: field.id.clone(),
        name: clean_line(&field.name),
        kind,
        options: field
            .options
            .iter()
            .map(|o| FieldOption {
                value: o.id.clone(),
                label: clean_line(&o.label),
            })
            .collect(),
        // Help Scout's `required` is a flag for its own forms; the API enforces nothing.
        required_to_solve: false,
        editable: true,
    }
}

/// The conversation's fields, as stored (a dropdown's option id; the form shows its label).
pub fn values(c: &wire::Conversation) -> Vec<FieldValue> {
    c.custom_fields
        .iter()
        .map(|f| FieldValue {
            id: f.id.clone(),
            name: clean_line(&f.name),
            values: if f.value.is_empty() {
                Vec::new()
            } else {
                vec![clean_line(&f.value)]
            },
        })
        .collect()
}

/// `changes` laid over the conversation's fields as read.
pub fn lay_over(c: &mut wire::Conversation, changes: &BTreeMap<String, Vec<String>>) {
    for (id, values) in changes {
        let value = values.first().cloned().unwrap_or_default();
        match c.custom_fields.iter_mut().find(|f| &f.id == id) {
            Some(field) => field.value = value,
            None => c.custom_fields.push(wire::CustomField {
                id: id.clone(),
                value,
                ..Default::default()
            }),
        }
    }
}
