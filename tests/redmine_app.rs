//! What must be refused or found again, against a real Redmine 5 (see `redmine/mod.rs`): a
//! status the workflow forbids, a stale edit, a wrong key, a new issue by its requester and
//! one whose create answer is lost; and the real binary replying to an issue, then showing
//! it from its copy on disk once Redmine goes away.

mod faults;
mod looped;
mod pty;
mod redmine;

use std::sync::Arc;
use std::time::Duration;

use faults::{Fault, FaultProxy};
use frontdesk::backend::View;
use frontdesk::backend::http::Timeouts;
use frontdesk::backend::redmine::RedmineDesk;
use frontdesk::backend::{Changes, Error, HelpDesk, Priority, Reply, TicketId};
use frontdesk::config::{BackendKind, Profile};
use redmine::{Lab, Rest, desk_with, next_second};
use serde_json::json;

async fn lab() -> &'static Lab {
    tokio::task::spawn_blocking(redmine::lab)
        .await
        .expect("lab thread")
}

/// A desk reaching Redmine on `port`, listing `project`'s open issues.
fn desk(lab: &Lab, port: u16, project: &str) -> Arc<RedmineDesk> {
    let mut profile = Profile::new("lab", BackendKind::Redmine);
    profile.url = Some(format!("http://127.0.0.1:{port}"));
    profile.views = vec![View {
        name: "Lab".into(),
        query: format!("project_id={project}&status_id=open"),
        quick: false,
    }];
    let timeouts = Timeouts {
        request: Duration::from_secs(5),
        read_backoff: Duration::from_millis(50),
        ..Timeouts::default()
    };
    Arc::new(RedmineDesk::new(&profile, &lab.key, timeouts).expect("desk"))
}

/// The ids of the issues titled `subject`, closed ones too.
async fn issues_titled(rest: &Rest, subject: &str) -> Vec<u64> {
    let found = rest.get("issues.json?status_id=*&limit=100").await;
    found["issues"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|i| i["subject"] == subject)
        .filter_map(|i| i["id"].as_u64())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_issue_whose_create_answer_was_dropped_arrives_once() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let project = rest.project("rm-drop").await;
    rest.issue(&project, "Already here", 2, "x").await;
    let proxy = FaultProxy::start(lab.port).await;
    proxy.break_next("POST", "/issues.json$", Fault::ForwardThenDrop);
    let mut app =
        looped::Running::start(desk(lab, proxy.port, &project), jiff::Timestamp::now(), &[]);
    app.wait_for("Already here").await;
    app.press("N");
    app.wait_for("New ticket").await;
    app.type_text("olga@example.ru");
    app.press("tab");
    let subject = "Звонок: сервер не отвечает";
    app.type_text(subject);
    // In this project, picked in the form's queue menu.
    app.press("ctrl-g");
    app.wait_for("Queue of the new ticket").await;
    app.type_text("rm-drop");
    app.press("enter tab");
    let text = "Позвонила в 9:40: почтовый сервер не отвечает.";
    app.type_text(text);
    app.wait_for(text).await;
    app.press("ctrl-s");
    app.wait_for("Not sent yet: new ticket for olga@example.ru")
        .await;
    assert!(proxy.all_used());
    app.press("O");
    app.wait_for("Outbox — 1 not delivered").await;
    app.press("enter enter");
    app.wait_for("had been opened after all").await;
    let made = issues_titled(&rest, subject).await;
    assert_eq!(made.len(), 1, "one issue, not two: {made:?}");
    let issue = rest.read(made[0]).await;
    assert_eq!(issue["description"], text);
    assert_eq!(issue["author"]["name"], "Ольга Смирнова");
    assert_eq!(issue["project"]["name"], "Lab rm-drop");
}

/// A shell whose frontdesk has one profile, `lab`, at `url`, with one view of `project`.
fn shell_on(lab: &Lab, url: &str, project: &str) -> pty::Shell {
    let shell = pty::Shell::start(100, 30, &[("FRONTDESK_TOKEN", &lab.key)]);
    let config = format!(
        "default_profile = \"lab\"\n[profiles.lab]\nbackend = \"redmine\"\nurl = \"{url}\"\n[[profiles.lab.views]]\nname = \"Lab\"\nquery = \"project_id={project}\"\n"
    );
    std::fs::create_dir_all(shell.path("config/frontdesk")).expect("config dir");
    std::fs::write(shell.path("config/frontdesk/config.toml"), config).expect("config");
    shell
}

#[test]
fn the_real_binary_replies_and_shows_its_copy_when_redmine_goes_away() {
    let lab = redmine::lab();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let rest = Rest::new(lab);
    let jurgen = Rest::as_key(lab, &lab.jurgen_key);
    let (project, id, proxy) = runtime.block_on(async {
        let project = rest.project("rm-pty").await;
        let id = jurgen
            .issue(
                &project,
                "Netzwerk langsam",
                3,
                "Seit dem Update sehr langsam.",
            )
            .await;
        (project, id, redmine::proxy::Proxy::start(lab.port).await)
    });
    let mut shell = shell_on(lab, &format!("http://127.0.0.1:{}", proxy.port), &project);
    shell.line("frontdesk");
    shell.wait_for("Netzwerk langsam");
    shell.type_bytes(b"\r");
    shell.wait_for("Seit dem Update sehr langsam.");
    shell.wait_for("Jürgen Müller <jurgen@example.de>");
    shell.type_bytes(b"r");
    shell.wait_for("Reply to Jürgen");
    shell.type_bytes("Bitte den Router neu starten.".as_bytes());
    shell.type_bytes(b"\x13");
    shell.wait_for("Reply sent");
    // Read again from Redmine after sending, which is the copy kept on disk.
    shell.wait_for("Sam Rivera → customer");
    let notes = runtime.block_on(rest.read(id))["journals"].clone();
    assert_eq!(notes[0]["notes"], "Bitte den Router neu starten.");
    assert_eq!(notes[0]["private_notes"], false);
    shell.type_bytes(b"qq");
    shell.wait_until("the shell prompt", |s| !s.alternate_screen());

    // Redmine goes away: the issue opens from its copy, saying so.
    runtime.block_on(proxy.stop());
    shell.line("frontdesk");
    shell.wait_for("Netzwerk langsam");
    shell.type_bytes(b"\r");
    shell.wait_for("Bitte den Router neu starten.");
    shell.wait_for("ago · offline");
    shell.type_bytes(b"qq");
    shell.wait_until("the shell prompt", |s| !s.alternate_screen());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_status_the_workflow_forbids_and_a_stale_edit_change_nothing() {
    let lab = lab().await;
    let admin = Rest::new(lab);
    let project = admin.project("rm-guard").await;
    let jurgen = Rest::as_key(lab, &lab.jurgen_key);
    let id = jurgen
        .issue(&project, "Bildschirm flackert", 2, "Seit heute.")
        .await;

    // Bob is a Developer; Redmine's workflow does not let developers reject.
    let bob = desk_with(lab, &lab.bob_key);
    let err = bob
        .update(
            TicketId(id),
            Changes {
                status: Some("Rejected".into()),
                ..Changes::default()
            },
            None,
        )
        .await
        .expect_err("refused");
    assert!(err.to_string().contains("workflow"), "{err}");
    assert_eq!(admin.read(id).await["status"]["name"], "New");

    let desk = desk_with(lab, &lab.key);
    let seen = desk.ticket(TicketId(id)).await.expect("ticket");
    next_second().await;
    jurgen
        .put(
            &format!("issues/{id}.json"),
            json!({ "issue": { "notes": "Jetzt auch der zweite." } }),
        )
        .await;
    let err = desk
        .reply(
            TicketId(id),
            Reply {
                body: "Kabel tauschen?".into(),
                public: true,
                expected_version: seen.summary.version.clone(),
                ..Reply::default()
            },
        )
        .await
        .expect_err("stale");
    assert_eq!(err, Error::Conflict);
    let notes = admin.read(id).await["journals"]
        .as_array()
        .map_or(0, |j| j.len());
    assert_eq!(notes, 1, "only Jürgen's note");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_key_is_refused_and_a_new_issue_is_opened_for_its_requester() {
    let lab = lab().await;
    let err = desk_with(lab, "0000000000000000000000000000000000000000")
        .me()
        .await
        .expect_err("refused");
    assert!(matches!(err, Error::Auth(_)), "{err:?}");

    let admin = Rest::new(lab);
    let project = admin.project("rm-create").await;
    let desk = desk_with(lab, &lab.key);
    let queue = desk
        .queues()
        .await
        .expect("projects")
        .into_iter()
        .find(|q| q.name == "Lab rm-create")
        .expect("the project");
    let opening = frontdesk::backend::Opening {
        requester: "olga@example.ru".into(),
        name: String::new(),
        subject: "Звонок: принтер".into(),
        queue: Some(queue),
        priority: Priority::High,
        marker: "fd-1".into(),
        sent_at: jiff::Timestamp::now(),
    };
    let message = Reply {
        body: "Позвонила в 10:05.".into(),
        public: true,
        ..Reply::default()
    };
    let id = desk.create(&opening, &message).await.expect("created");
    let issue = admin.read(id.0).await;
    assert_eq!(
        issue["author"]["name"], "Ольга Смирнова",
        "by the requester"
    );
    assert_eq!(issue["project"]["name"], format!("Lab {project}"));
    assert_eq!(issue["priority"]["name"], "High");
    assert_eq!(issue["description"], "Позвонила в 10:05.");
    assert_eq!(
        desk.find_created(&opening).await.expect("found"),
        Some(id),
        "a retry finds it instead of opening another"
    );
    let stranger = frontdesk::backend::Opening {
        requester: "new.person@example.com".into(),
        ..opening
    };
    let err = desk.create(&stranger, &message).await.expect_err("unknown");
    assert!(err.to_string().contains("Administration → Users"), "{err}");
}
