//! The outbox on disk: `<data>/outbox/<profile>.json`, rewritten atomically on every change.

use std::path::Path;

use crate::app::state::outbox::Outgoing;

/// Writes the whole outbox; an empty outbox removes the file.
pub fn save(path: &Path, items: &[Outgoing]) -> std::io::Result<()> {
    if items.is_empty() {
        return match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        };
    }
    let json = serde_json::to_vec_pretty(items).map_err(std::io::Error::other)?;
    super::write_atomic(path, &json)
}

/// The outbox left by an earlier run. A file that cannot be read is moved aside (never
/// deleted) and reported.
pub fn load(path: &Path) -> (Vec<Outgoing>, Option<String>) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Vec::new(), None),
        Err(e) => {
            return (
                Vec::new(),
                Some(format!("cannot read the outbox {}: {e}", path.display())),
            );
        }
    };
    match serde_json::from_str(&text) {
        Ok(items) => (items, None),
        Err(e) => {
            let aside = path.with_extension("json.unreadable");
            let moved = std::fs::rename(path, &aside).is_ok();
            let kept = if moved {
                format!("moved to {}", aside.display())
            } else {
                "left in place".into()
            };
            (
                Vec::new(),
                Some(format!(
                    "the outbox {} cannot be read ({e}); {kept}",
                    path.display()
                )),
            )
        }
    }
}
