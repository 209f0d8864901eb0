//! New requests in Jira Service Management: one `POST /rest/servicedeskapi/request` in the
//! chosen service desk (its first request type), raised on behalf of the customer (made a
//! customer first when Jira does not know the address). The description is public; a note
//! follows as a reply would. Jira has no idempotency key: a create whose answer was lost is
//! found by reporter, summary and time (backends-2.md §7.9).

use reqwest::Method;
use reqwest::header::HeaderName;
use serde_json::json;

use super::{DESK, JiraDesk, convert, query, wire};
use crate::backend::{Error, Opening, QueueRef, Reply, Result, TicketId, created_id};

impl JiraDesk {
    /// The customer's account: the one Jira knows by this address, or a new customer.
    async fn customer(&self, opening: &Opening, desk: &str) -> Result<String> {
        if let Some(user) = self.account_of(&opening.requester).await? {
            return Ok(user.account_id);
        }
        let experimental = [(
            HeaderName::from_static("x-experimentalapi"),
            "opt-in".to_string(),
        )];
        let name = if opening.name.trim().is_empty() {
            opening.requester.clone()
        } else {
            opening.name.clone()
        };
        let made = self
            .shell
            .http
            .send(
                Method::POST,
                &format!("{DESK}/customer"),
                &[],
                Some(&json!({ "email": opening.requester, "displayName": name })),
                &experimental,
            )
            .await?;
        let user: wire::User = made.json()?;
        self.shell
            .http
            .send(
                Method::POST,
                &format!("{DESK}/servicedesk/{desk}/customer"),
                &[],
                Some(&json!({ "accountIds": [user.account_id] })),
                &experimental,
            )
            .await?;
        Ok(user.account_id)
    }
}

#[async_trait::async_trait]
impl super::super::Opens for JiraDesk {
    async fn create_ticket(&self, opening: &Opening, message: &Reply) -> Result<TicketId> {
        let bytes = crate::backend::outgoing::read_all(&message.files).await?;
        let desk = match &opening.queue {
            Some(queue) => queue.id.clone(),
            None => self
                .service_desks()
                .await?
                .first()
                .map(|d| d.id.clone())
                .ok_or_else(|| {
                    Error::Invalid("this Jira site has no service desk you work in".into())
                })?,
        };
        let types: wire::Paged<wire::RequestType> = self
            .shell
            .http
            .get(
                &format!("{DESK}/servicedesk/{desk}/requesttype"),
                &[("limit", "1")],
            )
            .await?;
        let kind =
            types.values.first().map(|t| t.id.clone()).ok_or_else(|| {
                Error::Invalid(format!("service desk {desk} has no request type"))
            })?;
        let reporter = self.customer(opening, &desk).await?;
        let mut fields = json!({ "summary": opening.subject, "description": message.body });
        if let Some(id) = convert::priority_id(self.priority_list().await?, opening.priority) {
            fields["priority"] = json!({ "id": id });
        }
        let body = json!({
            "serviceDeskId": desk,
            "requestTypeId": kind,
            "raiseOnBehalfOf": reporter,
            "requestFieldValues": fields,
        });
        let answer = self
            .shell
            .http
            .send(
                Method::POST,
                &format!("{DESK}/request"),
                &[],
                Some(&body),
                &[],
            )
            .await?;
        let created: wire::Created = answer.json()?;
        let id = created_id("Jira", &created.issue_id)?;
        if !message.files.is_empty() {
            self.attach(id, &message.files, bytes, message.public, None)
                .await?;
        }
        Ok(id)
    }

    async fn find_ticket(&self, opening: &Opening) -> Result<Option<TicketId>> {
        let Some(user) = self.account_of(&opening.requester).await? else {
            return Ok(None);
        };
        let since = jiff::Timestamp::now().duration_since(opening.sent_at);
        let minutes = since.as_mins().max(0) + 10;
        let jql = format!(
            "reporter = {} AND summary ~ {} AND created >= \"-{minutes}m\" ORDER BY created DESC",
            query::quoted(&user.account_id),
            query::quoted(&opening.subject)
        );
        let page = self.search(&jql, None).await?;
        Ok(page
            .tickets
            .iter()
            .find(|t| t.subject == crate::text::clean_subject(&opening.subject))
            .map(|t| t.id))
    }

    async fn queue_list(&self) -> Result<Vec<QueueRef>> {
        Ok(self
            .service_desks()
            .await?
            .iter()
            .map(|d| QueueRef {
                id: d.id.clone(),
                name: crate::text::clean_line(&d.project_name),
            })
            .collect())
    }
}
