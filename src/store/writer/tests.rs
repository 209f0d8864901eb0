//! The writer against a data folder that runs out of room: the draft of a reply stays on disk
//! until the outbox holding the reply is, and a failure is reported until a save succeeds.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use serde_json::json;

use super::*;
use crate::store::outbox::Claim;

/// A data folder that can be made to refuse writes. Where this machine lets a test mount
/// filesystems (root, as in CI), it is a 256 KiB tmpfs that is filled up; elsewhere the
/// outbox's place is taken by a folder, which no user, root included, can write a file over.
/// Either way the writes really fail; the test says which it used.
struct Trouble {
    root: PathBuf,
    mounted: bool,
}

impl Trouble {
    fn new(base: &Path) -> Self {
        let root = base.join("disk");
        std::fs::create_dir_all(&root).expect("mkdir");
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=256k", "tmpfs"])
            .arg(&root)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        eprintln!(
            "data folder: {}",
            if mounted {
                "a full 256 KiB tmpfs"
            } else {
                "blocked by a folder (mounting a tmpfs is not allowed here)"
            }
        );
        Self { root, mounted }
    }

    fn break_writes(&self, outbox: &Path) {
        if self.mounted {
            let mut filler = std::fs::File::create(self.root.join("filler")).expect("filler");
            let block = vec![0u8; 4096];
            while std::io::Write::write_all(&mut filler, &block).is_ok() {}
        } else {
            let _ = std::fs::remove_file(outbox);
            std::fs::create_dir_all(outbox.join("in-the-way")).expect("block");
        }
    }

    fn mend(&self, outbox: &Path) {
        if self.mounted {
            std::fs::remove_file(self.root.join("filler")).expect("free space");
        } else {
            std::fs::remove_dir_all(outbox).expect("unblock");
        }
    }
}

impl Drop for Trouble {
    fn drop(&mut self) {
        if self.mounted {
            let _ = std::process::Command::new("umount")
                .arg(&self.root)
                .status();
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_draft_stays_until_the_outbox_holding_its_reply_is_on_disk() {
    let base = tempfile::tempdir().expect("tempdir");
    let trouble = Trouble::new(base.path());
    let root = trouble.root.clone();
    let outbox = root.join("outbox/work.json");
    let (claim, _) = Claim::start(&outbox).expect("claim");
    let places = Places {
        drafts: root.join("drafts/work"),
        outbox: outbox.clone(),
        claim: Some(Arc::new(claim)),
        cache: root.join("cache/work.json"),
        conversations: root.join("cache/work"),
        cache_max: crate::config::CACHE_MAX,
        tally: root.join("tally/work.json"),
        searches: root.join("searches/work.json"),
        consent: root.join("consent/work.json"),
    };
    let (tx, reports) = mpsc::channel();
    let writer = Writer::start(places.clone(), move |r| {
        let _ = tx.send(r);
    });
    let draft_file = drafts::file(&places.drafts, TicketId(101));
    writer.save_draft(TicketId(101), b"Danke, J\xc3\xbcrgen".to_vec());
    writer.flush().await;
    assert!(draft_file.exists());

    trouble.break_writes(&outbox);
    writer.save_outbox(vec![json!({"id": 1, "body": "Danke, Jürgen"})], 0);
    writer.remove_draft(TicketId(101));
    writer.flush().await;
    let said: Vec<Report> = reports.try_iter().collect();
    assert!(
        said.iter()
            .any(|r| r.kind == Kind::Outbox && r.result.is_err()),
        "{said:?}"
    );
    assert!(
        draft_file.exists(),
        "the draft is all there is of the reply while the outbox is not on disk"
    );

    trouble.mend(&outbox);
    writer.save_outbox(vec![json!({"id": 1, "body": "Danke, Jürgen"})], 0);
    writer.flush().await;
    let said: Vec<Report> = reports.try_iter().collect();
    assert!(
        said.contains(&Report {
            kind: Kind::Outbox,
            what: "outbox".into(),
            result: Ok(())
        }),
        "a save after a failure is reported, so the problem can be taken down: {said:?}"
    );
    assert!(
        std::fs::read_to_string(&outbox).is_ok_and(|t| t.contains("Danke, Jürgen")),
        "the reply is in the outbox on disk"
    );
    assert!(
        !draft_file.exists(),
        "now that the outbox holds it, the draft goes"
    );
}
