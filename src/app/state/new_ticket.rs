//! The new-ticket form: who it is for, the subject, then the first message in the composer,
//! with the queue and priority beside them. It is a draft like a reply's (kept under
//! [`NEW_TICKET`]), so it is saved while typed and restored after a crash.

use serde::{Deserialize, Serialize};

use super::input::LineInput;
use crate::backend::{Contact, Priority, QueueRef, TicketId};
use crate::text::fuzzy;

/// The key of the new ticket's draft: no help desk numbers a ticket 0.
pub const NEW_TICKET: TicketId = TicketId(0);

/// How many known people the requester field suggests at once.
pub const SUGGESTIONS: usize = 5;

/// The form's fields in the order `tab` walks them (the message last, like an e-mail).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Field {
    #[default]
    Requester,
    Subject,
    Message,
}

/// The form above a new ticket's first message.
#[derive(Debug, Clone, Default)]
pub struct NewForm {
    pub requester: LineInput,
    /// The known person picked from the suggestions, while the field still holds their
    /// address: their name goes with the ticket.
    pub name: String,
    pub subject: LineInput,
    /// `None`: the desk's default.
    pub queue: Option<QueueRef>,
    pub priority: Priority,
    pub field: Field,
    /// The highlighted suggestion.
    pub suggestion: usize,
    /// The agent asked for the queue menu before the desk's queues arrived: it opens when
    /// they do.
    pub queue_menu_waiting: bool,
    /// The people the requester field suggests, gathered once when the form opens.
    pub known: std::sync::Arc<Vec<Contact>>,
    /// Those of `known` that match what is typed, best first: ranked when the field changes,
    /// not on every draw.
    pub suggested: Vec<Contact>,
}

/// The form as it is saved with the draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormRecord {
    pub requester: String,
    #[serde(default)]
    pub name: String,
    pub subject: String,
    #[serde(default)]
    pub queue: Option<QueueRef>,
    #[serde(default)]
    pub priority: Priority,
}

impl NewForm {
    pub fn record(&self) -> FormRecord {
        FormRecord {
            requester: self.requester.text().to_string(),
            name: self.name.clone(),
            subject: self.subject.text().to_string(),
            queue: self.queue.clone(),
            priority: self.priority,
        }
    }

    pub fn restore(record: FormRecord) -> Self {
        // A restored form opens where the agent is likely to go on: the first empty field.
        let field = if record.requester.trim().is_empty() {
            Field::Requester
        } else if record.subject.trim().is_empty() {
            Field::Subject
        } else {
            Field::Message
        };
        Self {
            requester: LineInput::with_text(&record.requester),
            name: record.name,
            subject: LineInput::with_text(&record.subject),
            queue: record.queue,
            priority: record.priority,
            field,
            suggestion: 0,
            queue_menu_waiting: false,
            known: Default::default(),
            suggested: Vec::new(),
        }
    }

    /// Whether nothing has been typed into the fields.
    pub fn is_blank(&self) -> bool {
        self.requester.text().trim().is_empty() && self.subject.text().trim().is_empty()
    }

    /// The customer's address as typed ("Ann <ann@example.com>" and "<ann@…>" taken too).
    pub fn address(&self) -> String {
        let typed = self.requester.text().trim();
        match (typed.rfind('<'), typed.rfind('>')) {
            (Some(open), Some(close)) if open < close => typed[open + 1..close].trim().to_string(),
            _ => typed.to_string(),
        }
    }

    /// Ranks `suggested` again after the requester field or `known` changed.
    pub fn suggest(&mut self) {
        self.suggested = self.rank().into_iter().cloned().collect();
        self.suggestion = self.suggestion.min(self.suggested.len().saturating_sub(1));
    }

    /// The people among `known` that match what is typed, best first; nothing while the
    /// field is empty or already holds a whole address someone has.
    fn rank(&self) -> Vec<&Contact> {
        let known = self.known.as_slice();
        let typed = self.requester.text().trim();
        if typed.is_empty() || known.iter().any(|c| c.email.eq_ignore_ascii_case(typed)) {
            return Vec::new();
        }
        let matcher = fuzzy::matcher();
        let mut scored: Vec<(i64, &Contact)> = known
            .iter()
            .filter_map(|c| {
                let label = format!("{} {}", c.name, c.email);
                matcher.score(&label, typed).map(|s| (s, c))
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.email.cmp(&b.1.email)));
        scored
            .into_iter()
            .map(|(_, c)| c)
            .take(SUGGESTIONS)
            .collect()
    }
}

/// The people a new ticket can be for: every requester the loaded views show, once each.
pub fn known_people(state: &super::State) -> Vec<Contact> {
    let mut people: Vec<Contact> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for view in &state.queue.views {
        for ticket in view.tickets.iter() {
            let c = &ticket.requester;
            if !c.email.is_empty() && seen.insert(c.email.to_lowercase()) {
                people.push(c.clone());
            }
        }
    }
    people
}

impl From<&crate::backend::Opening> for FormRecord {
    /// The form again, from a ticket the desk would not open.
    fn from(opening: &crate::backend::Opening) -> Self {
        Self {
            requester: opening.requester.clone(),
            name: opening.name.clone(),
            subject: opening.subject.clone(),
            queue: opening.queue.clone(),
            priority: opening.priority,
        }
    }
}
