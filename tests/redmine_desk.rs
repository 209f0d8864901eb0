//! The Redmine backend against a real Redmine 5 (see `redmine/mod.rs`): listing, sorting and
//! paging, the conversation, replies and private notes with field changes, bulk changes,
//! files both ways, copies as watchers, search and relations. Each test works in a project of
//! its own.

mod redmine;

use frontdesk::backend::http::Sink;
use frontdesk::backend::redmine::RedmineDesk;
use frontdesk::backend::{
    AgentId, Changes, HelpDesk, MessageKind, Priority, Reply, TicketId, View, outgoing,
};
use frontdesk::model::search::{SearchSyntax, plan};
use redmine::{Lab, Rest, desk_with};
use serde_json::json;

async fn lab() -> &'static Lab {
    tokio::task::spawn_blocking(redmine::lab)
        .await
        .expect("lab thread")
}

fn view(query: &str) -> View {
    View {
        name: "Lab".into(),
        query: query.into(),
        quick: false,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_view_lists_by_priority_in_pages_of_a_hundred() {
    let lab = lab().await;
    let project = Rest::new(lab).project("rm-pages").await;
    let jurgen = Rest::as_key(lab, &lab.jurgen_key);
    // 101 issues, four at a time: Normal ones, and one each of Low, High and Immediate.
    let mut made = tokio::task::JoinSet::new();
    for n in 0..101u64 {
        let (project, jurgen) = (project.clone(), Rest::as_key(lab, &lab.jurgen_key));
        let priority = match n {
            10 => 1,
            50 => 3,
            90 => 5,
            _ => 2,
        };
        made.spawn(async move {
            jurgen
                .issue(&project, &format!("Issue {n}"), priority, "…")
                .await
        });
        if made.len() >= 4 {
            made.join_next().await;
        }
    }
    while made.join_next().await.is_some() {}
    drop(jurgen);
    let desk = desk_with(lab, &lab.key);
    let listing = view(&format!("project_id={project}&status_id=open"));
    let first = desk.list_view(&listing, None).await.expect("page 1");
    assert_eq!(first.total, Some(101));
    assert_eq!(first.tickets.len(), 100);
    let top: Vec<(&str, Priority)> = first.tickets[..2]
        .iter()
        .map(|t| (t.subject.as_str(), t.priority))
        .collect();
    assert_eq!(
        top,
        [("Issue 90", Priority::Urgent), ("Issue 50", Priority::High)],
        "most urgent first"
    );
    assert_eq!(first.tickets[0].requester.name, "Jürgen Müller");
    let second = desk
        .list_view(&listing, first.next.as_deref())
        .await
        .expect("page 2");
    assert_eq!(second.tickets.len(), 1);
    assert_eq!(second.tickets[0].subject, "Issue 10", "the low one last");
    assert!(second.next.is_none());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_a_private_note_and_field_changes_reach_redmine() {
    let lab = lab().await;
    let admin = Rest::new(lab);
    let project = admin.project("rm-reply").await;
    let jurgen = Rest::as_key(lab, &lab.jurgen_key);
    let id = jurgen
        .issue(&project, "Drucker brennt", 2, "Der Drucker raucht.")
        .await;
    let desk = desk_with(lab, &lab.key);
    let menu: Vec<String> = desk
        .statuses()
        .await
        .expect("statuses")
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(
        menu,
        [
            "New",
            "In Progress",
            "Resolved",
            "Feedback",
            "Closed",
            "Rejected"
        ],
        "Redmine's own, in its order"
    );
    let ticket = desk.ticket(TicketId(id)).await.expect("ticket");
    assert_eq!(ticket.summary.requester.email, "jurgen@example.de");
    assert_eq!(ticket.conversation[0].kind, MessageKind::Customer);
    let bob = desk
        .agents()
        .await
        .expect("agents")
        .into_iter()
        .find(|a| a.name == "Bob Lindqvist")
        .expect("Bob is assignable");
    let reply = Reply {
        body: "Wir schicken jemanden.".into(),
        public: true,
        changes: Changes {
            status: Some("pending".into()),
            priority: Some(Priority::High),
            assignee: Some(Some(AgentId(bob.id.0.clone()))),
            ..Changes::default()
        },
        expected_version: ticket.summary.version.clone(),
        ..Reply::default()
    };
    desk.reply(TicketId(id), reply).await.expect("replied");
    let note = Reply {
        body: "Sicherung prüfen".into(),
        public: false,
        ..Reply::default()
    };
    desk.reply(TicketId(id), note).await.expect("noted");
    let issue = admin.read(id).await;
    assert_eq!(issue["status"]["name"], "Feedback");
    assert_eq!(issue["priority"]["name"], "High");
    assert_eq!(issue["assigned_to"]["name"], "Bob Lindqvist");
    let notes: Vec<(String, bool)> = issue["journals"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|j| !j["notes"].as_str().unwrap_or_default().is_empty())
        .map(|j| {
            (
                j["notes"].as_str().unwrap_or_default().to_string(),
                j["private_notes"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    assert_eq!(
        notes,
        [
            ("Wir schicken jemanden.".to_string(), false),
            ("Sicherung prüfen".to_string(), true)
        ]
    );
    let again = desk.ticket(TicketId(id)).await.expect("ticket");
    let kinds: Vec<MessageKind> = again.conversation.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            MessageKind::Customer,
            MessageKind::Public,
            MessageKind::Internal
        ]
    );
    assert_eq!(again.summary.status.name, "Feedback");

    // Changed together, unguarded, as bulk triage does: one PUT each.
    let other = jurgen.issue(&project, "Zweiter Drucker", 2, "Auch.").await;
    let outcomes = desk
        .update_many(
            &[TicketId(id), TicketId(other)],
            &Changes {
                status: Some("Resolved".into()),
                ..Changes::default()
            },
        )
        .await
        .expect("bulk");
    assert!(outcomes.iter().all(|(_, r)| r.is_ok()), "{outcomes:?}");
    for issue in [id, other] {
        assert_eq!(admin.read(issue).await["status"]["name"], "Resolved");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn files_go_both_ways_and_a_copy_becomes_a_watcher() {
    let lab = lab().await;
    let admin = Rest::new(lab);
    let project = admin.project("rm-files").await;
    let log = b"12:00 ERROR paper jam\n".repeat(40);
    let client = reqwest::Client::new();
    let token: serde_json::Value = client
        .post(format!("{}/uploads.json?filename=log.txt", lab.url))
        .header("X-Redmine-API-Key", &lab.jurgen_key)
        .header("Content-Type", "application/octet-stream")
        .body(log.clone())
        .send()
        .await
        .expect("upload")
        .json()
        .await
        .expect("token");
    let created = Rest::as_key(lab, &lab.jurgen_key)
        .post(
            "issues.json",
            json!({ "issue": { "project_id": project, "subject": "Papierstau",
                "description": "Log attached.",
                "uploads": [{ "token": token["upload"]["token"], "filename": "log.txt",
                              "content_type": "text/plain" }] } }),
        )
        .await;
    let id = created["issue"]["id"].as_u64().expect("id");
    let desk = desk_with(lab, &lab.key);
    let ticket = desk.ticket(TicketId(id)).await.expect("ticket");
    let file = &ticket.conversation[0].attachments[0];
    assert_eq!(file.name, "log.txt");
    assert_eq!(file.size, Some(log.len() as u64));
    let mut bytes = Vec::new();
    let mut sink = Sink::new(&mut bytes, None, |_| {});
    desk.download(TicketId(id), file, &mut sink)
        .await
        .expect("downloaded");
    drop(sink);
    assert_eq!(bytes, log);

    let dir = tempfile::tempdir().expect("dir");
    let steps = dir.path().join("steps.txt");
    std::fs::write(&steps, "1. Open tray 2\n2. Pull gently\n").expect("write");
    let reply = Reply {
        body: "Anleitung anbei.".into(),
        public: true,
        files: vec![outgoing::describe(&steps).expect("describe")],
        cc: vec!["dave@example.com".into()],
        ..Reply::default()
    };
    desk.reply(TicketId(id), reply).await.expect("sent");
    let issue = admin.read(id).await;
    let sent = issue["attachments"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|a| a["filename"] == "steps.txt")
        .expect("steps.txt on the issue");
    let link = sent["content_url"].as_str().expect("link");
    let path = link.trim_start_matches(&format!("{}/", lab.url));
    assert_eq!(admin.bytes(path).await, b"1. Open tray 2\n2. Pull gently\n");
    let watchers: Vec<&str> = issue["watchers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|w| w["name"].as_str())
        .collect();
    assert!(watchers.contains(&"Dave Hill"), "{watchers:?}");
    let again = desk.ticket(TicketId(id)).await.expect("ticket");
    assert!(
        again.cc.contains(&"Dave Hill".to_string()),
        "{:?}",
        again.cc
    );

    let big = dir.path().join("scan.pdf");
    std::fs::write(&big, vec![b'x'; 600 * 1024]).expect("write");
    let err = desk
        .reply(
            TicketId(id),
            Reply {
                body: "Scan".into(),
                public: true,
                files: vec![outgoing::describe(&big).expect("describe")],
                ..Reply::default()
            },
        )
        .await
        .expect_err("too large");
    assert!(
        err.to_string().contains("too large") && err.to_string().contains("512 KB"),
        "{err}"
    );

    let err = desk
        .reply(
            TicketId(id),
            Reply {
                body: "Hallo".into(),
                public: true,
                cc: vec!["nobody@nowhere.example".into()],
                ..Reply::default()
            },
        )
        .await
        .expect_err("unknown person");
    assert!(
        err.to_string().contains("no user with the address"),
        "{err}"
    );
    let notes = admin.read(id).await["journals"]
        .as_array()
        .map_or(0, |j| j.len());
    assert_eq!(notes, 1, "neither refused reply left a note");
}

async fn search(desk: &RedmineDesk, typed: &str) -> Vec<u64> {
    assert_eq!(desk.capabilities().search, SearchSyntax::Redmine);
    let planned = plan(SearchSyntax::Redmine, typed).expect("a plan");
    let page = desk
        .list_view(&view(&planned.query), None)
        .await
        .expect("searched");
    page.tickets.iter().map(|t| t.id.0).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn search_finds_words_in_notes_of_closed_issues_and_a_requesters_issues() {
    let lab = lab().await;
    let admin = Rest::new(lab);
    let project = admin.project("rm-search").await;
    let jurgen = Rest::as_key(lab, &lab.jurgen_key);
    let closed = jurgen.issue(&project, "Alter Fall", 2, "Erledigt.").await;
    admin
        .put(
            &format!("issues/{closed}.json"),
            json!({ "issue": { "notes": "Ursache war der Flusskondensator.", "status_id": 5 } }),
        )
        .await;
    let open = jurgen.issue(&project, "Neuer Fall", 2, "Offen.").await;
    admin
        .post(
            &format!("issues/{open}/relations.json"),
            json!({ "relation": { "issue_to_id": closed, "relation_type": "relates" } }),
        )
        .await;
    let desk = desk_with(lab, &lab.key);
    assert_eq!(search(&desk, "flusskondensator").await, [closed]);
    let by_jurgen = search(&desk, "jurgen@example.de").await;
    assert!(
        by_jurgen.contains(&closed) && by_jurgen.contains(&open),
        "{by_jurgen:?}"
    );
    let filtered = search(&desk, &format!("project_id={project}&status_id=closed")).await;
    assert_eq!(filtered, [closed]);
    let ticket = desk.ticket(TicketId(open)).await.expect("ticket");
    let links: Vec<(&str, u64)> = ticket
        .links
        .iter()
        .map(|l| (l.kind.as_str(), l.id.0))
        .collect();
    assert_eq!(links, [("related to", closed)]);
}
