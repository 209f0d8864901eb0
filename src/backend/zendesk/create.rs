//! New tickets in Zendesk: one `POST /tickets` carrying an `Idempotency-Key` (the marker), so a
//! retry of a create whose answer was lost gets the first answer back instead of a second
//! ticket; the marker is also the ticket's `external_id`, which finds it after the key's
//! two hours (backends-2.md §2.4).

use reqwest::Method;
use reqwest::header::HeaderName;
use serde::Deserialize;
use serde_json::json;

use super::{ZendeskDesk, files, wire};
use crate::backend::{Opening, QueueRef, Reply, Result, TicketId, created_id};

#[derive(Debug, Deserialize)]
struct CreatedTicket {
    #[serde(deserialize_with = "crate::backend::lenient::id")]
    id: String,
}

#[derive(Debug, Deserialize)]
struct Created {
    ticket: CreatedTicket,
}

#[derive(Debug, Deserialize)]
struct Found {
    #[serde(default)]
    tickets: Vec<CreatedTicket>,
}

#[derive(Debug, Deserialize)]
struct Groups {
    #[serde(default)]
    groups: Vec<wire::Named>,
}

#[async_trait::async_trait]
impl super::super::Opens for ZendeskDesk {
    async fn create_ticket(&self, opening: &Opening, message: &Reply) -> Result<TicketId> {
        let bytes = crate::backend::outgoing::read_all(&message.files).await?;
        let token = self.upload(&message.files, &bytes).await?;
        let mut requester = json!({ "email": opening.requester });
        if !opening.name.is_empty() {
            requester["name"] = json!(opening.name);
        }
        let mut comment = json!({ "body": message.body, "public": message.public });
        if let Some(token) = &token {
            comment["uploads"] = json!([token]);
        }
        let mut ticket = json!({
            "subject": opening.subject,
            "requester": requester,
            "comment": comment,
            "priority": opening.priority.name(),
            "external_id": opening.marker,
        });
        if let Some(queue) = &opening.queue {
            ticket["group_id"] = queue
                .id
                .parse::<u64>()
                .map_or(json!(queue.id), |n| json!(n));
        }
        if message.public && !message.cc.is_empty() {
            ticket["email_ccs"] = files::email_ccs(&message.cc);
        }
        let key = (
            HeaderName::from_static("idempotency-key"),
            opening.marker.clone(),
        );
        let result = self
            .shell
            .http
            .send(
                Method::POST,
                "tickets",
                &[],
                Some(&json!({ "ticket": ticket })),
                &[key],
            )
            .await;
        let answer = match result {
            Ok(answer) => answer,
            Err(err) => {
                if let (Some(token), false) = (&token, err.may_have_been_applied()) {
                    self.discard(token).await;
                }
                return Err(err);
            }
        };
        let created: Created = answer.json()?;
        created_id("Zendesk", &created.ticket.id)
    }

    async fn find_ticket(&self, opening: &Opening) -> Result<Option<TicketId>> {
        // The list filter, not search: search lags behind the index, the filter does not.
        let found: Found = self
            .shell
            .http
            .get("tickets", &[("external_id", opening.marker.as_str())])
            .await?;
        found
            .tickets
            .first()
            .map(|t| created_id("Zendesk", &t.id))
            .transpose()
    }

    async fn queue_list(&self) -> Result<Vec<QueueRef>> {
        let groups: Groups = self.shell.http.get("groups/assignable", &[]).await?;
        Ok(groups
            .groups
            .into_iter()
            .map(|g| QueueRef {
                id: g.id,
                name: g.name,
            })
            .collect())
    }
}
