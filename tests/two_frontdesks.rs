//! Two frontdesks on one profile, as two tmux windows or a laptop and an SSH session sharing a
//! home would run them: the real binary twice, in two pseudo-terminals, against a Zendesk on
//! 127.0.0.1 that refuses writes (503) until the test opens it. Neither frontdesk's reply may
//! vanish from the shared outbox, a frontdesk killed with a reply waiting has it taken over by
//! the one still running (without a restart), and the help desk takes every reply exactly
//! once.

mod mockdesk;
mod pty;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use pty::Shell;
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, ResponseTemplate};

/// The help desk's door for writes: shut (503) until opened; every write it answered, and how.
#[derive(Default)]
struct Gate {
    open: AtomicBool,
    answered: Mutex<Vec<(String, u16)>>,
    changed: Condvar,
}

impl Gate {
    /// Waits until `done` holds for the writes answered so far; fails after a while.
    fn wait_until(&self, what: &str, done: impl Fn(&[(String, u16)]) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(40);
        let mut answered = self.answered.lock().expect("gate");
        while !done(&answered) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "waited for {what}; the desk saw: {answered:?}"
            );
            answered = self.changed.wait_timeout(answered, left).expect("gate").0;
        }
    }

    /// How many times the desk took (200) a write holding `text`.
    fn taken(answered: &[(String, u16)], text: &str) -> usize {
        answered
            .iter()
            .filter(|(body, status)| *status == 200 && body.contains(text))
            .count()
    }
}

struct Door(Arc<Gate>);

impl wiremock::Respond for Door {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let body = String::from_utf8_lossy(&request.body).into_owned();
        let status = if self.0.open.load(Ordering::SeqCst) {
            200
        } else {
            503
        };
        self.0.answered.lock().expect("gate").push((body, status));
        self.0.changed.notify_all();
        ResponseTemplate::new(status).set_body_json(serde_json::json!({ "ticket": {} }))
    }
}

/// A Zendesk on 127.0.0.1 whose writes go through a [`Gate`], with a profile folder of its
/// own: what each test of two frontdesks starts from.
struct Gated {
    _server: wiremock::MockServer,
    gate: Arc<Gate>,
    profile: tempfile::TempDir,
    config: String,
    data: String,
    uri: String,
    // Last: the mock server stops when its runtime does.
    _runtime: tokio::runtime::Runtime,
}

impl Gated {
    fn start(titles: &[&str]) -> Self {
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let texts: Vec<String> = titles.iter().map(|s| s.to_string()).collect();
        let server = runtime.block_on(mockdesk::zendesk(texts));
        let gate = Arc::new(Gate::default());
        runtime.block_on(
            Mock::given(method("PUT"))
                .and(path_regex(r"^/api/v2/tickets/\d+$"))
                .respond_with(Door(gate.clone()))
                .mount(&server),
        );
        let uri = server.uri();
        let profile = tempfile::tempdir().expect("tempdir");
        let folder = |name: &str| profile.path().join(name).to_string_lossy().into_owned();
        Self {
            _server: server,
            gate,
            config: folder("config"),
            data: folder("data"),
            profile,
            uri,
            _runtime: runtime,
        }
    }

    /// The environment of a frontdesk on the shared profile.
    fn env(&self) -> [(&str, &str); 6] {
        [
            ("XDG_CONFIG_HOME", self.config.as_str()),
            ("XDG_DATA_HOME", self.data.as_str()),
            ("FRONTDESK_BACKEND", "zendesk"),
            ("FRONTDESK_URL", self.uri.as_str()),
            ("FRONTDESK_USER", "sam@example.com"),
            ("FRONTDESK_TOKEN", "zd-token"),
        ]
    }

    /// The profile's outbox file.
    fn outbox(&self) -> std::path::PathBuf {
        self.profile.path().join("data/frontdesk/outbox/env.json")
    }
}

/// Starts frontdesk in a new terminal on the shared profile.
fn frontdesk(env: &[(&str, &str)]) -> Shell {
    let mut shell = Shell::start(100, 30, env);
    shell.line("frontdesk");
    shell.wait_until("the queue", |s| s.contents().contains("updated "));
    shell
}

fn hints(s: &vt100::Screen) -> String {
    s.contents().lines().last().unwrap_or_default().to_string()
}

/// Opens the ticket `down` rows from the top and sends `text`; waits until it is in the
/// outbox (the desk refuses it).
fn reply_refused(shell: &mut Shell, down: usize, text: &str) {
    for _ in 0..down {
        shell.type_bytes(b"j");
    }
    shell.type_bytes(b"\r");
    shell.wait_until("the ticket", |s| hints(s).contains("scroll"));
    shell.type_bytes(b"r");
    shell.wait_for("the customer sees this");
    shell.type_bytes(text.as_bytes());
    shell.type_bytes(b"\x13");
    shell.wait_for("1 in outbox");
}

/// The pid of the frontdesk that owns the outbox entry holding `text`.
fn owner_of(outbox: &std::path::Path, text: &str) -> u32 {
    let shared: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(outbox).expect("outbox")).expect("json");
    let entries = shared["entries"].as_array().expect("entries");
    let entry = entries
        .iter()
        .find(|e| e["item"]["reply"]["body"].as_str() == Some(text))
        .expect("the reply is in the outbox");
    let owner = entry["owner"].as_str().expect("owner");
    owner
        .split('-')
        .next()
        .and_then(|pid| pid.parse().ok())
        .expect("the owner names its process")
}

#[test]
fn two_frontdesks_on_one_profile_lose_nothing_and_send_each_reply_once() {
    let desk = Gated::start(&["Rechnung doppelt", "Login fails", "Export is slow"]);
    let (gate, env, outbox) = (&desk.gate, desk.env(), desk.outbox());

    let mut one = frontdesk(&env);
    reply_refused(&mut one, 0, "Reply from one");
    let mut two = frontdesk(&env);
    two.wait_for("frontdesk is also running on this profile");
    reply_refused(&mut two, 1, "Reply from two");

    // Each rewrote the outbox from its own memory; neither reply is gone from disk. The
    // screen says "in outbox" when the reply is queued; its save follows on the writer.
    two.wait_for_file(&outbox, |on_disk| {
        on_disk.contains("Reply from one") && on_disk.contains("Reply from two")
    });

    // One dies with its reply waiting; the desk opens; two delivers its own reply only.
    let pid = owner_of(&outbox, "Reply from one");
    let killed = std::process::Command::new("kill")
        .args(["-9", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    gate.open.store(true, Ordering::SeqCst);
    gate.wait_until("two's reply", |a| Gate::taken(a, "Reply from two") == 1);
    two.wait_until("two's outbox empty", |s| {
        !s.contents().contains("in outbox")
    });

    // Two, still running, takes over one's reply: at its next poll, or at once when the
    // agent opens the outbox.
    two.type_bytes(b"O");
    two.wait_until("the outbox menu", |s| {
        s.contents().contains("Outbox —") || s.contents().contains("The outbox is empty")
    });
    if two.screen().contains("Outbox —") {
        two.type_bytes(b"\x1b");
        // The bottom line may carry a notice ("Reply sent …") rather than the hints.
        two.wait_until("the menu closed", |s| !s.contents().contains("Outbox —"));
    }
    gate.wait_until("one's reply", |a| Gate::taken(a, "Reply from one") == 1);
    two.wait_until("two's outbox empty", |s| {
        !s.contents().contains("in outbox")
    });

    // A third frontdesk starting now finds nothing left to send.
    let mut three = frontdesk(&env);
    three.wait_until("the outbox empty", |s| !s.contents().contains("in outbox"));

    let answered = gate.answered.lock().expect("gate").clone();
    assert_eq!(Gate::taken(&answered, "Reply from one"), 1, "{answered:?}");
    assert_eq!(Gate::taken(&answered, "Reply from two"), 1, "{answered:?}");
    // Two is on its ticket, three on the queue.
    two.type_bytes(b"q");
    two.wait_until("the queue", |s| hints(s).contains("filter"));
    for shell in [&mut two, &mut three] {
        shell.type_bytes(b"q");
        shell.wait_until("the prompt", |s| !s.alternate_screen());
    }
    assert!(
        !std::fs::read_to_string(&outbox).is_ok_and(|t| t.contains("Reply from")),
        "nothing left to send"
    );
}

/// Runs `frontdesk ARGS` as a script beside the interface, on the same profile; returns its
/// exit code and what it said.
fn script(env: &[(&str, &str)], args: &[&str]) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        .args(args)
        .envs(env.iter().copied())
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("FRONTDESK_PROFILE")
        .env_remove("FRONTDESK_CONFIG")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run frontdesk");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), said)
}

/// `frontdesk reply` while the interface runs on the same profile: a reply the desk takes at
/// once is taken once, and one it refuses stays in the shared outbox (exit 75), where the
/// running interface takes it over and delivers it, once, without a restart.
#[test]
fn a_reply_from_a_script_beside_a_running_frontdesk_is_sent_once() {
    let desk = Gated::start(&["Rechnung doppelt", "Login fails"]);
    let (gate, env, outbox) = (&desk.gate, desk.env(), desk.outbox());
    let mut running = frontdesk(&env);

    // The desk shut: the script's reply is queued, not delivered, and says so.
    let (code, said) = script(&env, &["reply", "2", "-m", "Scripted while shut"]);
    assert_eq!(code, 75, "{said}");
    assert!(said.contains("in the outbox"), "{said}");
    assert!(
        std::fs::read_to_string(&outbox).is_ok_and(|t| t.contains("Scripted while shut")),
        "the reply waits in the shared outbox"
    );

    // The desk opens: the running interface takes the script's reply over when the agent
    // opens the outbox, and sends it once.
    gate.open.store(true, Ordering::SeqCst);
    running.type_bytes(b"O");
    gate.wait_until("the script's reply", |a| {
        Gate::taken(a, "Scripted while shut") == 1
    });
    running.wait_until("the outbox empty", |s| !s.contents().contains("in outbox"));
    running.type_bytes(b"\x1b");

    // With the desk open, the script delivers at once; the interface sends nothing again.
    let (code, said) = script(&env, &["reply", "1", "-m", "Scripted while open"]);
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("Reply sent"), "{said}");
    running.type_bytes(b"O");
    running.wait_until("nothing in the outbox", |s| {
        s.contents().contains("The outbox is empty")
    });
    let answered = gate.answered.lock().expect("gate").clone();
    assert_eq!(
        Gate::taken(&answered, "Scripted while shut"),
        1,
        "{answered:?}"
    );
    assert_eq!(
        Gate::taken(&answered, "Scripted while open"),
        1,
        "{answered:?}"
    );
    assert!(
        !std::fs::read_to_string(&outbox).is_ok_and(|t| t.contains("Scripted")),
        "nothing left to send"
    );
    running.type_bytes(b"q");
    running.wait_until("the prompt", |s| !s.alternate_screen());
}
