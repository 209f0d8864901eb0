//! Help Scout Mailbox API 2.0 JSON, as it arrives: HAL, with lists under `_embedded` (left
//! out altogether when empty) and pages under `page`; saved replies are a bare array.

use jiff::Timestamp;
use serde::Deserialize;

use crate::backend::lenient;

/// A person: a customer or a user (agent). Conversations call the name `first`/`last`,
/// the users endpoint `firstName`/`lastName`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    #[serde(default, deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, alias = "firstName", deserialize_with = "lenient::text")]
    pub first: String,
    #[serde(default, alias = "lastName", deserialize_with = "lenient::text")]
    pub last: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub email: String,
    /// `user`, `customer` or `team`, where a thread says who wrote it.
    #[serde(default, rename = "type", deserialize_with = "lenient::text")]
    pub kind: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Tag {
    #[serde(default, deserialize_with = "lenient::text")]
    pub tag: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct CustomField {
    #[serde(default, deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    /// What is stored: text, a number, a date, or a dropdown's option id.
    #[serde(default, deserialize_with = "lenient::text")]
    pub value: String,
    /// A dropdown's chosen option as its label.
    #[serde(default, deserialize_with = "lenient::text")]
    pub text: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Waiting {
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub time: Option<Timestamp>,
}

/// A conversation.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Conversation {
    pub id: u64,
    #[serde(default)]
    pub number: Option<u64>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub subject: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub status: String,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub mailbox_id: Option<String>,
    #[serde(default)]
    pub assignee: Option<Person>,
    #[serde(default)]
    pub primary_customer: Option<Person>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub created_at: Option<Timestamp>,
    /// Kept as sent: the version compared before a write.
    #[serde(default)]
    pub user_updated_at: Option<String>,
    #[serde(default)]
    pub customer_waiting_since: Option<Waiting>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub tags: Vec<Tag>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub cc: Vec<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub custom_fields: Vec<CustomField>,
    /// How many threads it has.
    #[serde(default)]
    pub threads: Option<u32>,
    #[serde(default, rename = "_embedded")]
    pub embedded: Option<Threads>,
}

/// A conversation's threads, where `embed=threads` brought them.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Threads {
    #[serde(default, deserialize_with = "lenient::list")]
    pub threads: Vec<Thread>,
}

/// One thread: a message, a note or a line of history.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Thread {
    #[serde(default, deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, rename = "type", deserialize_with = "lenient::text")]
    pub kind: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub body: String,
    #[serde(default)]
    pub created_by: Option<Person>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub created_at: Option<Timestamp>,
    #[serde(default, rename = "_embedded")]
    pub embedded: Option<Attachments>,
    /// A line of history's words (`Assigned to Sam`), on `lineitem` threads.
    #[serde(default)]
    pub action: Option<ThreadAction>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ThreadAction {
    #[serde(default, deserialize_with = "lenient::text")]
    pub text: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Attachments {
    #[serde(default, deserialize_with = "lenient::list")]
    pub attachments: Vec<File>,
}

/// A file on a thread.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct File {
    #[serde(default, deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub filename: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub mime_type: String,
    #[serde(default)]
    pub size: Option<u64>,
}

/// Page numbers, one-based.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageInfo {
    #[serde(default)]
    pub number: Option<usize>,
    #[serde(default)]
    pub total_pages: Option<usize>,
    #[serde(default)]
    pub total_elements: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Listed {
    #[serde(default, deserialize_with = "lenient::list")]
    pub conversations: Vec<Conversation>,
}

/// One page of `/v2/conversations`.
#[derive(Debug, Default, Deserialize)]
pub struct Conversations {
    #[serde(default, rename = "_embedded")]
    pub embedded: Option<Listed>,
    #[serde(default)]
    pub page: Option<PageInfo>,
}

#[derive(Debug, Default, Deserialize)]
pub struct UserList {
    #[serde(default, deserialize_with = "lenient::list")]
    pub users: Vec<Person>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Users {
    #[serde(default, rename = "_embedded")]
    pub embedded: Option<UserList>,
}

/// A mailbox, which new conversations start in.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Mailbox {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct MailboxList {
    #[serde(default, deserialize_with = "lenient::list")]
    pub mailboxes: Vec<Mailbox>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Mailboxes {
    #[serde(default, rename = "_embedded")]
    pub embedded: Option<MailboxList>,
}

/// A folder of a mailbox (`mine`, `unassigned`, a team's…).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Folder {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default, rename = "type", deserialize_with = "lenient::text")]
    pub kind: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct FolderList {
    #[serde(default, deserialize_with = "lenient::list")]
    pub folders: Vec<Folder>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Folders {
    #[serde(default, rename = "_embedded")]
    pub embedded: Option<FolderList>,
}

/// A saved reply as the list gives it (no text).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SavedReplyRef {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
}

/// A saved reply with its text (HTML, with Help Scout's `{%…%}` variables).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SavedReply {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub text: String,
}

/// A file's bytes, base64.
#[derive(Debug, Deserialize)]
pub struct Data {
    #[serde(deserialize_with = "lenient::text")]
    pub data: String,
}

/// A mailbox's custom field with its options (for a priority kept in one).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FieldDef {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    /// `SINGLE_LINE`, `MULTI_LINE`, `DATE`, `NUMBER` or `DROPDOWN`.
    #[serde(rename = "type", default, deserialize_with = "lenient::text")]
    pub kind: String,
    #[serde(default, deserialize_with = "lenient::list")]
    pub options: Vec<FieldOption>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct FieldOption {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub label: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct FieldList {
    #[serde(default, deserialize_with = "lenient::list")]
    pub fields: Vec<FieldDef>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Fields {
    #[serde(default, rename = "_embedded")]
    pub embedded: Option<FieldList>,
}
