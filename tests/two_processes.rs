//! Several frontdesk processes on one profile share its outbox: each keeps its own replies,
//! nobody's are lost when another rewrites the file, and the replies of one that died are
//! taken over by exactly one of the others. Real processes: this test binary runs itself as
//! the children (`FRONTDESK_CHILD`), each holding the outbox the way frontdesk does.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use frontdesk::store::outbox::Claim;
use serde_json::{Value, json};

const CHILD: &str = "FRONTDESK_CHILD";

/// In a child: joins the outbox at `FRONTDESK_OUTBOX`, prints the ids it took over, then
/// obeys lines on stdin: `save 1 2 3` saves those replies as its own, `exit` ends it (its
/// lock goes with it, as with a crash).
#[test]
#[ignore = "a child process of the test below, started by it"]
fn child() {
    let path = std::env::var(CHILD).expect("started by the two-process test");
    let (claim, found) = Claim::start(Path::new(&path)).expect("claim");
    let taken: Vec<u64> = found
        .items
        .iter()
        .filter_map(|v| v["id"].as_u64())
        .collect();
    println!("taken {}", serde_json::to_string(&taken).expect("json"));
    println!("others {}", found.others.len());
    std::io::stdout().flush().expect("flush");
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("line");
        let mut words = line.split_whitespace();
        match words.next() {
            Some("save") => {
                let items: Vec<Value> = words
                    .filter_map(|w| w.parse::<u64>().ok())
                    .map(|id| json!({"id": id, "body": format!("reply {id}")}))
                    .collect();
                claim.save(&items, 0).expect("save");
                println!("saved");
                std::io::stdout().flush().expect("flush");
            }
            _ => break,
        }
    }
}

struct Process {
    child: Child,
    out: BufReader<std::process::ChildStdout>,
    taken: Vec<u64>,
    others: usize,
}

impl Process {
    fn start(outbox: &Path) -> Child {
        Command::new(std::env::current_exe().expect("test binary"))
            .args(["--exact", "child", "--ignored", "--nocapture"])
            .env(CHILD, outbox)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawn")
    }

    /// Waits for a started child to say what it took.
    fn ready(mut child: Child) -> Self {
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut taken = None;
        let mut others = None;
        let mut line = String::new();
        while taken.is_none() || others.is_none() {
            line.clear();
            assert!(
                out.read_line(&mut line).expect("read") > 0,
                "child ended early"
            );
            // libtest writes "test child ... " before the child's first line.
            if let Some((_, ids)) = line.trim().split_once("taken ") {
                taken = Some(serde_json::from_str(ids).expect("ids"));
            } else if let Some((_, n)) = line.trim().split_once("others ") {
                others = Some(n.parse().expect("count"));
            }
        }
        Self {
            child,
            out,
            taken: taken.unwrap_or_default(),
            others: others.unwrap_or_default(),
        }
    }

    fn save(&mut self, ids: &[u64]) {
        let stdin = self.child.stdin.as_mut().expect("stdin");
        let words: Vec<String> = ids.iter().map(u64::to_string).collect();
        writeln!(stdin, "save {}", words.join(" ")).expect("write");
        let mut line = String::new();
        while !line.trim().ends_with("saved") {
            line.clear();
            assert!(
                self.out.read_line(&mut line).expect("read") > 0,
                "child died"
            );
        }
    }

    fn end(mut self) {
        if let Some(stdin) = self.child.stdin.as_mut() {
            let _ = writeln!(stdin, "exit");
        }
        assert!(self.child.wait().expect("wait").success());
    }
}

#[test]
fn two_processes_keep_each_others_replies_and_a_dead_ones_are_taken_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let outbox = dir.path().join("outbox/work.json");

    let mut one = Process::ready(Process::start(&outbox));
    one.save(&[1]);
    let mut two = Process::ready(Process::start(&outbox));
    assert!(two.taken.is_empty(), "one is running: its reply is its own");
    assert_eq!(two.others, 1, "two is told another frontdesk runs");
    two.save(&[7]);
    // One rewrites its entries from memory (a retry failed, say); two's reply must survive.
    one.save(&[1, 2]);
    one.end();
    two.end();

    // Both are gone; three start at once and share out what they left, each reply once.
    let children: Vec<Child> = (0..3).map(|_| Process::start(&outbox)).collect();
    let ready: Vec<Process> = children.into_iter().map(Process::ready).collect();
    let mut taken: Vec<u64> = ready.iter().flat_map(|p| p.taken.clone()).collect();
    taken.sort_unstable();
    assert_eq!(taken, [1, 2, 7], "nothing lost, nothing taken twice");
    for mut p in ready {
        let mine = p.taken.clone();
        p.save(&mine);
        p.end();
    }
}
