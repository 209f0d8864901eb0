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
