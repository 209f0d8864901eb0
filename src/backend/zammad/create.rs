//! New tickets in Zammad: one `POST /tickets` with the first article, the customer found or
//! made by `guess:<address>`, the marker as a tag. Zammad has no idempotency key; a create
//! whose answer was lost is found by that tag (backends-2.md §4.4).

use base64::Engine;
use reqwest::Method;
use serde::Deserialize;
use serde_json::json;

use super::{ZammadDesk, wire};
use crate::backend::{Opening, QueueRef, Reply, Result, TicketId, created_id, json_id};

/// The group a ticket starts in when the agent picks none: Zammad's stock one.
const DEFAULT_GROUP: &str = "Users";

#[derive(Debug, Deserialize)]
struct Created {
    #[serde(deserialize_with = "crate::backend::lenient::id")]
    id: String,
}

#[async_trait::async_trait]
impl super::super::Opens for ZammadDesk {
    async fn create_ticket(&self, opening: &Opening, message: &Reply) -> Result<TicketId> {
        let bytes = crate::backend::outgoing::read_all(&message.files).await?;
        let catalog = self.catalog().await?;
        let mut article = if message.public {
            json!({ "type": "phone", "internal": false, "sender": "Agent",
                    "subject": opening.subject, "content_type": "text/plain", "body": message.body })
        } else {
            json!({ "type": "note", "internal": true, "sender": "Agent",
                    "subject": opening.subject, "content_type": "text/plain", "body": message.body })
        };
        if message.public && !message.cc.is_empty() {
            article["cc"] = json!(message.cc.join(", "));
        }
        if !message.files.is_empty() {
            let engine = base64::engine::general_purpose::STANDARD;
            article["attachments"] = message
                .files
                .iter()
                .zip(&bytes)
                .map(|(f, b)| json!({ "filename": f.name, "mime-type": f.mime, "data": engine.encode(b) }))
                .collect();
        }
        let group = opening
            .queue
            .as_ref()
            .map_or(DEFAULT_GROUP, |q| q.name.as_str());
        let mut body = json!({
            "title": opening.subject,
            "group": group,
            "customer_id": format!("guess:{}", opening.requester),
            "tags": opening.marker,
            "article": article,
        });
        if let Some(id) = catalog.priority_id(opening.priority) {
            body["priority_id"] = json_id(&id);
        }
        let answer = self
            .shell
            .http
            .send(Method::POST, "tickets", &[], Some(&body), &[])
            .await?;
        let created: Created = answer.json()?;
        created_id("Zammad", &created.id)
    }

    async fn find_ticket(&self, opening: &Opening) -> Result<Option<TicketId>> {
        let query = format!("tags:{}", opening.marker);
        let found: wire::Search = self
            .shell
            .http
            .get(
                "tickets/search",
                &[("query", query.as_str()), ("limit", "1")],
            )
            .await?;
        Ok(found.tickets.first().map(|t| TicketId(t.id())))
    }

    async fn queue_list(&self) -> Result<Vec<QueueRef>> {
        let groups: Vec<wire::Named> = self.shell.http.get("groups", &[]).await?;
        Ok(groups
            .into_iter()
            .map(|g| QueueRef {
                id: g.id,
                name: g.name,
            })
            .collect())
    }
}
