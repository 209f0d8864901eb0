//! Freshdesk through its API v2. A view is either a ticket list (`filter=new_and_my_open`,
//! with the requester sideloaded: one request per page) or a search (Freshdesk's query
//! language; search cannot sideload, so requesters are looked up once each and remembered).
//! Freshdesk has no conflict detection; frontdesk compares `updated_at` before writing.

mod convert;
mod create;
mod fields;
mod files;
mod wire;
mod zones;

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;
use base64::Engine;
use jiff::Timestamp;
use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};

use super::http::{Http, Timeouts};
use super::{
    Agent, Attachment, Capabilities, Changes, Contact, Error, FileLimits, HelpDesk, Opens, Page,
    RecipientSupport, Reply, Result, Shell, Ticket, TicketId, TicketSummary, View,
};
use crate::canned::Canned;
use crate::config::Profile;

/// Freshdesk's largest list page.
const PER_PAGE: &str = "100";
/// Search answers 30 per page, 10 pages at most.
const SEARCH_PAGE: usize = 30;
const SEARCH_PAGES: usize = 10;
/// How many pages of a list one call may take.
const MAX_PAGES: usize = 30;
/// Freshdesk lists a conversation oldest first and cannot be asked otherwise, so reaching its
/// newest messages means reading through: at most this many pages, keeping the newest
/// [`KEPT_MESSAGES`].
const CONVERSATION_PAGES: usize = 200;
const KEPT_MESSAGES: usize = 5_000;

/// A Freshdesk account.
pub struct FreshdeskDesk {
    shell: Shell,
    /// Requesters already seen, by contact id.
    contacts: Mutex<HashMap<String, Contact>>,
    /// Agents by id, for assignee and author names; filled on first need.
    agents: tokio::sync::OnceCell<HashMap<String, Agent>>,
    /// The custom ticket fields, once read.
    fields: crate::backend::FieldCache,
    /// Requesters' language and time zone, which only the contact itself carries.
    locales: Mutex<HashMap<String, Locale>>,
}

/// A requester's language and IANA time zone, where the contact has them.
type Locale = (Option<String>, Option<String>);

/// Whether a `Link` header offers another page.
fn has_next(headers: &HeaderMap) -> bool {
    headers
        .get_all("link")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("rel=\"next\""))
}

impl FreshdeskDesk {
    /// Connects `profile`; the secret is the agent's API key.
    pub fn new(
        profile: &Profile,
        secret: &str,
        timeouts: Timeouts,
    ) -> std::result::Result<Self, String> {
        let url = profile
            .url
            .as_deref()
            .ok_or("the profile has no url (https://YOURDOMAIN.freshdesk.com)")?;
        if let Some(other) = profile.auth.as_deref().filter(|a| *a != "key") {
            return Err(format!(
                "auth = \"{other}\" is not a Freshdesk method; Freshdesk takes the API key (leave auth out)"
            ));
        }
        let (web, api) = super::http::bases(url, "api/v2");
        let pair = base64::engine::general_purpose::STANDARD.encode(format!("{secret}:X"));
        let http = Http::new(&api, Some(format!("Basic {pair}")), timeouts)?;
        let host = http.base().host_str().unwrap_or("freshdesk").to_string();
        let views = View::or_defaults(&profile.views, default_views, true);
        Ok(Self {
            shell: Shell {
                http,
                web,
                views,
                label: format!("{host} (Freshdesk)"),
            },
            contacts: Mutex::new(HashMap::new()),
            locales: Mutex::new(HashMap::new()),
            agents: tokio::sync::OnceCell::new(),
            fields: Default::default(),
        })
    }

    /// Every page of a `Link`-paginated list.
    async fn all<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        params: &[(&str, &str)],
    ) -> Result<Vec<T>> {
        let mut items = Vec::new();
        for page in 1..=MAX_PAGES {
            let number = page.to_string();
            let mut query = params.to_vec();
            query.extend([("per_page", PER_PAGE), ("page", number.as_str())]);
            let answer = self
                .shell
                .http
                .send(Method::GET, path, &query, None, &[])
                .await?;
            items.extend(answer.json::<crate::backend::lenient::Each<T>>()?.0);
            if !has_next(&answer.headers) {
                break;
            }
        }
        Ok(items)
    }

    /// A ticket's conversation, oldest first: the newest [`KEPT_MESSAGES`] of it, and whether
    /// older ones were left out.
    async fn conversation(&self, path: &str) -> Result<(Vec<wire::Conversation>, bool)> {
        let mut kept = std::collections::VecDeque::new();
        let mut dropped = false;
        for page in 1..=CONVERSATION_PAGES {
            let number = page.to_string();
            let query = [("per_page", PER_PAGE), ("page", number.as_str())];
            let answer = self
                .shell
                .http
                .send(Method::GET, path, &query, None, &[])
                .await?;
            kept.extend(
                answer
                    .json::<crate::backend::lenient::Each<wire::Conversation>>()?
                    .0,
            );
            while kept.len() > KEPT_MESSAGES {
                kept.pop_front();
                dropped = true;
            }
            if !has_next(&answer.headers) {
                return Ok((kept.into(), dropped));
            }
        }
        tracing::warn!(
            path,
            "a conversation longer than frontdesk reads; the newest may be missing"
        );
        Ok((kept.into(), true))
    }

    /// The agents by id, read once.
    async fn agent_map(&self) -> Result<&HashMap<String, Agent>> {
        self.agents
            .get_or_try_init(|| async {
                let agents: Vec<wire::Agent> = self.all("agents", &[]).await?;
                Ok(agents
                    .iter()
                    .map(|a| (a.id.clone(), convert::agent(a)))
                    .collect())
            })
            .await
    }

    /// Agent names are a nicety: a desk whose agent list cannot be read still works. An
    /// account that may not list agents is remembered as such, so pages do not ask again.
    async fn agents_or_none(&self) -> HashMap<String, Agent> {
        match self.agent_map().await {
            Ok(agents) => agents.clone(),
            Err(Error::Forbidden(_)) => {
                let _ = self.agents.set(HashMap::new());
                HashMap::new()
            }
            Err(_) => HashMap::new(),
        }
    }

    async fn list(&self, params: &str, page: usize) -> Result<Page> {
        let number = page.to_string();
        let mut query: Vec<(&str, &str)> = params
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .map(|(k, v)| (k.trim(), v.trim()))
            .collect();
        query.extend([
            ("include", "requester,stats"),
            ("per_page", PER_PAGE),
            ("page", number.as_str()),
        ]);
        let (answer, agents) = tokio::join!(
            self.shell
                .http
                .send(Method::GET, "tickets", &query, None, &[]),
            self.agents_or_none()
        );
        let answer = answer?;
        let tickets = answer
            .json::<crate::backend::lenient::Each<wire::Ticket>>()?
            .0;
        self.remember(tickets.iter().filter_map(|t| t.requester.as_ref()));
        Ok(Page {
            tickets: tickets
                .iter()
                .map(|t| convert::summary(t, None, &agents))
                .collect(),
            total: None,
            next: has_next(&answer.headers).then(|| (page + 1).to_string()),
        })
    }

    async fn search(&self, query: &str, page: usize) -> Result<Page> {
        let number = page.to_string();
        let quoted = format!("\"{}\"", query.trim().trim_matches('"'));
        let params = [("query", quoted.as_str()), ("page", number.as_str())];
        let (found, agents) = tokio::join!(
            self.shell
                .http
                .get::<wire::Search>("search/tickets", &params),
            self.agents_or_none()
        );
        let found = found?;
        let ids: Vec<&str> = found
            .results
            .iter()
            .filter_map(|t| t.requester_id.as_deref())
            .collect();
        self.look_up(&ids).await;
        let contacts = self
            .contacts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let total = found.total.unwrap_or(found.results.len());
        let more = page < SEARCH_PAGES && page * SEARCH_PAGE < total;
        Ok(Page {
            tickets: found
                .results
                .iter()
                .map(|t| {
                    let known = t.requester_id.as_ref().and_then(|id| contacts.get(id));
                    convert::summary(t, known, &agents)
                })
                .collect(),
            total: Some(total.min(SEARCH_PAGE * SEARCH_PAGES)),
            next: more.then(|| format!("s{}", page + 1)),
        })
    }

    fn remember<'a>(&self, seen: impl Iterator<Item = &'a wire::Contact>) {
        let mut contacts = self.contacts.lock().unwrap_or_else(|e| e.into_inner());
        for c in seen {
            contacts.insert(c.id.clone(), convert::contact(c));
        }
    }

    /// A requester's language and time zone (IANA), read from the contact once a session;
    /// none where it cannot be read.
    async fn requester_locale(&self, id: &str) -> Locale {
        let kept = self
            .locales
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(id)
            .cloned();
        if let Some(kept) = kept {
            return kept;
        }
        let read: Result<wire::Contact> = self.shell.http.get(&format!("contacts/{id}"), &[]).await;
        let found = match read {
            Ok(c) => {
                let c = convert::contact(&c);
                (c.language, c.timezone)
            }
            Err(_) => (None, None),
        };
        self.locales
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id.to_string(), found.clone());
        found
    }

    /// Fetches the requesters not seen before, together.
    async fn look_up(&self, ids: &[&str]) {
        let missing: Vec<String> = {
            let contacts = self.contacts.lock().unwrap_or_else(|e| e.into_inner());
            let mut missing: Vec<String> = ids
                .iter()
                .filter(|id| !contacts.contains_key(**id))
                .map(|id| id.to_string())
                .collect();
            missing.sort();
            missing.dedup();
            missing
        };
        let paths: Vec<String> = missing.iter().map(|id| format!("contacts/{id}")).collect();
        let lookups = paths
            .iter()
            .map(|path| self.shell.http.get::<wire::Contact>(path, &[]));
        let found: Vec<wire::Contact> = futures::future::join_all(lookups)
            .await
            .into_iter()
            .filter_map(|c| c.ok())
            .collect();
        self.remember(found.iter());
    }

    async fn raw_ticket(&self, id: TicketId) -> Result<wire::Ticket> {
        self.shell
            .http
            .get(&format!("tickets/{id}"), &[("include", "requester,stats")])
            .await
    }

    /// Reads the ticket and fails with a conflict if it changed since `expected` was read.
    async fn current(&self, id: TicketId, expected: Option<&str>) -> Result<wire::Ticket> {
        let now = self.raw_ticket(id).await?;
        match (expected, now.updated_at.as_deref()) {
            (Some(seen), Some(current)) if seen != current => Err(Error::Conflict),
            _ => Ok(now),
        }
    }

    /// The fields of a change; tags are a whole list in Freshdesk, so they are computed from
    /// the ticket as it is now.
    fn put_body(changes: &Changes, now: &wire::Ticket) -> Result<serde_json::Map<String, Value>> {
        let mut body = serde_json::Map::new();
        if let Some(status) = &changes.status {
            let n = convert::status_number(status)
                .ok_or_else(|| Error::Invalid(format!("\"{status}\" is not a Freshdesk status")))?;
            body.insert("status".into(), json!(n));
        }
        if let Some(p) = changes.priority {
            body.insert("priority".into(), json!(convert::priority_number(p)));
        }
        if let Some(assignee) = &changes.assignee {
            let id = assignee
                .as_ref()
                .map(|a| a.0.parse::<u64>().map_or(json!(a.0), |n| json!(n)));
            body.insert("responder_id".into(), id.unwrap_or(Value::Null));
        }
        if !changes.tags_add.is_empty() || !changes.tags_remove.is_empty() {
            let mut tags: Vec<String> = now
                .tags
                .iter()
                .filter(|t| !changes.tags_remove.contains(t))
                .cloned()
                .collect();
            for tag in &changes.tags_add {
                if !tags.contains(tag) {
                    tags.push(tag.clone());
                }
            }
            body.insert("tags".into(), json!(tags));
        }
        if !changes.fields.is_empty() {
            let fields: serde_json::Map<String, Value> = changes
                .fields
                .iter()
                .map(|(id, values)| (id.clone(), super::field_json(values)))
                .collect();
            body.insert("custom_fields".into(), Value::Object(fields));
        }
        if let Some(group) = &changes.queue {
            body.insert("group_id".into(), super::json_id(&group.id));
        }
        Ok(body)
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

/// Mine (Freshdesk's own filter), Unassigned and All open (searches).
pub fn default_views() -> Vec<View> {
    View::list(&[
        ("Mine", "filter=new_and_my_open"),
        ("Unassigned", "agent_id:null AND (status:2 OR status:3)"),
        ("All open", "status:2 OR status:3"),
    ])
}

/// A ticket's time entry (`/tickets/{id}/time_entries`), read for its note.
#[derive(Debug, serde::Deserialize)]
struct TimeEntry {
    #[serde(default, deserialize_with = "super::lenient::text")]
    note: String,
}

impl FreshdeskDesk {
    /// A time entry of `minutes` on the ticket, unless one with `note` is there already (an
    /// earlier try whose answer was lost).
    async fn log_time(&self, id: TicketId, minutes: u32, note: Option<&str>) -> Result<()> {
        let path = format!("tickets/{id}/time_entries");
        if let Some(note) = note {
            let entries: Vec<TimeEntry> = self.shell.http.get(&path, &[]).await?;
            if entries.iter().any(|e| e.note == note) {
                return Ok(());
            }
        }
        let body = json!({
            "time_spent": format!("{:02}:{:02}", minutes / 60, minutes % 60),
            "note": note.unwrap_or_default(),
            "timer_running": false,
        });
        self.shell
            .http
            .send(Method::POST, &path, &[], Some(&body), &[])
            .await
            .map(|_| ())
    }
}

#[async_trait]
impl HelpDesk for FreshdeskDesk {
    fn shell(&self) -> Option<&Shell> {
        Some(&self.shell)
    }

    fn ticket_url(&self, id: TicketId) -> Option<String> {
        Some(format!("{}a/tickets/{id}", self.shell.web))
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
            files: FileLimits {
                per_file: None,
                total: Some(20 * 1024 * 1024),
            },
            recipients: RecipientSupport {
                cc: true,
                bcc: true,
                cc_stays: false,
            },
            search: super::search::SearchSyntax::Freshdesk,
            merge: Some(crate::model::MergeEffect::ClosedConversationsAdded),
            create: Some(super::CreateSupport {
                internal_start: false,
                queues: true,
            }),
            bulk_batch: 1,
            time_tracking: Ok(()),
            time_apart: true,
            time_alone: Ok(()),
            moves: Ok(()),
            forward: Ok(()),
        }
    }

    async fn me(&self) -> Result<Agent> {
        let me: wire::Agent = self.shell.http.get("agents/me", &[]).await?;
        Ok(convert::agent(&me))
    }

    async fn list_view(&self, view: &View, page: Option<&str>) -> Result<Page> {
        let query = view.query.trim();
        if query.contains('=') {
            let page = page.and_then(|p| p.parse().ok()).unwrap_or(1);
            self.list(query, page).await
        } else {
            let page = page
                .and_then(|p| p.strip_prefix('s')?.parse().ok())
                .unwrap_or(1);
            self.search(query, page).await
        }
    }

    async fn ticket(&self, id: TicketId) -> Result<Ticket> {
        let path = format!("tickets/{id}/conversations");
        let (raw, items, agents) = tokio::join!(
            self.raw_ticket(id),
            self.conversation(&path),
            self.agents_or_none()
        );
        let (raw, (items, older_not_shown)) = (raw?, items?);
        let defs = self.known_fields().await;
        let mut summary = convert::summary(&raw, None, &agents);
        if let Some(requester) = raw.requester_id.as_deref() {
            let (language, zone) = self.requester_locale(requester).await;
            summary.requester.language = language;
            summary.requester.timezone = zone;
        }
        let conversation = convert::conversation(&raw, &summary.requester, &items, &agents);
        summary.read_from(&conversation);
        Ok(Ticket {
            signature: None,
            summary,
            conversation,
            older_not_shown,
            links: convert::links(&raw),
            cc: convert::watchers(&raw),
            url: HelpDesk::ticket_url(self, id),
            fields: fields::values(&raw.custom_fields, &defs),
            time: None,
            queue: None,
        })
    }

    async fn requester_tickets(&self, requester: &Contact) -> Result<Vec<TicketSummary>> {
        // The list hides tickets older than 30 days unless asked for a time window.
        let params = [
            ("requester_id", requester.id.0.as_str()),
            ("updated_since", "2000-01-01T00:00:00Z"),
            ("order_by", "created_at"),
            ("order_type", "desc"),
            ("per_page", "50"),
        ];
        let (answer, agents) = tokio::join!(
            self.shell
                .http
                .send(Method::GET, "tickets", &params, None, &[]),
            self.agents_or_none()
        );
        let tickets: Vec<wire::Ticket> = answer?.json()?;
        Ok(tickets
            .iter()
            .map(|t| convert::summary(t, Some(requester), &agents))
            .collect())
    }

    async fn canned_responses(&self) -> Result<Vec<Canned>> {
        let folders: Vec<wire::Folder> =
            self.shell.http.get("canned_response_folders", &[]).await?;
        let lists = folders.iter().map(|f| async move {
            let path = format!("canned_response_folders/{}/responses", f.id);
            let found: Result<Vec<wire::CannedResponse>> = self.shell.http.get(&path, &[]).await;
            found.map(|list| {
                list.iter()
                    .map(|c| convert::canned(c, &f.name))
                    .collect::<Vec<_>>()
            })
        });
        let mut canned = Vec::new();
        for list in futures::future::join_all(lists).await {
            canned.extend(list?);
        }
        Ok(canned)
    }

    async fn download(
        &self,
        id: TicketId,
        attachment: &Attachment,
        sink: &mut super::http::Sink<'_>,
    ) -> Result<u64> {
        self.fetch_file(id, attachment, sink).await
    }

    async fn reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        if let Some(forward) = &reply.forward {
            // Freshdesk's forward quotes nothing itself here: the text carries the quote.
            let body = json!({
                "body": convert::to_html(&reply.body),
                "to_emails": forward.to,
                "include_quoted_text": false,
                "include_original_attachments": !forward.files.is_empty(),
            });
            return self
                .shell
                .http
                .send(
                    Method::POST,
                    &format!("tickets/{id}/forward"),
                    &[],
                    Some(&body),
                    &[],
                )
                .await
                .map(|_| ());
        }
        let bytes = super::outgoing::read_all(&reply.files).await?;
        let now = self.current(id, reply.expected_version.as_deref()).await?;
        // Fields first: setting them again is harmless, posting the message twice is not.
        self.put(id, Self::put_body(&reply.changes, &now)?).await?;
        let body = convert::to_html(&reply.body);
        let copies = (reply.cc.as_slice(), reply.bcc.as_slice());
        self.post_message(id, reply.public, &body, copies, &reply.files, &bytes)
            .await
    }

    async fn merge(&self, source: TicketId, target: TicketId) -> Result<()> {
        let body = json!({ "primary_id": target.0, "ticket_ids": [source.0] });
        self.shell
            .http
            .send(Method::PUT, "tickets/merge", &[], Some(&body), &[])
            .await
            .map(|_| ())
    }

    async fn update(
        &self,
        id: TicketId,
        changes: Changes,
        expected_version: Option<String>,
    ) -> Result<()> {
        if let Some(minutes) = changes.time_spent {
            self.log_time(id, minutes, changes.time_note.as_deref())
                .await?;
        }
        let rest = Changes {
            time_spent: None,
            time_note: None,
            ..changes
        };
        if rest.is_empty() {
            return Ok(());
        }
        let now = self.current(id, expected_version.as_deref()).await?;
        self.put(id, Self::put_body(&rest, &now)?).await
    }

    async fn field_definitions(&self) -> Result<Vec<crate::backend::FieldDef>> {
        self.ticket_fields().await
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        let mut agents: Vec<Agent> = self.agent_map().await?.values().cloned().collect();
        agents.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(agents)
    }

    async fn changed_since(&self, since: Timestamp) -> Result<Vec<TicketSummary>> {
        let at = since.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
        let params = format!("updated_since={at}&order_by=updated_at&order_type=asc");
        Ok(self.list(&params, 1).await?.tickets)
    }
}

#[cfg(test)]
mod tests;
