//! Bulk triage in Zendesk: up to 100 tickets in one `PUT /tickets/update_many`, a background
//! job asked after until done, and each ticket's result read from it. One request against the
//! account's limit instead of one per ticket (backends-2.md §2.6).

use reqwest::Method;
use serde_json::json;

use super::{ZendeskDesk, wire};
use crate::backend::{Changes, Error, Outcomes, Result, TicketId};
use crate::text::clean_line;

impl ZendeskDesk {
    pub(super) async fn update_in_bulk(
        &self,
        ids: &[TicketId],
        changes: &Changes,
    ) -> Result<Outcomes> {
        let list = ids
            .iter()
            .map(|id| id.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let body = json!({ "ticket": Self::write_body(changes, None) });
        let answer = self
            .shell
            .http
            .send(
                Method::PUT,
                "tickets/update_many",
                &[("ids", list.as_str())],
                Some(&body),
                &[],
            )
            .await?;
        let job: wire::JobAnswer = answer.json()?;
        let done = self.wait_for_job(&job.job_status.id).await?;
        Ok(ids
            .iter()
            .map(|&id| {
                let line = done.results.iter().find(|r| r.id == id.to_string());
                (id, outcome(line))
            })
            .collect())
    }
}

/// A ticket's line in the finished job; a ticket the job does not mention was not changed.
fn outcome(line: Option<&wire::JobResult>) -> Result<()> {
    let Some(line) = line else {
        return Err(Error::Invalid(
            "Zendesk's job did not mention this ticket".into(),
        ));
    };
    if line.success == Some(false) || !line.error.is_empty() {
        let why = if line.details.is_empty() {
            &line.error
        } else {
            &line.details
        };
        return Err(Error::Invalid(clean_line(why)));
    }
    Ok(())
}
