//! What frontdesk keeps on disk, as records of the interface's own: a draft, the views as last
//! seen, today's tally. The store writes them as the bytes it is given; these types and their
//! JSON belong here, beside the state they are taken from.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::seen::Seen;
use crate::model::{Changes, OutgoingFile, TicketId, TicketSummary};

/// A draft as it is saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftRecord {
    pub ticket: TicketId,
    pub public: bool,
    pub text: String,
    #[serde(default)]
    pub changes: Changes,
    #[serde(default)]
    pub canned_used: Vec<String>,
    /// The ticket as the agent had it when writing.
    #[serde(default)]
    pub seen: Option<Seen>,
    pub saved_at: Timestamp,
    /// Files attached, with the size and checksum they had when attached.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<OutgoingFile>,
    /// Copies of the reply beyond the requester.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cc: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bcc: Vec<String>,
    /// The form, when the draft is a new ticket's first message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_ticket: Option<super::new_ticket::FormRecord>,
    /// What the draft forwards, where it forwards a message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forward: Option<crate::backend::Forward>,
}

/// How many rows of each view the cache keeps: more than a screen, far less than a queue.
pub const CACHED_ROWS: usize = 200;

/// One view as last loaded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CachedView {
    pub name: String,
    pub query: String,
    pub total: Option<usize>,
    pub tickets: Vec<TicketSummary>,
}

/// Every view as last loaded, and when: painted at the next start until live data arrives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cache {
    pub saved_at: Timestamp,
    pub views: Vec<CachedView>,
    /// The desk's custom field definitions, so a ticket's fields have their types at once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<crate::model::FieldDef>,
}

/// A ticket's conversation as last read, opened at once from disk while the live copy loads.
/// (Attachments keep no address: some desks' links carry a signature.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CachedTicket {
    pub saved_at: Timestamp,
    pub ticket: crate::model::Ticket,
}

/// Replies and notes delivered on one day, kept so the stats panel's count survives a
/// restart; a new day starts again at zero.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub day: Option<Date>,
    pub replies: u32,
    pub notes: u32,
}

impl Tally {
    /// The counts for `today`: these, or zeros when they are from another day.
    pub fn on(&self, today: Date) -> Self {
        if self.day == Some(today) {
            *self
        } else {
            Self {
                day: Some(today),
                ..Self::default()
            }
        }
    }

    /// Counts one delivered reply (`public`) or note on `today`.
    pub fn count(&mut self, today: Date, public: bool) {
        *self = self.on(today);
        if public {
            self.replies += 1;
        } else {
            self.notes += 1;
        }
    }
}

/// A record as the bytes the store writes. Plain data: serde cannot fail on it.
pub fn to_bytes<T: Serialize>(record: &T) -> Vec<u8> {
    serde_json::to_vec_pretty(record).unwrap_or_default()
}

/// A record from the bytes the store read, or why they cannot be read.
pub fn from_bytes<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    serde_json::from_slice(bytes).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_day_starts_at_zero() {
        let monday: Date = "2026-11-23".parse().expect("date");
        let tuesday: Date = "2026-11-24".parse().expect("date");
        let mut tally = Tally::default();
        tally.count(monday, true);
        tally.count(monday, true);
        tally.count(monday, false);
        assert_eq!((tally.replies, tally.notes), (2, 1));
        let read: Tally = from_bytes(&to_bytes(&tally)).expect("round trip");
        assert_eq!(read.on(monday), tally);
        assert_eq!((read.on(tuesday).replies, read.on(tuesday).notes), (0, 0));
        assert!(from_bytes::<Tally>(b"[garbage").is_err());
    }

    #[test]
    fn records_round_trip_and_an_unassign_survives_as_null() {
        let draft = DraftRecord {
            ticket: TicketId(101),
            public: true,
            text: "Hallo Jürgen 👋".into(),
            changes: Changes {
                assignee: Some(None),
                ..Changes::default()
            },
            canned_used: vec!["local:refund".into()],
            seen: None,
            saved_at: "2026-11-22T12:00:00Z".parse().expect("time"),
            files: Vec::new(),
            cc: Vec::new(),
            bcc: Vec::new(),
            new_ticket: None,
            forward: None,
        };
        assert_eq!(from_bytes::<DraftRecord>(&to_bytes(&draft)), Ok(draft));
        let cache = Cache {
            saved_at: "2026-11-22T12:00:00Z".parse().expect("time"),
            fields: vec![crate::model::FieldDef {
                id: "7".into(),
                name: "Product".into(),
                kind: crate::model::FieldKind::Choice,
                options: vec![crate::model::FieldOption::named("Billing")],
                required_to_solve: true,
                editable: true,
            }],
            views: vec![CachedView {
                name: "Mine".into(),
                query: "assignee:me".into(),
                total: Some(0),
                tickets: Vec::new(),
            }],
        };
        assert_eq!(from_bytes::<Cache>(&to_bytes(&cache)), Ok(cache));
        assert!(from_bytes::<Cache>(b"{\"saved_at\": 3").is_err());
    }
}
