//! Help Scout through its Mailbox API 2.0. The credential is an OAuth app's id (`user`) and
//! secret, exchanged for a bearer token (`http/oauth.rs`). A view is a query string of
//! `/v2/conversations` (see `query.rs`); a page is one request once the agent and the
//! folders a view names are known. A conversation is one request with its threads. Help
//! Scout has no priority (frontdesk keeps one in tags or a custom field, see `convert.rs`)
//! and no conflict detection: `userUpdatedAt` is compared before writing. Every write counts
//! twice against the account's rate limit.

mod convert;
mod create;
mod fields;
mod query;
mod wire;
mod write;

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use async_trait::async_trait;
use base64::Engine;
use jiff::Timestamp;

use super::http::{ClientCredentials, Http, Timeouts};
use super::{
    Agent, Attachment, Capabilities, Changes, Contact, Error, FileLimits, HelpDesk, Opens, Page,
    RecipientSupport, Reply, Result, Shell, Ticket, TicketId, TicketSummary, View,
};
use crate::canned::Canned;
use crate::config::Profile;
use convert::PriorityFrom;

pub use query::default_views;

/// Where Help Scout's API lives when the profile names no other address.
pub const API: &str = "https://api.helpscout.net";
/// Where agents read conversations in a browser.
const WEB: &str = "https://secure.helpscout.net/";

/// A Help Scout account.
pub struct HelpScoutDesk {
    shell: Shell,
    priority_from: PriorityFrom,
    me: tokio::sync::OnceCell<Agent>,
    mailboxes: tokio::sync::OnceCell<Vec<wire::Mailbox>>,
    /// Each mailbox's folders, asked once per mailbox a view names.
    folders: tokio::sync::Mutex<HashMap<String, Vec<wire::Folder>>>,
}

impl HelpScoutDesk {
    /// Connects `profile`: `user` is the OAuth app's id, the secret the app's secret.
    pub fn new(
        profile: &Profile,
        secret: &str,
        timeouts: Timeouts,
    ) -> std::result::Result<Self, String> {
        let app = profile.user.as_deref().filter(|u| !u.trim().is_empty()).ok_or(
            "Help Scout needs user = the app id of an OAuth app (Your Profile → My Apps), with its secret as the token",
        )?;
        let root = profile.url.as_deref().unwrap_or(API);
        let (web, api) = super::http::bases(root, "v2");
        let token_url = reqwest::Url::parse(&format!("{api}oauth2/token"))
            .map_err(|e| format!("\"{root}\" is not a URL: {e}"))?;
        let http = Http::new(&api, None, timeouts)?
            .with_client_credentials(ClientCredentials::new(token_url, app.trim(), secret))
            .with_write_cost(2);
        let web = if web.trim_end_matches('/') == API {
            WEB.to_string()
        } else {
            web
        };
        Ok(Self {
            shell: Shell {
                http,
                web,
                views: View::or_defaults(&profile.views, default_views, true),
                label: "Help Scout".to_string(),
            },
            priority_from: profile
                .priority_field
                .clone()
                .map_or(PriorityFrom::Tags, PriorityFrom::Field),
            me: tokio::sync::OnceCell::new(),
            mailboxes: tokio::sync::OnceCell::new(),
            folders: tokio::sync::Mutex::new(HashMap::new()),
        })
    }

    /// The agent whose app this is, asked once.
    async fn myself(&self) -> Result<&Agent> {
        self.me
            .get_or_try_init(|| async {
                let me: wire::Person = self.shell.http.get("users/me", &[]).await?;
                Ok(convert::agent(&me))
            })
            .await
    }

    async fn mailbox_list(&self) -> Result<&Vec<wire::Mailbox>> {
        self.mailboxes
            .get_or_try_init(|| async {
                let found: wire::Mailboxes = self.shell.http.get("mailboxes", &[]).await?;
                Ok(found.embedded.map(|e| e.mailboxes).unwrap_or_default())
            })
            .await
    }

    /// The id of the folder called `name` (by type or name) in `mailbox`.
    async fn folder(&self, mailbox: &str, name: &str) -> Result<String> {
        let mut known = self.folders.lock().await;
        if !known.contains_key(mailbox) {
            let found: wire::Folders = self
                .shell
                .http
                .get(&format!("mailboxes/{mailbox}/folders"), &[])
                .await?;
            known.insert(
                mailbox.to_string(),
                found.embedded.map(|e| e.folders).unwrap_or_default(),
            );
        }
        let folders = known.get(mailbox).map(Vec::as_slice).unwrap_or_default();
        folders
            .iter()
            .find(|f| f.kind.eq_ignore_ascii_case(name))
            .or_else(|| folders.iter().find(|f| f.name.eq_ignore_ascii_case(name)))
            .map(|f| f.id.clone())
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "mailbox {mailbox} has no folder \"{name}\"; name one of: {}",
                    folders
                        .iter()
                        .map(|f| f.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })
    }

    /// A view's parameters with frontdesk's words replaced by Help Scout's ids.
    async fn resolve(&self, text: &str) -> Result<Vec<(String, String)>> {
        let mut pairs = query::parse(text);
        if query::get(&pairs, "assigned_to") == Some("me") {
            let me = self.myself().await?.id.0.clone();
            query::set(&mut pairs, "assigned_to", me);
        }
        if let Some(name) = query::folder_by_name(&pairs).map(str::to_string) {
            let mailbox = match query::get(&pairs, "mailbox") {
                Some(m) => m.split(',').next().unwrap_or(m).to_string(),
                None => self
                    .mailbox_list()
                    .await?
                    .first()
                    .map(|m| m.id.clone())
                    .ok_or_else(|| {
                        Error::Invalid("this Help Scout account has no mailbox".into())
                    })?,
            };
            let id = self.folder(&mailbox, &name).await?;
            query::set(&mut pairs, "folder", id);
            query::set(&mut pairs, "mailbox", mailbox);
        }
        Ok(pairs)
    }

    /// One page of conversations for `pairs`.
    async fn conversations(&self, pairs: &[(String, String)], page: usize) -> Result<Page> {
        let params = query::page_params(pairs, page);
        let found: wire::Conversations = self
            .shell
            .http
            .get("conversations", &query::borrowed(&params))
            .await?;
        let info = found.page.unwrap_or_default();
        Ok(Page {
            tickets: found
                .embedded
                .map(|e| e.conversations)
                .unwrap_or_default()
                .iter()
                .map(|c| convert::summary(c, &self.priority_from))
                .collect(),
            total: info.total_elements,
            next: query::next(info.number, info.total_pages),
        })
    }

    /// The conversation with its threads.
    async fn conversation(&self, id: TicketId) -> Result<wire::Conversation> {
        self.shell
            .http
            .get(&format!("conversations/{id}"), &[("embed", "threads")])
            .await
    }
}

#[async_trait]
impl HelpDesk for HelpScoutDesk {
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
            // Help Scout documents 10 MB a file.
            files: FileLimits {
                per_file: Some(10 * 1024 * 1024),
                total: None,
            },
            recipients: RecipientSupport {
                cc: true,
                bcc: true,
                cc_stays: false,
            },
            search: super::search::SearchSyntax::HelpScout,
            merge: None,
            create: Some(super::CreateSupport {
                internal_start: true,
                queues: true,
            }),
            bulk_batch: 1,
            time_tracking: Err("Help Scout keeps no time spent: its API has no time tracking"),
            time_apart: false,
            time_alone: Ok(()),
            moves: Ok(()),
            forward: Ok(()),
        }
    }

    async fn me(&self) -> Result<Agent> {
        self.myself().await.cloned()
    }

    async fn list_view(&self, view: &View, page: Option<&str>) -> Result<Page> {
        let pairs = self.resolve(&view.query).await?;
        let page = page.and_then(|p| p.parse().ok()).unwrap_or(1);
        self.conversations(&pairs, page).await
    }

    async fn ticket(&self, id: TicketId) -> Result<Ticket> {
        let c = self.conversation(id).await?;
        let mut summary = convert::summary(&c, &self.priority_from);
        let threads = c
            .embedded
            .as_ref()
            .map(|e| e.threads.as_slice())
            .unwrap_or_default();
        let conversation = convert::conversation(c.id, threads);
        summary.read_from(&conversation);
        let number = c.number.unwrap_or(c.id);
        Ok(Ticket {
            signature: None,
            summary,
            conversation,
            older_not_shown: false,
            links: Vec::new(),
            cc: c.cc.iter().map(|a| crate::text::clean_line(a)).collect(),
            url: Some(format!("{}conversation/{id}/{number}", self.shell.web)),
            fields: fields::values(&c),
            time: None,
            queue: None,
        })
    }

    async fn field_definitions(&self) -> Result<Vec<crate::backend::FieldDef>> {
        self.custom_fields().await
    }

    async fn changes(&self, id: TicketId) -> Result<Vec<crate::backend::Event>> {
        let c = self.conversation(id).await?;
        let threads = c.embedded.as_ref().map(|e| e.threads.as_slice());
        Ok(convert::line_items(threads.unwrap_or_default()))
    }

    async fn requester_tickets(&self, requester: &Contact) -> Result<Vec<TicketSummary>> {
        let pairs = vec![
            ("status".to_string(), "all".to_string()),
            (
                "query".to_string(),
                format!("(customerIds:{})", requester.id.0),
            ),
            ("sortField".to_string(), "createdAt".to_string()),
            ("sortOrder".to_string(), "desc".to_string()),
        ];
        Ok(self.conversations(&pairs, 1).await?.tickets)
    }

    async fn canned_responses(&self) -> Result<Vec<Canned>> {
        let mut canned: Vec<Canned> = Vec::new();
        for mailbox in self.mailbox_list().await? {
            let path = format!("mailboxes/{}/saved-replies", mailbox.id);
            let listed: Vec<wire::SavedReplyRef> = self.shell.http.get(&path, &[]).await?;
            for reply in listed {
                let id = format!("helpscout:saved:{}", reply.id);
                if canned.iter().any(|c| c.id == id) {
                    continue;
                }
                let full: wire::SavedReply = self
                    .shell
                    .http
                    .get(&format!("{path}/{}", reply.id), &[])
                    .await?;
                canned.push(convert::saved_reply(&full));
            }
        }
        Ok(canned)
    }

    async fn download(
        &self,
        _id: TicketId,
        attachment: &Attachment,
        sink: &mut super::http::Sink<'_>,
    ) -> Result<u64> {
        // Help Scout sends a file's bytes as base64 in JSON, so it arrives whole.
        let data: wire::Data = self.shell.http.get(&attachment.source, &[]).await?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data.data.trim())
            .map_err(|e| Error::Server {
                status: 200,
                message: format!("a file frontdesk cannot decode ({e})"),
            })?;
        sink.write(&bytes).await?;
        sink.finish().await
    }

    async fn reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        self.post_thread(id, reply).await
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
        let found: wire::Users = self.shell.http.get("users", &[]).await?;
        let mut agents: Vec<Agent> = found
            .embedded
            .map(|e| e.users)
            .unwrap_or_default()
            .iter()
            .map(convert::agent)
            .collect();
        agents.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(agents)
    }

    async fn changed_since(&self, since: Timestamp) -> Result<Vec<TicketSummary>> {
        let pairs = vec![
            ("status".to_string(), "all".to_string()),
            (
                "modifiedSince".to_string(),
                since.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            ),
            ("sortField".to_string(), "modifiedAt".to_string()),
            ("sortOrder".to_string(), "asc".to_string()),
        ];
        Ok(self.conversations(&pairs, 1).await?.tickets)
    }
}
