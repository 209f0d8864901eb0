//! Writing to Request Tracker: field changes with `PUT` guarded by the ticket's ETag, and
//! messages (replies and comments) with their files and copies.

use reqwest::Method;
use reqwest::header::{HeaderName, IF_MATCH};
use serde_json::json;

use super::{RtDesk, convert, files};
use crate::backend::{Changes, Error, Reply, Result, TicketId};

impl RtDesk {
    /// The ticket's current ETag (its newest transaction), for checking before a write.
    pub(super) async fn etag(&self, id: TicketId) -> Result<String> {
        let answer = self
            .shell
            .http
            .send(Method::HEAD, &format!("ticket/{id}"), &[], None, &[])
            .await?;
        let etag = answer
            .headers
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        Ok(etag.trim_matches('"').to_string())
    }

    /// The minutes worked on the ticket so far.
    pub(super) async fn time_worked(&self, id: TicketId) -> Result<u32> {
        let row: serde_json::Value = self
            .shell
            .http
            .get(&format!("ticket/{id}"), &[("fields", "TimeWorked")])
            .await?;
        let worked = row.get("TimeWorked").and_then(|v| match v {
            serde_json::Value::String(s) => s.trim().parse().ok(),
            serde_json::Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
            _ => None,
        });
        Ok(worked.unwrap_or(0))
    }

    /// The fields a change sets with PUT (status goes with a message when there is one).
    pub(super) async fn put_body(
        &self,
        changes: &Changes,
        with_status: bool,
    ) -> Result<serde_json::Map<String, serde_json::Value>> {
        let mut body = serde_json::Map::new();
        if let Some(fields) = self.custom_field_values(changes).await? {
            body.insert("CustomFields".into(), fields);
        }
        if let Some(queue) = &changes.queue {
            body.insert("Queue".into(), json!(queue.id));
        }
        if let (true, Some(status)) = (with_status, &changes.status) {
            body.insert("Status".into(), json!(status));
        }
        if let Some(p) = changes.priority {
            // Sent as a number: RT stores numbers, and a label is not converted on every path.
            body.insert(
                "Priority".into(),
                json!(convert::number(p, &self.scale).to_string()),
            );
        }
        if let Some(owner) = &changes.assignee {
            body.insert(
                "Owner".into(),
                json!(owner.as_ref().map_or("Nobody", |a| a.0.as_str())),
            );
        }
        Ok(body)
    }

    pub(super) async fn put(
        &self,
        id: TicketId,
        body: serde_json::Map<String, serde_json::Value>,
        version: Option<&str>,
    ) -> Result<()> {
        let headers: Vec<(HeaderName, String)> = version
            .map(|v| (IF_MATCH, format!("\"{v}\"")))
            .into_iter()
            .collect();
        let answer = self
            .shell
            .http
            .send(
                Method::PUT,
                &format!("ticket/{id}"),
                &[],
                Some(&body.into()),
                &headers,
            )
            .await?;
        refused(&answer.body)
    }

    /// Posts a reply or comment with the changes, files and copies that go with it.
    pub(super) async fn post_reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        // Files are read (and checked against what was attached) before anything is sent.
        let bytes = crate::backend::outgoing::read_all(&reply.files).await?;
        // RT takes the message and the field changes in separate requests, so the version is
        // checked first: a conflict then posts nothing at all.
        if let Some(expected) = &reply.expected_version
            && &self.etag(id).await? != expected
        {
            return Err(Error::Conflict);
        }
        let mut fields = self.put_body(&reply.changes, false).await?;
        if reply.public
            && !reply.cc.is_empty()
            && let Some(cc) = self.cc_with(id, &reply.cc).await?
        {
            fields.insert("Cc".into(), cc);
        }
        if !fields.is_empty() {
            self.put(id, fields, reply.expected_version.as_deref())
                .await?;
        }
        let mut body = json!({ "Content": reply.body, "ContentType": "text/plain" });
        if let Some(status) = &reply.changes.status {
            // Set after the message is added, so RT's "reopen on reply" cannot undo it.
            body["Status"] = json!(status);
        }
        if !reply.files.is_empty() {
            body["Attachments"] = files::attachments_json(&reply.files, &bytes);
        }
        if let Some(spent) = reply.changes.time_spent {
            // Minutes, added to the ticket's TimeWorked by RT.
            body["TimeTaken"] = json!(spent.to_string());
        }
        let endpoint = if reply.public {
            "correspond"
        } else {
            "comment"
        };
        let answer = self
            .shell
            .http
            .send(
                Method::POST,
                &format!("ticket/{id}/{endpoint}"),
                &[],
                Some(&body),
                &[],
            )
            .await?;
        refused(&answer.body)
    }
}

/// RT answers some refused changes with 200 and a list of messages; the telling ones become
/// errors so they reach the agent.
pub(super) fn refused(body: &str) -> Result<()> {
    let messages: Vec<String> = serde_json::from_str(body).unwrap_or_default();
    let bad = messages.iter().find(|m| {
        let m = m.to_ascii_lowercase();
        m.contains("permission denied")
            || m.contains("could not")
            || m.contains("illegal")
            || m.contains("isn't a valid")
            || m.contains("invalid value")
            || m.contains("not a valid value")
            || m.contains("input must match")
    });
    match bad {
        Some(m) => Err(Error::Invalid(crate::text::clean_line(m))),
        None => Ok(()),
    }
}

impl RtDesk {
    /// What `doctor` reports: a read's cost with the token and the session, then a search
    /// (POST) and, on `ticket`, a change (PUT) guarded by an ETag no ticket has, so RT
    /// answers 412 after letting it in and writes nothing.
    pub(super) async fn rehearse(
        &self,
        ticket: Option<TicketId>,
    ) -> Result<crate::backend::http::RequestCost> {
        let http = &self.shell.http;
        let mut cost = http.request_cost("queues/all").await?;
        let search = json!([{ "field": "id", "operator": ">", "value": "0" }]);
        let params = [("per_page", "1"), ("fields", "id")];
        cost.post = Some(
            http.trial(Method::POST, "tickets", &params, &search, &[], |_| false)
                .await?,
        );
        if let Some(id) = ticket {
            let stale = [(IF_MATCH, "\"frontdesk-doctor\"".to_string())];
            let nothing = json!({});
            cost.put = Some(
                http.trial(
                    Method::PUT,
                    &format!("ticket/{id}"),
                    &[],
                    &nothing,
                    &stale,
                    |e| matches!(e, Error::Conflict),
                )
                .await?,
            );
        }
        Ok(cost)
    }
}
