//! Zendesk Support API v2 JSON, as it arrives. Sideloaded records (`users`, `groups`,
//! `organizations`, `metric_sets`) sit beside the main list and are looked up by id.

use jiff::Timestamp;
use serde::Deserialize;

use crate::backend::lenient;

/// A person: requester, agent or admin.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct User {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub email: String,
    /// `end-user`, `agent` or `admin`.
    #[serde(default, deserialize_with = "lenient::text")]
    pub role: String,
    #[serde(default)]
    pub iana_time_zone: Option<String>,
    /// The user's locale (`fi`, `en-US`).
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub organization_id: Option<String>,
    #[serde(default)]
    pub signature: Option<String>,
}

/// A group or an organisation: only the name is needed.
#[derive(Debug, Clone, Deserialize)]
pub struct Named {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub name: String,
}

/// Ticket metrics, sideloaded with `include=metric_sets`.
#[derive(Debug, Clone, Deserialize)]
pub struct MetricSet {
    #[serde(deserialize_with = "lenient::id")]
    pub ticket_id: String,
    #[serde(default)]
    pub replies: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub requester_updated_at: Option<Timestamp>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub assignee_updated_at: Option<Timestamp>,
}

/// A ticket.
#[derive(Debug, Clone, Deserialize)]
pub struct Ticket {
    pub id: u64,
    #[serde(default, deserialize_with = "lenient::text")]
    pub subject: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub status: String,
    #[serde(default)]
    pub priority: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub requester_id: Option<String>,
    /// The problem ticket an incident belongs to.
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub problem_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub assignee_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub group_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub tags: Vec<String>,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub created_at: Option<Timestamp>,
    /// Kept as sent: it is the `updated_stamp` of a safe update.
    #[serde(default)]
    pub updated_at: Option<String>,
    /// Only meaningful for tasks; SLA policies speak through `slas`.
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub due_at: Option<Timestamp>,
    /// The SLA policy's clocks, with `include=slas`; unreadable reads as none.
    #[serde(default, deserialize_with = "lenient::or_default")]
    pub slas: Slas,
    /// People copied on public replies, and agents following the ticket.
    #[serde(default, deserialize_with = "lenient::ids")]
    pub email_cc_ids: Vec<String>,
    #[serde(default, deserialize_with = "lenient::ids")]
    pub follower_ids: Vec<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub custom_fields: Vec<super::fields::CustomValue>,
    /// The form whose conditions apply to it.
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub ticket_form_id: Option<String>,
}

/// A ticket's SLA clocks (`ticket.slas`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Slas {
    #[serde(default, deserialize_with = "lenient::list")]
    pub policy_metrics: Vec<PolicyMetric>,
}

/// One SLA clock (first reply, next reply, resolution…): whether it runs, when it breaches.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PolicyMetric {
    /// `first_reply_time`, `next_reply_time`, `requester_wait_time`, `agent_work_time`…
    #[serde(default, deserialize_with = "lenient::text")]
    pub metric: String,
    /// `active` while the clock runs; `paused` or `achieved` otherwise.
    #[serde(default, deserialize_with = "lenient::text")]
    pub stage: String,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub breach_at: Option<Timestamp>,
}

impl Slas {
    /// The clock the target comes from: the running one that breaches first, else a paused
    /// one (shown as paused, not due).
    pub fn clock(&self) -> Option<crate::backend::Clock> {
        let running = self
            .policy_metrics
            .iter()
            .filter(|m| (m.stage.is_empty() || m.stage == "active") && m.breach_at.is_some())
            .min_by_key(|m| m.breach_at);
        if let Some(m) = running {
            return Some(crate::backend::Clock::running(metric_name(&m.metric)));
        }
        let paused = self.policy_metrics.iter().find(|m| m.stage == "paused")?;
        Some(crate::backend::Clock {
            name: metric_name(&paused.metric).into(),
            paused: true,
        })
    }

    /// When the first running clock breaches.
    pub fn next_breach(&self) -> Option<Timestamp> {
        self.policy_metrics
            .iter()
            .filter(|m| m.stage.is_empty() || m.stage == "active")
            .filter_map(|m| m.breach_at)
            .min()
    }
}

/// The records sideloaded next to tickets or comments.
#[derive(Debug, Default, Deserialize)]
pub struct Sideloads {
    #[serde(default, deserialize_with = "lenient::list")]
    pub users: Vec<User>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub groups: Vec<Named>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub organizations: Vec<Named>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub metric_sets: Vec<MetricSet>,
}

/// Cursor pagination (`page[size]`): where the next page starts.
#[derive(Debug, Default, Deserialize)]
pub struct Meta {
    #[serde(default)]
    pub has_more: bool,
    #[serde(default)]
    pub after_cursor: Option<String>,
}

/// `GET /views/{id}/tickets`, `/users/{id}/tickets/requested`.
#[derive(Debug, Deserialize)]
pub struct TicketList {
    #[serde(default, deserialize_with = "lenient::each")]
    pub tickets: Vec<Ticket>,
    #[serde(flatten)]
    pub side: Sideloads,
    #[serde(default)]
    pub meta: Option<Meta>,
    #[serde(default)]
    pub count: Option<usize>,
}

/// `GET /search`: offset pagination, tickets among the results.
#[derive(Debug, Deserialize)]
pub struct Search {
    #[serde(default, deserialize_with = "lenient::list")]
    pub results: Vec<serde_json::Value>,
    #[serde(flatten)]
    pub side: Sideloads,
    #[serde(default)]
    pub next_page: Option<String>,
    #[serde(default)]
    pub count: Option<usize>,
}

/// `GET /tickets/{id}`.
#[derive(Debug, Deserialize)]
pub struct OneTicket {
    pub ticket: Ticket,
    #[serde(flatten)]
    pub side: Sideloads,
}

/// One comment of a ticket.
#[derive(Debug, Clone, Deserialize)]
pub struct Comment {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::opt_id")]
    pub author_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub body: String,
    #[serde(default)]
    pub html_body: Option<String>,
    #[serde(default = "yes")]
    pub public: bool,
    #[serde(default, deserialize_with = "lenient::opt_time")]
    pub created_at: Option<Timestamp>,
    #[serde(default, deserialize_with = "lenient::each")]
    pub attachments: Vec<FileRecord>,
}

/// A file on a comment.
#[derive(Debug, Clone, Deserialize)]
pub struct FileRecord {
    #[serde(default, deserialize_with = "lenient::text")]
    pub file_name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub content_url: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub content_type: String,
    #[serde(default)]
    pub size: Option<u64>,
    #[serde(default)]
    pub inline: bool,
    /// Redacted or removed: listed by Zendesk, no longer downloadable.
    #[serde(default)]
    pub deleted: bool,
}

/// A background job, as a merge (and bulk updates) answer with it.
#[derive(Debug, Deserialize)]
pub struct JobAnswer {
    pub job_status: JobStatus,
}

#[derive(Debug, Deserialize)]
pub struct JobStatus {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    /// `queued`, `working`, `completed`, `failed` or `killed`.
    #[serde(default, deserialize_with = "lenient::text")]
    pub status: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub message: String,
    /// Per ticket, for a bulk update: the ticket and whether it was changed.
    #[serde(default)]
    pub results: Vec<JobResult>,
}

/// One ticket's line in a finished bulk job.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct JobResult {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    pub success: Option<bool>,
    #[serde(deserialize_with = "lenient::text")]
    pub error: String,
    #[serde(deserialize_with = "lenient::text")]
    pub details: String,
}

/// `POST /uploads`: the token that attaches the file to a comment.
#[derive(Debug, Deserialize)]
pub struct Uploaded {
    pub upload: UploadToken,
}

#[derive(Debug, Deserialize)]
pub struct UploadToken {
    pub token: String,
}

fn yes() -> bool {
    true
}

/// `GET /tickets/{id}/comments`.
#[derive(Debug, Deserialize)]
pub struct Comments {
    #[serde(default, deserialize_with = "lenient::each")]
    pub comments: Vec<Comment>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub users: Vec<User>,
    #[serde(default)]
    pub meta: Option<Meta>,
}

/// One action of a macro: a field and the value it gets.
#[derive(Debug, Clone, Deserialize)]
pub struct MacroAction {
    pub field: String,
    #[serde(default)]
    pub value: serde_json::Value,
}

/// A macro.
#[derive(Debug, Clone, Deserialize)]
pub struct Macro {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default = "yes")]
    pub active: bool,
    #[serde(default, deserialize_with = "lenient::list")]
    pub actions: Vec<MacroAction>,
}

/// `GET /macros/active`.
#[derive(Debug, Deserialize)]
pub struct Macros {
    #[serde(default, deserialize_with = "lenient::each")]
    pub macros: Vec<Macro>,
    #[serde(default)]
    pub meta: Option<Meta>,
}

/// `GET /tickets/{t}/macros/{m}/apply`: the ticket as the macro would leave it.
#[derive(Debug, Deserialize)]
pub struct Applied {
    pub result: AppliedResult,
}

/// The `result` of an apply.
#[derive(Debug, Deserialize)]
pub struct AppliedResult {
    pub ticket: AppliedTicket,
}

/// The part of the applied ticket frontdesk uses.
#[derive(Debug, Deserialize)]
pub struct AppliedTicket {
    #[serde(default)]
    pub comment: Option<AppliedComment>,
}

/// `GET /macros/{m}/attachments`: the files a macro adds to its comment.
#[derive(Debug, Deserialize)]
pub struct MacroFiles {
    #[serde(default, deserialize_with = "lenient::each")]
    pub macro_attachments: Vec<MacroFile>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MacroFile {
    #[serde(default, deserialize_with = "lenient::text")]
    pub filename: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub content_type: String,
    #[serde(default)]
    pub size: Option<u64>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub content_url: String,
}

/// The comment a macro would add.
#[derive(Debug, Deserialize)]
pub struct AppliedComment {
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub html_body: Option<String>,
    /// `false` when the macro writes an internal note.
    #[serde(default)]
    pub public: Option<bool>,
}

/// `GET /views/active`.
#[derive(Debug, Deserialize)]
pub struct Views {
    #[serde(default, deserialize_with = "lenient::list")]
    pub views: Vec<ViewRecord>,
}

/// One of the agent's views.
#[derive(Debug, Deserialize)]
pub struct ViewRecord {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    pub title: String,
}

/// `GET /users/me`, `GET /users`.
#[derive(Debug, Deserialize)]
pub struct Me {
    pub user: User,
}

/// `GET /users?role[]=agent…`.
#[derive(Debug, Deserialize)]
pub struct Users {
    #[serde(default, deserialize_with = "lenient::list")]
    pub users: Vec<User>,
    #[serde(default)]
    pub meta: Option<Meta>,
}

/// A policy metric as an agent says it.
fn metric_name(metric: &str) -> &'static str {
    match metric {
        "first_reply_time" => "first reply",
        "next_reply_time" => "next reply",
        "periodic_update_time" | "pausable_update_time" => "update",
        "requester_wait_time" => "requester wait",
        "agent_work_time" => "agent work",
        _ => "SLA",
    }
}
