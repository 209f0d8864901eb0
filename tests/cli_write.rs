//! The write commands (`reply`, `note`, `set`, `new`, `outbox`) run as a script runs them:
//! on the demo desk, and against a Zendesk on 127.0.0.1 whose requests are checked. Each
//! write goes through the profile's outbox: queued when the desk is away (exit 75), sent by
//! `outbox retry`, and never twice, even when the answer to a try was lost.

mod mockdesk;
mod script;

use script::{Run, dead_port, pretty, shape, zendesk_env};
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn texts() -> Vec<String> {
    vec!["Rechnung doppelt".into(), "Login fails".into()]
}

/// The bodies of the writes (PUT) the desk received for ticket `id`.
fn writes(runtime: &tokio::runtime::Runtime, server: &MockServer, id: u64) -> Vec<Value> {
    let received = runtime
        .block_on(server.received_requests())
        .unwrap_or_default();
    received
        .iter()
        .filter(|r| r.method.as_str() == "PUT" && r.url.path() == format!("/api/v2/tickets/{id}"))
        .map(|r| serde_json::from_slice(&r.body).unwrap_or(Value::Null))
        .collect()
}

/// A Zendesk that takes writes to its tickets.
fn zendesk(runtime: &tokio::runtime::Runtime) -> MockServer {
    runtime.block_on(async {
        let server = mockdesk::zendesk(texts()).await;
        Mock::given(method("PUT"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(serde_json::json!({ "ticket": {} })),
            )
            .mount(&server)
            .await;
        server
    })
}

#[test]
fn on_the_demo_each_write_is_made_and_said() {
    let run = Run::new();
    let (code, out, err) = run.apart(
        &["--demo", "reply", "4208"],
        &[],
        Some("Thanks, refunded.\n"),
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("Reply sent to Tom Evans on #4208"), "{err}");
    let (code, out) = run.run(
        &[
            "--demo",
            "reply",
            "4208",
            "-m",
            "Copied",
            "--cc",
            "a@example.com",
            "--bcc",
            "b@example.com",
        ],
        &[],
    );
    assert_eq!(code, 0, "the demo takes copies and blind copies: {out}");
    let (code, out) = run.run(&["--demo", "note", "4208", "-m", "Checked the ledger"], &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Internal note added to #4208"), "{out}");
    let (code, out) = run.run(&["--demo", "set", "4208", "status=Solved"], &[]);
    assert_eq!(code, 6, "the demo wants a field filled to solve: {out}");
    assert!(out.contains("wants Refund decision filled first"), "{out}");
    let (code, out) = run.run(
        &[
            "--demo",
            "set",
            "4208",
            "status=Solved",
            "priority=high",
            "tags=+vip,-billing",
            "refund decision=approved",
        ],
        &[],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "#4208 status → solved, priority → high, tags +vip -billing, Refund decision → Approved"
        ),
        "the desk's own names: {out}"
    );
    let (code, number, err) = run.apart(
        &[
            "--demo",
            "new",
            "--for",
            "ann@example.com",
            "--subject",
            "Welcome",
            "-m",
            "Hi Ann",
        ],
        &[],
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        number.trim().parse::<u64>().is_ok(),
        "a new ticket's number, alone on stdout: {number:?}"
    );
    let (code, out) = run.run(
        &["--demo", "reply", "4208", "--canned", "refund approved"],
        &[],
    );
    assert_eq!(code, 0, "{out}");
    let (code, out) = run.run(&["--demo", "outbox"], &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("The outbox is empty"), "{out}");
}

/// A mistake in what was asked is refused before anything is queued, with what to do.
#[test]
fn a_write_asked_wrongly_is_refused_with_what_to_do() {
    let run = Run::new();
    let cases: [(&[&str], i32, &str); 8] = [
        (&["--demo", "reply", "4208"], 2, "nothing to send"),
        (&["--demo", "set", "4208", "status"], 2, "is not KEY=VALUE"),
        (
            &["--demo", "set", "4208", "status=bogus"],
            2,
            "open, pending",
        ),
        (
            &["--demo", "set", "4208", "colour=red"],
            2,
            "no field \"colour\"",
        ),
        (
            &["--demo", "reply", "4208", "--canned", "refund aproved"],
            5,
            "did you mean \"Refund approved\"",
        ),
        (&["--demo", "reply", "1", "-m", "hello"], 5, "not found"),
        (
            &[
                "--demo",
                "new",
                "--for",
                "nobody",
                "--subject",
                "x",
                "-m",
                "y",
            ],
            2,
            "not an e-mail address",
        ),
        (&["--demo", "outbox", "drop", "9"], 5, "no entry 9"),
    ];
    for (args, want, says) in cases {
        let (code, out) = run.run(args, &[]);
        assert_eq!(code, want, "{args:?}: {out}");
        assert!(out.contains(says), "{args:?}: {out}");
    }
    let (code, out) = run.run(&["--demo", "outbox", "--json"], &[]);
    assert_eq!((code, out.trim()), (0, "[]"), "nothing was queued");
}

/// A reply and a change reach Zendesk as its API takes them: the text, the audience, the
/// copy, the status, the tags; a local canned response brings its changes.
#[test]
fn writes_reach_zendesk_as_its_api_takes_them() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = zendesk(&runtime);
    runtime.block_on(
        Mock::given(method("GET"))
            .and(path("/api/v2/ticket_fields"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "ticket_fields": [{ "id": 360, "type": "tagger", "title": "Product", "active": true,
                                    "custom_field_options": [{ "name": "Pro plan", "value": "pro" }] }],
                "next_page": null
            })))
            .mount(&server),
    );
    let uri = server.uri();
    let env = zendesk_env(&uri);
    let run = Run::new();
    let (code, out) = run.run(
        &[
            "reply",
            "1",
            "-m",
            "We are on it.",
            "--cc",
            "boss@example.com",
        ],
        &env,
    );
    assert_eq!(code, 0, "{out}");
    let (code, out) = run.run(
        &[
            "reply",
            "1",
            "-m",
            "Hidden copy",
            "--bcc",
            "audit@example.com",
        ],
        &env,
    );
    assert_eq!(code, 6, "Zendesk takes no blind copies: {out}");
    assert!(out.contains("leave out --bcc"), "{out}");
    let (code, out) = run.run(&["set", "2", "status=solved", "tags=+vip"], &env);
    assert_eq!(code, 0, "{out}");
    let responses = run.home.path().join("frontdesk/responses");
    std::fs::create_dir_all(&responses).expect("responses");
    std::fs::write(
        responses.join("escalate.md"),
        "+++\ntitle = \"Escalate\"\n[actions]\nstatus = \"pending\"\ntags_add = [\"escalated\"]\nfields = { \"Product\" = \"Pro plan\" }\n+++\nHi {{requester.first_name}}, this is with our engineers now.\n",
    )
    .expect("response");
    let (code, out) = run.run(&["note", "2", "--canned", "escalate"], &env);
    assert_eq!(code, 0, "{out}");

    let one = writes(&runtime, &server, 1);
    assert_eq!(one.len(), 1, "one write for one reply: {one:?}");
    let comment = &one[0]["ticket"]["comment"];
    assert_eq!(comment["public"], true, "{one:?}");
    assert!(
        comment["body"]
            .as_str()
            .is_some_and(|b| b.contains("We are on it.")),
        "{one:?}"
    );
    assert!(
        one[0].to_string().contains("boss@example.com"),
        "the copy goes along: {one:?}"
    );

    let two = writes(&runtime, &server, 2);
    assert_eq!(two.len(), 2, "{two:?}");
    assert_eq!(two[0]["ticket"]["status"], "solved", "{two:?}");
    assert!(two[0].to_string().contains("vip"), "{two:?}");
    let note = &two[1]["ticket"];
    assert_eq!(note["comment"]["public"], false, "{two:?}");
    assert!(
        note["comment"]["body"]
            .as_str()
            .is_some_and(|b| b.contains("Hi Login, this is with our engineers")),
        "rendered for the ticket's requester: {two:?}"
    );
    assert_eq!(
        note["status"], "pending",
        "the response's changes come along: {two:?}"
    );
    assert!(note.to_string().contains("escalated"), "{two:?}");
    assert_eq!(
        note["custom_fields"],
        serde_json::json!([{ "id": 360, "value": "pro" }]),
        "the response's field by the desk's id and option value: {two:?}"
    );
}

/// The desk away: the reply waits in the outbox (exit 75) and `outbox` lists it; once the
/// desk is back, `outbox retry` sends it once. A try whose answer was lost (a 500 after the
/// desk took it) is found in the conversation by the next try and never sent twice.
#[test]
fn a_queued_reply_is_sent_once_by_outbox_retry() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let port = dead_port();
    let uri = format!("http://127.0.0.1:{port}");
    let env = zendesk_env(&uri);
    let run = Run::new();
    let (code, out) = run.run(
        &["reply", "1", "-m", "Queued while the desk was away"],
        &env,
    );
    assert_eq!(code, 75, "{out}");
    assert!(
        out.contains("cannot reach the help desk") && out.contains("outbox retry"),
        "{out}"
    );
    let (code, out) = run.run(&["outbox", "--json"], &env);
    assert_eq!(code, 0, "{out}");
    let listed: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(listed[0]["kind"], "reply", "{listed}");
    assert_eq!(listed[0]["ticket"], 1, "{listed}");
    assert_eq!(listed[0]["attempts"], 1, "{listed}");
    insta::assert_snapshot!("outbox_entry", pretty(&shape(&listed[0])));

    // The desk comes back on the same address, and its answer to the first write is lost
    // (500) although it took the reply.
    let listener = std::net::TcpListener::bind(("127.0.0.1", port)).expect("the port again");
    let server = runtime.block_on(async {
        let server = MockServer::builder().listener(listener).start().await;
        mount_lost_answer(&server).await;
        server
    });
    let (code, out) = run.run(&["outbox", "retry"], &env);
    assert_eq!(
        code, 75,
        "the answer was lost; it waits, marked as perhaps arrived: {out}"
    );
    let (_, out) = run.run(&["outbox", "--json"], &env);
    let listed: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(listed[0]["may_have_arrived"], true, "{listed}");

    // The desk shows the reply in the conversation: the next try finds it there.
    runtime.block_on(show_the_reply(&server, "Queued while the desk was away"));
    let (code, out) = run.run(&["outbox", "retry", "--wait"], &env);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("reached the help desk after all"), "{out}");
    assert_eq!(
        writes(&runtime, &server, 1).len(),
        1,
        "sent once, never twice"
    );
    let (code, out) = run.run(&["outbox", "--json"], &env);
    assert_eq!((code, out.trim()), (0, "[]"));
}

/// A Zendesk whose ticket 1 answers every write with a 500.
async fn mount_lost_answer(server: &MockServer) {
    let desk = mockdesk::zendesk(texts()).await;
    for request in [
        "/api/v2/users/me",
        "/api/v2/tickets/1",
        "/api/v2/tickets/1/comments",
    ] {
        forward_get(server, &desk, request).await;
    }
    Mock::given(method("PUT"))
        .and(path("/api/v2/tickets/1"))
        .respond_with(ResponseTemplate::new(500))
        .mount(server)
        .await;
}

/// Answers GET `at` on `server` as `desk` answers it.
async fn forward_get(server: &MockServer, desk: &MockServer, at: &str) {
    let body: Value = reqwest::get(format!("{}{at}", desk.uri()))
        .await
        .expect("the mock answers")
        .json()
        .await
        .expect("JSON");
    Mock::given(method("GET"))
        .and(path(at))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
}

/// Ticket 1's conversation now holds `text`, written by the agent a moment ago.
async fn show_the_reply(server: &MockServer, text: &str) {
    let now = jiff::Timestamp::now().to_string();
    let comments = serde_json::json!({
        "comments": [
            { "id": 1, "type": "Comment", "author_id": 100, "body": "Help", "public": true,
              "created_at": "2026-11-20T10:00:00Z" },
            { "id": 2, "type": "Comment", "author_id": 9, "body": text, "public": true,
              "created_at": now }
        ],
        "users": [
            { "id": 100, "name": "Rechnung doppelt", "role": "end-user" },
            { "id": 9, "name": "Sam Rivera", "role": "agent" }
        ],
        "meta": { "has_more": false }
    });
    Mock::given(method("GET"))
        .and(path("/api/v2/tickets/1/comments"))
        .respond_with(ResponseTemplate::new(200).set_body_json(comments))
        .with_priority(1)
        .mount(server)
        .await;
}

/// Each way a write can end has its own exit code: refused credential 4, conflict 6, rate
/// limited 7, unreachable 8 (for a read), queued 75.
#[test]
fn each_way_a_write_ends_has_its_exit_code() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let run = Run::new();

    let refusing = runtime
        .block_on(answering(ResponseTemplate::new(401).set_body_json(
            serde_json::json!({ "error": "Couldn't authenticate you" }),
        )));
    let uri = refusing.uri();
    let (code, out) = run.run(&["reply", "1", "-m", "x"], &zendesk_env(&uri));
    assert_eq!(code, 4, "credential refused: {out}");

    let limited = runtime.block_on(answering(
        ResponseTemplate::new(429).insert_header("retry-after", "86400"),
    ));
    let uri = limited.uri();
    let (code, out) = run.run(&["ls"], &zendesk_env(&uri));
    assert_eq!(code, 7, "rate limited: {out}");

    let conflicting = runtime.block_on(async {
        let server = mockdesk::zendesk(texts()).await;
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(409).set_body_json(
                serde_json::json!({ "error": "UpdateConflict", "description": "changed" }),
            ))
            .mount(&server)
            .await;
        server
    });
    let uri = conflicting.uri();
    let (code, out) = run.run(&["reply", "1", "-m", "Too late"], &zendesk_env(&uri));
    assert_eq!(code, 6, "conflict: {out}");
    assert!(out.contains("the ticket changed"), "{out}");
    let (_, out) = run.run(&["outbox", "--json"], &zendesk_env(&uri));
    assert_eq!(
        out.trim(),
        "[]",
        "a refused reply does not wait in the outbox"
    );

    let uri = format!("http://127.0.0.1:{}", dead_port());
    let (code, out) = run.run(&["show", "1"], &zendesk_env(&uri));
    assert_eq!(code, 8, "unreachable: {out}");
    let (code, out) = run.run(&["set", "1", "priority=low"], &zendesk_env(&uri));
    assert_eq!(code, 75, "queued: {out}");
}

/// A desk that answers everything with `template`.
async fn answering(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(template)
        .mount(&server)
        .await;
    server
}
