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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::state::outbox::Delivery;
    use crate::backend::{Changes, Reply, TicketId};

    fn item() -> Outgoing {
        Outgoing {
            id: 3,
            ticket: TicketId(101),
            reply: Reply {
                body: "Danke, Jürgen".into(),
                public: true,
                changes: Changes {
                    assignee: Some(None),
                    ..Changes::default()
                },
                expected_version: Some("v1".into()),
            },
            to: "Jürgen Müller".into(),
            canned_used: vec!["local:refund".into()],
            seen: None,
            queued_at: "2026-11-22T12:00:00Z".parse().expect("time"),
            attempts: 2,
            error: Some("the help desk did not answer in time".into()),
            unsure: true,
            delivery: Delivery::Held,
        }
    }

    #[test]
    fn the_outbox_survives_a_restart_and_an_empty_one_leaves_no_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("outbox/work.json");
        save(&path, &[item()]).expect("save");
        let (items, problem) = load(&path);
        assert_eq!(problem, None);
        let expected = Outgoing {
            delivery: Delivery::Idle,
            ..item()
        };
        assert_eq!(
            items,
            [expected],
            "everything but the live state comes back"
        );
        save(&path, &[]).expect("empty");
        assert!(!path.exists());
        assert_eq!(load(&path), (Vec::new(), None));
    }

    #[test]
    fn an_unreadable_outbox_is_moved_aside_not_lost() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("work.json");
        std::fs::write(&path, "[{\"id\": 1, \"tick").expect("write");
        let (items, problem) = load(&path);
        assert!(items.is_empty());
        assert!(problem.is_some_and(|p| p.contains("moved to")));
        assert!(path.with_extension("json.unreadable").exists());
    }
}
