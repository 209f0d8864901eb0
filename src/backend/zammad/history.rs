//! A ticket's history from Zammad (`/ticket_history/{id}`): its `updated` entries on the
//! ticket itself, who made them (named from the answer's assets) and when.

use serde::Deserialize;

use super::{ZammadDesk, wire};
use crate::backend::lenient;
use crate::backend::{Event, Result, TicketId};
use crate::text::clean_line;

#[derive(Debug, Deserialize)]
struct History {
    #[serde(default, deserialize_with = "lenient::list")]
    history: Vec<Entry>,
    #[serde(default)]
    assets: wire::Assets,
}

#[derive(Debug, Deserialize)]
struct Entry {
    #[serde(default, deserialize_with = "lenient::text")]
    history_type: String,
    #[serde(default, deserialize_with = "lenient::text")]
    history_object: String,
    #[serde(default, deserialize_with = "lenient::text")]
    history_attribute: String,
    #[serde(default, deserialize_with = "lenient::text")]
    value_from: String,
    #[serde(default, deserialize_with = "lenient::text")]
    value_to: String,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    created_by_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    created_at: Option<jiff::Timestamp>,
}

impl ZammadDesk {
    pub(super) async fn history(&self, id: TicketId) -> Result<Vec<Event>> {
        let read: History = self
            .shell
            .http
            .get(&format!("ticket_history/{id}"), &[])
            .await?;
        let who = |by: &Option<String>| {
            let user = by.as_ref().and_then(|id| read.assets.users.get(id));
            user.map_or_else(String::new, |u| {
                clean_line(format!("{} {}", u.firstname, u.lastname).trim())
            })
        };
        let value = |v: &str| Some(clean_line(v)).filter(|v| !v.is_empty() && v != "-");
        let events = read
            .history
            .iter()
            .filter(|e| e.history_type == "updated" && e.history_object == "Ticket")
            .filter_map(|e| {
                let field = match e.history_attribute.as_str() {
                    "state" => "State".to_string(),
                    "priority" => "Priority".to_string(),
                    "owner" => "Owner".to_string(),
                    "group" => "Group".to_string(),
                    "title" => "Title".to_string(),
                    other if !other.is_empty() => clean_line(other),
                    _ => return None,
                };
                Some(Event {
                    at: e.created_at?,
                    who: who(&e.created_by_id),
                    field,
                    from: value(&e.value_from),
                    to: value(&e.value_to),
                })
            })
            .collect();
        Ok(events)
    }
}
