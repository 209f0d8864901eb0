//! An issue's history from Jira's changelog (`/issue/{key}/changelog`): each change's items,
//! in Jira's own words (`fromString`, `toString`), who made them and when.

use serde::Deserialize;

use super::{API, JiraDesk, wire};
use crate::backend::lenient;
use crate::backend::{Event, Result, TicketId};
use crate::text::clean_line;

#[derive(Debug, Deserialize)]
struct Changelog {
    #[serde(default, deserialize_with = "lenient::list")]
    values: Vec<Change>,
}

#[derive(Debug, Deserialize)]
struct Change {
    #[serde(default)]
    author: Option<wire::User>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    created: Option<jiff::Timestamp>,
    #[serde(default, deserialize_with = "lenient::list")]
    items: Vec<Item>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Item {
    #[serde(default, deserialize_with = "lenient::text")]
    field: String,
    #[serde(default, deserialize_with = "lenient::text")]
    from_string: String,
    #[serde(default, deserialize_with = "lenient::text")]
    to_string: String,
}

impl JiraDesk {
    pub(super) async fn changelog(&self, id: TicketId) -> Result<Vec<Event>> {
        let read: Changelog = self
            .shell
            .http
            .get(
                &format!("{API}/issue/{id}/changelog"),
                &[("maxResults", "100")],
            )
            .await?;
        let value = |v: &str| Some(clean_line(v)).filter(|v| !v.is_empty());
        let mut events = Vec::new();
        for change in &read.values {
            let Some(at) = change.created else { continue };
            let who = change
                .author
                .as_ref()
                .map_or_else(String::new, |a| clean_line(&a.display_name));
            for item in &change.items {
                let mut field = clean_line(&item.field);
                if let Some(first) = field.get(..1) {
                    field = first.to_uppercase() + field.get(1..).unwrap_or_default();
                }
                events.push(Event {
                    at,
                    who: who.clone(),
                    field,
                    from: value(&item.from_string),
                    to: value(&item.to_string),
                });
            }
        }
        events.sort_by_key(|e| e.at);
        Ok(events)
    }
}
