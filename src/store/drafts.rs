//! Drafts on disk: one file per ticket in `<data>/drafts/<profile>/`, written atomically while
//! the agent types, on leaving the composer, and on SIGHUP, SIGTERM and panic. A draft file is
//! removed when its reply is handed to the outbox. The store writes the bytes it is given;
//! what is in them is the interface's (`app::state::records`).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use crate::model::TicketId;

/// The file of `ticket`'s draft in `dir`.
pub fn file(dir: &Path, ticket: TicketId) -> PathBuf {
    dir.join(format!("{ticket}.json"))
}

/// Writes one draft.
pub fn save(dir: &Path, ticket: TicketId, bytes: &[u8]) -> std::io::Result<()> {
    super::write_atomic(&file(dir, ticket), bytes)
}

/// Removes `ticket`'s draft; a draft that is not there is fine.
pub fn remove(dir: &Path, ticket: TicketId) -> std::io::Result<()> {
    match std::fs::remove_file(file(dir, ticket)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Every draft file in `dir` with its bytes, and a line for each that could not be read (it
/// is left where it is, for the agent to rescue).
pub fn load_all(dir: &Path) -> (Vec<(PathBuf, Vec<u8>)>, Vec<String>) {
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
        match std::fs::read(&path) {
            Ok(bytes) => drafts.push((path, bytes)),
            Err(why) => problems.push(format!(
                "the draft {} cannot be read ({why}); it is left there untouched",
                path.display()
            )),
        }
    }
    drafts.sort();
    (drafts, problems)
}

/// The drafts as they are on screen, kept for a panic: the hook writes them out before the
/// process ends. Updated by the event loop after every batch that changed a draft.
type Remembered = (PathBuf, Vec<(TicketId, Vec<u8>)>);
static LAST_KNOWN: Mutex<Option<Remembered>> = Mutex::new(None);

/// Keeps `drafts` (to be saved in `dir`) for [`save_after_panic`].
pub fn remember(dir: &Path, drafts: Vec<(TicketId, Vec<u8>)>) {
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
        for (ticket, bytes) in drafts {
            let _ = save(dir, *ticket, bytes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_are_written_listed_and_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        save(dir.path(), TicketId(101), b"first").expect("save");
        save(dir.path(), TicketId(102), b"second").expect("save");
        std::fs::write(dir.path().join("notes.txt"), "not a draft").expect("write");
        let (drafts, problems) = load_all(dir.path());
        assert!(problems.is_empty());
        let bytes: Vec<&[u8]> = drafts.iter().map(|(_, b)| b.as_slice()).collect();
        assert_eq!(bytes, [b"first".as_slice(), b"second".as_slice()]);
        remove(dir.path(), TicketId(101)).expect("remove");
        remove(dir.path(), TicketId(101)).expect("removing twice is fine");
        assert_eq!(load_all(dir.path()).0.len(), 1);
    }

    #[test]
    fn a_panic_writes_the_drafts_last_remembered() {
        let dir = tempfile::tempdir().expect("tempdir");
        remember(
            dir.path(),
            vec![(TicketId(7), b"typed just before".to_vec())],
        );
        save_after_panic();
        assert_eq!(
            std::fs::read(file(dir.path(), TicketId(7))).expect("written"),
            b"typed just before"
        );
    }
}
