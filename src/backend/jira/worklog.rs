//! Time spent on a Jira issue: a worklog entry after the comment, which the outbox sends as an
//! entry of its own (`Capabilities::time_apart`). The worklog's comment carries the entry's
//! note, by which a try whose answer was lost is found made.

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{API, JiraDesk};
use crate::backend::lenient;
use crate::backend::{Result, TicketId};

#[derive(Debug, Deserialize)]
struct Worklogs {
    #[serde(default, deserialize_with = "lenient::list")]
    worklogs: Vec<Worklog>,
}

#[derive(Debug, Deserialize)]
struct Worklog {
    #[serde(default)]
    comment: Value,
}

impl JiraDesk {
    /// A worklog of `minutes`, unless one whose comment holds `note` is there already.
    pub(super) async fn log_work(
        &self,
        id: TicketId,
        minutes: u32,
        note: Option<&str>,
    ) -> Result<()> {
        let path = format!("{API}/issue/{id}/worklog");
        if let Some(note) = note {
            let logged: Worklogs = self
                .shell
                .http
                .get(&path, &[("maxResults", "1000")])
                .await?;
            let found = logged
                .worklogs
                .iter()
                .any(|w| super::adf::to_text(&w.comment).contains(note));
            if found {
                return Ok(());
            }
        }
        let text = note.unwrap_or("Logged with frontdesk");
        let body = json!({
            "timeSpentSeconds": u64::from(minutes) * 60,
            "comment": { "type": "doc", "version": 1, "content": [
                { "type": "paragraph", "content": [{ "type": "text", "text": text }] }
            ] },
        });
        self.shell
            .http
            .send(
                Method::POST,
                &path,
                &[("adjustEstimate", "auto")],
                Some(&body),
                &[],
            )
            .await
            .map(|_| ())
    }
}
