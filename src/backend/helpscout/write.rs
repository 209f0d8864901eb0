//! Writing to Help Scout. A reply (`POST …/reply`, which e-mails the customer) or a note
//! (`POST …/notes`) carries its files as base64 and, for a reply, its copies and the new
//! status. What may safely be sent twice goes first: the whole tag set (`PUT …/tags`, which
//! also holds a priority kept in tags), a priority field (`PUT …/fields`), the assignee
//! (`PATCH`); the thread, which must be sent once, goes last, so a failure before it leaves
//! nothing the outbox's retry would repeat.

use base64::Engine;
use reqwest::Method;
use serde_json::{Value, json};

use super::convert::{self, PriorityFrom};
use super::{HelpScoutDesk, wire};
use crate::backend::{Changes, Error, OutgoingFile, Priority, Reply, Result, TicketId, json_id};

impl HelpScoutDesk {
    /// The conversation as it is now; a conflict if it changed since `expected` was read.
    async fn current(&self, id: TicketId, expected: Option<&str>) -> Result<wire::Conversation> {
        let now: wire::Conversation = self
            .shell
            .http
            .get(&format!("conversations/{id}"), &[])
            .await?;
        match (expected, now.user_updated_at.as_deref()) {
            (Some(seen), Some(current)) if seen != current => Err(Error::Conflict),
            _ => Ok(now),
        }
    }

    pub(super) async fn send(&self, method: Method, path: String, body: Value) -> Result<()> {
        self.shell
            .http
            .send(method, &path, &[], Some(&body), &[])
            .await
            .map(|_| ())
    }

    /// Assignee, priority and tags: every change that may be sent twice without harm (one
    /// operation per request, as Help Scout takes them).
    async fn settle(
        &self,
        c: &wire::Conversation,
        changes: &Changes,
        with_assignee: bool,
    ) -> Result<()> {
        let id = c.id;
        let mut tags: Vec<String> = c.tags.iter().map(|t| t.tag.clone()).collect();
        let before = tags.clone();
        tags.retain(|t| {
            !changes
                .tags_remove
                .iter()
                .any(|r| r.eq_ignore_ascii_case(t))
        });
        for tag in &changes.tags_add {
            if !tags.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
                tags.push(tag.clone());
            }
        }
        match (changes.priority, &self.priority_from) {
            (Some(p), PriorityFrom::Tags) => tags = convert::tags_for(&tags, p),
            (Some(p), PriorityFrom::Field(name)) => self.set_field(c, name, p).await?,
            (None, _) => {}
        }
        if let Some(mailbox) = &changes.queue {
            let op = json!({ "op": "move", "path": "/mailboxId", "value": json_id(&mailbox.id) });
            self.send(Method::PATCH, format!("conversations/{id}"), op)
                .await?;
        }
        if with_assignee && let Some(owner) = &changes.assignee {
            let op = match owner {
                Some(agent) => {
                    json!({ "op": "replace", "path": "/assignTo", "value": json_id(&agent.0) })
                }
                None => json!({ "op": "remove", "path": "/assignTo" }),
            };
            self.send(Method::PATCH, format!("conversations/{id}"), op)
                .await?;
        }
        if tags != before {
            self.send(
                Method::PUT,
                format!("conversations/{id}/tags"),
                json!({ "tags": tags }),
            )
            .await?;
        }
        Ok(())
    }

    /// Sets the dropdown custom field `name` to the option named after `p`.
    async fn set_field(&self, c: &wire::Conversation, name: &str, p: Priority) -> Result<()> {
        let mailbox = c.mailbox_id.clone().unwrap_or_default();
        let defs: wire::Fields = self
            .shell
            .http
            .get(&format!("mailboxes/{mailbox}/fields"), &[])
            .await?;
        let defs = defs.embedded.map(|e| e.fields).unwrap_or_default();
        let field = defs
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "mailbox {mailbox} has no custom field \"{name}\" (priority_field in the profile)"
                ))
            })?;
        let option = field
            .options
            .iter()
            .find(|o| convert::level(&o.label) == Some(p))
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "the custom field \"{name}\" has no option for {}",
                    p.name()
                ))
            })?;
        // The whole set goes back: Help Scout removes a field the PUT leaves out.
        let set = std::collections::BTreeMap::from([(field.id.clone(), vec![option.id.clone()])]);
        self.put_fields(c, &set).await
    }

    /// Sends a reply or note with its changes, files and copies.
    pub(super) async fn post_thread(&self, id: TicketId, reply: Reply) -> Result<()> {
        if let Some(forward) = &reply.forward {
            let me = self.myself().await?.id.0.clone();
            let thread = json!({ "to": forward.to, "text": convert::to_html(&reply.body), "user": json_id(&me) });
            return self
                .send(Method::POST, format!("conversations/{id}/forwards"), thread)
                .await;
        }
        let bytes = crate::backend::outgoing::read_all(&reply.files).await?;
        let status = match &reply.changes.status {
            Some(name) => Some(known_status(name)?),
            None => None,
        };
        let c = self.current(id, reply.expected_version.as_deref()).await?;
        let me = self.myself().await?.id.0.clone();
        // A reply sets the assignee itself; a note cannot.
        self.settle(&c, &reply.changes, !reply.public).await?;
        let mut thread = json!({
            "text": convert::to_html(&reply.body),
            "user": json_id(&me),
        });
        if let Some(status) = status {
            thread["status"] = json!(status);
        }
        if !reply.files.is_empty() {
            thread["attachments"] = attachments(&reply.files, &bytes);
        }
        let path = if reply.public {
            let customer = c
                .primary_customer
                .as_ref()
                .map(|p| p.id.clone())
                .ok_or_else(|| {
                    Error::Invalid(format!("conversation #{id} has no customer to reply to"))
                })?;
            thread["customer"] = json!({ "id": json_id(&customer) });
            thread["cc"] = json!(reply.cc);
            thread["bcc"] = json!(reply.bcc);
            if let Some(owner) = &reply.changes.assignee {
                // Help Scout reads -1 as "nobody".
                thread["assignTo"] = owner.as_ref().map_or(json!(-1), |a| json_id(&a.0));
            }
            format!("conversations/{id}/reply")
        } else {
            format!("conversations/{id}/notes")
        };
        self.send(Method::POST, path, thread).await
    }

    /// Changes fields, after checking the conversation is as the agent saw it.
    pub(super) async fn change(
        &self,
        id: TicketId,
        changes: &Changes,
        expected: Option<&str>,
    ) -> Result<()> {
        if changes.is_empty() {
            return Ok(());
        }
        let status = match &changes.status {
            Some(name) => Some(known_status(name)?),
            None => None,
        };
        let mut c = self.current(id, expected).await?;
        if !changes.fields.is_empty() {
            self.put_fields(&c, &changes.fields).await?;
            // What was just set is kept by a later write of the set (a priority field's).
            super::fields::lay_over(&mut c, &changes.fields);
        }
        if let Some(status) = status {
            self.send(
                Method::PATCH,
                format!("conversations/{id}"),
                json!({ "op": "replace", "path": "/status", "value": status }),
            )
            .await?;
        }
        self.settle(&c, changes, true).await
    }
}

/// Help Scout's name for the status an agent chose, or why there is none.
fn known_status(name: &str) -> Result<&'static str> {
    convert::status_name(name).ok_or_else(|| {
        Error::Invalid(format!(
            "Help Scout has no status \"{name}\" (it has active, pending, closed and spam); nothing was changed"
        ))
    })
}

/// Files as Help Scout takes them in a thread: name, type and base64 bytes.
pub(super) fn attachments(files: &[OutgoingFile], bytes: &[Vec<u8>]) -> Value {
    let engine = base64::engine::general_purpose::STANDARD;
    files
        .iter()
        .zip(bytes)
        .map(|(f, b)| json!({ "fileName": f.name, "mimeType": f.mime, "data": engine.encode(b) }))
        .collect()
}
