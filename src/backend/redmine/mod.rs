//! Redmine 5 (and Planio) through its REST API. A view is a query string of `/issues.json`
//! (see `query.rs`); a page is one request once the statuses and priorities are known. An
//! issue is one request with its journals, files, watchers and relations, and the requester's
//! address is read once per person. Redmine has no canned responses (the agent's own
//! `responses.toml` still works) and no bulk endpoint. It refuses a stale edit only given a
//! lock version its API never shows, so frontdesk compares `updated_on` before writing.

mod convert;
mod create;
mod query;
mod record;
mod wire;
mod write;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;
use base64::Engine;
use jiff::Timestamp;
use reqwest::header::HeaderName;

use super::http::{Http, Timeouts};
use super::{
    Agent, Capabilities, Changes, Contact, FileLimits, HelpDesk, Opens, Page, RecipientSupport,
    Reply, Result, Shell, Ticket, TicketId, TicketSummary, View,
};
use crate::config::Profile;
use convert::Catalog;
use query::Query;

pub use query::default_views;

/// What an issue is read with.
const INCLUDE: &str = "journals,attachments,watchers,relations,allowed_statuses";

/// A Redmine instance.
pub struct RedmineDesk {
    shell: Shell,
    catalog: tokio::sync::OnceCell<Catalog>,
    /// People looked up by id: an issue's author's address is one request, asked once.
    people: Mutex<HashMap<String, Option<wire::User>>>,
}

impl RedmineDesk {
    /// Connects `profile`; the secret is the API key (My account → API access key), or with
    /// `auth = "oauth"` a Planio OAuth token.
    pub fn new(
        profile: &Profile,
        secret: &str,
        timeouts: Timeouts,
    ) -> std::result::Result<Self, String> {
        let url = profile
            .url
            .as_deref()
            .ok_or("the profile has no url (https://redmine.example.com)")?;
        let root = format!("{}/", url.trim().trim_end_matches('/'));
        let http = match profile.auth.as_deref() {
            None | Some("key" | "token") => Http::new(&root, Some(secret.to_string()), timeouts)?
                .with_auth_header(HeaderName::from_static("x-redmine-api-key")),
            Some("oauth" | "bearer") => {
                Http::new(&root, Some(format!("Bearer {secret}")), timeouts)?
            }
            Some("basic") => {
                let user = profile.user.as_deref().ok_or(
                    "auth = \"basic\" needs user = the Redmine login (the token is the password)",
                )?;
                let pair =
                    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{secret}"));
                Http::new(&root, Some(format!("Basic {pair}")), timeouts)?
            }
            Some(other) => {
                return Err(format!(
                    "auth = \"{other}\" is not a Redmine method; use \"key\" (the API access key, the default), \"basic\" or \"oauth\" (Planio)"
                ));
            }
        };
        let host = http.base().host_str().unwrap_or("redmine").to_string();
        Ok(Self {
            shell: Shell {
                http,
                web: root,
                views: View::or_defaults(&profile.views, default_views, false),
                label: format!("{host} (Redmine)"),
            },
            catalog: tokio::sync::OnceCell::new(),
            people: Mutex::new(HashMap::new()),
        })
    }

    /// Statuses and priorities, read once.
    async fn catalog(&self) -> Result<&Catalog> {
        self.catalog
            .get_or_try_init(|| async {
                let (statuses, priorities) = tokio::join!(
                    self.shell
                        .http
                        .get::<wire::Statuses>("issue_statuses.json", &[]),
                    self.shell
                        .http
                        .get::<wire::Priorities>("enumerations/issue_priorities.json", &[]),
                );
                Ok(Catalog::new(statuses?.issue_statuses, priorities?))
            })
            .await
    }

    /// One page of `/issues.json`.
    async fn issues(&self, filters: &[(String, String)], all: bool, offset: usize) -> Result<Page> {
        let params = query::page_params(filters, all, offset);
        let params = query::borrowed(&params);
        let (found, catalog) = tokio::join!(
            self.shell.http.get::<wire::Issues>("issues.json", &params),
            self.catalog()
        );
        let (found, catalog) = (found?, catalog?);
        Ok(Page {
            next: query::next(offset, found.issues.len(), found.total_count),
            tickets: self.rows(&found.issues, catalog),
            total: found.total_count,
        })
    }

    fn rows(&self, issues: &[wire::Issue], catalog: &Catalog) -> Vec<TicketSummary> {
        let people = self.people.lock().ok();
        issues
            .iter()
            .map(|issue| {
                let known = issue
                    .author
                    .as_ref()
                    .and_then(|a| people.as_ref()?.get(&a.id)?.as_ref());
                convert::summary(issue, catalog, known)
            })
            .collect()
    }

    /// Full-text search: the issues Redmine finds for `words` (in subjects, descriptions and
    /// notes, closed ones too), then their rows.
    async fn words(
        &self,
        words: &str,
        filters: &[(String, String)],
        offset: usize,
    ) -> Result<Page> {
        let (limit, from) = (query::PER_PAGE.to_string(), offset.to_string());
        let found: wire::Search = self
            .shell
            .http
            .get(
                "search.json",
                // Redmine reads `titles_only` and `open_issues` as on whatever their value,
                // so they are left out: words in notes and closed issues count.
                &[
                    ("q", words),
                    ("issues", "1"),
                    ("limit", &limit),
                    ("offset", &from),
                ],
            )
            .await?;
        let ids: Vec<String> = found
            .results
            .iter()
            .filter(|h| h.kind.starts_with("issue"))
            .map(|h| h.id.to_string())
            .collect();
        let next = query::next(offset, found.results.len(), found.total_count);
        if ids.is_empty() {
            return Ok(Page {
                next,
                total: found.total_count,
                ..Page::default()
            });
        }
        let mut filters = filters.to_vec();
        filters.push(("issue_id".into(), ids.join(",")));
        let page = self.issues(&filters, true, 0).await?;
        Ok(Page {
            next,
            total: found.total_count,
            ..page
        })
    }

    /// The user with address `address`; Redmine tells addresses to administrators only.
    async fn user_by_address(&self, address: &str) -> Result<Option<wire::User>> {
        let found: wire::Users = self
            .shell
            .http
            .get("users.json", &[("name", address), ("status", "")])
            .await
            .map_err(|e| match e {
                super::Error::Forbidden(_) | super::Error::NotFound(_) => super::Error::Forbidden(
                    "Redmine finds people by address for administrators only; search by name or words instead"
                        .into(),
                ),
                other => other,
            })?;
        Ok(found
            .users
            .into_iter()
            .find(|u| u.mail.eq_ignore_ascii_case(address.trim())))
    }

    /// The user with id `id`, once per person; `None` where the key may not read it.
    async fn person(&self, id: &str) -> Option<wire::User> {
        if let Some(known) = self.people.lock().ok()?.get(id) {
            return known.clone();
        }
        let read = self
            .shell
            .http
            .get::<wire::CurrentUser>(&format!("users/{id}.json"), &[])
            .await;
        let user = match read {
            Ok(one) => Some(one.user),
            // Not allowed or gone: asked once, shown by name.
            Err(super::Error::Forbidden(_) | super::Error::NotFound(_)) => None,
            // Anything else may pass: not remembered.
            Err(_) => return None,
        };
        if let Ok(mut people) = self.people.lock() {
            people.insert(id.to_string(), user.clone());
        }
        user
    }

    /// The issue with everything an open ticket shows.
    async fn issue(&self, id: TicketId) -> Result<wire::Issue> {
        let one: wire::One = self
            .shell
            .http
            .get(&format!("issues/{id}.json"), &[("include", INCLUDE)])
            .await?;
        Ok(one.issue)
    }
}

#[async_trait]
impl HelpDesk for RedmineDesk {
    fn shell(&self) -> Option<&Shell> {
        Some(&self.shell)
    }

    fn ticket_url(&self, id: TicketId) -> Option<String> {
        Some(format!("{}issues/{id}", self.shell.web))
    }

    fn opens(&self) -> Option<&dyn Opens> {
        Some(self)
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            priority: true,
            tags: false,
            conflict_detection: true,
            server_side_canned: false,
            statuses: convert::statuses(),
            // Redmine's limit is an admin setting (5 MB unless changed) the API does not
            // show; a larger file is refused by Redmine in its own words.
            files: FileLimits::default(),
            recipients: RecipientSupport {
                cc: true,
                bcc: false,
                cc_stays: true,
            },
            search: super::search::SearchSyntax::Redmine,
            merge: None,
            create: Some(super::CreateSupport {
                internal_start: false,
                queues: true,
            }),
            bulk_batch: 1,
            time_tracking: Ok(()),
            time_apart: false,
            time_alone: Ok(()),
            moves: Ok(()),
            forward: Err(
                "Redmine sends issue mail only to its users (watchers); it has no way to forward a message to someone else",
            ),
        }
    }

    async fn me(&self) -> Result<Agent> {
        let me: wire::CurrentUser = self.shell.http.get("users/current.json", &[]).await?;
        Ok(convert::agent(&me.user))
    }

    async fn list_view(&self, view: &View, page: Option<&str>) -> Result<Page> {
        let offset = page.and_then(|p| p.parse().ok()).unwrap_or(0);
        match Query::parse(&view.query) {
            Query::Filter(filters) => self.issues(&filters, false, offset).await,
            Query::Words(words, filters) => self.words(&words, &filters, offset).await,
            Query::Requester(address, mut filters) => match self.user_by_address(&address).await? {
                Some(user) => {
                    filters.push(("author_id".into(), user.id));
                    self.issues(&filters, true, offset).await
                }
                None => Ok(Page::default()),
            },
        }
    }

    async fn ticket(&self, id: TicketId) -> Result<Ticket> {
        let (issue, catalog) = tokio::join!(self.issue(id), self.catalog());
        let (issue, catalog) = (issue?, catalog?);
        let author = match &issue.author {
            Some(a) => self.person(&a.id).await,
            None => None,
        };
        let mut summary = convert::summary(&issue, catalog, author.as_ref());
        let conversation = convert::conversation(&issue);
        summary.read_from(&conversation);
        Ok(Ticket {
            signature: None,
            summary,
            conversation,
            older_not_shown: false,
            links: convert::links(issue.id, &issue.relations),
            cc: issue
                .watchers
                .iter()
                .map(|w| crate::text::clean_line(&w.name))
                .collect(),
            url: HelpDesk::ticket_url(self, id),
            fields: record::fields(&issue),
            time: record::time(&issue),
            queue: issue.project.as_ref().map(|p| crate::backend::QueueRef {
                id: p.id.clone(),
                name: crate::text::clean_line(&p.name),
            }),
        })
    }

    async fn requester_tickets(&self, requester: &Contact) -> Result<Vec<TicketSummary>> {
        let filters = [
            ("author_id".to_string(), requester.id.0.clone()),
            ("sort".to_string(), "created_on:desc".to_string()),
        ];
        Ok(self.issues(&filters, true, 0).await?.tickets)
    }

    async fn reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        self.post_reply(id, reply).await
    }

    async fn update(
        &self,
        id: TicketId,
        changes: Changes,
        expected_version: Option<String>,
    ) -> Result<()> {
        self.change(id, &changes, expected_version.as_deref()).await
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        self.assignable().await
    }

    async fn field_definitions(&self) -> Result<Vec<crate::backend::FieldDef>> {
        self.definitions().await
    }

    async fn changes(&self, id: TicketId) -> Result<Vec<crate::backend::Event>> {
        self.issue_changes(id).await
    }

    async fn statuses(&self) -> Result<Vec<super::Status>> {
        let catalog = self.catalog().await?;
        Ok(catalog
            .statuses
            .iter()
            .map(|s| convert::status(&s.name, s.is_closed))
            .collect())
    }

    async fn changed_since(&self, since: Timestamp) -> Result<Vec<TicketSummary>> {
        let after = format!(">={}", since.strftime("%Y-%m-%dT%H:%M:%SZ"));
        let filters = [
            ("updated_on".to_string(), after),
            ("sort".to_string(), "updated_on:asc".to_string()),
        ];
        Ok(self.issues(&filters, true, 0).await?.tickets)
    }
}
