//! What a ticket's record holds beyond its summary: its custom fields as the desk holds them
//! (RT's custom fields, Zendesk's ticket fields, Redmine's issue custom fields…) and the time
//! worked on it, what the agent needs to read beside the conversation without the desk's
//! web page.

use serde::{Deserialize, Serialize};

/// One field on a ticket, with its values as text (several for a multi-select; none when it
/// is empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldValue {
    /// The desk's id for the field.
    pub id: String,
    /// Its name as the desk shows it.
    pub name: String,
    pub values: Vec<String>,
}

impl FieldValue {
    /// Whether the field holds anything.
    pub fn is_filled(&self) -> bool {
        self.values.iter().any(|v| !v.trim().is_empty())
    }

    /// Its values in one line: `Billing, Refunds`, or `—` when empty.
    pub fn shown(&self) -> String {
        if self.is_filled() {
            self.values.join(", ")
        } else {
            "—".into()
        }
    }
}

/// What kind of value a field holds, which decides how it is edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Text of several lines.
    Paragraph,
    /// One of the field's options.
    Choice,
    /// Any number of the field's options.
    Choices,
    /// Yes or no.
    Checkbox,
    /// A number, whole or decimal.
    Number,
    /// A date, `2026-12-24`.
    Date,
}

/// One option of a dropdown: what the desk stores and what it shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldOption {
    pub value: String,
    pub label: String,
}

impl FieldOption {
    /// An option whose value is its label (RT, Redmine).
    pub fn named(name: &str) -> Self {
        Self {
            value: name.into(),
            label: name.into(),
        }
    }
}

/// A custom field as the desk defines it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldDef {
    pub id: String,
    pub name: String,
    pub kind: FieldKind,
    /// The options of a dropdown, in the desk's order.
    #[serde(default)]
    pub options: Vec<FieldOption>,
    /// The desk wants it filled before a ticket is solved (or closed).
    #[serde(default)]
    pub required_to_solve: bool,
    /// The agent may change it (read-only fields are shown, not offered for editing).
    #[serde(default = "yes")]
    pub editable: bool,
}

fn yes() -> bool {
    true
}

impl FieldDef {
    /// How `value` (as the desk stores it) reads: an option's label, `yes`/`no` for a
    /// checkbox.
    pub fn label_of(&self, value: &str) -> String {
        if self.kind == FieldKind::Checkbox {
            return if truthy(value) { "yes" } else { "no" }.into();
        }
        self.options
            .iter()
            .find(|o| o.value == value)
            .map_or_else(|| value.to_string(), |o| o.label.clone())
    }

    /// Whether `text` is a value this field takes, or why not (`None`: it is fine). An empty
    /// text is fine: it empties the field.
    pub fn refuses(&self, text: &str) -> Option<Unfit> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        match self.kind {
            FieldKind::Number if text.replace(',', ".").parse::<f64>().is_err() => {
                Some(Unfit::NotANumber)
            }
            FieldKind::Date if jiff::civil::Date::strptime("%Y-%m-%d", text).is_err() => {
                Some(Unfit::NotADate)
            }
            FieldKind::Choice | FieldKind::Choices
                if !self.options.is_empty() && !self.options.iter().any(|o| o.value == text) =>
            {
                Some(Unfit::NoSuchOption(text.to_string()))
            }
            _ => None,
        }
    }
}

impl FieldDef {
    /// The stored value of the option `typed` names by its value or its label (any case);
    /// what was typed where no option matches.
    pub fn option_value(&self, typed: &str) -> String {
        self.options
            .iter()
            .find(|o| o.value == typed || o.label.eq_ignore_ascii_case(typed))
            .or_else(|| {
                self.options
                    .iter()
                    .find(|o| o.value.eq_ignore_ascii_case(typed))
            })
            .map_or_else(|| typed.to_string(), |o| o.value.clone())
    }
}

/// `fields` named as people write them (a field's name, an option's label) keyed and valued
/// as the desk takes them (its id, the option's value), by the desk's definitions `defs`. A
/// name no definition has stays as it is: Request Tracker takes names, others say what they
/// miss.
pub fn by_id(
    defs: &[FieldDef],
    fields: std::collections::BTreeMap<String, Vec<String>>,
) -> std::collections::BTreeMap<String, Vec<String>> {
    fields
        .into_iter()
        .map(|(name, values)| {
            let def = defs
                .iter()
                .find(|d| d.id == name || d.name.eq_ignore_ascii_case(&name));
            match def {
                Some(def) => (
                    def.id.clone(),
                    values.iter().map(|v| def.option_value(v)).collect(),
                ),
                None => (name, values),
            }
        })
        .collect()
}

/// Whether a checkbox's stored value means yes.
pub fn truthy(value: &str) -> bool {
    matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "true" | "1" | "yes" | "on"
    )
}

/// A field the desk wants filled before it takes a change, as its refusal (or its rules)
/// name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Missing {
    /// The field's id where the desk gave it, else its name.
    pub field: String,
    /// Its name, for the agent.
    pub name: String,
    /// The desk's words (`is required when solving a ticket`).
    pub reason: String,
    /// The field's definition where the desk gave it with the rule (Jira's transition
    /// screens), for a widget that fits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub def: Option<FieldDef>,
}

/// The time worked on a ticket and the time it was estimated to take, in minutes, where the
/// desk keeps them (RT's TimeWorked and TimeEstimated).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TimeWorked {
    pub worked: u32,
    pub estimated: Option<u32>,
}

impl TimeWorked {
    /// `worked 45m of 2h`, `worked 1h30m`, `estimated 2h`.
    pub fn shown(&self) -> String {
        match (self.worked, self.estimated) {
            (0, Some(estimated)) => format!("estimated {}", minutes(estimated)),
            (worked, Some(estimated)) => {
                format!("worked {} of {}", minutes(worked), minutes(estimated))
            }
            (worked, None) => format!("worked {}", minutes(worked)),
        }
    }
}

/// `45m`, `2h`, `1h30m`.
pub fn minutes(n: u32) -> String {
    match (n / 60, n % 60) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h{m}m"),
    }
}

/// Why a value does not fit a field; the interface words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unfit {
    NotANumber,
    /// Not a date written as 2026-12-24.
    NotADate,
    /// A choice the field does not offer.
    NoSuchOption(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_reads_as_an_agent_says_it() {
        let time = |worked, estimated| TimeWorked { worked, estimated }.shown();
        assert_eq!(time(45, Some(120)), "worked 45m of 2h");
        assert_eq!(time(90, None), "worked 1h30m");
        assert_eq!(time(0, Some(30)), "estimated 30m");
    }
}
