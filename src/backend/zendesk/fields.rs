//! Zendesk's ticket fields: their definitions (`/ticket_fields`, which agents may read: the
//! type decides the widget, `required` means required to solve) and a ticket's values
//! (`custom_fields`), named by the definitions, which are read once and again when asked.

use serde::Deserialize;
use serde_json::Value;

use super::{Paged, ZendeskDesk, after, wire};
use crate::backend::lenient;
use crate::backend::{FieldDef, FieldKind, FieldOption, FieldValue, Result};
use crate::text::clean_line;

/// `/ticket_fields`, a page.
#[derive(Debug, Deserialize)]
pub struct TicketFields {
    #[serde(default, deserialize_with = "lenient::list")]
    ticket_fields: Vec<TicketField>,
    #[serde(default)]
    meta: Option<wire::Meta>,
}

impl Paged for TicketFields {
    fn after(&self) -> Option<String> {
        after(&self.meta)
    }
}

#[derive(Debug, Deserialize)]
struct TicketField {
    #[serde(deserialize_with = "lenient::id")]
    id: String,
    #[serde(rename = "type", default, deserialize_with = "lenient::text")]
    kind: String,
    #[serde(default, deserialize_with = "lenient::text")]
    title: String,
    #[serde(default = "yes")]
    active: bool,
    /// Agents must fill it to solve the ticket.
    #[serde(default)]
    required: bool,
    #[serde(default, deserialize_with = "lenient::list")]
    custom_field_options: Vec<Choice>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
struct Choice {
    #[serde(default, deserialize_with = "lenient::text")]
    name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    value: String,
}

/// One of a ticket's `custom_fields`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CustomValue {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default)]
    pub value: Value,
}

impl ZendeskDesk {
    /// The active custom ticket fields, kept for naming a ticket's values.
    pub(super) async fn ticket_fields(&self) -> Result<Vec<FieldDef>> {
        let mut defs = Vec::new();
        self.all::<TicketFields, _>("ticket_fields", &[], |page| {
            defs.extend(page.ticket_fields.iter().filter_map(definition));
        })
        .await?;
        self.fields.keep(&defs);
        Ok(defs)
    }

    /// The definitions read before, else read now (kept; a failure is not asked again
    /// for every ticket).
    pub(super) async fn known_fields(&self) -> Vec<FieldDef> {
        self.fields.known(self.ticket_fields()).await
    }
}

/// A custom field as frontdesk edits it; the system fields (subject, status, group…) have
/// their own keys.
fn definition(f: &TicketField) -> Option<FieldDef> {
    let kind = match f.kind.as_str() {
        "text" | "regexp" => FieldKind::Text,
        "textarea" => FieldKind::Paragraph,
        "tagger" | "lookup" => FieldKind::Choice,
        "multiselect" => FieldKind::Choices,
        "checkbox" => FieldKind::Checkbox,
        "integer" | "decimal" => FieldKind::Number,
        "date" => FieldKind::Date,
        _ => return None,
    };
    f.active.then(|| FieldDef {
        id: f.id.clone(),
        name: clean_line(&f.title),
        kind,
        options: f
            .custom_field_options
            .iter()
            .map(|o| FieldOption {
                value: clean_line(&o.value),
                label: clean_line(&o.name),
            })
            .collect(),
        required_to_solve: f.required,
        editable: f.kind != "lookup",
    })
}

/// A ticket's values of the fields `defs` define, in their order.
pub fn values(custom: &[CustomValue], defs: &[FieldDef]) -> Vec<FieldValue> {
    crate::backend::field_values(defs, |id| {
        custom.iter().find(|c| c.id == id).map(|c| &c.value)
    })
}

/// The Time Tracking app's fields, by the titles it gives them.
const TOTAL: &str = "Total time spent (sec)";
const LAST: &str = "Time spent last update (sec)";

impl ZendeskDesk {
    /// The Time Tracking app's two fields for `minutes` logged now: the total grown by them
    /// (read from the ticket as it is) and the last update's; refused where the account has
    /// no such app, so the reply goes back to the agent with the reason.
    pub(super) async fn time_fields(
        &self,
        id: crate::backend::TicketId,
        minutes: u32,
    ) -> Result<Vec<Value>> {
        let defs = self.known_fields().await;
        let find = |title: &str| defs.iter().find(|d| d.name.eq_ignore_ascii_case(title));
        let (Some(total), Some(last)) = (find(TOTAL), find(LAST)) else {
            return Err(crate::backend::Error::Invalid(format!(
                "this Zendesk keeps no time: it has no Time Tracking app (fields \"{TOTAL}\" and \"{LAST}\"); send it without the time (alt-t, then leave it empty)"
            )));
        };
        let one: wire::OneTicket = self.shell.http.get(&format!("tickets/{id}"), &[]).await?;
        let now = one
            .ticket
            .custom_fields
            .iter()
            .find(|c| c.id == total.id)
            .and_then(|c| match &c.value {
                Value::Number(n) => n.as_u64(),
                Value::String(s) => s.parse().ok(),
                _ => None,
            })
            .unwrap_or(0);
        let seconds = u64::from(minutes) * 60;
        Ok(vec![
            serde_json::json!({ "id": crate::backend::json_id(&total.id), "value": now + seconds }),
            serde_json::json!({ "id": crate::backend::json_id(&last.id), "value": seconds }),
        ])
    }
}
