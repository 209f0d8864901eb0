//! Zammad's core workflows: rules an admin sets ("Refund reason is mandatory once the state
//! is closed and the type is refund"), run by Zammad for the edit screen. Agents may ask what
//! they make of a ticket as it would be (`POST /core_workflows/perform`), so a status change
//! is checked before it is sent and every field it wants is asked for at once, where the PUT
//! would name only the first.

use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::{Result, ZammadDesk, wire};
use crate::backend::{Changes, Error, Missing, TicketId};

/// What the workflows make of the screen: which fields are mandatory and which are shown.
#[derive(Debug, Default, Deserialize)]
struct Performed {
    #[serde(default)]
    mandatory: Map<String, Value>,
    #[serde(default)]
    visibility: Map<String, Value>,
}

/// Whether a value leaves a field empty.
fn empty(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        Some(Value::Array(list)) => list.is_empty(),
        Some(_) => false,
    }
}

impl ZammadDesk {
    /// Refuses a status change Zammad's workflows would refuse for want of fields, naming
    /// all of them; passes where nothing is missing or the workflows cannot be asked (an
    /// older Zammad, a token without the definitions: its 422 still names the field).
    pub(super) async fn check_workflow(
        &self,
        id: TicketId,
        now: &wire::Ticket,
        changes: &Changes,
        body: &Map<String, Value>,
    ) -> Result<()> {
        if changes.status.is_none() {
            return Ok(());
        }
        let defs = self.known_attributes().await;
        if defs.is_empty() {
            return Ok(());
        }
        let params = self.as_it_would_be(id, now, body).await;
        let ask = json!({ "class_name": "Ticket", "screen": "edit", "params": params });
        let performed: Performed = match self
            .shell
            .http
            .send(
                reqwest::Method::POST,
                "core_workflows/perform",
                &[],
                Some(&ask),
                &[],
            )
            .await
            .and_then(|answer| answer.json())
        {
            Ok(performed) => performed,
            Err(e) if e.is_transient() => return Err(e),
            Err(_) => return Ok(()),
        };
        let missing: Vec<Missing> = defs
            .iter()
            .filter(|d| performed.mandatory.get(&d.id) == Some(&Value::Bool(true)))
            .filter(|d| {
                let shown = performed.visibility.get(&d.id).and_then(Value::as_str);
                !matches!(shown, Some("hide" | "remove"))
            })
            .filter(|d| empty(params.get(&d.id)))
            .map(|d| Missing {
                field: d.id.clone(),
                name: d.name.clone(),
                reason: "is mandatory in Zammad for this state".into(),
                def: None,
            })
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(Error::FieldsRequired(missing))
        }
    }

    /// The ticket's attributes with the change laid over them, by the ids the workflows
    /// compare (`state_id`, not the state's name the PUT takes).
    async fn as_it_would_be(
        &self,
        id: TicketId,
        now: &wire::Ticket,
        body: &Map<String, Value>,
    ) -> Map<String, Value> {
        let mut params: Map<String, Value> = now
            .extra
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        params.insert("id".into(), json!(id.0));
        params.insert("title".into(), json!(now.title));
        let ids = [
            ("group_id", &now.group_id),
            ("owner_id", &now.owner_id),
            ("customer_id", &now.customer_id),
            ("priority_id", &now.priority_id),
            ("state_id", &now.state_id),
        ];
        for (key, value) in ids {
            if let Some(value) = value {
                params.insert(key.into(), json!(value));
            }
        }
        for (key, value) in body {
            params.insert(key.clone(), value.clone());
        }
        if let (Some(state), Ok(catalog)) = (
            body.get("state").and_then(Value::as_str),
            self.catalog().await,
        ) && let Some((state_id, _)) = catalog.states.iter().find(|(_, name)| *name == state)
        {
            params.insert("state_id".into(), json!(state_id));
        }
        params
    }
}
