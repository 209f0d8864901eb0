//! New tickets in Request Tracker. RT has no idempotency key and no tags, so a create whose
//! answer was lost is found by what it was: the requestor, the subject, and a creation time
//! since it was sent (backends-2.md §1.4).

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{RtDesk, convert, files, quoted, write::refused};
use crate::backend::{Error, Opening, QueueRef, Reply, Result, TicketId};

/// The queue a ticket starts in when the agent picks none: RT's stock one.
const DEFAULT_QUEUE: &str = "General";

#[derive(Debug, Deserialize)]
struct QueueRow {
    #[serde(rename = "Name", default)]
    name: Option<String>,
    #[serde(rename = "Disabled", default)]
    disabled: Option<Value>,
}

#[derive(Debug, Deserialize)]
struct Created {
    id: Value,
}

#[async_trait::async_trait]
impl super::super::Opens for RtDesk {
    async fn create_ticket(&self, opening: &Opening, message: &Reply) -> Result<TicketId> {
        let bytes = crate::backend::outgoing::read_all(&message.files).await?;
        let queue = opening
            .queue
            .as_ref()
            .map_or(DEFAULT_QUEUE, |q| q.id.as_str());
        let mut body = json!({
            "Queue": queue,
            "Subject": opening.subject,
            "Requestor": opening.requester,
            "Priority": convert::number(opening.priority, &self.scale).to_string(),
        });
        if !message.body.trim().is_empty() || !message.files.is_empty() {
            body["Content"] = json!(message.body);
            body["ContentType"] = json!("text/plain");
        }
        if !message.files.is_empty() {
            body["Attachments"] = files::attachments_json(&message.files, &bytes);
        }
        if !message.cc.is_empty() {
            body["Cc"] = json!(message.cc);
        }
        let answer = self
            .shell
            .http
            .send(Method::POST, "ticket", &[], Some(&body), &[])
            .await?;
        let created: Created = answer.json().map_err(|_| {
            // RT answers a refusal it does not map to a status with a message list.
            match refused(&answer.body) {
                Err(err) => err,
                Ok(()) => Error::Invalid("RT did not say which ticket it created".into()),
            }
        })?;
        ticket_id(&created.id)
    }

    async fn find_ticket(&self, opening: &Opening) -> Result<Option<TicketId>> {
        // RT reads absolute dates in its own time zone; minutes ago are the same everywhere.
        let since = jiff::Timestamp::now().duration_since(opening.sent_at);
        let minutes = since.as_mins().max(0) + 10;
        let query = format!(
            "Requestor.EmailAddress = '{}' AND Subject = '{}' AND Created > '{minutes} minutes ago'",
            quoted(&opening.requester),
            quoted(&opening.subject),
        );
        let rows = self.tickets(&query, &[("Created", "DESC")], 1, "1").await?;
        Ok(rows
            .items
            .first()
            .and_then(|r| r.id.parse().ok())
            .map(TicketId))
    }

    async fn queue_list(&self) -> Result<Vec<QueueRef>> {
        let rows: Vec<QueueRow> = self
            .all("queues/all", &[("fields", "Name,Disabled")])
            .await?;
        Ok(rows
            .into_iter()
            .filter(|q| !matches!(&q.disabled, Some(Value::String(d)) if d == "1"))
            .filter_map(|q| q.name)
            .map(|name| {
                let name = crate::text::clean_line(&name);
                QueueRef {
                    id: name.clone(),
                    name,
                }
            })
            .collect())
    }
}

fn ticket_id(id: &Value) -> Result<TicketId> {
    let number = match id {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    };
    number
        .map(TicketId)
        .ok_or_else(|| Error::Invalid("RT did not say which ticket it created".into()))
}
