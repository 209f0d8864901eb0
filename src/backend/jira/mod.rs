//! Jira Service Management Cloud through the platform API (`/rest/api/3`: issues, JQL search,
//! transitions, priorities) and the service desk API (`/rest/servicedeskapi`: comments with
//! their public flag, queues, participants, files, new requests). A view is JQL or a queue
//! (see `query.rs`); a page is one search request with the fields rows need. A request is
//! three requests made together: the issue, its comments, its participants. Descriptions are
//! Atlassian Document Format, read as text (`adf.rs`); comments are plain text both ways.
//! Jira has no conflict detection: `updated` is compared before writing. There is no
//! canned-response API: the agent's own responses are the picker.

mod adf;
mod changelog;
mod convert;
mod create;
mod fields;
mod locale;
mod query;
mod screens;
mod sla;
mod wire;
mod worklog;
mod write;

use async_trait::async_trait;
use base64::Engine;
use jiff::Timestamp;
use serde_json::json;

use super::http::{Http, Timeouts};
use super::{
    Agent, Capabilities, Changes, Contact, Error, FileLimits, HelpDesk, Opens, Page,
    RecipientSupport, Reply, Result, Shell, Ticket, TicketId, TicketSummary, View,
};
use crate::config::Profile;
use query::Query;

pub use query::default_views;

/// The platform API.
const API: &str = "rest/api/3";
/// The service desk API.
const DESK: &str = "rest/servicedeskapi";
/// Comments one request reads at most (pages of 100), newest kept.
const MAX_COMMENTS: usize = 2000;

/// A Jira Service Management site.
pub struct JiraDesk {
    shell: Shell,
    priorities: tokio::sync::OnceCell<Vec<wire::Priority>>,
    desks: tokio::sync::OnceCell<Vec<wire::ServiceDesk>>,
    /// The custom fields, once read.
    fields: crate::backend::FieldCache,
    /// Requesters' languages and time zones, once read.
    locales: locale::Locales,
}

impl JiraDesk {
    /// Connects `profile`: `user` is the agent's e-mail and the secret an API token (Basic), or
    /// with `auth = "oauth"` the secret is an OAuth bearer token and `url` the API gateway
    /// address (`https://api.atlassian.com/ex/jira/{cloudId}`).
    pub fn new(
        profile: &Profile,
        secret: &str,
        timeouts: Timeouts,
    ) -> std::result::Result<Self, String> {
        let url = profile
            .url
            .as_deref()
            .ok_or("the profile has no url (https://YOURSITE.atlassian.net)")?;
        let header = match profile.auth.as_deref() {
            None | Some("basic" | "token") => {
                let user = profile.user.as_deref().ok_or(
                    "Jira needs user = the agent's e-mail address (the token is an API token from id.atlassian.com)",
                )?;
                let pair =
                    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{secret}"));
                format!("Basic {pair}")
            }
            Some("oauth" | "bearer") => format!("Bearer {secret}"),
            Some(other) => {
                return Err(format!(
                    "auth = \"{other}\" is not a Jira method; use \"basic\" (e-mail and API token, the default) or \"oauth\""
                ));
            }
        };
        let root = format!("{}/", url.trim().trim_end_matches('/'));
        let http = Http::new(&root, Some(header), timeouts)?;
        let host = http.base().host_str().unwrap_or("jira").to_string();
        Ok(Self {
            shell: Shell {
                http,
                web: root,
                views: View::or_defaults(&profile.views, default_views, true),
                label: format!("{host} (Jira Service Management)"),
            },
            priorities: tokio::sync::OnceCell::new(),
            desks: tokio::sync::OnceCell::new(),
            fields: Default::default(),
            locales: Default::default(),
        })
    }

    async fn priority_list(&self) -> Result<&Vec<wire::Priority>> {
        self.priorities
            .get_or_try_init(|| async {
                let found: wire::Paged<wire::Priority> = self
                    .shell
                    .http
                    .get(&format!("{API}/priority/search"), &[("maxResults", "100")])
                    .await?;
                Ok(found.values)
            })
            .await
    }

    /// The service desks the agent works in.
    async fn service_desks(&self) -> Result<&Vec<wire::ServiceDesk>> {
        self.desks
            .get_or_try_init(|| async {
                let found: wire::Paged<wire::ServiceDesk> = self
                    .shell
                    .http
                    .get(&format!("{DESK}/servicedesk"), &[("limit", "100")])
                    .await?;
                Ok(found.values)
            })
            .await
    }

    /// One page of a JQL search with the fields rows need.
    async fn search(&self, jql: &str, page: Option<&str>) -> Result<Page> {
        let mut body =
            json!({ "jql": jql, "fields": convert::FIELDS, "maxResults": query::PER_PAGE });
        if let Some(token) = page {
            body["nextPageToken"] = json!(token);
        }
        let answer = self
            .shell
            .http
            .send(
                reqwest::Method::POST,
                &format!("{API}/search/jql"),
                &[],
                Some(&body),
                &[],
            )
            .await?;
        let found: wire::Search = answer.json()?;
        Ok(Page {
            tickets: found.issues.iter().map(convert::summary).collect(),
            total: None,
            next: found.next_page_token.filter(|t| !t.is_empty()),
        })
    }

    /// The JQL of the queue called or numbered `name`.
    async fn queue_jql(&self, name: &str) -> Result<String> {
        let mut seen = Vec::new();
        for desk in self.service_desks().await? {
            let queues: wire::Paged<wire::Queue> = self
                .shell
                .http
                .get(
                    &format!("{DESK}/servicedesk/{}/queue", desk.id),
                    &[("limit", "100")],
                )
                .await?;
            if let Some(q) = queues
                .values
                .iter()
                .find(|q| q.id == name || q.name.eq_ignore_ascii_case(name))
            {
                return Ok(q.jql.clone());
            }
            seen.extend(queues.values.into_iter().map(|q| q.name));
        }
        Err(Error::Invalid(format!(
            "no service desk queue is called \"{name}\"; the queues are: {}",
            seen.join(", ")
        )))
    }

    /// The account of the person with `address`, if Jira will say.
    async fn account_of(&self, address: &str) -> Result<Option<wire::User>> {
        let found: Vec<wire::User> = self
            .shell
            .http
            .get(&format!("{API}/user/search"), &[("query", address)])
            .await?;
        Ok(found
            .into_iter()
            .find(|u| u.email_address.eq_ignore_ascii_case(address.trim())))
    }

    /// The issue with the fields a ticket shows.
    async fn issue(&self, id: TicketId) -> Result<wire::Issue> {
        let mut fields = convert::FIELDS.join(",");
        fields.push_str(",description,attachment,issuelinks");
        // The custom fields by id (the first 150: a site with more keeps the URL short).
        for def in self.known_fields().await.iter().take(150) {
            fields.push(',');
            fields.push_str(&def.id);
        }
        self.shell
            .http
            .get(&format!("{API}/issue/{id}"), &[("fields", &fields)])
            .await
    }

    /// Every comment of the request, public and internal, oldest first.
    async fn comments(&self, id: TicketId) -> Result<Vec<wire::Comment>> {
        let mut all = Vec::new();
        while all.len() < MAX_COMMENTS {
            let start = all.len().to_string();
            let page: wire::Paged<wire::Comment> = self
                .shell
                .http
                .get(
                    &format!("{DESK}/request/{id}/comment"),
                    &[
                        ("public", "true"),
                        ("internal", "true"),
                        ("expand", "attachment"),
                        ("start", &start),
                        ("limit", "100"),
                    ],
                )
                .await?;
            let done = page.is_last_page.unwrap_or(true) || page.values.is_empty();
            all.extend(page.values);
            if done {
                break;
            }
        }
        Ok(all)
    }
}

#[async_trait]
impl HelpDesk for JiraDesk {
    fn shell(&self) -> Option<&Shell> {
        Some(&self.shell)
    }

    fn opens(&self) -> Option<&dyn Opens> {
        Some(self)
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            priority: true,
            tags: true,
            conflict_detection: true,
            server_side_canned: false,
            statuses: convert::statuses(),
            // The site's limit (10 MB unless an admin changed it) is Jira's to say.
            files: FileLimits::default(),
            recipients: RecipientSupport {
                cc: true,
                bcc: false,
                cc_stays: true,
            },
            search: super::search::SearchSyntax::Jira,
            merge: None,
            create: Some(super::CreateSupport {
                internal_start: false,
                queues: true,
            }),
            bulk_batch: 1,
            time_tracking: Ok(()),
            time_apart: true,
            time_alone: Ok(()),
            moves: Err(
                "Jira moves an issue to another project only through its web page (a move changes its key and type)",
            ),
            forward: Err(
                "Jira Service Management has no forward in its API; add the person to the request as a participant instead",
            ),
        }
    }

    async fn me(&self) -> Result<Agent> {
        let me: wire::User = self.shell.http.get(&format!("{API}/myself"), &[]).await?;
        Ok(convert::agent(&me))
    }

    async fn list_view(&self, view: &View, page: Option<&str>) -> Result<Page> {
        let jql = match Query::parse(&view.query) {
            Query::Jql(jql) => query::ordered(&jql),
            Query::Queue(name) => self.queue_jql(&name).await?,
            Query::Requester(address) => match self.account_of(&address).await? {
                Some(user) => format!(
                    "reporter = {} ORDER BY created DESC",
                    query::quoted(&user.account_id)
                ),
                None => return Ok(Page::default()),
            },
        };
        self.search(&jql, page).await
    }

    async fn ticket(&self, id: TicketId) -> Result<Ticket> {
        let participants_path = format!("{DESK}/request/{id}/participant");
        let (issue, comments, participants, sla) = tokio::join!(
            self.issue(id),
            self.comments(id),
            self.shell
                .http
                .get::<wire::Paged<wire::User>>(&participants_path, &[("limit", "100")]),
            self.sla(id),
        );
        let (issue, comments) = (issue?, comments?);
        let mut summary = convert::summary(&issue);
        self.locales
            .complete(&self.shell.http, &mut summary.requester)
            .await;
        if let Some((clock, due)) = sla {
            summary.due_at = due;
            summary.clock = Some(clock);
        }
        let conversation = convert::conversation(&issue, &comments);
        summary.read_from(&conversation);
        Ok(Ticket {
            signature: None,
            summary,
            conversation,
            older_not_shown: comments.len() >= MAX_COMMENTS,
            links: convert::links(&issue.fields.issuelinks),
            // Participants are a nicety: a request that will not list them still shows.
            cc: participants
                .map(|p| {
                    p.values
                        .iter()
                        .map(|u| crate::text::clean_line(&u.display_name))
                        .collect()
                })
                .unwrap_or_default(),
            url: Some(format!("{}browse/{}", self.shell.web, issue.key)),
            fields: fields::values(&issue.fields.extra, &self.known_fields().await),
            time: None,
            queue: None,
        })
    }

    async fn requester_tickets(&self, requester: &Contact) -> Result<Vec<TicketSummary>> {
        let jql = format!(
            "reporter = {} ORDER BY created DESC",
            query::quoted(&requester.id.0)
        );
        Ok(self.search(&jql, None).await?.tickets)
    }

    async fn reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        self.post_comment(id, reply).await
    }

    async fn update(
        &self,
        id: TicketId,
        changes: Changes,
        expected_version: Option<String>,
    ) -> Result<()> {
        if let Some(minutes) = changes.time_spent {
            self.log_work(id, minutes, changes.time_note.as_deref())
                .await?;
        }
        let rest = Changes {
            time_spent: None,
            time_note: None,
            ..changes
        };
        self.change(id, &rest, expected_version.as_deref()).await
    }

    async fn changes(&self, id: TicketId) -> Result<Vec<crate::backend::Event>> {
        self.changelog(id).await
    }

    async fn field_definitions(&self) -> Result<Vec<crate::backend::FieldDef>> {
        self.custom_fields().await
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        let mut agents: Vec<Agent> = Vec::new();
        for desk in self.service_desks().await? {
            let found: Vec<wire::User> = self
                .shell
                .http
                .get(
                    &format!("{API}/user/assignable/search"),
                    &[
                        ("project", desk.project_key.as_str()),
                        ("maxResults", "200"),
                    ],
                )
                .await?;
            for user in &found {
                if !agents.iter().any(|a| a.id.0 == user.account_id) {
                    agents.push(convert::agent(user));
                }
            }
        }
        agents.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(agents)
    }

    async fn statuses(&self) -> Result<Vec<super::Status>> {
        // Each service desk project's workflows, one request each; a status once.
        let mut all: Vec<super::Status> = Vec::new();
        for desk in self.service_desks().await? {
            let types: Vec<wire::TypeStatuses> = self
                .shell
                .http
                .get(&format!("{API}/project/{}/statuses", desk.project_key), &[])
                .await?;
            for s in types.iter().flat_map(|t| &t.statuses) {
                let category = s.status_category.as_ref().map_or("", |c| c.key.as_str());
                let status = convert::status(&s.name, category);
                if !all.iter().any(|known| known.name == status.name) {
                    all.push(status);
                }
            }
        }
        Ok(all)
    }

    async fn changed_since(&self, since: Timestamp) -> Result<Vec<TicketSummary>> {
        // Relative minutes: absolute dates are read in the site's time zone.
        let minutes = Timestamp::now().duration_since(since).as_mins().max(0) + 1;
        let jql = format!(
            "projectType = service_desk AND updated >= \"-{minutes}m\" ORDER BY updated ASC"
        );
        Ok(self.search(&jql, None).await?.tickets)
    }
}

#[cfg(test)]
mod tests;
