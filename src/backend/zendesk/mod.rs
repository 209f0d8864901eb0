//! Zendesk Support through its REST API v2. A queue page is one request (`include=` sideloads
//! the people, groups, organisations and metrics); a ticket is two (the ticket and its
//! comments), made together. Writes are safe updates: `updated_stamp` is the ticket's
//! `updated_at` as read, so a 409 means someone changed it meanwhile.

mod audits;
mod bulk;
mod convert;
mod create;
mod fields;
mod files;
mod forms;
mod wire;

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;
use base64::Engine;
use jiff::Timestamp;
use reqwest::Method;
use serde_json::{Value, json};

use super::http::{Http, Timeouts};
use super::{
    Agent, Capabilities, Changes, Contact, Error, FileLimits, HelpDesk, Opens, Page,
    RecipientSupport, Reply, Result, Shell, Ticket, TicketId, TicketSummary, View,
};
use crate::canned::{Audience, Canned, Rendered};
use crate::config::Profile;
use convert::Lookup;

/// Zendesk's largest page.
const PER_PAGE: &str = "100";
/// How many pages of comments or macros one call may take.
const MAX_PAGES: usize = 50;
/// The sideloads of a ticket list.
const INCLUDE: &str = "users,groups,organizations,metric_sets,slas";
/// The same sideloads, in the form the search endpoint wants.
const SEARCH_INCLUDE: &str = "tickets(users,groups,organizations,metric_sets,slas)";

/// A Zendesk account.
pub struct ZendeskDesk {
    shell: Shell,
    /// View titles already resolved to ids (`view:Unsolved tickets`).
    view_ids: Mutex<HashMap<String, String>>,
    /// The custom ticket fields, once read.
    fields: crate::backend::FieldCache,
    /// The ticket forms with their conditions, once read.
    forms: tokio::sync::OnceCell<Vec<forms::TicketForm>>,
}

impl ZendeskDesk {
    /// Connects `profile`: with `user` (the agent's e-mail) the secret is an API token; with
    /// `auth = "oauth"` it is an OAuth access token.
    pub fn new(
        profile: &Profile,
        secret: &str,
        timeouts: Timeouts,
    ) -> std::result::Result<Self, String> {
        let url = profile
            .url
            .as_deref()
            .ok_or("the profile has no url (https://YOURDOMAIN.zendesk.com)")?;
        let (web, api) = super::http::bases(url, "api/v2");
        let header = match profile.auth.as_deref() {
            Some("oauth" | "bearer") => format!("Bearer {secret}"),
            None | Some("token") => {
                let email = profile.user.as_deref().ok_or(
                    "Zendesk API tokens belong to an agent: add user = \"you@example.com\" to the profile (or auth = \"oauth\" for an OAuth token)",
                )?;
                let pair = base64::engine::general_purpose::STANDARD
                    .encode(format!("{email}/token:{secret}"));
                format!("Basic {pair}")
            }
            Some(other) => {
                return Err(format!(
                    "auth = \"{other}\" is not a Zendesk method; use \"token\" (with user = your e-mail) or \"oauth\""
                ));
            }
        };
        let http = Http::new(&api, Some(header), timeouts)?;
        let host = http.base().host_str().unwrap_or("zendesk").to_string();
        let views = View::or_defaults(&profile.views, default_views, true);
        Ok(Self {
            shell: Shell {
                http,
                web,
                views,
                label: format!("{host} (Zendesk)"),
            },
            view_ids: Mutex::new(HashMap::new()),
            fields: Default::default(),
            forms: Default::default(),
        })
    }

    /// The id of `view:ID` or `view:Title`; titles are looked up among the active views once.
    async fn view_id(&self, named: &str) -> Result<String> {
        let named = named.trim();
        if named.chars().all(|c| c.is_ascii_digit()) {
            return Ok(named.to_string());
        }
        if let Some(id) = self.cached_view(named) {
            return Ok(id);
        }
        let views: wire::Views = self.shell.http.get("views/active", &[]).await?;
        let mut cache = self.view_ids.lock().unwrap_or_else(|e| e.into_inner());
        for v in &views.views {
            cache.insert(v.title.to_lowercase(), v.id.clone());
        }
        cache.get(&named.to_lowercase()).cloned().ok_or_else(|| {
            Error::Invalid(format!(
                "no active Zendesk view is called \"{named}\"; the query can also be view:<id>"
            ))
        })
    }

    fn cached_view(&self, title: &str) -> Option<String> {
        let cache = self.view_ids.lock().unwrap_or_else(|e| e.into_inner());
        cache.get(&title.to_lowercase()).cloned()
    }

    async fn search(&self, query: &str, page: usize) -> Result<Page> {
        let query = if query.contains("type:") {
            query.to_string()
        } else {
            format!("type:ticket {query}")
        };
        let number = page.to_string();
        let found: wire::Search = self
            .shell
            .http
            .get(
                "search",
                &[
                    ("query", &query),
                    ("sort_by", "priority"),
                    ("sort_order", "desc"),
                    ("include", SEARCH_INCLUDE),
                    ("per_page", PER_PAGE),
                    ("page", &number),
                ],
            )
            .await?;
        let lookup = Lookup::new(&found.side);
        let tickets = found
            .results
            .into_iter()
            .filter(|r| r.get("result_type").and_then(Value::as_str) == Some("ticket"))
            .filter_map(|r| serde_json::from_value::<wire::Ticket>(r).ok())
            .map(|t| convert::summary(&t, &lookup))
            .collect();
        Ok(Page {
            tickets,
            total: found.count,
            next: found.next_page.map(|_| format!("p{}", page + 1)),
        })
    }

    async fn view_tickets(&self, id: &str, cursor: Option<&str>) -> Result<Page> {
        let mut params = vec![
            ("sort_by", "priority"),
            ("sort_order", "desc"),
            ("include", INCLUDE),
            ("page[size]", PER_PAGE),
        ];
        if let Some(after) = cursor {
            params.push(("page[after]", after));
        }
        let list: wire::TicketList = self
            .shell
            .http
            .get(&format!("views/{id}/tickets"), &params)
            .await?;
        let lookup = Lookup::new(&list.side);
        let next = list
            .meta
            .filter(|m| m.has_more)
            .and_then(|m| m.after_cursor)
            .map(|c| format!("c{c}"));
        Ok(Page {
            tickets: list
                .tickets
                .iter()
                .map(|t| convert::summary(t, &lookup))
                .collect(),
            total: list.count,
            next,
        })
    }

    /// Every page of a cursor-paginated list under `path`, up to [`MAX_PAGES`]; whether
    /// pages were left unread.
    async fn all<T, F>(&self, path: &str, params: &[(&str, &str)], mut take: F) -> Result<bool>
    where
        T: serde::de::DeserializeOwned + Paged,
        F: FnMut(T),
    {
        let mut cursor: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let mut query = params.to_vec();
            query.push(("page[size]", PER_PAGE));
            if let Some(after) = &cursor {
                query.push(("page[after]", after));
            }
            let page: T = self.shell.http.get(path, &query).await?;
            cursor = page.after();
            take(page);
            if cursor.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The ticket body of a write: the changes, guarded by the version when one is known.
    pub(super) fn write_body(
        changes: &Changes,
        version: Option<&str>,
    ) -> serde_json::Map<String, Value> {
        let mut t = serde_json::Map::new();
        if let Some(status) = &changes.status {
            t.insert("status".into(), json!(status));
        }
        if let Some(p) = changes.priority {
            t.insert("priority".into(), json!(p.name()));
        }
        if let Some(assignee) = &changes.assignee {
            let id = assignee
                .as_ref()
                .map(|a| a.0.parse::<u64>().map_or(json!(a.0), |n| json!(n)));
            t.insert("assignee_id".into(), id.unwrap_or(Value::Null));
        }
        if !changes.tags_add.is_empty() {
            t.insert("additional_tags".into(), json!(changes.tags_add));
        }
        if !changes.tags_remove.is_empty() {
            t.insert("remove_tags".into(), json!(changes.tags_remove));
        }
        if !changes.fields.is_empty() {
            let fields: Vec<Value> = changes
                .fields
                .iter()
                .map(|(id, values)| json!({ "id": super::json_id(id), "value": super::field_json(values) }))
                .collect();
            t.insert("custom_fields".into(), json!(fields));
        }
        if let Some(group) = &changes.queue {
            t.insert("group_id".into(), super::json_id(&group.id));
        }
        if let Some(stamp) = version {
            t.insert("safe_update".into(), json!(true));
            t.insert("updated_stamp".into(), json!(stamp));
        }
        t
    }

    async fn put(&self, id: TicketId, ticket: serde_json::Map<String, Value>) -> Result<()> {
        let body = json!({ "ticket": ticket });
        self.shell
            .http
            .send(Method::PUT, &format!("tickets/{id}"), &[], Some(&body), &[])
            .await
            .map(|_| ())
    }
}

/// A cursor-paginated answer.
trait Paged {
    fn after(&self) -> Option<String>;
}

fn after(meta: &Option<wire::Meta>) -> Option<String> {
    meta.as_ref()
        .filter(|m| m.has_more)
        .and_then(|m| m.after_cursor.clone())
}

impl Paged for wire::Comments {
    fn after(&self) -> Option<String> {
        after(&self.meta)
    }
}

impl Paged for wire::Macros {
    fn after(&self) -> Option<String> {
        after(&self.meta)
    }
}

impl Paged for wire::Users {
    fn after(&self) -> Option<String> {
        after(&self.meta)
    }
}

/// Mine, Unassigned and All open, as Zendesk searches.
pub fn default_views() -> Vec<View> {
    View::list(&[
        ("Mine", "type:ticket assignee:me status<solved"),
        ("Unassigned", "type:ticket assignee:none status<solved"),
        ("All open", "type:ticket status<solved"),
    ])
}

#[async_trait]
impl HelpDesk for ZendeskDesk {
    fn shell(&self) -> Option<&Shell> {
        Some(&self.shell)
    }

    fn ticket_url(&self, id: TicketId) -> Option<String> {
        Some(format!("{}agent/tickets/{id}", self.shell.web))
    }

    fn opens(&self) -> Option<&dyn Opens> {
        Some(self)
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            priority: true,
            tags: true,
            conflict_detection: true,
            server_side_canned: true,
            statuses: convert::statuses(),
            files: FileLimits {
                per_file: Some(50 * 1024 * 1024),
                total: None,
            },
            // No per-comment copies: a CC joins the ticket's email CCs in the same update and
            // receives its later public replies too. No BCC at all.
            recipients: RecipientSupport {
                cc: true,
                bcc: false,
                cc_stays: true,
            },
            search: super::search::SearchSyntax::Zendesk,
            merge: Some(crate::model::MergeEffect::ClosedCommentsCopied),
            create: Some(super::CreateSupport {
                internal_start: true,
                queues: true,
            }),
            bulk_batch: 100,
            time_tracking: Ok(()),
            time_apart: false,
            time_alone: Ok(()),
            moves: Ok(()),
            forward: Ok(()),
        }
    }

    async fn me(&self) -> Result<Agent> {
        let me: wire::Me = self.shell.http.get("users/me", &[]).await?;
        // An unauthenticated call still answers, with an anonymous user.
        if me.user.id.is_empty() || me.user.id == "null" {
            return Err(Error::Auth(
                "Zendesk did not recognise the credential".into(),
            ));
        }
        Ok(convert::agent(&me.user))
    }

    async fn list_view(&self, view: &View, page: Option<&str>) -> Result<Page> {
        match view.query.trim().strip_prefix("view:") {
            Some(named) => {
                let id = self.view_id(named).await?;
                self.view_tickets(&id, page.and_then(|p| p.strip_prefix('c')))
                    .await
            }
            None => {
                let page = page
                    .and_then(|p| p.strip_prefix('p')?.parse().ok())
                    .unwrap_or(1);
                self.search(&view.query, page).await
            }
        }
    }

    async fn ticket(&self, id: TicketId) -> Result<Ticket> {
        let path = format!("tickets/{id}");
        let comments_path = format!("tickets/{id}/comments");
        let mut comments = Vec::new();
        let mut authors = Vec::new();
        let (one, listed) = tokio::join!(
            self.shell
                .http
                .get::<wire::OneTicket>(&path, &[("include", "users,groups,organizations,slas")]),
            // Newest first: a conversation longer than MAX_PAGES loses its oldest comments,
            // never the newest (which the outbox's delivery check needs to see).
            self.all::<wire::Comments, _>(
                &comments_path,
                &[
                    ("include", "users"),
                    ("include_inline_images", "true"),
                    ("sort_order", "desc")
                ],
                |page| {
                    comments.extend(page.comments);
                    authors.extend(page.users);
                }
            ),
        );
        let one = one?;
        let older_not_shown = listed?;
        let defs = self.known_fields().await;
        let fields = fields::values(&one.ticket.custom_fields, &defs);
        comments.sort_by_key(|c| c.created_at);
        let lookup = Lookup::new(&one.side);
        let mut summary = convert::summary(&one.ticket, &lookup);
        let conversation = convert::conversation(
            &comments,
            &authors,
            one.ticket.requester_id.as_deref().unwrap_or_default(),
        );
        summary.read_from(&conversation);
        Ok(Ticket {
            signature: None,
            summary,
            conversation,
            older_not_shown,
            links: one
                .ticket
                .problem_id
                .as_deref()
                .and_then(|p| p.parse().ok())
                .map(|p| vec![super::Link::new("incident of", TicketId(p))])
                .unwrap_or_default(),
            cc: convert::watchers(&one.ticket, &lookup),
            url: HelpDesk::ticket_url(self, id),
            // Not read from this desk yet.
            fields,
            time: None,
            queue: None,
        })
    }

    async fn requester_tickets(&self, requester: &Contact) -> Result<Vec<TicketSummary>> {
        let list: wire::TicketList = self
            .shell
            .http
            .get(
                &format!("users/{}/tickets/requested", requester.id.0),
                &[
                    ("include", INCLUDE),
                    ("sort_by", "created_at"),
                    ("sort_order", "desc"),
                    ("per_page", PER_PAGE),
                ],
            )
            .await?;
        let lookup = Lookup::new(&list.side);
        let mut tickets: Vec<TicketSummary> = list
            .tickets
            .iter()
            .map(|t| convert::summary(t, &lookup))
            .collect();
        tickets.sort_by_key(|t| std::cmp::Reverse(t.created_at));
        Ok(tickets)
    }

    async fn canned_responses(&self) -> Result<Vec<Canned>> {
        let mut canned = Vec::new();
        self.all::<wire::Macros, _>("macros/active", &[], |page| {
            canned.extend(page.macros.iter().filter_map(convert::canned));
        })
        .await?;
        Ok(canned)
    }

    async fn render_canned(&self, id: TicketId, canned: &Canned) -> Result<Option<Rendered>> {
        let Some(macro_id) = convert::macro_id(canned) else {
            return Ok(None);
        };
        let apply = format!("tickets/{id}/macros/{macro_id}/apply");
        let attached = format!("macros/{macro_id}/attachments");
        let (applied, attached) = tokio::join!(
            self.shell.http.get::<wire::Applied>(&apply, &[]),
            self.shell.http.get::<wire::MacroFiles>(&attached, &[]),
        );
        // The text matters most: a macro whose files cannot be listed still goes in.
        let files = match attached {
            Ok(listed) => convert::macro_files(&listed),
            Err(err) => {
                tracing::warn!(%err, "could not list a macro's attachments");
                Vec::new()
            }
        };
        let Some(comment) = applied?.result.ticket.comment else {
            return Ok(Some(Rendered {
                text: String::new(),
                audience: canned.audience,
                files,
            }));
        };
        let audience = match comment.public {
            Some(public) => Audience::of(public),
            None => canned.audience,
        };
        let text = match (comment.body, comment.html_body) {
            (Some(body), _) if !body.trim().is_empty() => body,
            (_, Some(html)) => crate::text::html::to_text(&html),
            _ => String::new(),
        };
        Ok(Some(Rendered {
            text: crate::text::clean_text(&text),
            audience,
            files,
        }))
    }

    async fn reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        if let Some(forward) = &reply.forward {
            // A side conversation by e-mail: the third party answers there, not as a CC of
            // the customer's thread.
            let to: Vec<Value> = forward.to.iter().map(|a| json!({ "email": a })).collect();
            let body = json!({ "message": { "subject": format!("Fwd: ticket #{id}"), "body": reply.body, "to": to } });
            return self
                .shell
                .http
                .send(
                    Method::POST,
                    &format!("tickets/{id}/side_conversations"),
                    &[],
                    Some(&body),
                    &[],
                )
                .await
                .map(|_| ());
        }
        self.check_form(id, &reply.changes).await?;
        let bytes = super::outgoing::read_all(&reply.files).await?;
        // Time goes in the Time Tracking app's fields, in the same update as the comment.
        let time = match reply.changes.time_spent {
            Some(minutes) => self.time_fields(id, minutes).await?,
            None => Vec::new(),
        };
        let token = self.upload(&reply.files, &bytes).await?;
        let mut ticket = Self::write_body(&reply.changes, reply.expected_version.as_deref());
        if !time.is_empty() {
            let mut fields = match ticket.remove("custom_fields") {
                Some(Value::Array(list)) => list,
                _ => Vec::new(),
            };
            fields.extend(time);
            ticket.insert("custom_fields".into(), Value::Array(fields));
        }
        let mut comment = json!({ "body": reply.body, "public": reply.public });
        if let Some(token) = &token {
            comment["uploads"] = json!([token]);
        }
        ticket.insert("comment".into(), comment);
        if reply.public && !reply.cc.is_empty() {
            ticket.insert("email_ccs".into(), files::email_ccs(&reply.cc));
        }
        let result = self.put(id, ticket).await;
        if let (Err(err), Some(token)) = (&result, &token)
            && !err.may_have_been_applied()
        {
            self.discard(token).await;
        }
        result
    }

    async fn merge(&self, source: TicketId, target: TicketId) -> Result<()> {
        // Zendesk merges in the background and answers with a job to ask after.
        let body = json!({ "ids": [source.0] });
        let answer = self
            .shell
            .http
            .send(
                Method::POST,
                &format!("tickets/{target}/merge"),
                &[],
                Some(&body),
                &[],
            )
            .await?;
        let job: wire::JobAnswer = answer.json()?;
        self.wait_for_job(&job.job_status.id).await.map(|_| ())
    }

    async fn update_many(&self, ids: &[TicketId], changes: &Changes) -> Result<super::Outcomes> {
        self.update_in_bulk(ids, changes).await
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
        self.check_form(id, &changes).await?;
        let mut ticket = Self::write_body(&changes, expected_version.as_deref());
        if let Some(minutes) = changes.time_spent {
            // Time logged on its own: the Time Tracking app's fields, guarded by the version.
            let mut fields = match ticket.remove("custom_fields") {
                Some(Value::Array(list)) => list,
                _ => Vec::new(),
            };
            fields.extend(self.time_fields(id, minutes).await?);
            ticket.insert("custom_fields".into(), Value::Array(fields));
        }
        self.put(id, ticket).await
    }

    async fn field_definitions(&self) -> Result<Vec<crate::backend::FieldDef>> {
        self.ticket_fields().await
    }

    async fn changes(&self, id: TicketId) -> Result<Vec<crate::backend::Event>> {
        self.audits(id).await
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        let mut agents = Vec::new();
        self.all::<wire::Users, _>(
            "users",
            &[("role[]", "agent"), ("role[]", "admin")],
            |page| agents.extend(page.users.iter().map(convert::agent)),
        )
        .await?;
        agents.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(agents)
    }

    async fn changed_since(&self, since: Timestamp) -> Result<Vec<TicketSummary>> {
        let query = format!(
            "type:ticket updated>{}",
            since.strftime("%Y-%m-%dT%H:%M:%SZ")
        );
        Ok(self.search(&query, 1).await?.tickets)
    }
}

#[cfg(test)]
mod tests;
