//! Freshdesk API v2 JSON, as it arrives.

use jiff::Timestamp;
use serde::Deserialize;

use crate::backend::lenient;

/// A contact (requester), also as embedded with `include=requester`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Contact {
    #[serde(default, deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub email: String,
    /// The contact's language (`fi`), where the desk keeps one.
    #[serde(default)]
    pub language: Option<String>,
    /// The contact's time zone, by its Rails name ("Helsinki"); only on the contact itself.
    #[serde(default)]
    pub time_zone: Option<String>,
}

/// Reply and activity times, with `include=stats`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Stats {
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub agent_responded_at: Option<Timestamp>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub requester_responded_at: Option<Timestamp>,
}

/// A ticket.
#[derive(Debug, Clone, Deserialize)]
pub struct Ticket {
    pub id: u64,
    /// 1 parent, 2 child, 3 tracker, 4 related; `associated_tickets_list` holds the others.
    #[serde(default)]
    pub association_type: Option<i64>,
    #[serde(default)]
    pub associated_tickets_list: Vec<u64>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub subject: String,
    #[serde(default)]
    pub status: i64,
    #[serde(default)]
    pub priority: i64,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub requester_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub responder_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub tags: Vec<String>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub created_at: Option<Timestamp>,
    /// Kept as sent: it is the version compared before a write.
    #[serde(default)]
    pub updated_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub due_by: Option<Timestamp>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub fr_due_by: Option<Timestamp>,
    /// The next response's, on accounts with next-response SLAs.
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub nr_due_by: Option<Timestamp>,
    #[serde(default, deserialize_with = "lenient::or_default")]
    pub custom_fields: std::collections::HashMap<String, serde_json::Value>,
    #[serde(default)]
    pub requester: Option<Contact>,
    #[serde(default)]
    pub stats: Option<Stats>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub description_text: Option<String>,
    /// Files on the description.
    #[serde(default, deserialize_with = "lenient::each")]
    pub attachments: Vec<FileRecord>,
    /// Copied when the ticket was created, and on replies since.
    #[serde(default, deserialize_with = "lenient::list")]
    pub cc_emails: Vec<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub reply_cc_emails: Vec<String>,
}

/// A file on the description or a conversation. `attachment_url` is a pre-signed storage
/// link that expires: it is fetched without the credential.
#[derive(Debug, Clone, Deserialize)]
pub struct FileRecord {
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub content_type: String,
    #[serde(default)]
    pub size: Option<u64>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub attachment_url: String,
}

/// `GET /search/tickets`.
#[derive(Debug, Deserialize)]
pub struct Search {
    #[serde(default, deserialize_with = "lenient::each")]
    pub results: Vec<Ticket>,
    #[serde(default)]
    pub total: Option<usize>,
}

/// One message after the ticket's description.
#[derive(Debug, Clone, Deserialize)]
pub struct Conversation {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub body_text: Option<String>,
    #[serde(default)]
    pub incoming: bool,
    #[serde(default)]
    pub private: bool,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub user_id: Option<String>,
    #[serde(default)]
    pub from_email: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub created_at: Option<Timestamp>,
    #[serde(default, deserialize_with = "lenient::each")]
    pub attachments: Vec<FileRecord>,
}

/// An agent: the person is in `contact`.
#[derive(Debug, Clone, Deserialize)]
pub struct Agent {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default)]
    pub contact: Contact,
    #[serde(default)]
    pub signature: Option<String>,
}

/// A folder of canned responses.
#[derive(Debug, Clone, Deserialize)]
pub struct Folder {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
}

/// A canned response.
#[derive(Debug, Clone, Deserialize)]
pub struct CannedResponse {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub title: String,
    #[serde(default)]
    pub content: Option<String>,
    #[serde(default)]
    pub content_html: Option<String>,
}
