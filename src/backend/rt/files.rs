//! Request Tracker's attachments and watchers: files sent as base64 inside the message's JSON (one request, so a message
//! and its files arrive together or not at all), and a reply's Cc added to the ticket's Cc
//! role, since REST 2.0 takes no one-time copies.

use base64::Engine;
use serde_json::{Value, json};

use super::RtDesk;
use super::wire::TicketRow;
use crate::backend::{OutgoingFile, Result, TicketId};

impl RtDesk {
    /// The ticket's Cc role with `more` added (a role is replaced whole by a PUT, so the
    /// current members are read first); `None` when nothing would be added.
    pub(super) async fn cc_with(&self, id: TicketId, more: &[String]) -> Result<Option<Value>> {
        let row: TicketRow = self
            .shell
            .http
            .get(
                &format!("ticket/{id}"),
                &[("fields", "Cc"), ("fields[Cc]", "Name,EmailAddress")],
            )
            .await?;
        let mut cc: Vec<String> = row
            .cc
            .iter()
            .map(|u| u.email_address.clone().unwrap_or_else(|| u.login().into()))
            .collect();
        let before = cc.len();
        for address in more {
            if !cc.iter().any(|c| c.eq_ignore_ascii_case(address)) {
                cc.push(address.clone());
            }
        }
        Ok((cc.len() > before).then(|| json!(cc)))
    }
}

/// The `Attachments` array of a message: every file with its name, type and bytes in base64,
/// as REST 2.0 requires all three.
pub(super) fn attachments_json(files: &[OutgoingFile], bytes: &[Vec<u8>]) -> Value {
    let engine = base64::engine::general_purpose::STANDARD;
    Value::Array(
        files
            .iter()
            .zip(bytes)
            .map(|(file, bytes)| {
                json!({
                    "FileName": file.name,
                    "FileType": file.mime,
                    "FileContent": engine.encode(bytes),
                })
            })
            .collect(),
    )
}
