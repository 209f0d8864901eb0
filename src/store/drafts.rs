//! Drafts on disk: one file per ticket in `<data>/drafts/<profile>/`, written atomically while
//! the agent types, on leaving the composer, and on SIGHUP, SIGTERM and panic. A draft file is
//! removed when its reply is handed to the outbox.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::app::state::seen::Seen;
use crate::model::{Changes, TicketId};

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
}

/// The file of `ticket`'s draft in `dir`.
pub fn file(dir: &Path, ticket: TicketId) -> PathBuf {
    dir.join(format!("{ticket}.json"))
}

/// Writes one draft.
pub fn save(dir: &Path, record: &DraftRecord) -> std::io::Result<()> {
    let json = serde_json::to_vec_pretty(record).map_err(std::io::Error::other)?;
    super::write_atomic(&file(dir, record.ticket), &json)
}

/// Removes `ticket`'s draft; a draft that is not there is fine.
pub fn remove(dir: &Path, ticket: TicketId) -> std::io::Result<()> {
    match std::fs::remove_file(file(dir, ticket)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Every draft in `dir`, oldest first, and a line for each file that could not be read (it is
/// left where it is, for the agent to rescue).
pub fn load_all(dir: &Path) -> (Vec<DraftRecord>, Vec<String>) {
    let mut drafts = Vec::new();
    let mut problems = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (drafts, problems);
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let read = std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str::<DraftRecord>(&t).map_err(|e| e.to_string()));
        match read {
            Ok(record) => drafts.push(record),
            Err(why) => problems.push(format!(
                "the draft {} cannot be read ({why}); it is left there untouched",
                path.display()
            )),
        }
    }
    drafts.sort_by_key(|d| (d.saved_at, d.ticket));
    (drafts, problems)
}

/// The drafts as they are on screen, kept for a panic: the hook writes them out before the
/// process ends. Updated by the event loop after every batch that changed a draft.
static LAST_KNOWN: Mutex<Option<(PathBuf, Vec<DraftRecord>)>> = Mutex::new(None);

/// Keeps `drafts` (to be saved in `dir`) for [`save_after_panic`].
pub fn remember(dir: &Path, drafts: Vec<DraftRecord>) {
    let mut last = LAST_KNOWN.lock().unwrap_or_else(PoisonError::into_inner);
    *last = Some((dir.to_path_buf(), drafts));
}

/// Writes the remembered drafts. Called from the panic hook, so it never blocks: if the lock
/// is held (the panic happened while remembering), the debounced saves must do.
pub fn save_after_panic() {
    let Ok(last) = LAST_KNOWN.try_lock() else {
        return;
    };
    if let Some((dir, drafts)) = last.as_ref() {
        for draft in drafts {
            let _ = save(dir, draft);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(ticket: u64, text: &str) -> DraftRecord {
        DraftRecord {
            ticket: TicketId(ticket),
            public: true,
            text: text.into(),
            changes: Changes {
                assignee: Some(None),
                ..Changes::default()
            },
            canned_used: vec!["local:refund".into()],
            seen: None,
            saved_at: "2026-11-22T12:00:00Z".parse().expect("time"),
        }
    }

    #[test]
    fn drafts_round_trip_and_a_broken_file_is_reported_not_lost() {
        let dir = tempfile::tempdir().expect("tempdir");
        save(dir.path(), &record(101, "Hallo Jürgen 👋")).expect("save");
        save(dir.path(), &record(102, "second")).expect("save");
        std::fs::write(dir.path().join("103.json"), "{half a dr").expect("write");
        let (drafts, problems) = load_all(dir.path());
        assert_eq!(drafts.len(), 2);
        assert_eq!(
            drafts[0],
            record(101, "Hallo Jürgen 👋"),
            "unassign survives as null"
        );
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("103.json"));
        assert!(dir.path().join("103.json").exists());
        remove(dir.path(), TicketId(101)).expect("remove");
        remove(dir.path(), TicketId(101)).expect("removing twice is fine");
        assert_eq!(load_all(dir.path()).0.len(), 1);
    }

    #[test]
    fn a_panic_writes_the_drafts_last_remembered() {
        let dir = tempfile::tempdir().expect("tempdir");
        remember(dir.path(), vec![record(7, "typed just before the crash")]);
        save_after_panic();
        let (drafts, _) = load_all(dir.path());
        assert_eq!(drafts, [record(7, "typed just before the crash")]);
    }
}
