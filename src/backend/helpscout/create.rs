//! New conversations in Help Scout: one `POST /v2/conversations` (a phone conversation) in
//! the chosen mailbox, the customer found or made by address, the first message a reply
//! thread (e-mailed to the customer) or a note, the marker as a tag. The new id comes back
//! in `Resource-ID`. Help Scout has no idempotency key: a create whose answer was lost is
//! found by its tag (backends-2.md §6.9).

use reqwest::Method;
use serde_json::json;

use super::write::attachments;
use super::{HelpScoutDesk, convert, wire};
use crate::backend::{Error, Opening, QueueRef, Reply, Result, TicketId, created_id, json_id};

#[async_trait::async_trait]
impl super::super::Opens for HelpScoutDesk {
    async fn create_ticket(&self, opening: &Opening, message: &Reply) -> Result<TicketId> {
        let bytes = crate::backend::outgoing::read_all(&message.files).await?;
        let mailbox = match &opening.queue {
            Some(queue) => queue.id.clone(),
            None => self
                .mailbox_list()
                .await?
                .first()
                .map(|m| m.id.clone())
                .ok_or_else(|| Error::Invalid("this Help Scout account has no mailbox".into()))?,
        };
        let me = self.myself().await?.id.0.clone();
        let mut thread = json!({
            "type": if message.public { "reply" } else { "note" },
            "text": convert::to_html(&message.body),
            "user": json_id(&me),
        });
        if message.public && !message.cc.is_empty() {
            thread["cc"] = json!(message.cc);
        }
        if !message.files.is_empty() {
            thread["attachments"] = attachments(&message.files, &bytes);
        }
        let mut customer = json!({ "email": opening.requester });
        if let Some((first, last)) = opening.name.trim().split_once(' ') {
            customer["firstName"] = json!(first);
            customer["lastName"] = json!(last.trim());
        } else if !opening.name.trim().is_empty() {
            customer["firstName"] = json!(opening.name.trim());
        }
        let mut tags = vec![opening.marker.clone()];
        tags.extend(convert::tags_for(&[], opening.priority));
        let body = json!({
            "subject": opening.subject,
            "mailboxId": json_id(&mailbox),
            "type": "phone",
            "status": "active",
            "customer": customer,
            "tags": tags,
            "autoReply": false,
            "imported": false,
            "threads": [thread],
        });
        let answer = self
            .shell
            .http
            .send(Method::POST, "conversations", &[], Some(&body), &[])
            .await?;
        let id = answer
            .headers
            .get("resource-id")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| Error::Server {
                status: answer.status.as_u16(),
                message: "Help Scout opened the conversation without saying its id (Resource-ID)"
                    .into(),
            })?;
        created_id("Help Scout", id.trim())
    }

    async fn find_ticket(&self, opening: &Opening) -> Result<Option<TicketId>> {
        let found: wire::Conversations = self
            .shell
            .http
            .get(
                "conversations",
                &[("tag", opening.marker.as_str()), ("status", "all")],
            )
            .await?;
        Ok(found
            .embedded
            .and_then(|e| e.conversations.first().map(|c| TicketId(c.id))))
    }

    async fn queue_list(&self) -> Result<Vec<QueueRef>> {
        Ok(self
            .mailbox_list()
            .await?
            .iter()
            .map(|m| QueueRef {
                id: m.id.clone(),
                name: crate::text::clean_line(&m.name),
            })
            .collect())
    }
}
