//! Zammad through its REST API v1. A view is an overview (`overview:my_assigned`) or a
//! search; both bring the people and groups along (`assets`), so a page is one request. State
//! and priority names are read once. A ticket is three requests made together: the ticket,
//! its articles and its tags. Zammad has no conflict detection; frontdesk compares
//! `updated_at` before writing.

mod convert;
mod create;
mod fields;
mod history;
mod signature;
mod wire;
mod workflow;

use async_trait::async_trait;
use base64::Engine;
use jiff::{SignedDuration, Timestamp};
use reqwest::Method;
use serde_json::{Value, json};

use super::http::{Http, Timeouts};
use super::{
    Agent, Capabilities, Changes, Contact, Error, FileLimits, HelpDesk, Opens, Page,
    RecipientSupport, Reply, Result, Shell, Ticket, TicketId, TicketSummary, View,
};
use crate::backend::json_id;
use crate::canned::Canned;
use crate::config::Profile;
use convert::Catalog;

/// Tickets per search page.
const PER_PAGE: usize = 100;

/// A Zammad instance.
pub struct ZammadDesk {
    shell: Shell,
    catalog: tokio::sync::OnceCell<Catalog>,
    /// The custom ticket attributes, once read.
    fields: crate::backend::FieldCache,
    /// The agent, once read (group signatures name them).
    me: tokio::sync::OnceCell<wire::User>,
    signatures: signature::Signatures,
}

impl ZammadDesk {
    /// Connects `profile`; the secret is an access token (`auth = "oauth"` for an OAuth one).
    pub fn new(
        profile: &Profile,
        secret: &str,
        timeouts: Timeouts,
    ) -> std::result::Result<Self, String> {
        let url = profile
            .url
            .as_deref()
            .ok_or("the profile has no url (https://zammad.example.com)")?;
        let header = match profile.auth.as_deref() {
            None | Some("token") => format!("Token token={secret}"),
            Some("oauth" | "bearer") => format!("Bearer {secret}"),
            Some(other) => {
                return Err(format!(
                    "auth = \"{other}\" is not a Zammad method; use \"token\" (an access token) or \"oauth\""
                ));
            }
        };
        let (web, api) = super::http::bases(url, "api/v1");
        let http = Http::new(&api, Some(header), timeouts)?;
        let host = http.base().host_str().unwrap_or("zammad").to_string();
        let views = View::or_defaults(&profile.views, default_views, true);
        Ok(Self {
            shell: Shell {
                http,
                web,
                views,
                label: format!("{host} (Zammad)"),
            },
            catalog: tokio::sync::OnceCell::new(),
            fields: Default::default(),
            me: Default::default(),
            signatures: Default::default(),
        })
    }

    /// State and priority names, read once.
    async fn catalog(&self) -> Result<&Catalog> {
        self.catalog
            .get_or_try_init(|| async {
                let (states, priorities) = tokio::join!(
                    self.shell
                        .http
                        .get::<Vec<wire::Named>>("ticket_states", &[]),
                    self.shell
                        .http
                        .get::<Vec<wire::Named>>("ticket_priorities", &[]),
                );
                Ok(Catalog::new(&states?, &priorities?))
            })
            .await
    }

    fn rows(
        &self,
        refs: &[wire::TicketRef],
        assets: &wire::Assets,
        catalog: &Catalog,
    ) -> Vec<TicketSummary> {
        refs.iter()
            .filter_map(|r| assets.tickets.get(&r.id().to_string()))
            .map(|t| convert::summary(t, assets, catalog))
            .collect()
    }

    async fn search(&self, query: &str, page: usize, order: (&str, &str)) -> Result<Page> {
        let number = page.to_string();
        let per_page = PER_PAGE.to_string();
        let params = [
            ("query", query),
            ("full", "true"),
            ("sort_by", order.0),
            ("order_by", order.1),
            ("per_page", &per_page),
            ("page", &number),
        ];
        let (found, catalog) = tokio::join!(
            self.shell
                .http
                .get::<wire::Search>("tickets/search", &params),
            self.catalog()
        );
        let (found, catalog) = (found?, catalog?);
        let more = found.tickets.len() >= PER_PAGE;
        Ok(Page {
            tickets: self.rows(&found.tickets, &found.assets, catalog),
            total: found.tickets_count,
            next: more.then(|| (page + 1).to_string()),
        })
    }

    async fn overview(&self, link: &str) -> Result<Page> {
        let params = [("view", link.trim())];
        let (found, catalog) = tokio::join!(
            self.shell
                .http
                .get::<wire::Overview>("ticket_overviews", &params),
            self.catalog()
        );
        let (found, catalog) = (found?, catalog?);
        Ok(Page {
            tickets: self.rows(&found.index.tickets, &found.assets, catalog),
            total: found.index.count,
            next: None,
        })
    }

    /// The agent the token belongs to, read once.
    async fn me_user(&self) -> Result<&wire::User> {
        self.me
            .get_or_try_init(|| self.shell.http.get("users/me", &[]))
            .await
    }

    async fn raw_ticket(&self, id: TicketId) -> Result<(wire::Ticket, wire::Assets)> {
        let value: Value = self
            .shell
            .http
            .get(&format!("tickets/{id}"), &[("full", "true")])
            .await?;
        let bad = |e: serde_json::Error| Error::Server {
            status: 200,
            message: format!("an answer frontdesk cannot read ({e})"),
        };
        // With `full=true` the ticket is among the assets; older versions send it bare.
        if value.get("assets").is_some() {
            let assets: wire::Assets =
                serde_json::from_value(value["assets"].clone()).map_err(bad)?;
            let ticket = assets
                .tickets
                .get(&id.to_string())
                .cloned()
                .ok_or_else(|| Error::NotFound(format!("ticket {id}")))?;
            Ok((ticket, assets))
        } else {
            Ok((
                serde_json::from_value(value).map_err(bad)?,
                wire::Assets::default(),
            ))
        }
    }

    /// The ticket as it is now; a conflict if it changed since `expected` was read.
    async fn current(
        &self,
        id: TicketId,
        expected: Option<&str>,
    ) -> Result<(wire::Ticket, wire::Assets)> {
        let (now, assets) = self.raw_ticket(id).await?;
        match (expected, now.updated_at.as_deref()) {
            (Some(seen), Some(current)) if current != seen => Err(Error::Conflict),
            _ => Ok((now, assets)),
        }
    }

    /// The ticket fields of a change.
    async fn fields(&self, changes: &Changes) -> Result<serde_json::Map<String, Value>> {
        let mut body = serde_json::Map::new();
        if let Some(state) = &changes.status {
            // Canned actions written for other desks say "solved"; Zammad closes.
            let state = if state == "solved" { "closed" } else { state };
            body.insert("state".into(), json!(state));
            if state.starts_with("pending") {
                // Zammad refuses a pending state without the time it ends.
                let until = Timestamp::now() + SignedDuration::from_hours(24);
                body.insert("pending_time".into(), json!(until.to_string()));
            }
        }
        if let Some(p) = changes.priority {
            let id = self
                .catalog()
                .await?
                .priority_id(p)
                .ok_or_else(|| Error::Invalid("the help desk lists no priorities".into()))?;
            body.insert("priority_id".into(), json_id(&id));
        }
        if let Some(owner) = &changes.assignee {
            let id = owner.as_ref().map_or(convert::NOBODY, |a| a.0.as_str());
            body.insert("owner_id".into(), json_id(id));
        }
        for (id, values) in &changes.fields {
            body.insert(id.clone(), super::field_json(values));
        }
        if let Some(group) = &changes.queue {
            body.insert("group_id".into(), json_id(&group.id));
        }
        Ok(body)
    }

    async fn tags(&self, id: TicketId, changes: &Changes) -> Result<()> {
        let calls = changes
            .tags_add
            .iter()
            .map(|t| ("tags/add", Method::POST, t))
            .chain(
                changes
                    .tags_remove
                    .iter()
                    .map(|t| ("tags/remove", Method::DELETE, t)),
            );
        for (path, method, tag) in calls {
            let body = json!({ "object": "Ticket", "o_id": id.0, "item": tag });
            self.shell
                .http
                .send(method, path, &[], Some(&body), &[])
                .await?;
        }
        Ok(())
    }

    async fn put(&self, id: TicketId, body: serde_json::Map<String, Value>) -> Result<()> {
        if body.is_empty() {
            return Ok(());
        }
        self.shell
            .http
            .send(
                Method::PUT,
                &format!("tickets/{id}"),
                &[],
                Some(&Value::Object(body)),
                &[],
            )
            .await
            .map(|_| ())
    }
}

/// Zammad's own overviews for Mine, Unassigned and All open.
pub fn default_views() -> Vec<View> {
    View::list(&[
        ("Mine", "overview:my_assigned"),
        ("Unassigned", "overview:all_unassigned"),
        ("All open", "overview:all_open"),
    ])
}

#[async_trait]
impl HelpDesk for ZammadDesk {
    fn shell(&self) -> Option<&Shell> {
        Some(&self.shell)
    }

    fn ticket_url(&self, id: TicketId) -> Option<String> {
        Some(format!("{}#ticket/zoom/{id}", self.shell.web))
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
            // Zammad sets no limit of its own; its reverse proxy does (50 MB in Zammad's
            // nginx sample), for a whole request.
            files: FileLimits {
                per_file: None,
                total: Some(50 * 1024 * 1024),
            },
            recipients: RecipientSupport {
                cc: true,
                bcc: false,
                cc_stays: false,
            },
            search: super::search::SearchSyntax::Zammad,
            merge: Some(crate::model::MergeEffect::SetMerged),
            create: Some(super::CreateSupport {
                internal_start: true,
                queues: true,
            }),
            bulk_batch: 1,
            time_tracking: Ok(()),
            time_apart: false,
            time_alone: Err(
                "Zammad accounts time on an article: log it with a reply or note (alt-t in the composer)",
            ),
            moves: Ok(()),
            forward: Ok(()),
        }
    }

    async fn me(&self) -> Result<Agent> {
        Ok(convert::agent(self.me_user().await?))
    }

    async fn list_view(&self, view: &View, page: Option<&str>) -> Result<Page> {
        match view.query.trim().strip_prefix("overview:") {
            Some(link) => self.overview(link).await,
            None => {
                let page = page.and_then(|p| p.parse().ok()).unwrap_or(1);
                self.search(&view.query, page, ("priority_id", "desc"))
                    .await
            }
        }
    }

    async fn ticket(&self, id: TicketId) -> Result<Ticket> {
        let articles_path = format!("ticket_articles/by_ticket/{id}");
        let id_text = id.to_string();
        let expand = [("expand", "true")];
        let tag_params = [("object", "Ticket"), ("o_id", id_text.as_str())];
        let link_params = [
            ("link_object", "Ticket"),
            ("link_object_value", id_text.as_str()),
        ];
        let (raw, articles, tags, catalog, links) = tokio::join!(
            self.raw_ticket(id),
            self.shell
                .http
                .get::<crate::backend::lenient::Each<wire::Article>>(&articles_path, &expand),
            self.shell.http.get::<wire::Tags>("tags", &tag_params),
            self.catalog(),
            self.shell.http.get::<wire::Links>("links", &link_params),
        );
        let ((raw, assets), articles, catalog) = (raw?, articles?.0, catalog?);
        let mut summary = convert::summary(&raw, &assets, catalog);
        // Tags are a nicety: a desk that will not show them still shows the ticket.
        summary.tags = tags
            .map(|t| crate::text::clean_tags(&t.tags))
            .unwrap_or_default();
        let conversation = convert::conversation(&id.to_string(), &articles);
        summary.read_from(&conversation);
        let signature = self.group_signature(&raw, &assets).await;
        Ok(Ticket {
            summary,
            conversation,
            older_not_shown: false,
            // Links are a nicety too.
            links: links.map(|l| convert::links(&l)).unwrap_or_default(),
            cc: convert::watchers(&articles),
            url: HelpDesk::ticket_url(self, id),
            fields: fields::values(&raw.extra, &self.known_attributes().await),
            time: None,
            queue: None,
            signature,
        })
    }

    async fn requester_tickets(&self, requester: &Contact) -> Result<Vec<TicketSummary>> {
        let query = format!("customer_id:{}", requester.id.0);
        Ok(self
            .search(&query, 1, ("created_at", "desc"))
            .await?
            .tickets)
    }

    async fn canned_responses(&self) -> Result<Vec<Canned>> {
        let (modules, macros, catalog) = tokio::join!(
            self.shell
                .http
                .get::<Vec<wire::TextModule>>("text_modules", &[]),
            self.shell.http.get::<Vec<wire::Macro>>("macros", &[]),
            self.catalog()
        );
        let mut canned: Vec<Canned> = modules?.iter().filter_map(convert::text_module).collect();
        // Macros need admin-granted access on some installs; text modules still count.
        if let (Ok(macros), Ok(catalog)) = (macros, catalog) {
            canned.extend(
                macros
                    .iter()
                    .filter_map(|m| convert::macro_canned(m, catalog)),
            );
        }
        Ok(canned)
    }

    async fn reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        if let Some(forward) = &reply.forward {
            // An e-mail article to another address: Zammad's way to write to anyone.
            let article = json!({
                "ticket_id": id.0,
                "type": "email",
                "sender": "Agent",
                "internal": false,
                "to": forward.to.join(", "),
                "subject": "Fwd",
                "body": reply.body,
                "content_type": "text/plain",
            });
            return self
                .shell
                .http
                .send(Method::POST, "ticket_articles", &[], Some(&article), &[])
                .await
                .map(|_| ());
        }
        let bytes = super::outgoing::read_all(&reply.files).await?;
        let (raw, assets) = self.current(id, reply.expected_version.as_deref()).await?;
        let mut body = self.fields(&reply.changes).await?;
        self.check_workflow(id, &raw, &reply.changes, &body).await?;
        // Tags first: adding them again is harmless, posting the article twice is not. The
        // article and the fields then go in one request.
        self.tags(id, &reply.changes).await?;
        let mut article = if reply.public {
            let to = raw
                .customer_id
                .as_ref()
                .and_then(|c| assets.users.get(c))
                .map(|u| u.email.clone())
                .unwrap_or_default();
            json!({ "type": "email", "internal": false, "sender": "Agent", "to": to,
                    "subject": raw.title, "content_type": "text/plain", "body": reply.body })
        } else {
            json!({ "type": "note", "internal": true, "sender": "Agent",
                    "content_type": "text/plain", "body": reply.body })
        };
        if reply.public && !reply.cc.is_empty() {
            article["cc"] = json!(reply.cc.join(", "));
        }
        if let Some(minutes) = reply.changes.time_spent {
            // Zammad's time accounting, in the unit its admin set (minutes by default).
            article["time_unit"] = json!(minutes.to_string());
        }
        if !reply.files.is_empty() {
            // In the article itself (base64), so the article and its files are one request.
            let engine = base64::engine::general_purpose::STANDARD;
            article["attachments"] = reply
                .files
                .iter()
                .zip(&bytes)
                .map(|(f, b)| json!({ "filename": f.name, "mime-type": f.mime, "data": engine.encode(b) }))
                .collect();
        }
        body.insert("article".into(), article);
        self.put(id, body).await
    }

    async fn merge(&self, source: TicketId, target: TicketId) -> Result<()> {
        // The source by id, the target by the number agents see.
        let (into, _) = self.raw_ticket(target).await?;
        let number = if into.number.is_empty() {
            target.to_string()
        } else {
            into.number
        };
        self.shell
            .http
            .send(
                Method::PUT,
                &format!("ticket_merge/{source}/{number}"),
                &[],
                None,
                &[],
            )
            .await
            .map(|_| ())
    }

    async fn update(
        &self,
        id: TicketId,
        changes: Changes,
        expected_version: Option<String>,
    ) -> Result<()> {
        if changes.is_empty() {
            return Ok(());
        }
        if changes.time_spent.is_some() {
            return Err(Error::Invalid(
                "Zammad accounts time on an article: write a note and log the time with it (alt-t in the composer)".into(),
            ));
        }
        let body = self.fields(&changes).await?;
        if expected_version.is_some() || changes.status.is_some() {
            let (now, _) = self.current(id, expected_version.as_deref()).await?;
            self.check_workflow(id, &now, &changes, &body).await?;
        }
        self.tags(id, &changes).await?;
        self.put(id, body).await
    }

    async fn changes(&self, id: TicketId) -> Result<Vec<crate::backend::Event>> {
        self.history(id).await
    }

    async fn field_definitions(&self) -> Result<Vec<crate::backend::FieldDef>> {
        self.attributes().await
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        let users: Vec<wire::User> = self
            .shell
            .http
            .get("users/search", &[("query", "role_ids:2"), ("limit", "200")])
            .await?;
        let mut agents: Vec<Agent> = users.iter().map(convert::agent).collect();
        agents.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(agents)
    }

    async fn changed_since(&self, since: Timestamp) -> Result<Vec<TicketSummary>> {
        let query = format!("updated_at:>{}", since.strftime("%Y-%m-%dT%H:%M:%SZ"));
        Ok(self.search(&query, 1, ("updated_at", "asc")).await?.tickets)
    }
}

#[cfg(test)]
mod tests;
