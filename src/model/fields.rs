//! A ticket's custom fields as the desk holds them (RT's custom fields, Zendesk's ticket
//! fields, Redmine's issue custom fields…): what the agent needs to read beside the
//! conversation, such as an order number, without the desk's web page.

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
