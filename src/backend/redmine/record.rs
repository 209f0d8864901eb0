//! An issue's whole record beyond its conversation: custom fields (definitions, which only an
//! administrator's key may read, and values), time spent (logged with the update that carries
//! the note, so it is made once with it), and the history of changes from journal details.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::{Value, json};

use super::{RedmineDesk, wire};
use crate::backend::lenient;
use crate::backend::{
    Changes, Error, Event, FieldDef, FieldKind, FieldOption, FieldValue, Result, TicketId,
    TimeWorked,
};
use crate::text::clean_line;

/// `/custom_fields.json` (administrators only).
#[derive(Debug, Deserialize)]
struct Definitions {
    #[serde(default, deserialize_with = "lenient::list")]
    custom_fields: Vec<Definition>,
}

#[derive(Debug, Deserialize)]
struct Definition {
    #[serde(deserialize_with = "lenient::id")]
    id: String,
    #[serde(default, deserialize_with = "lenient::text")]
    name: String,
    #[serde(default, deserialize_with = "lenient::text")]
    customized_type: String,
    #[serde(default, deserialize_with = "lenient::text")]
    field_format: String,
    #[serde(default)]
    multiple: bool,
    #[serde(default, deserialize_with = "lenient::list")]
    possible_values: Vec<Possible>,
}

#[derive(Debug, Deserialize)]
struct Possible {
    #[serde(default, deserialize_with = "lenient::text")]
    value: String,
    #[serde(default, deserialize_with = "lenient::text")]
    label: String,
}

/// `/time_entries.json`, read for the entries' comments.
#[derive(Debug, Deserialize)]
struct TimeEntries {
    #[serde(default, deserialize_with = "lenient::list")]
    time_entries: Vec<TimeEntry>,
}

#[derive(Debug, Deserialize)]
struct TimeEntry {
    #[serde(default, deserialize_with = "lenient::text")]
    comments: String,
}

/// `/enumerations/time_entry_activities.json`.
#[derive(Debug, Deserialize)]
struct Activities {
    #[serde(default, deserialize_with = "lenient::list")]
    time_entry_activities: Vec<wire::Priority>,
}

impl RedmineDesk {
    /// The issue custom fields, where the key may read them (an administrator's); others
    /// get the fields with their values, edited as text.
    pub(super) async fn definitions(&self) -> Result<Vec<FieldDef>> {
        let read: Result<Definitions> = self.shell.http.get("custom_fields.json", &[]).await;
        let defs = match read {
            Ok(defs) => defs.custom_fields,
            Err(Error::Forbidden(_) | Error::NotFound(_)) => return Ok(Vec::new()),
            Err(err) => return Err(err),
        };
        Ok(defs
            .iter()
            .filter(|d| d.customized_type == "issue")
            .map(definition)
            .collect())
    }

    /// The `time_entry` that goes beside the issue in its update: hours, and the activity
    /// Redmine wants (its default, else the first).
    pub(super) async fn time_entry(
        &self,
        id: TicketId,
        changes: &Changes,
    ) -> Result<Option<Value>> {
        let Some(minutes) = changes.time_spent else {
            return Ok(None);
        };
        // Time logged on its own carries a note: an entry with it is an earlier try that
        // arrived, whose answer was lost.
        if let Some(note) = &changes.time_note {
            let issue = id.to_string();
            let logged: TimeEntries = self
                .shell
                .http
                .get(
                    "time_entries.json",
                    &[("issue_id", issue.as_str()), ("limit", "100")],
                )
                .await?;
            if logged.time_entries.iter().any(|e| &e.comments == note) {
                return Ok(None);
            }
        }
        let listed: Activities = self
            .shell
            .http
            .get("enumerations/time_entry_activities.json", &[])
            .await?;
        let active = listed
            .time_entry_activities
            .iter()
            .filter(|a| a.active != Some(false));
        let mut active = active.collect::<Vec<_>>();
        active.sort_by_key(|a| !a.is_default);
        let activity = active.first().ok_or_else(|| {
            Error::Invalid("Redmine lists no time entry activities to log time under".into())
        })?;
        let hours = (f64::from(minutes) / 60.0 * 100.0).round() / 100.0;
        Ok(Some(json!({
            "hours": hours,
            "activity_id": crate::backend::json_id(&activity.id),
            "comments": changes.time_note.as_deref().unwrap_or_default(),
        })))
    }

    /// The issue's changes, from its journals' details.
    pub(super) async fn issue_changes(&self, id: TicketId) -> Result<Vec<Event>> {
        let (issue, catalog) = tokio::join!(self.issue(id), self.catalog());
        let (issue, catalog) = (issue?, catalog?);
        let fields: HashMap<&str, &str> = issue
            .custom_fields
            .iter()
            .map(|f| (f.id.as_str(), f.name.as_str()))
            .collect();
        let mut events = Vec::new();
        for journal in &issue.journals {
            let Some(at) = journal.created_on else {
                continue;
            };
            let who = journal.user.as_ref().map_or("", |u| u.name.as_str());
            for detail in &journal.details {
                let (field, kind) = match (detail.property.as_str(), detail.name.as_str()) {
                    ("attr", "status_id") => ("Status".to_string(), Some("status")),
                    ("attr", "priority_id") => ("Priority".to_string(), Some("priority")),
                    ("attr", "assigned_to_id") => ("Assignee".to_string(), Some("user")),
                    ("attr", "project_id") => ("Project".to_string(), Some("project")),
                    ("attr", "subject") => ("Subject".to_string(), None),
                    ("attr", "due_date") => ("Due date".to_string(), None),
                    ("cf", id) => (fields.get(id).copied().unwrap_or(id).to_string(), None),
                    _ => continue,
                };
                let name = |value: &str| -> Option<String> {
                    let value = clean_line(value);
                    if value.is_empty() {
                        return None;
                    }
                    Some(match kind {
                        Some("status") => catalog
                            .statuses
                            .iter()
                            .find(|s| s.id == value)
                            .map_or(value.clone(), |s| clean_line(&s.name)),
                        Some("priority") => catalog
                            .priorities
                            .iter()
                            .find(|p| p.id == value)
                            .map_or(value.clone(), |p| clean_line(&p.name)),
                        _ => value,
                    })
                };
                let (from, to) = (name(&detail.old_value), name(&detail.new_value));
                events.push(Event {
                    at,
                    who: clean_line(who),
                    field,
                    from,
                    to,
                });
            }
        }
        // Users and projects come as ids: named once each.
        for event in &mut events {
            let kind = match event.field.as_str() {
                "Assignee" => "users",
                "Project" => "projects",
                _ => continue,
            };
            for value in [&mut event.from, &mut event.to].into_iter().flatten() {
                *value = self.name_of(kind, value).await;
            }
        }
        Ok(events)
    }

    async fn name_of(&self, kind: &str, id: &str) -> String {
        if kind == "users"
            && let Some(user) = self.person(id).await
        {
            return clean_line(&format!("{} {}", user.firstname, user.lastname));
        }
        #[derive(Deserialize)]
        struct One {
            project: wire::Named,
        }
        let read: Option<One> = self
            .shell
            .http
            .get(&format!("{kind}/{id}.json"), &[])
            .await
            .ok();
        read.map_or_else(|| id.to_string(), |p| clean_line(&p.project.name))
    }
}

fn definition(d: &Definition) -> FieldDef {
    let kind = match (d.field_format.as_str(), d.multiple) {
        ("list" | "enumeration" | "user" | "version", false) => FieldKind::Choice,
        ("list" | "enumeration" | "user" | "version", true) => FieldKind::Choices,
        ("text", _) => FieldKind::Paragraph,
        ("int" | "float", _) => FieldKind::Number,
        ("date", _) => FieldKind::Date,
        ("bool", _) => FieldKind::Checkbox,
        _ => FieldKind::Text,
    };
    FieldDef {
        id: d.id.clone(),
        name: clean_line(&d.name),
        kind,
        options: d
            .possible_values
            .iter()
            .map(|p| FieldOption {
                value: clean_line(&p.value),
                label: clean_line(if p.label.is_empty() {
                    &p.value
                } else {
                    &p.label
                }),
            })
            .collect(),
        required_to_solve: false,
        editable: d.field_format != "attachment",
    }
}

/// The issue's custom fields as the ticket shows them.
pub fn fields(issue: &wire::Issue) -> Vec<FieldValue> {
    issue
        .custom_fields
        .iter()
        .map(|f| FieldValue {
            id: f.id.clone(),
            name: clean_line(&f.name),
            values: match &f.value {
                Value::String(s) if !s.is_empty() => vec![clean_line(s)],
                Value::Array(list) => list
                    .iter()
                    .filter_map(|v| v.as_str())
                    .map(clean_line)
                    .collect(),
                _ => Vec::new(),
            },
        })
        .collect()
}

/// The time spent and estimated, in minutes.
pub fn time(issue: &wire::Issue) -> Option<TimeWorked> {
    let minutes = |h: Option<f64>| h.filter(|h| *h > 0.0).map(|h| (h * 60.0).round() as u32);
    let worked = minutes(issue.spent_hours);
    let estimated = minutes(issue.estimated_hours);
    (worked.is_some() || estimated.is_some()).then(|| TimeWorked {
        worked: worked.unwrap_or(0),
        estimated,
    })
}
