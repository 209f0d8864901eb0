//! The help desks frontdesk talks to. Each implements [`HelpDesk`]; the rest of the program
//! never knows which one it is talking to.

pub mod demo;
mod field_cache;
pub mod freshdesk;
pub mod helpscout;
pub mod http;
pub mod jira;
mod lenient;
pub mod outgoing;
pub mod redmine;
pub mod rt;
mod shell;
pub mod zammad;
pub mod zendesk;

/// The model, which backends produce; re-exported so backend code names it in one place.
pub use crate::model::*;
pub use field_cache::FieldCache;
pub use shell::{Opens, Shell};

use std::time::Duration;

use async_trait::async_trait;
use jiff::Timestamp;

use crate::canned::Canned;

/// Why a call to a help desk failed, in terms the agent can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("authentication failed: {0}")]
    Auth(String),
    #[error("not allowed: {0}")]
    Forbidden(String),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("changed by someone else since you opened it")]
    Conflict,
    #[error("rate limited by the help desk")]
    RateLimited { retry_after: Option<Duration> },
    #[error("the help desk refused it: {0}")]
    Invalid(String),
    /// The desk wants fields filled before it takes the change (a status it will not set
    /// while they are empty). Never retried: the agent fills them.
    #[error("the help desk wants {} filled first", named(.0))]
    FieldsRequired(Vec<Missing>),
    #[error("cannot reach the help desk: {0}")]
    Network(String),
    /// The request was sent, but the connection broke before the answer came.
    #[error("the connection broke before the help desk answered: {0}")]
    Interrupted(String),
    #[error("the help desk did not answer in time")]
    Timeout,
    #[error("the help desk failed ({status}): {message}")]
    Server { status: u16, message: String },
    /// The answer was larger than frontdesk reads (a runaway or hostile server).
    #[error("the help desk sent an answer too large to read (over {limit_mb} MB)")]
    TooLarge { limit_mb: usize },
    /// Something on the agent's own machine failed: a file to send changed or vanished, a
    /// download could not be written. Said as it is; trying again will not help by itself.
    #[error("{0}")]
    Local(String),
}

impl Error {
    /// Whether the same call may work later without anyone changing anything: the help desk
    /// was unreachable, slow, overloaded or failing, or the credential was refused (fixed by a
    /// new login, not by a different reply).
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Error::Network(_)
                | Error::Interrupted(_)
                | Error::Timeout
                | Error::RateLimited { .. }
                | Error::Server { .. }
                | Error::TooLarge { .. }
                | Error::Auth(_)
        )
    }

    /// Whether a write that failed this way may have been carried out anyway: the request
    /// reached the help desk but its answer never came back whole.
    pub fn may_have_been_applied(&self) -> bool {
        matches!(
            self,
            Error::Interrupted(_) | Error::Timeout | Error::Server { .. } | Error::TooLarge { .. }
        )
    }
}

/// `Type and Product`, for the refusal's message.
fn named(missing: &[Missing]) -> String {
    let names: Vec<&str> = missing.iter().map(|m| m.name.as_str()).collect();
    match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => "a field".into(),
    }
}

/// The result of a help desk call.
pub type Result<T> = std::result::Result<T, Error>;

/// The number a desk gave a ticket it created, which frontdesk keeps as a `TicketId`.
pub(crate) fn created_id(desk: &str, id: &str) -> Result<TicketId> {
    id.parse()
        .map(TicketId)
        .map_err(|_| Error::Invalid(format!("{desk} named the new ticket {id}, not a number")))
}

/// An id as JSON: a number where it is one, since desks with numeric ids refuse strings.
pub(crate) fn json_id(id: &str) -> serde_json::Value {
    id.parse::<i64>()
        .map_or_else(|_| serde_json::json!(id), |n| serde_json::json!(n))
}

/// A custom field's values as JSON, the way the desks take them: none is `null`, one is
/// itself (`true`/`false` as booleans, for checkboxes), several a list.
pub(crate) fn field_json(values: &[String]) -> serde_json::Value {
    use serde_json::json;
    match values {
        [] => serde_json::Value::Null,
        [one] if one == "true" || one == "false" => json!(one == "true"),
        [one] => json!(one),
        many => json!(many),
    }
}

/// The values of the fields `defs` define, each read from the JSON `value_of` finds for its
/// id (the inverse of [`field_json`]): text, a number, `true`/`false`, a list of texts; a
/// field without a value is listed empty.
pub(crate) fn field_values<'a>(
    defs: &[FieldDef],
    value_of: impl Fn(&str) -> Option<&'a serde_json::Value>,
) -> Vec<FieldValue> {
    use serde_json::Value;
    let clean = crate::text::clean_line;
    defs.iter()
        .map(|def| FieldValue {
            id: def.id.clone(),
            name: def.name.clone(),
            values: match value_of(&def.id) {
                Some(Value::String(s)) if !s.is_empty() => vec![clean(s)],
                Some(Value::Bool(b)) => vec![b.to_string()],
                Some(Value::Number(n)) => vec![n.to_string()],
                Some(Value::Array(list)) => {
                    list.iter().filter_map(|v| v.as_str()).map(clean).collect()
                }
                _ => Vec::new(),
            },
        })
        .collect()
}

/// A date-only due date (`2026-11-30`) as the end of that day (UTC): a day's target runs out
/// when the day does.
pub(crate) fn end_of_day(date: &str) -> Option<Timestamp> {
    format!("{}T23:59:59Z", date.trim()).parse().ok()
}

/// Each ticket of a bulk change with how it went, in the order asked.
pub type Outcomes = Vec<(TicketId, Result<()>)>;

/// One help desk account, as the interface needs it. Implementations clean all text they return
/// (see `text::sanitize`) and keep a queue page to a constant number of requests.
#[async_trait]
pub trait HelpDesk: Send + Sync {
    /// The shape a network backend is built around; it gives the label, the views, the
    /// rate-limit hold and the request count below.
    fn shell(&self) -> Option<&Shell> {
        None
    }

    /// Where the desk opens tickets for customers (its `create.rs`).
    fn opens(&self) -> Option<&dyn Opens> {
        None
    }

    /// The ticket's page on the desk's web site, where its number alone makes the link (a
    /// desk whose links need more, such as Jira's issue key, says so with the ticket).
    fn ticket_url(&self, _id: TicketId) -> Option<String> {
        None
    }

    /// What to call this desk in the title bar, e.g. `acme (zendesk)`.
    fn label(&self) -> String {
        self.shell().map(|s| s.label.clone()).unwrap_or_default()
    }

    /// What this backend supports.
    fn capabilities(&self) -> Capabilities;

    /// The rate-limit hold of this desk's requests, for the interface's countdown.
    fn throttle(&self) -> Option<http::Throttle> {
        self.shell().map(|s| s.http.throttle().clone())
    }

    /// How many requests this desk has sent, for tests that bound what an operation costs.
    fn requests_sent(&self) -> u64 {
        self.shell().map_or(0, |s| s.http.requests_sent())
    }

    /// What one request costs with the credential and with a session, and how the desk takes
    /// a search and a change (tried on `ticket`, guarded so nothing is written), for
    /// `doctor`; `None` where it is not worth measuring (the desk checks credentials cheaply).
    async fn request_cost(&self, _ticket: Option<TicketId>) -> Option<Result<http::RequestCost>> {
        None
    }

    /// The views to show: the profile's, or the backend's own when it configures none.
    fn default_views(&self) -> Vec<View> {
        self.shell().map(|s| s.views.clone()).unwrap_or_default()
    }

    /// The agent whose credentials are in use.
    async fn me(&self) -> Result<Agent>;

    /// One page of a view; `page` is the `next` token of the previous page.
    async fn list_view(&self, view: &View, page: Option<&str>) -> Result<Page>;

    /// A ticket with its whole conversation.
    async fn ticket(&self, id: TicketId) -> Result<Ticket>;

    /// The requester's tickets, newest first.
    async fn requester_tickets(&self, requester: &Contact) -> Result<Vec<TicketSummary>>;

    /// The help desk's own canned responses (macros, articles, text modules…). A desk without
    /// them (Redmine, Jira Service Management) has none; the agent's own are offered anyway.
    async fn canned_responses(&self) -> Result<Vec<Canned>> {
        Ok(Vec::new())
    }

    /// The text of `canned` as the help desk renders it for ticket `id`, where it renders
    /// server-side (Zendesk macros); `None` means frontdesk renders it.
    async fn render_canned(
        &self,
        _id: TicketId,
        _canned: &Canned,
    ) -> Result<Option<crate::canned::Rendered>> {
        Ok(None)
    }

    /// Streams the bytes of `attachment`, on a message of ticket `id`, into `sink`; returns
    /// how many were written. A network desk's `source` is a link fetched with its `Http`
    /// unless the desk says otherwise.
    async fn download(
        &self,
        id: TicketId,
        attachment: &Attachment,
        sink: &mut http::Sink<'_>,
    ) -> Result<u64> {
        match self.shell() {
            Some(shell) => shell.http.download(&attachment.source, sink).await,
            None => Err(Error::Invalid(format!(
                "#{id}'s file {} cannot be downloaded from this desk",
                attachment.name
            ))),
        }
    }

    /// Posts a public reply or an internal note, with the changes that ride along.
    async fn reply(&self, id: TicketId, reply: Reply) -> Result<()>;

    /// Merges ticket `source` into `target` (see `Capabilities::merge`).
    async fn merge(&self, source: TicketId, _target: TicketId) -> Result<()> {
        Err(Error::Invalid(format!(
            "this help desk cannot merge tickets; #{source} is unchanged"
        )))
    }

    /// Opens a ticket for a customer with its first message (see `Capabilities::create`);
    /// where the desk cannot start with an internal note, `message` is public or empty and
    /// the caller posts the note next. Returns the new ticket's id.
    async fn create(&self, opening: &Opening, message: &Reply) -> Result<TicketId> {
        match self.opens() {
            Some(desk) => desk.create_ticket(opening, message).await,
            None => Err(Error::Invalid(format!(
                "this help desk cannot open tickets from frontdesk; nothing was created for {}",
                opening.requester
            ))),
        }
    }

    /// The ticket an earlier [`HelpDesk::create`] of `opening` made, if it did: asked before
    /// trying again after an answer that never came, so a retry never opens a second ticket.
    async fn find_created(&self, opening: &Opening) -> Result<Option<TicketId>> {
        match self.opens() {
            Some(desk) => desk.find_ticket(opening).await,
            None => Ok(None),
        }
    }

    /// The queues or groups a new ticket can start in, in the desk's order.
    async fn queues(&self) -> Result<Vec<QueueRef>> {
        match self.opens() {
            Some(desk) => desk.queue_list().await,
            None => Ok(Vec::new()),
        }
    }

    /// Changes fields of a ticket; `expected_version` guards against lost updates where the
    /// backend can check it.
    async fn update(
        &self,
        id: TicketId,
        changes: Changes,
        expected_version: Option<String>,
    ) -> Result<()>;

    /// Makes the same change to every ticket of `ids` (at most `Capabilities::bulk_batch`),
    /// unguarded by versions: bulk triage sets fields whatever they were. A desk with a bulk
    /// endpoint overrides this; the default asks ticket by ticket.
    async fn update_many(&self, ids: &[TicketId], changes: &Changes) -> Result<Outcomes> {
        let mut outcomes = Vec::with_capacity(ids.len());
        for &id in ids {
            outcomes.push((id, self.update(id, changes.clone(), None).await));
        }
        Ok(outcomes)
    }

    /// The agents a ticket can be assigned to.
    async fn agents(&self) -> Result<Vec<Agent>>;

    /// The ticket's history of changes (not its messages), oldest first; none where the desk
    /// keeps none frontdesk reads.
    async fn changes(&self, _id: TicketId) -> Result<Vec<Event>> {
        Ok(Vec::new())
    }

    /// The custom fields the agent can see, as the desk defines them (none where the desk
    /// has no custom fields, or frontdesk does not edit them there yet).
    async fn field_definitions(&self) -> Result<Vec<FieldDef>> {
        Ok(Vec::new())
    }

    /// The statuses an agent can set, where the desk's own differ from installation to
    /// installation (Redmine, Jira); by default those of `Capabilities::statuses`.
    async fn statuses(&self) -> Result<Vec<Status>> {
        Ok(self.capabilities().statuses)
    }

    /// Tickets changed since `since`, for marking news while frontdesk is open.
    async fn changed_since(&self, since: Timestamp) -> Result<Vec<TicketSummary>>;
}
