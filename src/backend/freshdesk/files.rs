//! Freshdesk's attachments and copies: a message with files is sent as one multipart form
//! (the text, the copies and the files together, so they arrive together or not at all);
//! attachments download from pre-signed storage links, without the credential, and an expired
//! link is replaced by reading the ticket again.

use reqwest::Method;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

use super::FreshdeskDesk;
use crate::backend::http::{Payload, Sink};
use crate::backend::{Attachment, Error, HelpDesk, OutgoingFile, Result, TicketId};

impl FreshdeskDesk {
    /// Posts a reply (`public`) or a private note with its copies and files.
    pub(super) async fn post_message(
        &self,
        id: TicketId,
        public: bool,
        body: &str,
        (cc, bcc): (&[String], &[String]),
        files: &[OutgoingFile],
        bytes: &[Vec<u8>],
    ) -> Result<()> {
        let path = if public {
            format!("tickets/{id}/reply")
        } else {
            format!("tickets/{id}/notes")
        };
        if files.is_empty() {
            let mut payload = json!({ "body": body });
            if public {
                if !cc.is_empty() {
                    payload["cc_emails"] = json!(cc);
                }
                if !bcc.is_empty() {
                    payload["bcc_emails"] = json!(bcc);
                }
            } else {
                payload["private"] = Value::Bool(true);
            }
            return self
                .shell
                .http
                .send(Method::POST, &path, &[], Some(&payload), &[])
                .await
                .map(|_| ());
        }
        let form = || {
            let mut form = Form::new().text("body", body.to_string());
            if public {
                for address in cc {
                    form = form.text("cc_emails[]", address.clone());
                }
                for address in bcc {
                    form = form.text("bcc_emails[]", address.clone());
                }
            } else {
                form = form.text("private", "true");
            }
            with_files(form, files, bytes)
        };
        self.shell
            .http
            .send_payload(Method::POST, &path, &[], Some(Payload::Form(&form)), &[])
            .await
            .map(|_| ())
    }

    /// Downloads one attachment; when its link has expired (storage answers 403 or 404), the
    /// ticket is read again for a fresh link to the same file.
    pub(super) async fn fetch_file(
        &self,
        id: TicketId,
        attachment: &Attachment,
        sink: &mut Sink<'_>,
    ) -> Result<u64> {
        match self.shell.http.download(&attachment.source, sink).await {
            Err(Error::Forbidden(_) | Error::NotFound(_)) if sink.written() == 0 => {
                let ticket = self.ticket(id).await?;
                let fresh = ticket
                    .conversation
                    .iter()
                    .flat_map(|m| &m.attachments)
                    .find(|a| a.name == attachment.name && a.size == attachment.size)
                    .ok_or_else(|| {
                        Error::NotFound(format!("{} is no longer on the ticket", attachment.name))
                    })?;
                self.shell.http.download(&fresh.source, sink).await
            }
            other => other,
        }
    }
}

/// `form` with each file as an `attachments[]` part.
pub(super) fn with_files(mut form: Form, files: &[OutgoingFile], bytes: &[Vec<u8>]) -> Form {
    for (file, data) in files.iter().zip(bytes) {
        let part = Part::bytes(data.clone())
            .file_name(file.name.clone())
            .mime_str(&file.mime)
            .unwrap_or_else(|_| Part::bytes(data.clone()).file_name(file.name.clone()));
        form = form.part("attachments[]", part);
    }
    form
}
