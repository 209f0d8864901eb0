//! Zendesk's attachments and CCs: files go up first (`POST /uploads`, all of one message under
//! one token) and are attached by the comment that names the token; a reply's CCs are added
//! to the ticket's email CCs in the same update, which is the only way Zendesk takes them.

use reqwest::Method;
use serde_json::{Value, json};

use super::{ZendeskDesk, wire};
use crate::backend::http::Payload;
use crate::backend::{OutgoingFile, Result};

impl ZendeskDesk {
    /// Uploads `files` under one token, which the comment then names. Nothing is attached to
    /// the ticket until a comment names the token; an unused token expires with its files, so
    /// a try that fails before its comment leaves nothing behind for long.
    pub(super) async fn upload(
        &self,
        files: &[OutgoingFile],
        bytes: &[Vec<u8>],
    ) -> Result<Option<String>> {
        let mut token: Option<String> = None;
        for (file, data) in files.iter().zip(bytes) {
            let mut query = vec![("filename", file.name.as_str())];
            if let Some(token) = &token {
                query.push(("token", token.as_str()));
            }
            let answer = self
                .shell
                .http
                .send_payload(
                    Method::POST,
                    "uploads",
                    &query,
                    Some(Payload::Bytes {
                        data,
                        mime: &file.mime,
                    }),
                    &[],
                )
                .await?;
            let uploaded: wire::Uploaded = answer.json()?;
            token = Some(uploaded.upload.token);
        }
        Ok(token)
    }

    /// Asks after a background job until it is done (a merge takes a few seconds), at most a
    /// minute; a failed job is the desk's refusal, in its words.
    pub(super) async fn wait_for_job(&self, id: &str) -> Result<wire::JobStatus> {
        let path = format!("job_statuses/{id}");
        let started = std::time::Instant::now();
        loop {
            let job: wire::JobAnswer = self.shell.http.get(&path, &[]).await?;
            match job.job_status.status.as_str() {
                "completed" => return Ok(job.job_status),
                "failed" | "killed" => {
                    return Err(crate::backend::Error::Invalid(crate::text::clean_line(
                        &job.job_status.message,
                    )));
                }
                _ if started.elapsed() > std::time::Duration::from_secs(60) => {
                    return Err(crate::backend::Error::Timeout);
                }
                _ => tokio::time::sleep(std::time::Duration::from_millis(500)).await,
            }
        }
    }

    /// Discards an upload whose comment was refused, so its files do not linger. Best effort:
    /// Zendesk deletes unused uploads itself after a while.
    pub(super) async fn discard(&self, token: &str) {
        let path = format!("uploads/{token}");
        if let Err(err) = self
            .shell
            .http
            .send(Method::DELETE, &path, &[], None, &[])
            .await
        {
            tracing::info!(%err, "could not discard an unused upload");
        }
    }
}

/// The `email_ccs` of an update that adds each address as a CC.
pub(super) fn email_ccs(addresses: &[String]) -> Value {
    Value::Array(
        addresses
            .iter()
            .map(|a| json!({ "user_email": a, "action": "put" }))
            .collect(),
    )
}
