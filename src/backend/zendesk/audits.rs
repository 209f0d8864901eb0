//! A ticket's history from Zendesk's audits (`/tickets/{id}/audits`): each audit's `Change`
//! events, who made them and when; people named from the audits' users, custom fields from
//! the ticket fields.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use super::{Paged, ZendeskDesk, after, wire};
use crate::backend::lenient;
use crate::backend::{Event, Result, TicketId};
use crate::text::clean_line;

/// A page of audits, with the users they name.
#[derive(Debug, Deserialize)]
pub struct Audits {
    #[serde(default, deserialize_with = "lenient::list")]
    audits: Vec<Audit>,
    #[serde(default, deserialize_with = "lenient::list")]
    users: Vec<wire::User>,
    #[serde(default)]
    meta: Option<wire::Meta>,
}

impl Paged for Audits {
    fn after(&self) -> Option<String> {
        after(&self.meta)
    }
}

#[derive(Debug, Deserialize)]
struct Audit {
    #[serde(default, deserialize_with = "lenient::opt_id")]
    author_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    created_at: Option<jiff::Timestamp>,
    #[serde(default, deserialize_with = "lenient::list")]
    events: Vec<AuditEvent>,
}

#[derive(Debug, Deserialize)]
struct AuditEvent {
    #[serde(rename = "type", default, deserialize_with = "lenient::text")]
    kind: String,
    #[serde(default, deserialize_with = "lenient::text")]
    field_name: String,
    #[serde(default)]
    value: Value,
    #[serde(default)]
    previous_value: Value,
}

impl ZendeskDesk {
    pub(super) async fn audits(&self, id: TicketId) -> Result<Vec<Event>> {
        let mut audits = Vec::new();
        let mut people: HashMap<String, String> = HashMap::new();
        self.all::<Audits, _>(
            &format!("tickets/{id}/audits"),
            &[("include", "users")],
            |page| {
                people.extend(
                    page.users
                        .iter()
                        .map(|u| (u.id.clone(), clean_line(&u.name))),
                );
                audits.extend(page.audits);
            },
        )
        .await?;
        let fields: HashMap<String, String> = self
            .known_fields()
            .await
            .into_iter()
            .map(|d| (d.id, d.name))
            .collect();
        let name = |id: &Option<String>| {
            id.as_ref()
                .map(|id| people.get(id).cloned().unwrap_or_else(|| id.clone()))
        };
        let mut events = Vec::new();
        for audit in &audits {
            let Some(at) = audit.created_at else { continue };
            let who = name(&audit.author_id).unwrap_or_default();
            for event in audit.events.iter().filter(|e| e.kind == "Change") {
                let (field, people_valued) = match event.field_name.as_str() {
                    "status" => ("Status".to_string(), false),
                    "priority" => ("Priority".to_string(), false),
                    "assignee_id" => ("Assignee".to_string(), true),
                    "group_id" => ("Group".to_string(), false),
                    "tags" => ("Tags".to_string(), false),
                    "subject" => ("Subject".to_string(), false),
                    id => match fields.get(id) {
                        Some(name) => (name.clone(), false),
                        None => continue,
                    },
                };
                let text = |v: &Value| match v {
                    Value::String(s) if !s.is_empty() => Some(clean_line(s)),
                    Value::Number(n) => Some(n.to_string()),
                    Value::Bool(b) => Some(b.to_string()),
                    Value::Array(list) => Some(
                        list.iter()
                            .filter_map(|v| v.as_str())
                            .map(clean_line)
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                    _ => None,
                };
                let (mut from, mut to) = (text(&event.previous_value), text(&event.value));
                if people_valued {
                    from = name(&from);
                    to = name(&to);
                }
                events.push(Event {
                    at,
                    who: who.clone(),
                    field,
                    from,
                    to,
                });
            }
        }
        events.sort_by_key(|e| e.at);
        Ok(events)
    }
}
