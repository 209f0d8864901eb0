//! A ticket's history of changes (who set the status, the owner, the queue, a field, and
//! when), shown between its messages when the agent asks: RT's transactions, Redmine's
//! journal details, the demo desk's own record.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// One change to one field of a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at: Timestamp,
    /// Who made it, as the desk names them.
    pub who: String,
    /// What changed, in the desk's words: `Status`, `Owner`, `Queue`, a custom field's name.
    pub field: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Event {
    /// `Status new → open`, `Owner → bob`, `Order number changed`; a desk's own words
    /// where it gives only those (no field: Help Scout's `Assigned to Sam`).
    pub fn shown(&self) -> String {
        if self.field.is_empty() {
            return self.to.clone().unwrap_or_default();
        }
        match (nonempty(&self.from), nonempty(&self.to)) {
            (Some(from), Some(to)) => format!("{} {from} → {to}", self.field),
            (None, Some(to)) => format!("{} → {to}", self.field),
            (Some(from), None) => format!("{} {from} → —", self.field),
            (None, None) => format!("{} changed", self.field),
        }
    }
}

fn nonempty(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_reads_as_from_and_to() {
        let event = |from: Option<&str>, to: Option<&str>| Event {
            at: Timestamp::UNIX_EPOCH,
            who: "bob".into(),
            field: "Status".into(),
            from: from.map(String::from),
            to: to.map(String::from),
        };
        assert_eq!(
            event(Some("new"), Some("open")).shown(),
            "Status new → open"
        );
        assert_eq!(event(None, Some("open")).shown(), "Status → open");
        assert_eq!(event(Some("new"), Some("")).shown(), "Status new → —");
        assert_eq!(event(None, None).shown(), "Status changed");
    }
}
