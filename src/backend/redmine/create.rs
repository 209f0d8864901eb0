//! New issues in Redmine: one `POST /issues.json` in the chosen project, the first message as
//! the description (visible to all who see the issue; Redmine has no private description, so
//! a note starts nothing and follows as a reply would). The requester becomes the author
//! through `X-Redmine-Switch-User`, which only an administrator's key may send; a plain
//! agent's issue is authored by the agent and names the requester in its first line. Redmine
//! has no idempotency key: a create whose answer was lost is found by its subject, author and
//! time (backends-2.md §5.4).

use reqwest::Method;
use reqwest::header::HeaderName;
use serde_json::{Value, json};

use super::{RedmineDesk, wire};
use crate::backend::{Error, Opening, QueueRef, Reply, Result, TicketId, json_id};

/// Who the new issue is by.
enum Author {
    /// The requester's own account, by login.
    User(wire::User),
    /// The agent, on the requester's behalf (the key may not act as others).
    Agent,
}

impl RedmineDesk {
    async fn author_of(&self, opening: &Opening) -> Result<Author> {
        match self.user_by_address(&opening.requester).await {
            Ok(Some(user)) => Ok(Author::User(user)),
            Ok(None) => Err(Error::Invalid(format!(
                "Redmine has no user with the address {}: add them (Administration → Users) and try again. Nothing was created",
                opening.requester
            ))),
            Err(Error::Forbidden(_)) => Ok(Author::Agent),
            Err(other) => Err(other),
        }
    }

    /// The project a new issue goes to: the one chosen, else the first the key sees.
    async fn project(&self, opening: &Opening) -> Result<String> {
        if let Some(queue) = &opening.queue {
            return Ok(queue.id.clone());
        }
        self.queue_projects()
            .await?
            .into_iter()
            .next()
            .map(|p| p.id)
            .ok_or_else(|| {
                Error::Invalid("this Redmine key sees no project to open an issue in".into())
            })
    }

    async fn queue_projects(&self) -> Result<Vec<QueueRef>> {
        let projects: wire::Projects = self
            .shell
            .http
            .get("projects.json", &[("limit", "100")])
            .await?;
        Ok(projects
            .projects
            .into_iter()
            .map(|p| QueueRef {
                id: p.id,
                name: crate::text::clean_line(&p.name),
            })
            .collect())
    }
}

#[async_trait::async_trait]
impl super::super::Opens for RedmineDesk {
    async fn create_ticket(&self, opening: &Opening, message: &Reply) -> Result<TicketId> {
        let bytes = crate::backend::outgoing::read_all(&message.files).await?;
        let author = self.author_of(opening).await?;
        let project = self.project(opening).await?;
        let catalog = self.catalog().await?;
        let description = match author {
            Author::User(_) => message.body.clone(),
            Author::Agent => format!("Requester: {}\n\n{}", opening.requester, message.body),
        };
        let mut issue = json!({
            "project_id": json_id(&project),
            "subject": opening.subject,
            "description": description,
        });
        if let Some(id) = catalog.priority_id(opening.priority) {
            issue["priority_id"] = json_id(&id);
        }
        let uploads = self.uploads(&message.files, &bytes).await?;
        if !uploads.is_empty() {
            issue["uploads"] = Value::Array(uploads);
        }
        let switch = match &author {
            Author::User(user) => vec![(
                HeaderName::from_static("x-redmine-switch-user"),
                user.login.clone(),
            )],
            Author::Agent => vec![],
        };
        let answer = self
            .shell
            .http
            .send(
                Method::POST,
                "issues.json",
                &[],
                Some(&json!({ "issue": issue })),
                &switch,
            )
            .await?;
        let created: wire::One = answer.json()?;
        Ok(TicketId(created.issue.id))
    }

    async fn find_ticket(&self, opening: &Opening) -> Result<Option<TicketId>> {
        let since = opening.sent_at - jiff::SignedDuration::from_mins(10);
        let after = format!(">={}", since.strftime("%Y-%m-%dT%H:%M:%SZ"));
        let subject = format!("~{}", opening.subject);
        let found: wire::Issues = self
            .shell
            .http
            .get(
                "issues.json",
                &[
                    ("status_id", "*"),
                    ("subject", subject.as_str()),
                    ("created_on", after.as_str()),
                    ("sort", "created_on:desc"),
                    ("limit", "25"),
                ],
            )
            .await?;
        let author = match self.author_of(opening).await {
            Ok(Author::User(user)) => Some(user.id),
            _ => None,
        };
        Ok(found
            .issues
            .iter()
            .filter(|i| i.subject == opening.subject)
            .find(|i| match (&author, &i.author) {
                (Some(want), Some(by)) => &by.id == want,
                // Opened by the agent: the description names the requester.
                _ => i.description.contains(&opening.requester),
            })
            .map(|i| TicketId(i.id)))
    }

    async fn queue_list(&self) -> Result<Vec<QueueRef>> {
        self.queue_projects().await
    }
}
