//! Redmine REST API JSON, as it arrives (`/issues.json`, `/issues/{id}.json` with its
//! includes, the enumerations). Every list and field may be missing: a plugin, an older
//! version or a permission the key lacks leaves it out.

use jiff::Timestamp;
use serde::Deserialize;

use crate::backend::lenient;

/// A reference to a record by id and name (`{"id": 5, "name": "Bob Lindqvist"}`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Named {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
}

/// An issue status.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Status {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default)]
    pub is_closed: bool,
}

/// An issue priority, listed in the order an admin arranged them (lowest first).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Priority {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default)]
    pub is_default: bool,
    /// Missing on older versions, where every listed priority is active.
    #[serde(default)]
    pub active: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub struct Statuses {
    #[serde(default, deserialize_with = "lenient::list")]
    pub issue_statuses: Vec<Status>,
}

#[derive(Debug, Deserialize)]
pub struct Priorities {
    #[serde(default, deserialize_with = "lenient::list")]
    pub issue_priorities: Vec<Priority>,
}

/// An issue, with whatever `include=` brought along.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Issue {
    pub id: u64,
    #[serde(default)]
    pub project: Option<Named>,
    #[serde(default)]
    pub status: Option<Status>,
    #[serde(default)]
    pub priority: Option<Named>,
    #[serde(default)]
    pub author: Option<Named>,
    #[serde(default)]
    pub assigned_to: Option<Named>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub subject: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub description: String,
    /// A date without a time (`2026-11-30`).
    #[serde(default, deserialize_with = "lenient::text")]
    pub due_date: String,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub created_on: Option<Timestamp>,
    /// Kept as sent: it is the version compared before a write.
    #[serde(default)]
    pub updated_on: Option<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub journals: Vec<Journal>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub attachments: Vec<File>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub watchers: Vec<Named>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub relations: Vec<Relation>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub allowed_statuses: Vec<Status>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub custom_fields: Vec<FieldValue>,
    /// Hours, decimal.
    #[serde(default)]
    pub spent_hours: Option<f64>,
    #[serde(default)]
    pub estimated_hours: Option<f64>,
}

/// A custom field's value on an issue: a string, or a list where the field takes several.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FieldValue {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default)]
    pub value: serde_json::Value,
}

/// One page of `/issues.json`.
#[derive(Debug, Deserialize)]
pub struct Issues {
    #[serde(default, deserialize_with = "lenient::list")]
    pub issues: Vec<Issue>,
    #[serde(default)]
    pub total_count: Option<usize>,
}

/// `/issues/{id}.json`.
#[derive(Debug, Deserialize)]
pub struct One {
    pub issue: Issue,
}

/// A journal: a note, the changes made with it, or both.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Journal {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default)]
    pub user: Option<Named>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub notes: String,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub created_on: Option<Timestamp>,
    #[serde(default)]
    pub private_notes: bool,
    #[serde(default, deserialize_with = "lenient::list")]
    pub details: Vec<Detail>,
}

/// One change a journal records (`attachment` details name the file added with it).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Detail {
    #[serde(default, deserialize_with = "lenient::text")]
    pub property: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub old_value: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub new_value: String,
}

/// A file on an issue.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct File {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub filename: String,
    #[serde(default)]
    pub filesize: Option<u64>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub content_type: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub content_url: String,
}

/// A relation between two issues.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Relation {
    pub issue_id: u64,
    pub issue_to_id: u64,
    #[serde(default, deserialize_with = "lenient::text")]
    pub relation_type: String,
}

/// A user (`/users/current.json`, `/users.json`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct User {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub login: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub firstname: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub lastname: String,
    /// Shown to admins, and to others where the user lets it be.
    #[serde(default, deserialize_with = "lenient::text")]
    pub mail: String,
}

#[derive(Debug, Deserialize)]
pub struct CurrentUser {
    pub user: User,
}

#[derive(Debug, Deserialize)]
pub struct Users {
    #[serde(default, deserialize_with = "lenient::list")]
    pub users: Vec<User>,
}

/// A project's member: a user or a group, with roles.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Membership {
    #[serde(default)]
    pub user: Option<Named>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub roles: Vec<Named>,
}

#[derive(Debug, Deserialize)]
pub struct Memberships {
    #[serde(default, deserialize_with = "lenient::list")]
    pub memberships: Vec<Membership>,
}

/// A role, with whether issues can be assigned to its members.
#[derive(Debug, Deserialize)]
pub struct Role {
    #[serde(default)]
    pub assignable: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub struct OneRole {
    pub role: Role,
}

#[derive(Debug, Deserialize)]
pub struct Roles {
    #[serde(default, deserialize_with = "lenient::list")]
    pub roles: Vec<Named>,
}

/// A project, which a new issue starts in.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Project {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
}

#[derive(Debug, Deserialize)]
pub struct Projects {
    #[serde(default, deserialize_with = "lenient::list")]
    pub projects: Vec<Project>,
}

/// One hit of `/search.json`.
#[derive(Debug, Deserialize)]
pub struct Hit {
    pub id: u64,
    #[serde(default, rename = "type", deserialize_with = "lenient::text")]
    pub kind: String,
}

#[derive(Debug, Deserialize)]
pub struct Search {
    #[serde(default, deserialize_with = "lenient::list")]
    pub results: Vec<Hit>,
    #[serde(default)]
    pub total_count: Option<usize>,
}

/// The answer to `POST /uploads.json`.
#[derive(Debug, Deserialize)]
pub struct Uploaded {
    pub upload: Token,
}

#[derive(Debug, Deserialize)]
pub struct Token {
    #[serde(deserialize_with = "lenient::text")]
    pub token: String,
}
