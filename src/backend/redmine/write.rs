//! Writing to Redmine: a note (public, or private for agents only) with the field changes
//! and files that ride along is one `PUT /issues/{id}.json`, after each file is uploaded on
//! its own. Copies are watchers: Redmine mails notes to an issue's watchers. A status the
//! agent's role may not move the issue to is refused here, in words, because Redmine would
//! answer 204 and leave the status as it was.

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::{RedmineDesk, convert, wire};
use crate::backend::http::Payload;
use crate::backend::{Agent, Changes, Error, Reply, Result, TicketId, json_id};

impl RedmineDesk {
    /// The issue as it is now; a conflict if it changed since `expected` was read.
    async fn current(&self, id: TicketId, expected: Option<&str>) -> Result<wire::Issue> {
        let now = self.issue(id).await?;
        match (expected, now.updated_on.as_deref()) {
            (Some(seen), Some(current)) if !same_time(seen, current) => Err(Error::Conflict),
            _ => Ok(now),
        }
    }

    /// The fields of a change, in Redmine's names; `issue` is the issue as read just before,
    /// whose allowed statuses the new status must be among.
    async fn fields(&self, changes: &Changes, issue: &wire::Issue) -> Result<Map<String, Value>> {
        let catalog = self.catalog().await?;
        let mut body = Map::new();
        if let Some(name) = &changes.status {
            let status = catalog.status_id(name).ok_or_else(|| {
                Error::Invalid(format!(
                    "Redmine has no status \"{name}\"; nothing was changed"
                ))
            })?;
            let current = issue.status.as_ref().map(|s| s.id.as_str());
            let allowed = issue.allowed_statuses.is_empty()
                || current == Some(status.id.as_str())
                || issue.allowed_statuses.iter().any(|s| s.id == status.id);
            if !allowed {
                let names: Vec<&str> = issue
                    .allowed_statuses
                    .iter()
                    .map(|s| s.name.as_str())
                    .collect();
                return Err(Error::Invalid(format!(
                    "Redmine's workflow does not let you move #{} from {} to {}; allowed: {}. Nothing was changed",
                    issue.id,
                    issue
                        .status
                        .as_ref()
                        .map_or("its status", |s| s.name.as_str()),
                    status.name,
                    names.join(", ")
                )));
            }
            body.insert("status_id".into(), json_id(&status.id));
        }
        if let Some(p) = changes.priority {
            let id = catalog
                .priority_id(p)
                .ok_or_else(|| Error::Invalid("Redmine lists no priorities".into()))?;
            body.insert("priority_id".into(), json_id(&id));
        }
        if let Some(owner) = &changes.assignee {
            // An empty value unassigns.
            let id = owner.as_ref().map_or(json!(""), |a| json_id(&a.0));
            body.insert("assigned_to_id".into(), id);
        }
        if !changes.fields.is_empty() {
            let fields: Vec<Value> = changes
                .fields
                .iter()
                .map(|(id, values)| {
                    // Redmine empties a field with "", not null.
                    let value = match values.as_slice() {
                        [] => json!(""),
                        [one] => json!(one),
                        many => json!(many),
                    };
                    json!({ "id": json_id(id), "value": value })
                })
                .collect();
            body.insert("custom_fields".into(), json!(fields));
        }
        if let Some(project) = &changes.queue {
            body.insert("project_id".into(), json_id(&project.id));
        }
        Ok(body)
    }

    /// Sends a reply or note with its changes, files and copies.
    pub(super) async fn post_reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        let bytes = crate::backend::outgoing::read_all(&reply.files).await?;
        let issue = self.current(id, reply.expected_version.as_deref()).await?;
        let mut body = self.fields(&reply.changes, &issue).await?;
        // People first, so a copy to an unknown address changes nothing.
        let mut watchers = Vec::new();
        if reply.public {
            for address in &reply.cc {
                let user = self.user_by_address(address).await?.ok_or_else(|| {
                    Error::Invalid(format!(
                        "Redmine has no user with the address {address}; copies go to Redmine users (as watchers). Nothing was sent"
                    ))
                })?;
                if !issue.watchers.iter().any(|w| w.id == user.id) {
                    watchers.push(user.id);
                }
            }
        }
        let uploads = self.uploads(&reply.files, &bytes).await?;
        for user in watchers {
            self.shell
                .http
                .send(
                    Method::POST,
                    &format!("issues/{id}/watchers.json"),
                    &[],
                    Some(&json!({ "user_id": json_id(&user) })),
                    &[],
                )
                .await?;
        }
        body.insert("notes".into(), json!(reply.body));
        body.insert("private_notes".into(), json!(!reply.public));
        if !uploads.is_empty() {
            body.insert("uploads".into(), Value::Array(uploads));
        }
        self.put(id, body, &reply.changes).await
    }

    /// Changes fields, after checking the issue is as the agent saw it.
    pub(super) async fn change(
        &self,
        id: TicketId,
        changes: &Changes,
        expected: Option<&str>,
    ) -> Result<()> {
        // Tags: Redmine has none (capabilities say so); nothing else to send is nothing to do.
        let tags_only = Changes {
            tags_add: Vec::new(),
            tags_remove: Vec::new(),
            ..changes.clone()
        };
        if tags_only.is_empty() {
            return Ok(());
        }
        let issue = self.current(id, expected).await?;
        let body = self.fields(changes, &issue).await?;
        self.put(id, body, changes).await
    }

    /// Uploads each file; returns what a note or a new issue attaches them by.
    pub(super) async fn uploads(
        &self,
        files: &[crate::backend::OutgoingFile],
        bytes: &[Vec<u8>],
    ) -> Result<Vec<Value>> {
        let mut uploads = Vec::new();
        for (file, data) in files.iter().zip(bytes) {
            uploads.push(json!({
                "token": self.upload(&file.name, data).await?,
                "filename": file.name,
                "content_type": file.mime,
            }));
        }
        Ok(uploads)
    }

    /// Uploads a file's bytes; returns the token a note attaches it by.
    async fn upload(&self, name: &str, data: &[u8]) -> Result<String> {
        let too_large = |e: Error| match e {
            Error::Invalid(m) if m.contains("maximum allowed file size") => {
                let limit = m
                    .rsplit('(')
                    .next()
                    .and_then(|n| n.trim_end_matches([')', ' ']).parse::<u64>().ok());
                Error::Invalid(match limit {
                    Some(bytes) => format!(
                        "{name} is too large for this Redmine, which takes files up to {} (an administrator's setting); nothing was sent",
                        crate::backend::human_size(bytes)
                    ),
                    None => format!("{name} is too large for this Redmine ({m}); nothing was sent"),
                })
            }
            other => other,
        };
        let answer = self
            .shell
            .http
            .send_payload(
                Method::POST,
                "uploads.json",
                &[("filename", name)],
                Some(Payload::Bytes {
                    data,
                    mime: "application/octet-stream",
                }),
                &[],
            )
            .await
            .map_err(too_large)?;
        Ok(answer.json::<wire::Uploaded>()?.upload.token)
    }

    /// The issue's update, with the time spent beside it where there is some: Redmine saves
    /// both or neither.
    async fn put(&self, id: TicketId, fields: Map<String, Value>, changes: &Changes) -> Result<()> {
        let time_entry = self.time_entry(id, changes).await?;
        if fields.is_empty() && time_entry.is_none() {
            return Ok(());
        }
        let mut body = json!({ "issue": Value::Object(fields) });
        if let Some(entry) = time_entry {
            body["time_entry"] = entry;
        }
        self.shell
            .http
            .send(
                Method::PUT,
                &format!("issues/{id}.json"),
                &[],
                Some(&body),
                &[],
            )
            .await
            .map(|_| ())
    }

    /// The people issues can be assigned to: members of the projects the key sees whose role
    /// is assignable (every member where roles cannot be read).
    pub(super) async fn assignable(&self) -> Result<Vec<Agent>> {
        let projects: wire::Projects = self
            .shell
            .http
            .get("projects.json", &[("limit", "100")])
            .await?;
        let roles = self.assignable_roles().await;
        let mut agents: Vec<Agent> = Vec::new();
        for project in &projects.projects {
            let path = format!("projects/{}/memberships.json", project.id);
            let Ok(members) = self
                .shell
                .http
                .get::<wire::Memberships>(&path, &[("limit", "100")])
                .await
            else {
                continue;
            };
            for member in members.memberships {
                let Some(user) = &member.user else { continue };
                let assignable = roles
                    .as_ref()
                    .is_none_or(|ok| member.roles.iter().any(|r| ok.contains(&r.id)));
                if assignable && !agents.iter().any(|a| a.id.0 == user.id) {
                    agents.push(convert::agent_named(user));
                }
            }
        }
        agents.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(agents)
    }

    /// The ids of assignable roles, or `None` where roles cannot be read.
    async fn assignable_roles(&self) -> Option<Vec<String>> {
        let roles: wire::Roles = self.shell.http.get("roles.json", &[]).await.ok()?;
        let mut ok = Vec::new();
        for role in roles.roles {
            let one: wire::OneRole = self
                .shell
                .http
                .get(&format!("roles/{}.json", role.id), &[])
                .await
                .ok()?;
            if one.role.assignable.unwrap_or(true) {
                ok.push(role.id);
            }
        }
        Some(ok)
    }
}

/// Two of Redmine's times are the same instant (they may be written differently).
fn same_time(a: &str, b: &str) -> bool {
    match (a.parse::<jiff::Timestamp>(), b.parse::<jiff::Timestamp>()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
