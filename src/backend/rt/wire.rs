//! Request Tracker's REST 2.0 JSON, as it arrives. Field names follow RT's; anything missing is
//! tolerated, because RT leaves out what the user may not see.

use jiff::Timestamp;
use serde::{Deserialize, Deserializer};

/// A page of a collection (`/tickets`, `/ticket/N/history`, `/articles`…).
#[derive(Debug, Deserialize)]
pub struct Collection<T: serde::de::DeserializeOwned> {
    #[serde(
        default = "Vec::new",
        deserialize_with = "crate::backend::lenient::each"
    )]
    pub items: Vec<T>,
    pub total: Option<u64>,
    pub page: Option<u64>,
    /// RT sends this as a float on empty results (`0.0`).
    pub pages: Option<f64>,
}

impl<T: serde::de::DeserializeOwned> Collection<T> {
    /// The next page number, if there is one.
    pub fn next_page(&self) -> Option<u64> {
        let page = self.page.unwrap_or(1);
        let pages = self.pages.unwrap_or(0.0).ceil() as u64;
        (page < pages).then_some(page + 1)
    }
}

/// Ids come as strings in references (`"root"`, `"12"`) and as numbers in records.
pub(super) fn any_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => s,
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    })
}

pub(super) fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(
        Option::<serde_json::Value>::deserialize(d)?.and_then(|v| match v {
            serde_json::Value::String(s) if !s.trim().is_empty() => Some(s),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        }),
    )
}

/// A date; RT writes "not set" as the Unix epoch.
fn date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Timestamp>, D::Error> {
    let text = Option::<String>::deserialize(d)?;
    Ok(text
        .and_then(|t| t.parse::<Timestamp>().ok())
        .filter(|t| *t != Timestamp::UNIX_EPOCH))
}

/// A user as referenced from another record, with whatever fields were asked for.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UserRef {
    #[serde(rename = "id", deserialize_with = "any_string", default)]
    pub id: String,
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub real_name: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub email_address: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub organization: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub timezone: Option<String>,
    /// The user's language (`fi`), where set.
    #[serde(default, deserialize_with = "opt_string")]
    pub lang: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub privileged: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub signature: Option<String>,
}

impl UserRef {
    /// The login: the `Name` field when present, else the reference's id.
    pub fn login(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.id)
    }
}

/// A queue reference.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct QueueRef {
    #[serde(rename = "Name", default, deserialize_with = "opt_string")]
    pub name: Option<String>,
}

/// A ticket, from `/tickets?fields=…` with its references expanded.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TicketRow {
    #[serde(rename = "id", deserialize_with = "any_string")]
    pub id: String,
    #[serde(default, deserialize_with = "opt_string")]
    pub subject: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub priority: Option<String>,
    pub owner: Option<UserRef>,
    #[serde(default)]
    pub requestor: Vec<UserRef>,
    /// The ticket's Cc and AdminCc watchers: they receive what the requestor receives.
    #[serde(default)]
    pub cc: Vec<UserRef>,
    #[serde(default)]
    pub admin_cc: Vec<UserRef>,
    pub queue: Option<QueueRef>,
    #[serde(default, deserialize_with = "date")]
    pub created: Option<Timestamp>,
    #[serde(default, deserialize_with = "date")]
    pub last_updated: Option<Timestamp>,
    pub last_updated_by: Option<UserRef>,
    #[serde(default, deserialize_with = "date")]
    pub due: Option<Timestamp>,
    #[serde(default, deserialize_with = "date")]
    pub told: Option<Timestamp>,
    /// Minutes, as RT counts time.
    #[serde(default, deserialize_with = "opt_string")]
    pub time_worked: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub time_estimated: Option<String>,
    /// The service level (`%ServiceAgreements`), whose targets RT keeps in `Due`.
    #[serde(rename = "SLA", default, deserialize_with = "opt_string")]
    pub sla: Option<String>,
}

/// `GET /ticket/{id}`, read for its links (among its `_hyperlinks`) and its custom fields,
/// which a search's rows do not carry.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TicketRecord {
    #[serde(rename = "_hyperlinks", default)]
    pub hyperlinks: Vec<Hyperlink>,
    #[serde(
        rename = "CustomFields",
        default,
        deserialize_with = "crate::backend::lenient::each"
    )]
    pub custom_fields: Vec<CustomFieldValues>,
}

/// One of a record's `_hyperlinks`: `{"ref": "refers-to", "type": "ticket", "id": "12"}`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Hyperlink {
    #[serde(rename = "ref")]
    pub relation: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub id: serde_json::Value,
}

/// One transaction of a ticket's history.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Transaction {
    #[serde(rename = "id", deserialize_with = "any_string")]
    pub id: String,
    #[serde(rename = "Type", default, deserialize_with = "any_string")]
    pub kind: String,
    #[serde(default)]
    pub creator: UserRef,
    #[serde(default, deserialize_with = "date")]
    pub created: Option<Timestamp>,
    /// What a change changed (`Owner`, `Queue`, a custom field's id), and from what to what.
    #[serde(default, deserialize_with = "opt_string")]
    pub field: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub old_value: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub new_value: Option<String>,
}

/// One MIME part of a ticket's mail (`/ticket/N/attachments`; its `Content` is raw text).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Part {
    /// The attachment's own id (RT always sends it): the order of a message's parts.
    #[serde(rename = "id", default, deserialize_with = "any_string")]
    pub id: String,
    #[serde(default, deserialize_with = "any_string")]
    pub transaction_id: String,
    #[serde(default, deserialize_with = "any_string")]
    pub content_type: String,
    #[serde(default, deserialize_with = "opt_string")]
    pub filename: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub content_length: Option<String>,
    #[serde(default)]
    pub content: Option<String>,
}

/// A custom field's values on a record.
#[derive(Debug, Clone, Deserialize)]
pub struct CustomFieldValues {
    #[serde(default, deserialize_with = "any_string")]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub values: Vec<serde_json::Value>,
}

/// An article (a knowledge-base entry, used as a canned response).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Article {
    #[serde(rename = "id", deserialize_with = "any_string")]
    pub id: String,
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub summary: Option<String>,
    #[serde(default)]
    pub custom_fields: Vec<CustomFieldValues>,
}

/// A record named by its id alone (a queue the agent sees).
#[derive(Debug, Clone, Deserialize)]
pub struct IdRow {
    #[serde(rename = "id", deserialize_with = "any_string")]
    pub id: String,
}
