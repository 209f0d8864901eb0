//! Customer files fetched into a draft (a macro's attachments), kept in `<drafts>/files/`
//! only as long as a draft or the outbox needs them: removed when the reply is delivered or
//! the draft let go, and any left behind (a crash at the wrong moment) removed by
//! `frontdesk cache clear`.

use std::path::{Path, PathBuf};

/// The folder a profile's draft files live in, beside its drafts.
pub fn dir(drafts: &Path) -> PathBuf {
    drafts.join("files")
}

/// Removes `paths`, each only if it is inside `dir` (never a file the agent attached from
/// their own folders). A file already gone is not an error.
pub fn remove(dir: &Path, paths: &[PathBuf]) -> std::io::Result<()> {
    let mut first_error = None;
    for path in paths.iter().filter(|p| p.starts_with(dir)) {
        match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                first_error.get_or_insert(e);
            }
            _ => {}
        }
    }
    first_error.map_or(Ok(()), Err)
}

/// Files in any profile's draft files under `data_dir` that no draft and no outbox entry
/// names any more, and that were written before `before` (a file a running frontdesk fetched
/// a moment ago may not be in its saved draft yet).
pub fn orphans(data_dir: &Path, before: std::time::SystemTime) -> Vec<PathBuf> {
    let Ok(profiles) = std::fs::read_dir(data_dir.join("drafts")) else {
        return Vec::new();
    };
    let mut orphans = Vec::new();
    for profile in profiles.flatten() {
        let drafts = profile.path();
        let Ok(files) = std::fs::read_dir(dir(&drafts)) else {
            continue;
        };
        // Drafts and the outbox are JSON: a path they name appears in it as a JSON string.
        let mut named = String::new();
        let outbox = data_dir
            .join("outbox")
            .join(format!("{}.json", profile.file_name().to_string_lossy()));
        let records = std::fs::read_dir(&drafts)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .chain([outbox]);
        for record in records {
            if let Ok(text) = std::fs::read_to_string(record) {
                named.push_str(&text);
            }
        }
        for file in files.flatten() {
            let path = file.path();
            let as_json = serde_json::to_string(&path.to_string_lossy()).unwrap_or_default();
            let inner = as_json.trim_matches('"');
            let old = file
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|at| at < before);
            if path.is_file() && old && !named.contains(inner) {
                orphans.push(path);
            }
        }
    }
    orphans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_no_draft_or_outbox_names_are_orphans() {
        let data = tempfile::tempdir().expect("dir");
        let drafts = data.path().join("drafts/work");
        let files = dir(&drafts);
        std::fs::create_dir_all(&files).expect("files");
        std::fs::create_dir_all(data.path().join("outbox")).expect("outbox");
        let (kept, queued, left) = (
            files.join("a.pdf"),
            files.join("b.log"),
            files.join("c.png"),
        );
        for f in [&kept, &queued, &left] {
            std::fs::write(f, b"x").expect("file");
        }
        let draft = serde_json::json!({ "files": [{ "path": kept }] });
        std::fs::write(drafts.join("101.json"), draft.to_string()).expect("draft");
        let outbox = serde_json::json!({ "entries": [{ "item": { "reply": { "files": [{ "path": queued }] } } }] });
        std::fs::write(data.path().join("outbox/work.json"), outbox.to_string()).expect("outbox");
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(1);
        assert!(
            orphans(data.path(), std::time::SystemTime::UNIX_EPOCH).is_empty(),
            "a file fetched just now is left alone"
        );
        assert_eq!(orphans(data.path(), later), std::slice::from_ref(&left));

        remove(&files, &[left.clone(), PathBuf::from("/etc/hostname")]).expect("removed");
        assert!(!left.exists());
        assert!(
            Path::new("/etc/hostname").exists(),
            "nothing outside the folder is touched"
        );
        assert!(orphans(data.path(), later).is_empty());
    }
}
