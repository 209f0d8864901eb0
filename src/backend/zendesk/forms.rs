//! Ticket forms' conditions: a form can make a field required for some statuses once
//! another field holds a value ("Refund reason" once "Type" is refund, on solved). They are
//! data (`/ticket_forms`, `agent_conditions`), so a status change is checked against them
//! before it is sent, and the agent is asked for the fields in one form instead of meeting
//! Zendesk's 422 one field at a time.

use serde::Deserialize;
use serde_json::Value;

use super::{ZendeskDesk, wire};
use crate::backend::{Changes, Error, Missing, Result, TicketId, lenient};

/// `/ticket_forms`.
#[derive(Debug, Default, Deserialize)]
struct TicketForms {
    #[serde(default, deserialize_with = "lenient::list")]
    ticket_forms: Vec<TicketForm>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TicketForm {
    #[serde(deserialize_with = "lenient::id")]
    id: String,
    #[serde(default)]
    default: bool,
    #[serde(default, deserialize_with = "lenient::list")]
    agent_conditions: Vec<Condition>,
}

/// When the parent field holds `value`, the child fields are shown, and some required.
#[derive(Debug, Clone, Deserialize)]
struct Condition {
    #[serde(deserialize_with = "lenient::id")]
    parent_field_id: String,
    #[serde(default)]
    value: Value,
    #[serde(default, deserialize_with = "lenient::list")]
    child_fields: Vec<Child>,
}

#[derive(Debug, Clone, Deserialize)]
struct Child {
    #[serde(deserialize_with = "lenient::id")]
    id: String,
    /// The older flag: required (to solve) whenever the condition holds.
    #[serde(default)]
    is_required: bool,
    #[serde(default)]
    required_on_statuses: Option<OnStatuses>,
}

#[derive(Debug, Clone, Deserialize)]
struct OnStatuses {
    #[serde(rename = "type", default, deserialize_with = "lenient::text")]
    kind: String,
    #[serde(default, deserialize_with = "lenient::list")]
    statuses: Vec<String>,
}

impl Child {
    fn required_on(&self, status: &str) -> bool {
        match &self.required_on_statuses {
            Some(on) => match on.kind.as_str() {
                "ALL_STATUSES" => true,
                "SOME_STATUSES" => on.statuses.iter().any(|s| s == status),
                _ => false,
            },
            None => self.is_required && status == "solved",
        }
    }
}

/// A value as text, the way conditions and changes name it (`true`, a tag, a number).
fn text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s.clone()),
        Value::Array(list) if list.is_empty() => None,
        other => Some(other.to_string()),
    }
}

impl ZendeskDesk {
    /// The account's ticket forms, read once a session (none where they cannot be read:
    /// the 422 still names the field).
    async fn ticket_forms(&self) -> &[TicketForm] {
        self.forms
            .get_or_init(|| async {
                self.shell
                    .http
                    .get::<TicketForms>("ticket_forms", &[])
                    .await
                    .map(|f| f.ticket_forms)
                    .unwrap_or_default()
            })
            .await
    }

    /// Refuses a status change the ticket's form would refuse for want of fields, naming
    /// them all; anything else passes.
    pub(super) async fn check_form(&self, id: TicketId, changes: &Changes) -> Result<()> {
        let Some(status) = &changes.status else {
            return Ok(());
        };
        let forms = self.ticket_forms().await;
        if forms.iter().all(|f| f.agent_conditions.is_empty()) {
            return Ok(());
        }
        let one: wire::OneTicket = self.shell.http.get(&format!("tickets/{id}"), &[]).await?;
        let form = match &one.ticket.ticket_form_id {
            Some(form) => forms.iter().find(|f| &f.id == form),
            None => forms.iter().find(|f| f.default),
        };
        let Some(form) = form else {
            return Ok(());
        };
        let value_of = |field: &str| -> Option<String> {
            match changes.fields.get(field) {
                Some(set) => set.iter().find(|v| !v.trim().is_empty()).cloned(),
                None => one
                    .ticket
                    .custom_fields
                    .iter()
                    .find(|c| c.id == field)
                    .and_then(|c| text(&c.value)),
            }
        };
        let defs = self.known_fields().await;
        let mut missing: Vec<Missing> = Vec::new();
        for condition in &form.agent_conditions {
            if value_of(&condition.parent_field_id) != text(&condition.value) {
                continue;
            }
            for child in &condition.child_fields {
                let known = missing.iter().any(|m| m.field == child.id);
                if known || !child.required_on(status) || value_of(&child.id).is_some() {
                    continue;
                }
                let name = defs
                    .iter()
                    .find(|d| d.id == child.id)
                    .map_or_else(|| format!("field {}", child.id), |d| d.name.clone());
                missing.push(Missing {
                    field: child.id.clone(),
                    name,
                    reason: format!("is required by the ticket's form when {status}"),
                    def: None,
                });
            }
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(Error::FieldsRequired(missing))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_decide_whether_a_child_is_required() {
        let child: Child = serde_json::from_value(serde_json::json!({
            "id": 5, "is_required": false,
            "required_on_statuses": { "type": "SOME_STATUSES", "statuses": ["pending", "solved"] }
        }))
        .expect("child");
        assert!(child.required_on("solved"));
        assert!(!child.required_on("open"));
        let old: Child =
            serde_json::from_value(serde_json::json!({ "id": 6, "is_required": true }))
                .expect("child");
        assert!(old.required_on("solved") && !old.required_on("pending"));
    }
}
