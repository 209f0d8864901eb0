//! What frontdesk knows about tickets, whatever help desk they come from: the ground floor
//! every other module builds on (backends produce these, the interface shows them, config and
//! triage describe them). Every text field here has already been cleaned (see
//! `text::sanitize`) by the backend that produced it.

pub mod canned;
mod changes;
mod create;
pub mod fields;
mod files;
mod history;
mod links;
pub mod query_string;
pub mod search;

pub use changes::Changes;
pub use create::{CreateSupport, Opening, QueueRef};
pub use fields::{FieldDef, FieldKind, FieldOption, FieldValue, Missing, TimeWorked, Unfit};
pub use files::{
    Attachment, FileLimits, FileRefusal, OutgoingFile, RecipientSupport, human_size, is_address,
};
pub use history::Event;
pub use links::Link;

use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// A ticket's number as the help desk shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TicketId(pub u64);

impl fmt::Display for TicketId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A requester's id in the help desk (a number, a login or an e-mail address).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ContactId(pub String);

/// An agent's id in the help desk.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AgentId(pub String);

/// How urgent a ticket is, on the four-step scale every backend is mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Priority {
    Low,
    #[default]
    Normal,
    High,
    Urgent,
}

impl Priority {
    /// All priorities, most urgent first (the order of menus).
    pub const ALL: [Priority; 4] = [
        Priority::Urgent,
        Priority::High,
        Priority::Normal,
        Priority::Low,
    ];

    /// The lower-case name used in config, canned-response actions and on screen.
    pub fn name(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Normal => "normal",
            Priority::High => "high",
            Priority::Urgent => "urgent",
        }
    }

    /// The queue's priority column: readable without colour.
    pub fn marker(self) -> &'static str {
        match self {
            Priority::Urgent => "▲▲",
            Priority::High => "▲",
            Priority::Normal => "·",
            Priority::Low => "▽",
        }
    }
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Priority {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "low" => Ok(Priority::Low),
            "normal" | "medium" => Ok(Priority::Normal),
            "high" => Ok(Priority::High),
            "urgent" => Ok(Priority::Urgent),
            other => Err(format!(
                "unknown priority \"{other}\" (use low, normal, high or urgent)"
            )),
        }
    }
}

impl serde::Serialize for Priority {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> serde::Deserialize<'de> for Priority {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// What a status means, whatever the help desk calls it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StatusKind {
    New,
    Open,
    /// Waiting on the customer or a third party.
    Pending,
    Solved,
    Closed,
}

impl StatusKind {
    /// Whether a ticket in this state still needs work.
    pub fn is_active(self) -> bool {
        matches!(
            self,
            StatusKind::New | StatusKind::Open | StatusKind::Pending
        )
    }
}

/// A status by the help desk's own name, with what it means.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Status {
    pub name: String,
    pub kind: StatusKind,
}

impl Status {
    /// Whether a status of this name deletes or hides the ticket (RT's `deleted`, Zammad's
    /// `removed`, spam and trash), so that setting it deserves a second question; solving
    /// and closing do not.
    pub fn hides_name(name: &str) -> bool {
        matches!(
            name.trim().to_ascii_lowercase().as_str(),
            "deleted" | "delete" | "removed" | "spam" | "trash" | "merged"
        )
    }

    /// A status called `name` meaning `kind`.
    pub fn new(name: impl Into<String>, kind: StatusKind) -> Self {
        Self {
            name: name.into(),
            kind,
        }
    }
}

/// A customer who writes in.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    pub id: ContactId,
    /// The full name as the help desk has it; may be empty when only an address is known.
    pub name: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: String,
    pub organization: Option<String>,
    /// An IANA time zone such as `Europe/Helsinki`, when the help desk knows it.
    pub timezone: Option<String>,
    /// The language the help desk keeps for them (`fi`, `pt-BR`), as it names it.
    pub language: Option<String>,
}

impl Contact {
    /// The given name: the help desk's own field, else the first word of the full name.
    pub fn first_name(&self) -> Option<&str> {
        self.first_name
            .as_deref()
            .or_else(|| self.name.split_whitespace().next())
    }

    /// The family name: the help desk's own field, else the words after the first.
    pub fn last_name(&self) -> Option<String> {
        if let Some(last) = &self.last_name {
            return Some(last.clone());
        }
        let rest: Vec<&str> = self.name.split_whitespace().skip(1).collect();
        (!rest.is_empty()).then(|| rest.join(" "))
    }

    /// What to call them on screen: the name, else the address.
    pub fn display_name(&self) -> &str {
        if self.name.is_empty() {
            &self.email
        } else {
            &self.name
        }
    }
}

/// A support agent.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Agent {
    pub id: AgentId,
    pub name: String,
    pub email: String,
    pub signature: String,
}

impl Agent {
    /// The agent's given name (the first word of the name).
    pub fn first_name(&self) -> &str {
        self.name.split_whitespace().next().unwrap_or(&self.name)
    }
}

/// Whether a conversation has run long enough to deserve a second look.
pub fn is_long(replies: Option<u32>, threshold: u32) -> bool {
    replies.is_some_and(|n| n > threshold)
}

/// One row of a queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketSummary {
    pub id: TicketId,
    pub subject: String,
    pub requester: Contact,
    pub status: Status,
    pub priority: Priority,
    /// The help desk's own priority value when it is a number (Request Tracker), for display.
    pub priority_value: Option<i64>,
    pub assignee: Option<Agent>,
    pub group: Option<String>,
    pub tags: Vec<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// When the customer's oldest unanswered message arrived; `None` when nobody waits on us.
    pub waiting_since: Option<Timestamp>,
    /// Messages after the first one, customer and agent alike (internal notes excluded);
    /// `None` where the help desk's queue does not say (its conversation will).
    pub replies: Option<u32>,
    /// The next response target, from the help desk's SLA or the configured targets.
    pub due_at: Option<Timestamp>,
    /// The desk's own SLA clock `due_at` comes from, where the desk keeps one (then the
    /// configured targets stay out of it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<Clock>,
    /// The help desk's version stamp, for detecting that someone else changed the ticket.
    pub version: Option<String>,
}

impl TicketSummary {
    /// A ticket with nothing known but its number: open, normal, dated at the epoch.
    pub fn new(id: TicketId) -> Self {
        Self {
            id,
            subject: String::new(),
            requester: Contact::default(),
            status: Status::new("open", StatusKind::Open),
            priority: Priority::Normal,
            priority_value: None,
            assignee: None,
            group: None,
            tags: Vec::new(),
            created_at: Timestamp::UNIX_EPOCH,
            updated_at: Timestamp::UNIX_EPOCH,
            waiting_since: None,
            replies: None,
            due_at: None,
            clock: None,
            version: None,
        }
    }
}

/// Who wrote a message and who can read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MessageKind {
    /// From the requester (or another customer on the ticket).
    Customer,
    /// From an agent, sent to the customer.
    Public,
    /// From an agent, for agents only.
    Internal,
}

/// One message of a conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    pub kind: MessageKind,
    pub author: String,
    pub body: String,
    pub created_at: Timestamp,
    /// Files on the message, inline images included, in the desk's order.
    pub attachments: Vec<Attachment>,
}

/// A ticket with its whole conversation, oldest message first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    pub summary: TicketSummary,
    /// Oldest first. Backends read the newest messages first and stop at a bound, so a very
    /// long conversation loses its oldest end, never its newest.
    pub conversation: Vec<Message>,
    /// The help desk has older messages than frontdesk read (more than a backend's bound).
    pub older_not_shown: bool,
    /// Who else receives replies besides the requester (CCs, followers, watchers), as the
    /// desk names them: addresses where it gives them.
    pub cc: Vec<String>,
    /// The ticket's page in the help desk's web interface.
    pub url: Option<String>,
    /// Related tickets (links, problem and incidents, parent and children).
    pub links: Vec<Link>,
    /// The ticket's custom fields, in the desk's order (kept copies from before they were
    /// read have none).
    #[serde(default)]
    pub fields: Vec<FieldValue>,
    /// Time worked and estimated, where the desk keeps them and any was recorded.
    #[serde(default)]
    pub time: Option<TimeWorked>,
    /// The queue, group or project the ticket is in, where the desk has them.
    #[serde(default)]
    pub queue: Option<QueueRef>,
    /// The signature the desk gives replies on this ticket where it keeps one per group
    /// (Zammad), filled in; otherwise replies take the agent's own (`Agent::signature`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

/// A help desk's SLA clock on a ticket: which one (`first reply`, `next reply`,
/// `resolution`, an SLA level's name), and whether it is paused (waiting on the customer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clock {
    pub name: String,
    #[serde(default)]
    pub paused: bool,
}

impl Clock {
    pub fn running(name: &str) -> Self {
        Self {
            name: name.into(),
            paused: false,
        }
    }
}

/// A saved query whose tickets form one tab of the queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub name: String,
    /// The query in the backend's own language (TicketSQL, Zendesk search, …).
    pub query: String,
    /// Whether the tab keeps only quick wins of what the query finds (see `triage::Triage`).
    pub quick: bool,
}

impl View {
    /// Views from `(name, query)` pairs, as backends list their defaults.
    pub fn list(pairs: &[(&str, &str)]) -> Vec<View> {
        pairs
            .iter()
            .map(|(name, query)| View {
                name: (*name).into(),
                query: (*query).into(),
                quick: false,
            })
            .collect()
    }

    /// The backend's default views with a "Quick wins" tab over the last (widest) of them, so
    /// simple questions do not wait behind hard ones.
    pub fn with_quick_wins(mut views: Vec<View>) -> Vec<View> {
        if let Some(widest) = views.last() {
            views.push(View {
                name: "Quick wins".into(),
                query: widest.query.clone(),
                quick: true,
            });
        }
        views
    }

    /// The profile's views, or `defaults` when it configures none; the defaults end with
    /// Quick wins where the desk tells enough (reply counts or tags) to find them.
    pub fn or_defaults(
        configured: &[View],
        defaults: impl FnOnce() -> Vec<View>,
        quick_wins: bool,
    ) -> Vec<View> {
        if configured.is_empty() && quick_wins {
            View::with_quick_wins(defaults())
        } else if configured.is_empty() {
            defaults()
        } else {
            configured.to_vec()
        }
    }
}

/// One page of a view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    pub tickets: Vec<TicketSummary>,
    /// How many tickets the whole view holds, when the help desk says.
    pub total: Option<usize>,
    /// The token that fetches the next page, if there is one.
    pub next: Option<String>,
}

/// A reply or internal note with the changes that ride along with it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Reply {
    pub body: String,
    /// `true` for a reply the customer sees, `false` for an internal note.
    pub public: bool,
    pub changes: Changes,
    /// The ticket version the agent saw, for backends that detect conflicts.
    pub expected_version: Option<String>,
    /// Files from the agent's disk sent with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<OutgoingFile>,
    /// Copies of a public reply, beyond the requester.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cc: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bcc: Vec<String>,
    /// Set where this is a message of the ticket forwarded to someone else (the body is
    /// what the agent wrote above it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forward: Option<Forward>,
}

/// A message forwarded to a third party.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Forward {
    /// The desk's id of the message forwarded.
    pub message: String,
    /// Who it goes to.
    pub to: Vec<String>,
    /// The message's files, sent along where the desk forwards them.
    #[serde(default)]
    pub files: Vec<Attachment>,
}

/// Which query language a desk's search speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchSyntax {
    /// The demo desk's `field:value` terms, and words.
    #[default]
    Demo,
    /// Request Tracker's TicketSQL.
    TicketSql,
    /// Zendesk's search syntax.
    Zendesk,
    /// Freshdesk's filter queries (fields only), or its list filters for an e-mail address.
    Freshdesk,
    /// Zammad's (Elasticsearch) query string.
    Zammad,
    /// Redmine's issue filters as a query string (`status_id=*&tracker_id=2`), its full-text
    /// search for words, and the issues of a person for an address.
    Redmine,
    /// Help Scout's conversation search (`(body:"…")`, `(email:"…")`) or a list filter.
    HelpScout,
    /// Jira's JQL, and a requester by address.
    Jira,
}

/// What a backend can do, so the interface offers only what works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capabilities {
    pub priority: bool,
    pub tags: bool,
    pub conflict_detection: bool,
    pub server_side_canned: bool,
    /// The statuses an agent may set, in menu order.
    pub statuses: Vec<Status>,
    /// What the desk takes as files with one message.
    pub files: FileLimits,
    /// Who a reply can be copied to.
    pub recipients: RecipientSupport,
    /// The query language of the desk's search.
    pub search: SearchSyntax,
    /// Whether one ticket can be merged into another, and what happens to the merged one
    /// (`None`: the desk cannot merge).
    pub merge: Option<MergeEffect>,
    /// Whether and how the agent can open a ticket for a customer (`None`: not from here).
    pub create: Option<CreateSupport>,
    /// How many tickets one bulk change sends at once: 1 where each ticket is its own
    /// request, paced by the desk's rate limit; more where the desk has a bulk endpoint.
    pub bulk_batch: usize,
    /// Whether a reply or note can carry the time spent on it (`Changes::time_spent`), or
    /// why not.
    pub time_tracking: Result<(), &'static str>,
    /// Whether that time goes in a request of its own after the message (a time entry),
    /// which the outbox sends as an entry of its own once the message is delivered.
    pub time_apart: bool,
    /// Whether time can be logged without a message (on its own, or with a status change),
    /// or why not.
    pub time_alone: Result<(), &'static str>,
    /// Whether a message can be forwarded to a third party (`Reply::forward`), or why not.
    pub forward: Result<(), &'static str>,
    /// Whether a ticket can move to another queue, group, project or mailbox
    /// (`Changes::queue`), or why not, in words.
    pub moves: Result<(), &'static str>,
}

impl TicketSummary {
    /// Sets what the whole conversation tells: how many replies there are, and, while the
    /// ticket is the agents' to answer (new or open), since when the customer has waited.
    pub fn read_from(&mut self, conversation: &[Message]) {
        let (waiting, replies) = waiting_and_replies(conversation);
        self.waiting_since = match self.status.kind {
            StatusKind::New | StatusKind::Open => waiting,
            _ => None,
        };
        self.replies = Some(replies);
    }
}

/// When the customer's oldest unanswered message arrived, and how many replies there are.
pub fn waiting_and_replies(conversation: &[Message]) -> (Option<Timestamp>, u32) {
    let last_public = conversation
        .iter()
        .rposition(|m| m.kind == MessageKind::Public);
    let waiting = conversation
        .iter()
        .skip(last_public.map_or(0, |p| p + 1))
        .find(|m| m.kind == MessageKind::Customer)
        .map(|m| m.created_at);
    let replies = conversation
        .iter()
        .filter(|m| m.kind != MessageKind::Internal)
        .count()
        .saturating_sub(1);
    (waiting, replies as u32)
}

/// What merging does to the ticket merged away, as each desk does it; the interface says it
/// in the agent's language before asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeEffect {
    /// Closed with a note pointing to the target (the demo).
    ClosedWithNote,
    /// Closed with a note; the target gets its comments as a note (Zendesk).
    ClosedCommentsCopied,
    /// Closed; its conversations are added to the target (Freshdesk).
    ClosedConversationsAdded,
    /// Its messages show with the target's and it leaves every view (Request Tracker).
    ShownWithTarget,
    /// Set to merged; its articles move to the target (Zammad).
    SetMerged,
}
