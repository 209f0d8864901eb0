//! Writing to Jira Service Management. What may be sent twice goes first: the status,
//! through the workflow transition that leads to it (skipped when the request is already
//! there, so a retry does not move it twice); labels, priority and assignee (one edit of the
//! issue); copies as request participants. The comment, which must be sent once, goes last. A comment with files is one request too: the files are uploaded as
//! temporary attachments, then attached with the comment's text in one step.

use reqwest::Method;
use reqwest::header::HeaderName;
use serde_json::{Value, json};

use super::{API, DESK, JiraDesk, convert, wire};
use crate::backend::http::{Answer, Payload};
use crate::backend::{Changes, Error, OutgoingFile, Reply, Result, StatusKind, TicketId};

impl JiraDesk {
    /// The issue as it is now; a conflict if it changed since `expected` was read.
    async fn current(&self, id: TicketId, expected: Option<&str>) -> Result<wire::Issue> {
        let now = self.issue(id).await?;
        match (expected, now.fields.updated.as_deref()) {
            (Some(seen), Some(current)) if seen != current => Err(Error::Conflict),
            _ => Ok(now),
        }
    }

    async fn send(&self, method: Method, path: String, body: Value) -> Result<Answer> {
        self.shell
            .http
            .send(method, &path, &[], Some(&body), &[])
            .await
    }

    /// Labels, priority and assignee, in one edit of the issue.
    async fn settle(&self, id: TicketId, changes: &Changes) -> Result<()> {
        let mut fields = serde_json::Map::new();
        if let Some(p) = changes.priority {
            let priority = convert::priority_id(self.priority_list().await?, p)
                .ok_or_else(|| Error::Invalid("Jira lists no priorities".into()))?;
            fields.insert("priority".into(), json!({ "id": priority }));
        }
        if let Some(owner) = &changes.assignee {
            let account = owner
                .as_ref()
                .map_or(Value::Null, |a| json!({ "accountId": a.0 }));
            fields.insert("assignee".into(), account);
        }
        let labels: Vec<Value> = changes
            .tags_add
            .iter()
            .map(|t| json!({ "add": label(t) }))
            .chain(
                changes
                    .tags_remove
                    .iter()
                    .map(|t| json!({ "remove": label(t) })),
            )
            .collect();
        // Fields set without a transition (or not on its screen, sent again harmlessly), in
        // the shape the edit screen's schema wants: a select takes `{"value": …}`, not text.
        let screen = if changes.fields.is_empty() {
            Default::default()
        } else {
            self.shell
                .http
                .get::<super::screens::EditMeta>(&format!("{API}/issue/{id}/editmeta"), &[])
                .await
                .map(|meta| meta.fields)
                .unwrap_or_default()
        };
        for (field, values) in &changes.fields {
            let typed = super::screens::typed(screen.get(field), values);
            fields.insert(field.clone(), typed);
        }
        if fields.is_empty() && labels.is_empty() {
            return Ok(());
        }
        let mut body = json!({ "fields": fields });
        if !labels.is_empty() {
            body["update"] = json!({ "labels": labels });
        }
        self.send(Method::PUT, format!("{API}/issue/{id}"), body)
            .await
            .map(|_| ())
    }

    /// Moves the request to the status called (or meaning) `name`, unless it is there
    /// already (a retry after the move went through), with the fields of `given` its screen
    /// takes; returns those fields' ids (the rest go in an edit of the issue).
    async fn transition(
        &self,
        issue: &wire::Issue,
        name: &str,
        given: &std::collections::BTreeMap<String, Vec<String>>,
    ) -> Result<Vec<String>> {
        let kind_of = |s: &wire::Status| {
            let category = s.status_category.as_ref().map_or("", |c| c.key.as_str());
            convert::status(&s.name, category).kind
        };
        let wanted = meaning(name);
        let now = issue.fields.status.as_ref();
        let there = now.is_some_and(|s| {
            s.name.eq_ignore_ascii_case(name) || wanted.is_some_and(|kind| kind_of(s) == kind)
        });
        if there {
            return Ok(Vec::new());
        }
        let path = format!("{API}/issue/{}/transitions", issue.id);
        let offered: wire::Transitions = self
            .shell
            .http
            .get(&path, &[("expand", "transitions.fields")])
            .await?;
        let chosen = offered
            .transitions
            .iter()
            .find(|t| t.to.name.eq_ignore_ascii_case(name))
            .or_else(|| {
                let kind = wanted?;
                offered.transitions.iter().find(|t| kind_of(&t.to) == kind)
            });
        let Some(chosen) = chosen else {
            let names: Vec<&str> = offered
                .transitions
                .iter()
                .map(|t| t.to.name.as_str())
                .collect();
            return Err(Error::Invalid(format!(
                "Jira's workflow offers no way from {} to {name} for this request; it offers: {}. Nothing was changed",
                now.map_or("its status", |s| s.name.as_str()),
                names.join(", ")
            )));
        };
        // Jira lists the fields its screen requires: asked for before anything is sent.
        let missing = super::screens::missing(&chosen.fields, given, &chosen.to.name);
        if !missing.is_empty() {
            return Err(Error::FieldsRequired(missing));
        }
        let mut body = json!({ "transition": { "id": chosen.id } });
        let on_screen: serde_json::Map<String, Value> = given
            .iter()
            .filter(|(id, _)| chosen.fields.contains_key(*id))
            .map(|(id, values)| {
                let typed = super::screens::typed(chosen.fields.get(id), values);
                (id.clone(), typed)
            })
            .collect();
        let taken: Vec<String> = on_screen.keys().cloned().collect();
        if !on_screen.is_empty() {
            body["fields"] = Value::Object(on_screen);
        }
        self.send(Method::POST, path, body).await?;
        Ok(taken)
    }

    /// Adds the people with these addresses as request participants (who get its e-mails).
    async fn participants(&self, id: TicketId, addresses: &[String]) -> Result<()> {
        if addresses.is_empty() {
            return Ok(());
        }
        let mut accounts = Vec::new();
        for address in addresses {
            let user = self.account_of(address).await?.ok_or_else(|| {
                Error::Invalid(format!(
                    "Jira has no customer or agent with the address {address} (or hides it); nothing was sent"
                ))
            })?;
            accounts.push(user.account_id);
        }
        self.send(
            Method::POST,
            format!("{DESK}/request/{id}/participant"),
            json!({ "accountIds": accounts }),
        )
        .await
        .map(|_| ())
    }

    /// Sends a public reply or internal note with its changes, files and copies.
    pub(super) async fn post_comment(&self, id: TicketId, reply: Reply) -> Result<()> {
        let bytes = crate::backend::outgoing::read_all(&reply.files).await?;
        let issue = self.current(id, reply.expected_version.as_deref()).await?;
        let mut rest = reply.changes.clone();
        if let Some(status) = &reply.changes.status {
            let taken = self
                .transition(&issue, status, &reply.changes.fields)
                .await?;
            rest.fields.retain(|id, _| !taken.contains(id));
        }
        self.settle(id, &rest).await?;
        if reply.public {
            self.participants(id, &reply.cc).await?;
        }
        if reply.files.is_empty() {
            return self
                .send(
                    Method::POST,
                    format!("{DESK}/request/{id}/comment"),
                    json!({ "body": reply.body, "public": reply.public }),
                )
                .await
                .map(|_| ());
        }
        self.attach(id, &reply.files, bytes, reply.public, Some(&reply.body))
            .await
    }

    /// Attaches files to request `id` in one comment, public or internal, with `text` where
    /// there is any: uploaded as temporary files first, then attached together.
    pub(super) async fn attach(
        &self,
        id: TicketId,
        files: &[OutgoingFile],
        bytes: Vec<Vec<u8>>,
        public: bool,
        text: Option<&str>,
    ) -> Result<()> {
        let request: wire::Request = self
            .shell
            .http
            .get(&format!("{DESK}/request/{id}"), &[])
            .await?;
        let parts: Vec<(String, String, Vec<u8>)> = files
            .iter()
            .zip(bytes)
            .map(|(f, b)| (f.name.clone(), f.mime.clone(), b))
            .collect();
        let form = move || {
            let mut form = reqwest::multipart::Form::new();
            for (name, mime, data) in &parts {
                let part = reqwest::multipart::Part::bytes(data.clone()).file_name(name.clone());
                let part = part.mime_str(mime).unwrap_or_else(|_| {
                    reqwest::multipart::Part::bytes(data.clone()).file_name(name.clone())
                });
                form = form.part("file", part);
            }
            form
        };
        let path = format!(
            "{DESK}/servicedesk/{}/attachTemporaryFile",
            request.service_desk_id
        );
        let uploaded = self
            .shell
            .http
            .send_payload(
                Method::POST,
                &path,
                &[],
                Some(Payload::Form(&form)),
                &[
                    (
                        HeaderName::from_static("x-atlassian-token"),
                        "no-check".into(),
                    ),
                    (
                        HeaderName::from_static("x-experimentalapi"),
                        "opt-in".into(),
                    ),
                ],
            )
            .await?;
        let temporary: wire::Temporary = uploaded.json()?;
        let ids: Vec<String> = temporary
            .temporary_attachments
            .into_iter()
            .map(|t| t.temporary_attachment_id)
            .collect();
        let mut body = json!({ "temporaryAttachmentIds": ids, "public": public });
        if let Some(text) = text {
            body["additionalComment"] = json!({ "body": text });
        }
        self.send(
            Method::POST,
            format!("{DESK}/request/{id}/attachment"),
            body,
        )
        .await
        .map(|_| ())
    }

    /// Changes fields, after checking the request is as the agent saw it.
    pub(super) async fn change(
        &self,
        id: TicketId,
        changes: &Changes,
        expected: Option<&str>,
    ) -> Result<()> {
        if changes.is_empty() {
            return Ok(());
        }
        let issue = self.current(id, expected).await?;
        let mut rest = changes.clone();
        if let Some(status) = &changes.status {
            let taken = self.transition(&issue, status, &changes.fields).await?;
            rest.fields.retain(|id, _| !taken.contains(id));
        }
        self.settle(id, &rest).await
    }
}

/// What a status word other desks and canned actions use means.
fn meaning(name: &str) -> Option<StatusKind> {
    match name.trim().to_lowercase().as_str() {
        "solved" | "resolved" | "done" => Some(StatusKind::Solved),
        "closed" => Some(StatusKind::Closed),
        "pending" | "waiting" | "on hold" | "waiting for customer" => Some(StatusKind::Pending),
        "open" | "in progress" | "waiting for support" => Some(StatusKind::Open),
        _ => None,
    }
}

/// A tag as a Jira label, which may not hold spaces.
fn label(tag: &str) -> String {
    tag.trim().replace(char::is_whitespace, "_")
}
