//! frontdesk against a real Request Tracker 5 started on 127.0.0.1 (see `rt/mod.rs`). Each
//! test works in a queue of its own, so tests can run side by side.

mod looped;
mod pty;
mod rt;

use std::sync::Arc;

use frontdesk::backend::http::Timeouts;
use frontdesk::backend::rt::RtDesk;
use frontdesk::backend::{Changes, Error, HelpDesk, MessageKind, Priority, Reply, TicketId, View};
use frontdesk::config::{BackendKind, Profile};
use rt::{Lab, Rest};
use serde_json::json;

async fn lab() -> &'static Lab {
    tokio::task::spawn_blocking(rt::lab)
        .await
        .expect("lab thread")
}

fn profile(url: &str, queue: &str) -> Profile {
    let mut p = Profile::new("lab", BackendKind::Rt);
    p.url = Some(url.to_string());
    p.views = vec![View {
        name: "Lab".into(),
        query: format!("Queue = '{queue}' AND Status = '__Active__'"),
        quick: false,
    }];
    p
}

fn desk(lab: &Lab, queue: &str) -> RtDesk {
    RtDesk::new(&profile(&lab.url, queue), &lab.token, Timeouts::default()).expect("an RT desk")
}

fn view(queue: &str) -> View {
    View {
        name: "Lab".into(),
        query: format!("Queue = '{queue}' AND Status = '__Active__'"),
        quick: false,
    }
}

/// A customer's ticket with a whole conversation: their mail, our HTML reply, an internal
/// comment, and their follow-up.
async fn conversation(rest: &Rest, queue: &str, subject: &str) -> u64 {
    let maija = "Maija Virtanen <maija.virtanen@example.fi>";
    let id = rest
        .mail(queue, maija, subject, "Hei,\nkassa ei toimi mobiilissa.")
        .await;
    rest.post(&format!("ticket/{id}/correspond"), json!({ "Content": "<p>On it, <b>Maija</b>. See <a href=\"https://status.example\">status</a>.</p>", "ContentType": "text/html" })).await;
    rest.post(
        &format!("ticket/{id}/comment"),
        json!({ "Content": "SSO cache again?", "ContentType": "text/plain" }),
    )
    .await;
    rest.mail(
        queue,
        maija,
        &format!("Re: [rtlab #{id}] {subject}"),
        "Vieläkään ei toimi.",
    )
    .await;
    id
}

#[tokio::test(flavor = "multi_thread")]
async fn views_sort_by_priority_and_page_at_one_request_per_page() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-paging").await;
    let tickets: Vec<_> = (0..55)
        .map(|i| json!({ "Queue": queue, "Subject": format!("Paging {i}"), "Requestor": format!("p{}@example.com", i % 9), "Priority": (i * 37) % 160, "Content": "x", "ContentType": "text/plain" }))
        .collect();
    rest.post("tickets/bulk", json!(tickets)).await;

    let desk = desk(lab, &queue);
    let before = desk.requests_sent();
    let first = desk.list_view(&view(&queue), None).await.expect("page 1");
    assert_eq!(
        desk.requests_sent() - before,
        1,
        "a page of 50, as RT's search page shows, is one request"
    );
    assert_eq!((first.tickets.len(), first.total), (50, Some(55)));
    let numbers: Vec<i64> = first
        .tickets
        .iter()
        .filter_map(|t| t.priority_value)
        .collect();
    assert!(
        numbers.windows(2).all(|w| w[0] >= w[1]),
        "highest priority first: {numbers:?}"
    );
    assert_eq!(first.tickets[0].priority, Priority::Urgent);
    assert!(
        first
            .tickets
            .iter()
            .all(|t| t.requester.email.starts_with('p')),
        "requesters come with the page"
    );
    let next = first.next.expect("a second page");
    let before = desk.requests_sent();
    let second = desk
        .list_view(&view(&queue), Some(&next))
        .await
        .expect("page 2");
    assert_eq!(desk.requests_sent() - before, 1);
    assert_eq!((second.tickets.len(), second.next), (5, None));

    assert!(
        first.tickets.iter().all(|t| t.due_at.is_none()),
        "RT's unset Due (1970) is no target"
    );

    let small = rest.queue("q-paging-small").await;
    rest.post(
        "ticket",
        json!({ "Queue": small, "Subject": "Only one", "Requestor": "solo@example.com", "Priority": 50, "Due": "2026-12-01 12:00:00", "Content": "x", "ContentType": "text/plain" }),
    )
    .await;
    let before = desk.requests_sent();
    let only = desk
        .list_view(&view(&small), None)
        .await
        .expect("small page");
    assert_eq!(
        desk.requests_sent() - before,
        1,
        "the cost does not depend on the page's size"
    );
    assert_eq!(
        only.tickets[0].due_at.map(|d| d.to_string()).as_deref(),
        Some("2026-12-01T12:00:00Z"),
        "RT's Due is the ticket's target"
    );
    let listed = &only.tickets[0];
    assert!(listed.waiting_since.is_some(), "never told: waiting");
    let opened = desk.ticket(listed.id).await.expect("the ticket");
    assert_eq!(
        opened.summary.waiting_since, listed.waiting_since,
        "created by an agent for the customer and never answered: still waiting when opened"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_ticket_opens_with_its_conversation_and_the_requesters_history() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-open").await;
    let id = conversation(&rest, &queue, "Kassa ei toimi").await;
    let older = rest
        .mail(
            &queue,
            "Maija Virtanen <maija.virtanen@example.fi>",
            "Laskun osoite",
            "Uusi osoite.",
        )
        .await;
    let desk = desk(lab, &queue);

    let ticket = desk.ticket(TicketId(id)).await.expect("the ticket");
    let kinds: Vec<(MessageKind, &str)> = ticket
        .conversation
        .iter()
        .map(|m| (m.kind, m.author.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (MessageKind::Customer, "Maija Virtanen"),
            (MessageKind::Public, "Sam Rivera"),
            (MessageKind::Internal, "Sam Rivera"),
            (MessageKind::Customer, "Maija Virtanen"),
        ],
        "auto-reply copies (EmailRecord) are left out"
    );
    assert_eq!(
        ticket.conversation[1].body,
        "On it, Maija. See [status][1].\n\n[1]: https://status.example"
    );
    assert_eq!(ticket.summary.requester.name, "Maija Virtanen");
    assert_eq!(ticket.summary.requester.first_name(), Some("Maija"));
    assert_eq!(ticket.summary.replies, Some(2));
    assert_eq!(
        ticket.summary.waiting_since,
        Some(ticket.conversation[3].created_at),
        "waiting since the follow-up"
    );
    assert!(ticket.summary.version.is_some());
    assert!(
        ticket
            .url
            .as_deref()
            .is_some_and(|u| u.ends_with(&format!("/Ticket/Display.html?id={id}")))
    );

    let history = desk
        .requester_tickets(&ticket.summary.requester)
        .await
        .expect("history");
    let ids: Vec<u64> = history.iter().map(|t| t.id.0).collect();
    assert!(ids.contains(&id) && ids.contains(&older), "{ids:?}");
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first");
}

#[tokio::test(flavor = "multi_thread")]
async fn articles_are_canned_responses() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    rest.post("article", json!({ "Class": "General", "Name": "Live refund note", "Summary": "refund, money back", "CustomFields": { "Content": "Hi {{requester.first_name | default: \"there\"}},\n\nRefunded." } })).await;
    let canned = desk(lab, "General")
        .canned_responses()
        .await
        .expect("articles");
    let found = canned
        .iter()
        .find(|c| c.title == "Live refund note")
        .expect("the article");
    assert_eq!(found.keywords, ["refund", "money back"]);
    assert_eq!(
        found.body,
        "Hi {{requester.first_name | default: \"there\"}},\n\nRefunded."
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn replies_go_to_correspond_and_notes_to_comment() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-reply").await;
    let id = rest
        .mail(
            &queue,
            "Juha Mäkinen <juha@example.fi>",
            "Vienti hidas",
            "CSV-vienti kestää.",
        )
        .await;
    let desk = desk(lab, &queue);
    let version = desk
        .ticket(TicketId(id))
        .await
        .expect("ticket")
        .summary
        .version;
    let changes = Changes {
        status: Some("stalled".into()),
        ..Changes::default()
    };
    desk.reply(
        TicketId(id),
        Reply {
            body: "Tarkistamme asian.".into(),
            public: true,
            changes,
            expected_version: version,
            ..Reply::default()
        },
    )
    .await
    .expect("reply");
    desk.reply(
        TicketId(id),
        Reply {
            body: "Shard 3 again".into(),
            public: false,
            changes: Changes::default(),
            expected_version: None,
            ..Reply::default()
        },
    )
    .await
    .expect("note");

    let history = rest.history(id).await;
    let types: Vec<&str> = history.iter().map(|(t, _)| t.as_str()).collect();
    assert!(
        types.contains(&"Correspond") && types.contains(&"Comment"),
        "{types:?}"
    );
    let ticket = desk.ticket(TicketId(id)).await.expect("reloaded");
    let last_two: Vec<(MessageKind, &str)> = ticket
        .conversation
        .iter()
        .rev()
        .take(2)
        .map(|m| (m.kind, m.body.as_str()))
        .collect();
    assert_eq!(
        last_two,
        [
            (MessageKind::Internal, "Shard 3 again"),
            (MessageKind::Public, "Tarkistamme asian.")
        ]
    );
    assert_eq!(
        ticket.summary.status.name, "stalled",
        "the status rode along with the reply"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn status_priority_and_owner_change_and_show_up() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-update").await;
    let id = rest
        .ticket(&queue, "Change me", "changes@example.com", 10, "x")
        .await;
    let desk = desk(lab, &queue);
    let version = desk
        .ticket(TicketId(id))
        .await
        .expect("ticket")
        .summary
        .version;
    let bob = frontdesk::backend::AgentId("bob".into());
    let changes = Changes {
        status: Some("open".into()),
        priority: Some(Priority::High),
        assignee: Some(Some(bob)),
        ..Changes::default()
    };
    desk.update(TicketId(id), changes, version)
        .await
        .expect("update");
    let raw = rest.get(&format!("ticket/{id}")).await;
    assert_eq!(
        (
            raw["Status"].as_str(),
            raw["Priority"].as_str(),
            raw["Owner"]["id"].as_str()
        ),
        (Some("open"), Some("100"), Some("bob"))
    );
    let t = desk.ticket(TicketId(id)).await.expect("ticket").summary;
    assert_eq!((t.priority, t.priority_value), (Priority::High, Some(100)));
    assert_eq!(t.assignee.map(|a| a.name), Some("Bob Lindqvist".into()));

    let agents = desk.agents().await.expect("agents");
    let names: Vec<&str> = agents.iter().map(|a| a.name.as_str()).collect();
    assert!(
        names.contains(&"Bob Lindqvist") && names.contains(&"Sam Rivera"),
        "{names:?}"
    );
    let me = desk.me().await.expect("me");
    let take = Changes {
        assignee: Some(Some(me.id.clone())),
        ..Changes::default()
    };
    desk.update(TicketId(id), take, None).await.expect("take");
    assert_eq!(
        rest.get(&format!("ticket/{id}")).await["Owner"]["id"].as_str(),
        Some("root")
    );
    let invalid = Changes {
        status: Some("bogus".into()),
        ..Changes::default()
    };
    assert!(
        matches!(desk.update(TicketId(id), invalid, None).await, Err(Error::Invalid(m)) if m.contains("bogus")),
        "a refused change is an error"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_change_since_the_ticket_was_read_is_a_conflict_and_nothing_is_written() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-conflict").await;
    let id = rest
        .mail(
            &queue,
            "Hans Becker <hans@example.de>",
            "Rechnung",
            "Bitte ändern.",
        )
        .await;
    let desk = desk(lab, &queue);
    let seen = desk
        .ticket(TicketId(id))
        .await
        .expect("ticket")
        .summary
        .version;
    // Another agent answers meanwhile.
    rest.post(
        &format!("ticket/{id}/correspond"),
        json!({ "Content": "Done by Bob", "ContentType": "text/plain" }),
    )
    .await;
    let before = rest.history(id).await.len();

    let update = desk
        .update(
            TicketId(id),
            Changes {
                priority: Some(Priority::Urgent),
                ..Changes::default()
            },
            seen.clone(),
        )
        .await;
    assert_eq!(
        update,
        Err(Error::Conflict),
        "PUT with a stale If-Match is refused (412)"
    );
    let reply = Reply {
        body: "Also done".into(),
        public: true,
        changes: Changes::default(),
        expected_version: seen,
        ..Reply::default()
    };
    assert_eq!(desk.reply(TicketId(id), reply).await, Err(Error::Conflict));
    assert_eq!(rest.history(id).await.len(), before, "nothing was written");
    assert_eq!(
        Error::Conflict.to_string(),
        "changed by someone else since you opened it"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_token_is_a_clear_authentication_error() {
    let lab = lab().await;
    let wrong = RtDesk::new(
        &profile(&lab.url, "General"),
        "1-14-00000000000000000000000000000000",
        Timeouts::default(),
    )
    .expect("desk");
    assert!(matches!(wrong.me().await, Err(Error::Auth(m)) if m == "Unauthorized"));
    assert!(matches!(
        wrong.list_view(&view("General"), None).await,
        Err(Error::Auth(_))
    ));
    let bob = RtDesk::new(
        &profile(&lab.url, "General"),
        &lab.bob_token,
        Timeouts::default(),
    )
    .expect("desk");
    assert_eq!(
        bob.me().await.map(|a| a.name),
        Ok("Bob Lindqvist".into()),
        "a plain agent's token works"
    );
}

#[test]
fn the_real_binary_sends_a_canned_response_rendered_for_the_ticket() {
    let lab = rt::lab();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let rest = Rest::new(lab);
    let (queue, id) = runtime.block_on(async {
        let queue = rest.queue("q-e2e").await;
        rest.post("article", json!({ "Class": "General", "Name": "E2E shipping note", "Summary": "shipping", "CustomFields": { "Content": "Hi {{requester.first_name | default: \"there\"}},\n\norder #{{ticket.id}} is on its way.\n\n{{agent.signature}}" } })).await;
        let id = rest.mail(&queue, "Maija Virtanen <maija.e2e@example.fi>", "Missä paketti?", "Tilaus ei ole tullut.").await;
        (queue, id)
    });
    let mut shell = pty::Shell::start(100, 30, &[("FRONTDESK_TOKEN", &lab.token)]);
    let config = format!(
        "default_profile = \"lab\"\n[profiles.lab]\nbackend = \"rt\"\nurl = \"{}\"\n[[profiles.lab.views]]\nname = \"E2E\"\nquery = \"Queue = '{queue}' AND Status = '__Active__'\"\n",
        lab.url
    );
    std::fs::create_dir_all(shell.path("config/frontdesk")).expect("config dir");
    std::fs::write(shell.path("config/frontdesk/config.toml"), config).expect("config");
    shell.line("frontdesk");
    shell.wait_for("Missä paketti?");
    shell.type_bytes(b"\r");
    shell.wait_for("── Conversation");
    shell.type_bytes(b"r\x14");
    shell.wait_for("Canned responses");
    shell.type_bytes(b"e2e shiping");
    shell.wait_for("E2E shipping note");
    shell.type_bytes(b"\r");
    shell.wait_for("order #");
    shell.type_bytes(b"\x13");
    shell.wait_for("Reply sent to Maija Virtanen");
    shell.type_bytes(b"q\x03");
    shell.wait_until("the shell prompt", |s| !s.alternate_screen());

    let contents = runtime.block_on(rest.contents(id));
    let sent = contents
        .iter()
        .find(|c| c.contains("is on its way"))
        .unwrap_or_else(|| panic!("the reply reached RT: {contents:?}"));
    assert!(
        sent.starts_with(&format!(
            "Hi Maija,\n\norder #{id} is on its way.\n\nSam Rivera\nLab Support"
        )),
        "{sent:?}"
    );
    assert!(!sent.contains("{{"), "every placeholder was rendered");
    let history = runtime.block_on(rest.history(id));
    assert!(
        history
            .iter()
            .any(|(t, who)| t == "Correspond" && who == "root"),
        "{history:?}"
    );
}

#[test]
fn login_checks_the_token_first_and_never_echoes_it() {
    let lab = rt::lab();
    let mut shell = pty::Shell::start(
        120,
        30,
        &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")],
    );
    let login = format!(
        "FRONTDESK_BACKEND=rt FRONTDESK_URL={} frontdesk login",
        lab.url
    );
    shell.line(&login);
    shell.wait_for("(typing is not shown)");
    shell.type_bytes(b"1-14-0000000000000000000000000000dead\r");
    shell.wait_for("the help desk refused that token (Unauthorized); nothing was stored");
    shell.line(&login);
    shell.wait_until("a second prompt", |s| {
        s.contents().matches("(typing is not shown)").count() == 2
    });
    shell.type_bytes(format!("{}\r", lab.token).as_bytes());
    shell.wait_for("The help desk accepts it: you are Sam Rivera (root).");
    shell.wait_until("the keyring's answer", |s| {
        let text = s.contents();
        text.contains("Stored in the OS keyring")
            || (text.contains("the token works, but there is no OS keyring")
                && text.contains("export FRONTDESK_TOKEN=")
                && text.contains("token_cmd = \"pass show frontdesk/env\""))
    });
    assert!(
        !shell.screen().contains(&lab.token) && !shell.screen().contains("dead"),
        "the token is never shown:\n{}",
        shell.screen()
    );

    // Interrupted at the prompt, the terminal comes back with its echo. (Interactive bash
    // repairs the modes of a job killed by a signal, which would hide a failure, so the modes
    // are read by a trap in the same job, before bash gets the terminal back.)
    shell.run("stty -a > before.txt");
    let url = &lab.url;
    shell.line(&format!(
        "sh -c \"trap 'stty -a > after.txt; exit 0' INT; FRONTDESK_BACKEND=rt FRONTDESK_URL={url} frontdesk login; stty -a > after.txt\""
    ));
    shell.wait_until("a third prompt", |s| {
        s.contents().matches("(typing is not shown)").count() == 3
    });
    shell.type_bytes(b"\x03");
    shell.wait_until("the modes to be written", |s| {
        s.contents().trim_end().ends_with("fd$")
    });
    let before = std::fs::read_to_string(shell.path("before.txt")).expect("before");
    let after = std::fs::read_to_string(shell.path("after.txt")).expect("after");
    assert_eq!(
        before, after,
        "echo and the other modes are back after ctrl-c"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_token_in_the_interface_says_what_to_do() {
    let lab = lab().await;
    let wrong = RtDesk::new(
        &profile(&lab.url, "General"),
        "1-14-00000000000000000000000000000000",
        Timeouts::default(),
    )
    .expect("desk");
    let mut app = looped::Running::start(Arc::new(wrong), jiff::Timestamp::now(), &[]);
    let screen = app.wait_for("Could not load Lab").await;
    assert!(
        screen.contains("refused the credential (Unauthorized)"),
        "{screen}"
    );
    assert!(screen.contains("frontdesk doctor"), "{screen}");
    let title = screen.lines().next().unwrap_or_default();
    assert!(title.contains("signed out"), "not offline: {title}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_ticket_created_while_frontdesk_is_open_appears_marked_within_one_poll() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-polling").await;
    rest.ticket(&queue, "Already here", "old@example.com", 10, "x")
        .await;
    let every = std::time::Duration::from_secs(5);
    let mut app = looped::Running::start(
        Arc::new(desk(lab, &queue)),
        jiff::Timestamp::now(),
        &[("config.toml", "poll_interval = \"5s\"\n")],
    );
    app.wait_for("Already here").await;
    assert!(app.wait_for(" 1 Lab 1 ").await.contains(" 1 Lab 1 "));

    let id = rest
        .ticket(&queue, "Printer on fire", "new@example.com", 90, "Smoke!")
        .await;
    // Created just after a poll may have started, it is found by the next: within one
    // interval of the poll after it, with a little room for RT's answer.
    let screen = app
        .wait_for_within(
            " 1 Lab 2 •1 ",
            every * 2 + std::time::Duration::from_secs(3),
        )
        .await;
    let row = screen
        .lines()
        .find(|l| l.contains(&format!(" {id} ")) && l.contains("Printer on fire"))
        .unwrap_or_else(|| panic!("the row:\n{screen}"));
    assert!(row.starts_with("│•"), "marked as new: {row}");
    assert!(
        screen.contains(&format!("New ticket #{id}: Printer on fire")),
        "announced:\n{screen}"
    );
}

/// RT hashes the credential on every request; its web session costs a lookup. The token and
/// the password are each exchanged for a session once, and RT takes it on REST 2.0.
#[tokio::test(flavor = "multi_thread")]
async fn the_token_and_the_password_are_exchanged_for_one_session() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-session").await;
    rest.ticket(&queue, "Istunto", "istunto@example.fi", 10, "x")
        .await;
    let token = desk(lab, &queue);
    let view = token.default_views().remove(0);
    let page = token.list_view(&view, None).await.expect("listed");
    assert_eq!(page.tickets[0].subject, "Istunto");
    token.ticket(page.tickets[0].id).await.expect("read");
    token.me().await.expect("me");
    assert!(token.session_active(), "requests carry RT's session");
    assert_eq!(token.session_logins(), 1, "one exchange for every request");

    let mut profile = Profile::new("lab", BackendKind::Rt);
    profile.url = Some(lab.url.clone());
    profile.auth = Some("basic".into());
    profile.user = Some("root".into());
    let basic = RtDesk::new(&profile, "password", Timeouts::default()).expect("desk");
    let me = basic.me().await.expect("root by password");
    assert_eq!(me.id.0, "root");
    basic.me().await.expect("again");
    assert!(basic.session_active(), "the login form gave a session");
    assert_eq!(basic.session_logins(), 1);
}

/// A ticket's custom fields come with it, in the order RT made them, the empty ones too: the
/// order number a customer quoted is on screen without RT's web page.
#[tokio::test(flavor = "multi_thread")]
async fn custom_fields_come_with_the_ticket() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-fields").await;
    let id = rest
        .ticket(
            &queue,
            "Tilaus SO-2026-0815",
            "kalle@example.fi",
            10,
            "Missä tilaus?",
        )
        .await;
    let before = desk(lab, &queue)
        .ticket(TicketId(id))
        .await
        .expect("ticket");
    let names: Vec<&str> = before.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["Order number", "Product", "Renewal"],
        "RT's order, empty ones too"
    );
    assert!(before.fields.iter().all(|f| !f.is_filled()));
    rest.put(
        &format!("ticket/{id}"),
        json!({ "CustomFields": { "Order number": "SO-2026-0815", "Product": "Billing" } }),
    )
    .await;
    let after = desk(lab, &queue)
        .ticket(TicketId(id))
        .await
        .expect("ticket");
    let shown: Vec<(String, String)> = after
        .fields
        .iter()
        .map(|f| (f.name.clone(), f.shown()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Order number".to_string(), "SO-2026-0815".to_string()),
            ("Product".to_string(), "Billing".to_string()),
            ("Renewal".to_string(), "—".to_string())
        ]
    );
}

/// The time worked and estimated come with the ticket, in RT's minutes.
#[tokio::test(flavor = "multi_thread")]
async fn time_worked_comes_with_the_ticket() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-time").await;
    let id = rest
        .ticket(&queue, "Aikaa kului", "aika@example.fi", 10, "Kauanko?")
        .await;
    let desk = desk(lab, &queue);
    assert_eq!(desk.ticket(TicketId(id)).await.expect("ticket").time, None);
    rest.put(
        &format!("ticket/{id}"),
        json!({ "TimeWorked": "45", "TimeEstimated": "120" }),
    )
    .await;
    let time = desk.ticket(TicketId(id)).await.expect("ticket").time;
    assert_eq!(time.map(|t| t.shown()).as_deref(), Some("worked 45m of 2h"));
    // Time logged with a note is RT's TimeTaken, added to what was worked.
    let note = Reply {
        body: "Soitin asiakkaalle.".into(),
        public: false,
        changes: Changes {
            time_spent: Some(15),
            ..Changes::default()
        },
        ..Reply::default()
    };
    desk.reply(TicketId(id), note).await.expect("the note");
    let time = desk.ticket(TicketId(id)).await.expect("ticket").time;
    assert_eq!(time.map(|t| t.shown()).as_deref(), Some("worked 1h of 2h"));
}
