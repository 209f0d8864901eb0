//! Request Tracker 5 through its REST 2.0 API. A queue page is one request (the requester and
//! owner come expanded in it); a ticket is five (the row, its record for links and custom
//! fields, its history, its messages' text parts, its files' metadata), made together; writes
//! use `If-Match` with the ticket's ETag, which RT derives from the ticket's newest
//! transaction, so a 412 means someone changed the ticket since it was read.

mod agents;
mod changes;
mod convert;
mod create;
mod fields;
mod files;
mod read;
mod wire;
mod write;

use async_trait::async_trait;
use base64::Engine;
use jiff::Timestamp;
use reqwest::Method;
use serde_json::json;

use super::http::{Http, Timeouts};
use super::{
    Agent, Capabilities, Changes, Contact, Error, FileLimits, HelpDesk, Opens, Page,
    RecipientSupport, Reply, Result, Shell, Ticket, TicketId, TicketSummary, View,
};
use crate::canned::Canned;
use crate::config::{PriorityScale, Profile};
use wire::{Article, Collection, TicketRow, UserRef};

/// Ticket fields every list asks for, with the references worth expanding.
const FIELDS: &[(&str, &str)] = &[
    (
        "fields",
        "Subject,Status,Priority,Owner,Requestor,Cc,AdminCc,Queue,Created,LastUpdated,LastUpdatedBy,Due,Told,TimeWorked,TimeEstimated,SLA",
    ),
    ("fields[Cc]", "Name,EmailAddress"),
    ("fields[AdminCc]", "Name,EmailAddress"),
    (
        "fields[Requestor]",
        "Name,RealName,EmailAddress,Organization,Timezone,Lang",
    ),
    ("fields[Owner]", "Name,RealName,EmailAddress"),
    ("fields[Queue]", "Name"),
    ("fields[LastUpdatedBy]", "Name"),
];
/// A web page whose request exchanges the token for a session: a JSON helper that answers `[]`.
pub const SESSION_PAGE: &str = "Helpers/Autocomplete/Users?term=";

/// A view's page: what RT's own search page shows. RT's cost grows with the rows of a page
/// (each row's people are looked up), so a page of 100 took twice as long to show the first
/// screen; later pages come as the selection nears the end.
const VIEW_PAGE: &str = "50";

/// RT's largest page.
const PER_PAGE: &str = "100";
/// How many pages of history or mail parts one ticket may take (10,000 transactions).
const MAX_PAGES: u64 = 100;

/// Who the credential belongs to, so `me` can look them up.
#[derive(Debug, Clone)]
enum Login {
    UserId(String),
    Name(String),
    Unknown,
}

/// A Request Tracker instance.
pub struct RtDesk {
    shell: Shell,
    login: Login,
    scale: PriorityScale,
    agent_names: Vec<String>,
}

impl RtDesk {
    /// Connects `profile` with `secret`: an auth token, or with `auth = "basic"` the password.
    pub fn new(
        profile: &Profile,
        secret: &str,
        timeouts: Timeouts,
    ) -> std::result::Result<Self, String> {
        let url = profile.url.as_deref().ok_or("the profile has no url")?;
        let (web, api) = super::http::bases(url, "REST/2.0");
        let basic = profile.auth.as_deref() == Some("basic");
        let (header, login) = if basic {
            let user = profile
                .user
                .clone()
                .ok_or("auth = \"basic\" needs user = \"…\" in the profile")?;
            let pair = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{secret}"));
            (format!("Basic {pair}"), Login::Name(user))
        } else {
            // An RT auth token reads 1-<user id>-<secret>; the user id says whose it is.
            let login = match secret.split('-').collect::<Vec<_>>().as_slice() {
                [_, uid, _] if uid.chars().all(|c| c.is_ascii_digit()) => {
                    Login::UserId((*uid).to_string())
                }
                _ => profile.user.clone().map_or(Login::Unknown, Login::Name),
            };
            (format!("token {secret}"), login)
        };
        // RT hashes the credential on every request (~290 ms); its web session costs a lookup.
        // A token is exchanged on any web page, a password through the login form.
        let page = |path: &str| {
            reqwest::Url::parse(&web)
                .and_then(|w| w.join(path))
                .map_err(|e| format!("\"{web}\" is not a URL: {e}"))
        };
        let exchange = match &login {
            Login::Name(user) if basic => super::http::Exchange::Form(
                page("NoAuth/Login.html")?,
                vec![
                    ("user".into(), user.clone()),
                    ("pass".into(), secret.into()),
                ],
            ),
            // Any web page not under NoAuth/ logs the token in; the smallest is cheapest.
            // The home page renders the agent's whole dashboard (~300 ms more than this).
            _ => super::http::Exchange::HeaderGet(page(SESSION_PAGE)?),
        };
        let web_root = page("")?;
        let http = Http::new(&api, Some(header), timeouts)?.with_session(exchange, &web_root);
        let host = http.base().host_str().unwrap_or("rt").to_string();
        // RT's lists carry neither reply counts nor tags: no way to tell a quick win.
        let views = View::or_defaults(&profile.views, default_views, false);
        Ok(Self {
            shell: Shell {
                http,
                web,
                views,
                label: format!("{host} (Request Tracker)"),
            },
            login,
            scale: profile.priorities,
            agent_names: profile.agents.clone(),
        })
    }

    /// How many times the credential was exchanged for a session (0: none taken, or the
    /// server gives none and every request carries the credential).
    pub fn session_logins(&self) -> u64 {
        self.shell.http.session().map_or(0, |s| s.logins())
    }

    /// How many requests RT refused with its session as cross-site, each then repeated with
    /// the credential (0 where the profile's url is the address RT calls itself).
    pub fn cross_site_refusals(&self) -> u64 {
        self.shell
            .http
            .session()
            .map_or(0, |s| s.cross_site_refusals())
    }

    /// Whether requests carry a session rather than the credential.
    pub fn session_active(&self) -> bool {
        self.shell.http.session().is_some_and(|s| s.active())
    }

    async fn tickets(
        &self,
        query: &str,
        order: &[(&str, &str)],
        page: u64,
        per_page: &str,
    ) -> Result<Collection<TicketRow>> {
        let page = page.to_string();
        let mut params: Vec<(&str, &str)> =
            vec![("query", query), ("per_page", per_page), ("page", &page)];
        for (by, dir) in order {
            params.push(("orderby", by));
            params.push(("order", dir));
        }
        params.extend_from_slice(FIELDS);
        self.shell.http.get("tickets", &params).await
    }

    async fn user(&self, id: &str) -> Result<UserRef> {
        self.shell.http.get(&format!("user/{id}"), &[]).await
    }
}

/// Mine, Unassigned and All open, in TicketSQL.
pub fn default_views() -> Vec<View> {
    View::list(&[
        (
            "Mine",
            "Owner = '__CurrentUser__' AND Status = '__Active__'",
        ),
        ("Unassigned", "Owner = 'Nobody' AND Status = '__Active__'"),
        ("All open", "Status = '__Active__'"),
    ])
}

/// A value inside a TicketSQL string literal.
fn quoted(value: &str) -> String {
    value.replace('\\', "\\\\").replace('\'', "\\'")
}

#[async_trait]
impl HelpDesk for RtDesk {
    fn shell(&self) -> Option<&Shell> {
        Some(&self.shell)
    }

    fn ticket_url(&self, id: TicketId) -> Option<String> {
        Some(format!("{}Ticket/Display.html?id={id}", self.shell.web))
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
            // $MaxAttachmentSize's default; RT enforces it only when configured to, but a
            // larger file then fails in the web server or the database instead.
            files: FileLimits {
                per_file: Some(10 * 1024 * 1024),
                total: None,
            },
            // REST 2.0 takes no one-time Cc or Bcc on a message: a Cc becomes a watcher of the
            // ticket (RT's own meaning of Cc), so it stays for later replies.
            recipients: RecipientSupport {
                cc: true,
                bcc: false,
                cc_stays: true,
            },
            search: super::search::SearchSyntax::TicketSql,
            merge: Some(crate::model::MergeEffect::ShownWithTarget),
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
                "Request Tracker's REST API has no forward; use Forward on the message in RT's web page, or copy the address onto a reply with ctrl-l (it then gets later replies too)",
            ),
        }
    }

    async fn request_cost(
        &self,
        ticket: Option<TicketId>,
    ) -> Option<Result<super::http::RequestCost>> {
        // RT checks the credential with bcrypt on every request: worth saying what it costs,
        // and whether RT takes frontdesk's searches and writes on its session.
        Some(self.rehearse(ticket).await)
    }

    async fn me(&self) -> Result<Agent> {
        let id = match &self.login {
            Login::UserId(id) | Login::Name(id) => id.clone(),
            Login::Unknown => {
                return Err(Error::Auth("the token is not in RT's 1-<user id>-<secret> form; add user = \"your login\" to the profile".into()));
            }
        };
        Ok(convert::agent(&self.user(&id).await?))
    }

    async fn list_view(&self, view: &View, page: Option<&str>) -> Result<Page> {
        let page = page.and_then(|p| p.parse().ok()).unwrap_or(1);
        let rows = self
            .tickets(
                &view.query,
                &[("Priority", "DESC"), ("Created", "ASC")],
                page,
                VIEW_PAGE,
            )
            .await?;
        Ok(Page {
            tickets: rows
                .items
                .iter()
                .filter_map(|r| convert::summary(r, &self.scale))
                .collect(),
            total: rows.total.map(|t| t as usize),
            next: rows.next_page().map(|n| n.to_string()),
        })
    }

    async fn ticket(&self, id: TicketId) -> Result<Ticket> {
        self.read_ticket(id).await
    }

    async fn requester_tickets(&self, requester: &Contact) -> Result<Vec<TicketSummary>> {
        let query = if requester.email.is_empty() {
            format!("Requestor = '{}'", quoted(&requester.id.0))
        } else {
            format!("Requestor.EmailAddress = '{}'", quoted(&requester.email))
        };
        let rows = self
            .tickets(&query, &[("Created", "DESC")], 1, "50")
            .await?;
        Ok(rows
            .items
            .iter()
            .filter_map(|r| convert::summary(r, &self.scale))
            .collect())
    }

    async fn canned_responses(&self) -> Result<Vec<Canned>> {
        let mut canned = Vec::new();
        let mut page = 1u64;
        loop {
            let number = page.to_string();
            let search = json!([{ "field": "Disabled", "value": "0" }]);
            let params = [
                ("fields", "Name,Summary,CustomFields"),
                ("per_page", PER_PAGE),
                ("page", number.as_str()),
            ];
            let answer = self
                .shell
                .http
                .send(Method::POST, "articles", &params, Some(&search), &[])
                .await?;
            let articles: Collection<Article> = answer.json()?;
            canned.extend(articles.items.iter().filter_map(convert::canned));
            match articles.next_page() {
                Some(n) if n <= MAX_PAGES => page = n,
                _ => return Ok(canned),
            }
        }
    }

    async fn reply(&self, id: TicketId, reply: Reply) -> Result<()> {
        self.post_reply(id, reply).await
    }

    async fn merge(&self, source: TicketId, target: TicketId) -> Result<()> {
        let body =
            serde_json::Map::from_iter([("MergeInto".to_string(), json!(target.0.to_string()))]);
        self.put(source, body, None).await
    }

    async fn update(
        &self,
        id: TicketId,
        changes: Changes,
        expected_version: Option<String>,
    ) -> Result<()> {
        let mut body = self.put_body(&changes, true).await?;
        if let Some(minutes) = changes.time_spent {
            // Time logged on its own grows TimeWorked; the ETag guards it, so a try whose
            // answer was lost meets a conflict instead of adding the time twice.
            let version = match &expected_version {
                Some(seen) => seen.clone(),
                None => self.etag(id).await?,
            };
            let worked = self.time_worked(id).await?;
            body.insert("TimeWorked".into(), json!((worked + minutes).to_string()));
            return self.put(id, body, Some(&version)).await;
        }
        if body.is_empty() {
            return Ok(());
        }
        self.put(id, body, expected_version.as_deref()).await
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        self.team().await
    }

    async fn field_definitions(&self) -> Result<Vec<crate::backend::FieldDef>> {
        self.custom_fields().await
    }

    async fn changes(&self, id: TicketId) -> Result<Vec<crate::backend::Event>> {
        self.ticket_changes(id).await
    }

    async fn changed_since(&self, since: Timestamp) -> Result<Vec<TicketSummary>> {
        // RT reads TicketSQL dates in its configured time zone; frontdesk asks in UTC, which is
        // exact when RT runs with $Timezone = 'UTC' and a little generous otherwise.
        let at = since.strftime("%Y-%m-%d %H:%M:%S").to_string();
        let rows = self
            .tickets(
                &format!("LastUpdated > '{at}'"),
                &[("LastUpdated", "ASC")],
                1,
                PER_PAGE,
            )
            .await?;
        Ok(rows
            .items
            .iter()
            .filter_map(|r| convert::summary(r, &self.scale))
            .collect())
    }
}

#[cfg(test)]
mod tests;
