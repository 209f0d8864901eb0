//! New tickets in Freshdesk: `POST /tickets` with the customer's address (Freshdesk makes the
//! contact), the first message as the description, and the marker as a tag. Freshdesk has no
//! idempotency key; a create whose answer was lost is found by that tag (backends-2.md §3.4).
//! A ticket always starts with a public description, so an internal start is a bare ticket
//! (its subject as the description) and the note follows through the outbox.

use reqwest::Method;
use reqwest::multipart::Form;
use serde::Deserialize;
use serde_json::json;

use super::{FreshdeskDesk, convert, files};
use crate::backend::http::Payload;
use crate::backend::{Opening, QueueRef, Reply, Result, TicketId, created_id};

/// Freshdesk's "Open" status and "Phone" source, the two fields every create must carry.
const OPEN: i64 = 2;
const PHONE: i64 = 3;

#[derive(Debug, Deserialize)]
struct Row {
    #[serde(deserialize_with = "crate::backend::lenient::id")]
    id: String,
}

#[derive(Debug, Deserialize)]
struct Results {
    #[serde(default)]
    results: Vec<Row>,
}

#[derive(Debug, Deserialize)]
struct Group {
    #[serde(deserialize_with = "crate::backend::lenient::id")]
    id: String,
    #[serde(default, deserialize_with = "crate::backend::lenient::text")]
    name: String,
}

#[async_trait::async_trait]
impl super::super::Opens for FreshdeskDesk {
    async fn create_ticket(&self, opening: &Opening, message: &Reply) -> Result<TicketId> {
        let bytes = crate::backend::outgoing::read_all(&message.files).await?;
        let description = if message.body.trim().is_empty() {
            convert::to_html(&opening.subject)
        } else {
            convert::to_html(&message.body)
        };
        let priority = convert::priority_number(opening.priority);
        let answer = if message.files.is_empty() {
            let mut body = json!({
                "email": opening.requester,
                "subject": opening.subject,
                "description": description,
                "status": OPEN,
                "priority": priority,
                "source": PHONE,
                "tags": [opening.marker],
            });
            if !opening.name.is_empty() {
                body["name"] = json!(opening.name);
            }
            if let Some(group) = group_id(opening) {
                body["group_id"] = group;
            }
            if !message.cc.is_empty() {
                body["cc_emails"] = json!(message.cc);
            }
            self.shell
                .http
                .send(Method::POST, "tickets", &[], Some(&body), &[])
                .await?
        } else {
            let form = || {
                let mut form = Form::new()
                    .text("email", opening.requester.clone())
                    .text("subject", opening.subject.clone())
                    .text("description", description.clone())
                    .text("status", OPEN.to_string())
                    .text("priority", priority.to_string())
                    .text("source", PHONE.to_string())
                    .text("tags[]", opening.marker.clone());
                if !opening.name.is_empty() {
                    form = form.text("name", opening.name.clone());
                }
                if let Some(group) = &opening.queue {
                    form = form.text("group_id", group.id.clone());
                }
                for address in &message.cc {
                    form = form.text("cc_emails[]", address.clone());
                }
                files::with_files(form, &message.files, &bytes)
            };
            self.shell
                .http
                .send_payload(
                    Method::POST,
                    "tickets",
                    &[],
                    Some(Payload::Form(&form)),
                    &[],
                )
                .await?
        };
        let created: Row = answer.json()?;
        created_id("Freshdesk", &created.id)
    }

    async fn find_ticket(&self, opening: &Opening) -> Result<Option<TicketId>> {
        let query = format!("\"tag:'{}'\"", opening.marker);
        let found: Results = self
            .shell
            .http
            .get("search/tickets", &[("query", query.as_str())])
            .await?;
        found
            .results
            .first()
            .map(|t| created_id("Freshdesk", &t.id))
            .transpose()
    }

    async fn queue_list(&self) -> Result<Vec<QueueRef>> {
        let groups: Vec<Group> = self
            .shell
            .http
            .get("groups", &[("per_page", "100")])
            .await?;
        Ok(groups
            .into_iter()
            .map(|g| QueueRef {
                id: g.id,
                name: g.name,
            })
            .collect())
    }
}

fn group_id(opening: &Opening) -> Option<serde_json::Value> {
    let queue = opening.queue.as_ref()?;
    Some(
        queue
            .id
            .parse::<u64>()
            .map_or(json!(queue.id), |n| json!(n)),
    )
}
