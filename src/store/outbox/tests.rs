use serde_json::json;

use super::*;

fn reply(n: u64) -> Value {
    json!({"id": n, "body": format!("Danke, Jürgen ({n})")})
}

fn bodies(items: &[Value]) -> Vec<u64> {
    let mut ids: Vec<u64> = items.iter().filter_map(|v| v["id"].as_u64()).collect();
    ids.sort_unstable();
    ids
}

#[test]
fn a_restart_takes_back_what_the_last_run_left_and_an_empty_outbox_leaves_no_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("outbox/work.json");
    let (first, found) = Claim::start(&path).expect("start");
    assert!(found.items.is_empty() && found.others.is_empty());
    first.save(&[reply(1), reply(2)], 0).expect("save");
    drop(first);

    let (second, found) = Claim::start(&path).expect("restart");
    assert_eq!(bodies(&found.items), [1, 2]);
    assert!(found.others.is_empty(), "the first run is gone");
    second.save(&[], 0).expect("empty");
    assert!(!path.exists());
}

#[test]
fn two_running_keep_each_others_entries_and_never_take_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("work.json");
    let (one, _) = Claim::start(&path).expect("one");
    one.save(&[reply(1)], 0).expect("save");
    let (two, found) = Claim::start(&path).expect("two");
    assert!(
        found.items.is_empty(),
        "one is alive: its reply stays its own"
    );
    assert_eq!(found.others.len(), 1);
    assert_eq!(found.others[0].1, 1);
    two.save(&[reply(7)], 0).expect("save");
    // One rewrites its own entries from memory; two's must survive it.
    one.save(&[reply(1), reply(2)], 0).expect("save");
    drop(one);
    drop(two);
    let (three, found) = Claim::start(&path).expect("three");
    assert_eq!(bodies(&found.items), [1, 2, 7], "nothing lost");
    drop(three);
}

#[test]
fn a_dead_owners_entries_are_taken_by_exactly_one_of_many_starting_together() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("work.json");
    let (gone, _) = Claim::start(&path).expect("gone");
    gone.save(&[reply(1), reply(2), reply(3)], 0).expect("save");
    drop(gone);
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
    let starts: Vec<_> = (0..4)
        .map(|_| {
            let (path, barrier) = (path.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                Claim::start(&path).expect("start")
            })
        })
        .collect();
    let claims: Vec<(Claim, Found)> = starts
        .into_iter()
        .map(|t| t.join().expect("joined"))
        .collect();
    let mut taken: Vec<u64> = claims.iter().flat_map(|(_, f)| bodies(&f.items)).collect();
    taken.sort_unstable();
    assert_eq!(taken, [1, 2, 3], "each reply taken once: {taken:?}");
}

#[test]
fn an_outbox_written_by_an_older_frontdesk_is_taken_over() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("work.json");
    std::fs::write(&path, serde_json::to_vec(&[reply(4)]).expect("json")).expect("write");
    let (_claim, found) = Claim::start(&path).expect("start");
    assert_eq!(bodies(&found.items), [4]);
}

#[test]
fn an_unreadable_outbox_is_moved_aside_not_lost() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("work.json");
    std::fs::write(&path, "[{\"id\": 1, \"tick").expect("write");
    let (_claim, found) = Claim::start(&path).expect("start");
    assert!(found.items.is_empty());
    assert!(found.problem.is_some_and(|p| p.contains("moved to")));
    assert!(path.with_extension("json.unreadable").exists());
}

#[test]
fn ended_frontdesks_leave_no_lock_files_behind() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("work.json");
    for _ in 0..5 {
        let (claim, _) = Claim::start(&path).expect("start");
        claim.save(&[], 0).expect("save");
    }
    let (_running, _) = Claim::start(&path).expect("start");
    let files = std::fs::read_dir(owners_dir(&path))
        .expect("owners")
        .count();
    assert_eq!(files, 1, "only the running one's lock");
}

#[test]
fn a_running_frontdesk_adopts_what_one_that_quit_left_and_keeps_it_until_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("work.json");
    let (staying, _) = Claim::start(&path).expect("staying");
    staying.save(&[reply(1)], 0).expect("save");
    let (quitting, _) = Claim::start(&path).expect("quitting");
    quitting.save(&[reply(7), reply(8)], 0).expect("save");
    assert!(
        staying.adopt().expect("adopt").1.is_empty(),
        "it is still running"
    );
    drop(quitting);

    let (number, taken) = staying.adopt().expect("adopt");
    assert_eq!(bodies(&taken), [7, 8]);
    assert!(number > 0);
    assert!(staying.adopt().expect("again").1.is_empty(), "taken once");
    // A save made before the interface has the adopted entries keeps them on disk.
    staying.save(&[reply(1)], number - 1).expect("save");
    let (on_disk, _) = read(&path);
    let ids: Vec<Value> = on_disk.entries.iter().map(|e| e.item.clone()).collect();
    assert_eq!(bodies(&ids), [1, 7, 8], "nothing lost in between");
    // Once a save holds them (renumbered as the interface likes), they are not kept twice.
    staying
        .save(&[reply(1), reply(2), reply(3)], number)
        .expect("save");
    let (on_disk, _) = read(&path);
    let ids: Vec<Value> = on_disk.entries.iter().map(|e| e.item.clone()).collect();
    assert_eq!(bodies(&ids), [1, 2, 3]);
}
