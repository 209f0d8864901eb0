//! Zammad REST API v1 JSON, as it arrives. With `full=true` (search) and in overviews, the
//! records a list refers to arrive in `assets`, keyed by type and then by id.

use std::collections::HashMap;

use jiff::Timestamp;
use serde::Deserialize;

use crate::backend::lenient;

/// A ticket.
#[derive(Debug, Clone, Deserialize)]
pub struct Ticket {
    /// The attributes of its own an admin added (flat keys), read by their definitions.
    #[serde(flatten)]
    pub extra: std::collections::HashMap<String, serde_json::Value>,
    pub id: u64,
    /// The number agents see (`#31001`), which the merge endpoint names the target by.
    #[serde(default, deserialize_with = "lenient::text")]
    pub number: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub title: String,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub state_id: Option<String>,
    /// The state's name, where the answer was expanded.
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub priority_id: Option<String>,
    #[serde(default)]
    pub priority: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub owner_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub customer_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub group_id: Option<String>,
    #[serde(default)]
    pub article_count: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub created_at: Option<Timestamp>,
    /// Kept as sent: it is the version compared before a write.
    #[serde(default)]
    pub updated_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub last_contact_customer_at: Option<Timestamp>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub last_contact_agent_at: Option<Timestamp>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub escalation_at: Option<Timestamp>,
    /// Zammad's three escalation clocks; the earliest running one is `escalation_at`.
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub first_response_escalation_at: Option<Timestamp>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub update_escalation_at: Option<Timestamp>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub close_escalation_at: Option<Timestamp>,
}

/// A person: customer or agent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct User {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub firstname: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub lastname: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub email: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub login: String,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub organization_id: Option<String>,
}

/// A group, organisation, state or priority: an id and a name.
#[derive(Debug, Clone, Deserialize)]
pub struct Named {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
}

/// A group: its name, and the signature replies in it get.
#[derive(Debug, Clone, Deserialize)]
pub struct Group {
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub signature_id: Option<String>,
}

fn yes() -> bool {
    true
}

/// Related records, by type and id.
#[derive(Debug, Default, Deserialize)]
pub struct Assets {
    #[serde(rename = "Ticket", default)]
    pub tickets: HashMap<String, Ticket>,
    #[serde(rename = "User", default)]
    pub users: HashMap<String, User>,
    #[serde(rename = "Group", default)]
    pub groups: HashMap<String, Group>,
    #[serde(rename = "Organization", default)]
    pub organizations: HashMap<String, Named>,
}

/// A reference to a ticket in an ordered list.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum TicketRef {
    Id(u64),
    Record { id: u64 },
}

impl TicketRef {
    /// The ticket's id.
    pub fn id(&self) -> u64 {
        match self {
            TicketRef::Id(id) | TicketRef::Record { id } => *id,
        }
    }
}

/// `GET /tickets/search?full=true`.
#[derive(Debug, Deserialize)]
pub struct Search {
    #[serde(default, alias = "record_ids", deserialize_with = "lenient::list")]
    pub tickets: Vec<TicketRef>,
    #[serde(default)]
    pub tickets_count: Option<usize>,
    #[serde(default)]
    pub assets: Assets,
}

/// `GET /ticket_overviews?view=…`.
#[derive(Debug, Deserialize)]
pub struct Overview {
    #[serde(default)]
    pub assets: Assets,
    pub index: OverviewIndex,
}

/// The ordered part of an overview.
#[derive(Debug, Deserialize)]
pub struct OverviewIndex {
    #[serde(default, deserialize_with = "lenient::list")]
    pub tickets: Vec<TicketRef>,
    #[serde(default)]
    pub count: Option<usize>,
}

/// One article (message) of a ticket.
#[derive(Debug, Clone, Deserialize)]
pub struct Article {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    /// `Customer`, `Agent` or `System`.
    #[serde(default, deserialize_with = "lenient::text")]
    pub sender: String,
    #[serde(default)]
    pub internal: bool,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub created_by: Option<serde_json::Value>,
    #[serde(default)]
    pub content_type: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub body: String,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub created_at: Option<Timestamp>,
    /// Addresses copied on an e-mail article, comma-separated.
    #[serde(default, deserialize_with = "lenient::text")]
    pub cc: String,
    #[serde(default, deserialize_with = "lenient::each")]
    pub attachments: Vec<FileRecord>,
}

/// A file on an article.
#[derive(Debug, Clone, Deserialize)]
pub struct FileRecord {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub filename: String,
    /// Zammad sends the size as a string.
    #[serde(default, deserialize_with = "lenient::text")]
    pub size: String,
    #[serde(default)]
    pub preferences: FilePreferences,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct FilePreferences {
    #[serde(rename = "Mime-Type", default, deserialize_with = "lenient::text")]
    pub mime_type: String,
    /// Set on an image shown inside the HTML body.
    #[serde(rename = "Content-ID", default, deserialize_with = "lenient::text")]
    pub content_id: String,
}

/// `GET /tags?object=Ticket&o_id=…`.
#[derive(Debug, Default, Deserialize)]
pub struct Tags {
    #[serde(default, deserialize_with = "lenient::list")]
    pub tags: Vec<String>,
}

/// A text module (snippet).
#[derive(Debug, Clone, Deserialize)]
pub struct TextModule {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub keywords: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub content: String,
    #[serde(default = "yes")]
    pub active: bool,
}

/// A macro: a name and what it does (`perform`).
#[derive(Debug, Clone, Deserialize)]
pub struct Macro {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default)]
    pub perform: HashMap<String, serde_json::Value>,
    #[serde(default = "yes")]
    pub active: bool,
}

/// `GET /links?link_object=Ticket&link_object_value={id}`.
#[derive(Debug, Default, Deserialize)]
pub struct Links {
    #[serde(default, deserialize_with = "lenient::each")]
    pub links: Vec<LinkRow>,
}

#[derive(Debug, Deserialize)]
pub struct LinkRow {
    #[serde(default, deserialize_with = "lenient::text")]
    pub link_type: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub link_object: String,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub link_object_value: Option<String>,
}
