//! `frontdesk set N status=solved priority=high assignee=me tags=+billing,-new Product=Pro`:
//! the pairs read into one change, checked against what the desk offers (its statuses, its
//! agents, its custom fields' kinds and options) before anything is sent.

use crate::backend::{Agent, Changes, FieldDef, FieldKind, Priority, Status};
use crate::model::fields::{Unfit, truthy};

/// What the desk offers, to check the pairs against.
#[derive(Debug, Default)]
pub struct Offered<'a> {
    pub statuses: &'a [Status],
    pub agents: &'a [Agent],
    pub me: Option<&'a Agent>,
    pub fields: &'a [FieldDef],
}

/// The change the pairs ask for, with what it does in words ("status → solved, tags +vip"),
/// or why a pair cannot be taken.
pub fn read(pairs: &[String], offered: &Offered<'_>) -> Result<(Changes, String), String> {
    let mut changes = Changes::default();
    let mut said = Vec::new();
    for pair in pairs {
        let Some((key, value)) = pair.split_once('=') else {
            return Err(crate::fl!("script-set-pair", pair = pair.as_str()));
        };
        let (key, value) = (key.trim(), value.trim());
        match key.to_lowercase().as_str() {
            "status" => {
                let name = status(value, offered.statuses)?;
                said.push(format!("status → {name}"));
                changes.status = Some(name);
            }
            "priority" => {
                let p = Priority::ALL
                    .into_iter()
                    .find(|p| p.name().eq_ignore_ascii_case(value))
                    .ok_or_else(|| {
                        let names: Vec<&str> = Priority::ALL.iter().map(|p| p.name()).collect();
                        crate::fl!(
                            "script-set-no-such",
                            key = "priority",
                            value = value,
                            offered = names.join(", ")
                        )
                    })?;
                said.push(format!("priority → {}", p.name()));
                changes.priority = Some(p);
            }
            "assignee" | "owner" => {
                let who = assignee(value, offered)?;
                said.push(format!(
                    "assignee → {}",
                    who.map_or("—", |a| a.name.as_str())
                ));
                changes.assignee = Some(who.map(|a| a.id.clone()));
            }
            "tags" => {
                for tag in value.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                    match tag.strip_prefix('-') {
                        Some(gone) => changes.tags_remove.push(gone.to_string()),
                        None => changes
                            .tags_add
                            .push(tag.trim_start_matches('+').to_string()),
                    }
                }
                let mut words: Vec<String> =
                    changes.tags_add.iter().map(|t| format!("+{t}")).collect();
                words.extend(changes.tags_remove.iter().map(|t| format!("-{t}")));
                said.push(format!("tags {}", words.join(" ")));
            }
            _ => {
                let def = offered
                    .fields
                    .iter()
                    .find(|d| d.name.eq_ignore_ascii_case(key) || d.id == key)
                    .ok_or_else(|| {
                        let mut names = vec!["status", "priority", "assignee", "tags"];
                        names.extend(
                            offered
                                .fields
                                .iter()
                                .filter(|d| d.editable)
                                .map(|d| d.name.as_str()),
                        );
                        crate::fl!(
                            "script-set-no-such",
                            key = "field",
                            value = key,
                            offered = names.join(", ")
                        )
                    })?;
                if !def.editable {
                    return Err(crate::fl!("script-set-read-only", name = def.name.as_str()));
                }
                let values = field_values(def, value)?;
                said.push(format!(
                    "{} → {}",
                    def.name,
                    if values.is_empty() {
                        "—".to_string()
                    } else {
                        values
                            .iter()
                            .map(|v| def.label_of(v))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                ));
                changes.fields.insert(def.id.clone(), values);
            }
        }
    }
    if changes.is_empty() {
        return Err(crate::fl!("script-set-nothing"));
    }
    Ok((changes, said.join(", ")))
}

/// The desk's name for the status asked for (any case); any name where the desk lists none.
fn status(asked: &str, statuses: &[Status]) -> Result<String, String> {
    if statuses.is_empty() {
        return Ok(asked.to_string());
    }
    statuses
        .iter()
        .find(|s| s.name.eq_ignore_ascii_case(asked))
        .map(|s| s.name.clone())
        .ok_or_else(|| {
            let names: Vec<&str> = statuses.iter().map(|s| s.name.as_str()).collect();
            crate::fl!(
                "script-set-no-such",
                key = "status",
                value = asked,
                offered = names.join(", ")
            )
        })
}

/// The agent asked for: `me`, `none`, or one of the desk's agents by name, e-mail or id.
fn assignee<'a>(asked: &str, offered: &Offered<'a>) -> Result<Option<&'a Agent>, String> {
    match asked.to_lowercase().as_str() {
        "" | "none" | "nobody" => return Ok(None),
        "me" => {
            return offered
                .me
                .map(Some)
                .ok_or_else(|| crate::fl!("menu-who-are-you"));
        }
        _ => {}
    }
    let found: Vec<&Agent> = offered
        .agents
        .iter()
        .filter(|a| {
            a.name.eq_ignore_ascii_case(asked)
                || a.email.eq_ignore_ascii_case(asked)
                || a.id.0 == asked
        })
        .collect();
    match found.as_slice() {
        [one] => Ok(Some(one)),
        _ => Err(crate::fl!("script-set-no-agent", who = asked)),
    }
}

/// A field's values from what was typed: an option by its value or label (any case), several
/// for a multi-choice field (comma-separated), yes/no for a checkbox; empty empties it.
fn field_values(def: &FieldDef, typed: &str) -> Result<Vec<String>, String> {
    if typed.is_empty() {
        return Ok(Vec::new());
    }
    let values: Vec<String> = match def.kind {
        FieldKind::Checkbox => vec![truthy(typed).to_string()],
        FieldKind::Choices => typed
            .split(',')
            .map(|v| def.option_value(v.trim()))
            .collect(),
        FieldKind::Choice => vec![def.option_value(typed)],
        _ => vec![typed.to_string()],
    };
    let name = def.name.as_str();
    match values.iter().find_map(|v| def.refuses(v)) {
        None => Ok(values),
        Some(Unfit::NotANumber) => Err(crate::fl!("fields-takes-number", name = name)),
        Some(Unfit::NotADate) => Err(crate::fl!("form-takes-date", name = name)),
        Some(Unfit::NoSuchOption(value)) => {
            Err(crate::fl!("form-no-option", name = name, value = value))
        }
    }
}

#[cfg(test)]
mod tests;
