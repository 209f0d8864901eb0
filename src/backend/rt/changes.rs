//! A ticket's history of changes from Request Tracker's transactions: status, owner, queue,
//! priority, custom fields, watchers; messages are the conversation's, not these. Owners and
//! queues come as ids, named with one request each.

use std::collections::HashMap;

use serde::Deserialize;

use super::wire::{Transaction, any_string, opt_string};
use super::{RtDesk, convert};
use crate::backend::{Event, Result, TicketId};
use crate::text::clean_line;

/// A record's name (`/user/{id}`, `/queue/{id}`, `/customfield/{id}`).
#[derive(Debug, Deserialize)]
struct Named {
    #[serde(rename = "id", default, deserialize_with = "any_string")]
    _id: String,
    #[serde(rename = "Name", default, deserialize_with = "opt_string")]
    name: Option<String>,
}

impl RtDesk {
    pub(super) async fn ticket_changes(&self, id: TicketId) -> Result<Vec<Event>> {
        let (rows, _) = self
            .newest::<Transaction>(
                &format!("ticket/{id}/history"),
                &[
                    ("fields", "Type,Field,OldValue,NewValue,Creator,Created"),
                    ("fields[Creator]", "Name"),
                ],
                None,
                |t| &t.id,
            )
            .await?;
        let mut names: HashMap<String, String> = HashMap::new();
        let mut events = Vec::new();
        for row in rows {
            let Some(at) = row.created else { continue };
            let field = match (row.kind.as_str(), row.field.as_deref()) {
                ("Status", _) => "Status".to_string(),
                ("Set" | "Take" | "Give" | "Steal" | "Untake", Some(f))
                    if matches!(f, "Owner" | "Queue" | "Priority" | "Subject" | "Due") =>
                {
                    f.to_string()
                }
                ("CustomField", Some(cf)) => self.name_of("customfield", cf, &mut names).await,
                ("AddWatcher", Some(role)) => format!("{role} added"),
                ("DelWatcher", Some(role)) => format!("{role} removed"),
                _ => continue,
            };
            let value = |v: &Option<String>| v.as_deref().map(clean_line).filter(|v| !v.is_empty());
            let (mut from, mut to) = (value(&row.old_value), value(&row.new_value));
            let kind = match field.as_str() {
                "Owner" => Some("user"),
                "Queue" => Some("queue"),
                f if f.ends_with(" added") || f.ends_with(" removed") => Some("user"),
                _ => None,
            };
            if let Some(kind) = kind {
                for v in [&mut from, &mut to].into_iter().flatten() {
                    *v = self.name_of(kind, v, &mut names).await;
                }
            }
            if field == "Priority" {
                for v in [&mut from, &mut to].into_iter().flatten() {
                    if let Ok(n) = v.parse::<i64>() {
                        *v = convert::level(n, &self.scale).name().to_string();
                    }
                }
            }
            events.push(Event {
                at,
                who: clean_line(row.creator.login()),
                field,
                from,
                to,
            });
        }
        Ok(events)
    }

    /// A user's, queue's or custom field's name by its id (the id where it cannot be read).
    async fn name_of(&self, kind: &str, id: &str, names: &mut HashMap<String, String>) -> String {
        let key = format!("{kind}/{id}");
        if let Some(name) = names.get(&key) {
            return name.clone();
        }
        let read: Option<Named> = self.shell.http.get(&key, &[]).await.ok();
        let name = read
            .and_then(|r| r.name)
            .map(|n| clean_line(&n))
            .unwrap_or_else(|| id.to_string());
        names.insert(key, name.clone());
        name
    }
}
