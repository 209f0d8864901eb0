//! Jira Service Management Cloud JSON, as it arrives: the platform API (`/rest/api/3`, issue
//! fields, descriptions in Atlassian Document Format) and the service desk API
//! (`/rest/servicedeskapi`, comments in plain text with their public flag, paged by
//! `start`/`isLastPage`).

use jiff::Timestamp;
use serde::Deserialize;
use serde_json::Value;

use crate::backend::lenient;

/// A Jira user. The address may be hidden by the person's privacy settings.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    #[serde(default, deserialize_with = "lenient::text")]
    pub account_id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub display_name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub email_address: String,
    /// An IANA zone; null where the person's privacy settings hide it.
    #[serde(default, deserialize_with = "lenient::text")]
    pub time_zone: String,
    /// `fi_FI`; only on the full user (`GET /user`), and null where hidden.
    #[serde(default, deserialize_with = "lenient::text")]
    pub locale: String,
}

/// A priority or project as an issue names it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Named {
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Category {
    /// `new`, `indeterminate` or `done`.
    #[serde(default, deserialize_with = "lenient::text")]
    pub key: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default)]
    pub status_category: Option<Category>,
}

/// A file on the issue.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct File {
    #[serde(default, deserialize_with = "lenient::text")]
    pub filename: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub mime_type: String,
    #[serde(default)]
    pub size: Option<u64>,
    /// Where the bytes are (same host, same credential).
    #[serde(default, deserialize_with = "lenient::text")]
    pub content: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct LinkType {
    #[serde(default, deserialize_with = "lenient::text")]
    pub inward: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub outward: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Linked {
    #[serde(default, deserialize_with = "lenient::id")]
    pub id: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IssueLink {
    #[serde(default, rename = "type")]
    pub kind: LinkType,
    #[serde(default)]
    pub inward_issue: Option<Linked>,
    #[serde(default)]
    pub outward_issue: Option<Linked>,
}

/// The fields frontdesk asks for.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fields {
    /// The custom fields asked for, by id.
    #[serde(flatten)]
    pub extra: std::collections::HashMap<String, serde_json::Value>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub summary: String,
    #[serde(default)]
    pub status: Option<Status>,
    #[serde(default)]
    pub priority: Option<Named>,
    #[serde(default)]
    pub reporter: Option<User>,
    #[serde(default)]
    pub assignee: Option<User>,
    #[serde(default)]
    pub project: Option<Named>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub labels: Vec<String>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub created: Option<Timestamp>,
    /// Kept as sent: the version compared before a write.
    #[serde(default)]
    pub updated: Option<String>,
    /// A date without a time.
    #[serde(default, deserialize_with = "lenient::text")]
    pub duedate: String,
    /// Atlassian Document Format.
    #[serde(default)]
    pub description: Option<Value>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub attachment: Vec<File>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub issuelinks: Vec<IssueLink>,
}

/// An issue.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Issue {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub key: String,
    #[serde(default)]
    pub fields: Fields,
}

/// One page of `POST /rest/api/3/search/jql`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Search {
    #[serde(default, deserialize_with = "lenient::list")]
    pub issues: Vec<Issue>,
    #[serde(default)]
    pub next_page_token: Option<String>,
}

/// A time as the service desk API writes it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct When {
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub iso8601: Option<Timestamp>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommentFileLinks {
    #[serde(default)]
    pub content: Option<String>,
}

/// A file as a comment lists it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommentFile {
    #[serde(default, deserialize_with = "lenient::text")]
    pub filename: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub mime_type: String,
    #[serde(default)]
    pub size: Option<u64>,
    #[serde(default, rename = "_links")]
    pub links: CommentFileLinks,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct CommentFiles {
    #[serde(default, deserialize_with = "lenient::list")]
    pub values: Vec<CommentFile>,
}

/// A comment on a request: public (the customer sees it) or internal.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Comment {
    #[serde(default, deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub body: String,
    #[serde(default)]
    pub public: bool,
    #[serde(default)]
    pub author: Option<User>,
    #[serde(default)]
    pub created: Option<When>,
    #[serde(default)]
    pub attachments: Option<CommentFiles>,
}

/// A page of a service desk API list.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Paged<T> {
    #[serde(default = "Vec::new")]
    pub values: Vec<T>,
    #[serde(default)]
    pub is_last_page: Option<bool>,
}

/// A request, for the service desk it belongs to.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Request {
    #[serde(default, deserialize_with = "lenient::id")]
    pub service_desk_id: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceDesk {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub project_key: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub project_name: String,
}

/// A queue: a name and the JQL that fills it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Queue {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub jql: String,
}

/// The statuses one issue type of a project can be in.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TypeStatuses {
    #[serde(default, deserialize_with = "lenient::list")]
    pub statuses: Vec<Status>,
}

/// A workflow transition and where it leads.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Transition {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default)]
    pub to: Status,
    /// With `expand=transitions.fields`: the fields its screen asks for, by id.
    #[serde(default)]
    pub fields: std::collections::HashMap<String, super::screens::ScreenField>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Transitions {
    #[serde(default, deserialize_with = "lenient::list")]
    pub transitions: Vec<Transition>,
}

/// A priority, listed most urgent first.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Priority {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default)]
    pub is_default: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemporaryFile {
    #[serde(default, deserialize_with = "lenient::text")]
    pub temporary_attachment_id: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Temporary {
    #[serde(default, deserialize_with = "lenient::list")]
    pub temporary_attachments: Vec<TemporaryFile>,
}

/// A request type (new requests need one).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RequestType {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
}

/// A created request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    #[serde(deserialize_with = "lenient::id")]
    pub issue_id: String,
}
