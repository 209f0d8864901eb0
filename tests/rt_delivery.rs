//! Delivering replies to a real Request Tracker through a proxy that breaks requests the way
//! networks and servers do. Whatever breaks, the reply lands exactly once, counted on the
//! server.

mod faults;
mod looped;
mod rt;

use std::sync::Arc;
use std::time::Duration;

use faults::{Fault, FaultProxy};
use frontdesk::backend::View;
use frontdesk::backend::http::Timeouts;
use frontdesk::backend::rt::RtDesk;
use frontdesk::config::{BackendKind, Profile};
use rt::{Lab, Rest};

async fn lab() -> &'static Lab {
    tokio::task::spawn_blocking(rt::lab_behind_proxies)
        .await
        .expect("lab thread")
}

/// A desk reaching RT on `port`, listing `queue`, with a short request timeout so stalls end
/// quickly.
fn desk(lab: &Lab, port: u16, queue: &str) -> Arc<RtDesk> {
    let mut profile = Profile::new("lab", BackendKind::Rt);
    profile.url = Some(format!("http://127.0.0.1:{port}"));
    profile.views = vec![View {
        name: "Lab".into(),
        query: format!("Queue = '{queue}' AND Status = '__Active__'"),
        quick: false,
    }];
    let timeouts = Timeouts {
        request: Duration::from_secs(3),
        read_backoff: Duration::from_millis(50),
        ..Timeouts::default()
    };
    Arc::new(RtDesk::new(&profile, &lab.token, timeouts).expect("desk"))
}

/// How many replies the ticket has in RT's own history, and whether one holds `text`.
async fn replies(rest: &Rest, ticket: u64, text: &str) -> (usize, bool) {
    let count = rest
        .history(ticket)
        .await
        .iter()
        .filter(|(kind, _)| kind == "Correspond")
        .count();
    let found = rest.contents(ticket).await.iter().any(|c| c.contains(text));
    (count, found)
}

/// Sends a reply through a proxy that breaks the reply's first POST with `fault`, then asks
/// the outbox to try again, and checks RT holds the reply once.
async fn exactly_once(queue_name: &str, fault: Fault, after_retry: &str) {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue(queue_name).await;
    let subject = format!("Delivery {queue_name}");
    let ticket = rest
        .mail(
            &queue,
            "Kim Lee <kim@example.com>",
            &subject,
            "Is it there?",
        )
        .await;
    let proxy = FaultProxy::start(lab.port()).await;
    proxy.break_next("POST", "/correspond", fault);
    let desk = desk(lab, proxy.port, &queue);
    let mut app = looped::Running::start(desk.clone(), jiff::Timestamp::now(), &[]);
    app.wait_for(&subject).await;
    app.press("enter");
    app.wait_for("── Conversation").await;
    app.press("r");
    let text = format!("Exactly one copy ({queue_name}).");
    app.type_text(&text);
    app.wait_for(&text).await;
    app.press("ctrl-s");
    if fault != Fault::Answer429 {
        let screen = app.wait_for("Not sent yet").await;
        assert!(screen.contains("1 in outbox (O)"), "{screen}");
        assert!(proxy.all_used());
        // The outbox, its first entry, "Send now".
        app.press("O");
        app.wait_for("Outbox — 1 not delivered").await;
        app.press("enter enter");
    }
    app.wait_for(after_retry).await;
    assert_eq!(
        replies(&rest, ticket, &text).await,
        (1, true),
        "RT holds the reply once"
    );
    assert_eq!(
        desk.cross_site_refusals(),
        0,
        "RT trusts its proxy: the fault met the reply itself, on the session"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_whose_answer_was_cut_off_is_found_not_posted_again() {
    exactly_once(
        "dl-drop",
        Fault::ForwardThenDrop,
        "reached the help desk after all",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_whose_answer_never_came_is_found_after_the_timeout() {
    exactly_once(
        "dl-stall",
        Fault::ForwardThenStall,
        "reached the help desk after all",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_dropped_before_reaching_the_server_is_checked_then_sent_once() {
    exactly_once("dl-cut", Fault::Drop, "Reply sent to Kim Lee").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_refused_with_500_is_checked_then_sent_once() {
    exactly_once("dl-500", Fault::Answer500, "Reply sent to Kim Lee").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_that_never_reached_a_stalled_server_is_sent_once() {
    exactly_once("dl-lost", Fault::Stall, "Reply sent to Kim Lee").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_429_is_waited_out_and_the_reply_sent_once() {
    exactly_once("dl-429", Fault::Answer429, "Reply sent to Kim Lee").await;
}

/// The help desk goes away mid-session: the reply waits in the outbox, visible with its
/// error, and goes out once the desk is back.
#[tokio::test(flavor = "multi_thread")]
async fn a_reply_waits_in_the_outbox_while_the_desk_is_away_and_goes_out_when_it_is_back() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-away").await;
    let ticket = rest
        .mail(
            &queue,
            "Sanna Järvinen <sanna@example.fi>",
            "Kirjakauppa",
            "Hei!",
        )
        .await;
    let proxy = rt::proxy::Proxy::start(lab.port()).await;
    let port = proxy.port;
    let mut app = looped::Running::start(desk(lab, port, &queue), jiff::Timestamp::now(), &[]);
    app.wait_for("Kirjakauppa").await;
    app.press("enter");
    app.wait_for("── Conversation").await;
    app.press("r");
    let text = "Tärkeä vastaus, jota ei saa hukata.";
    app.type_text(text);
    app.wait_for("Tärkeä vastaus").await;
    proxy.stop().await;
    app.press("ctrl-s");
    let screen = app.wait_for("Not sent yet").await;
    assert!(screen.contains("cannot reach the help desk"), "{screen}");
    assert!(screen.contains("1 in outbox (O)"), "{screen}");
    app.press("O");
    let screen = app.wait_for("Outbox — 1 not delivered").await;
    assert!(screen.contains("reply to Sanna Järvinen on #"), "{screen}");
    app.press("esc");

    let back = rt::proxy::Proxy::start_on(lab.port(), port).await;
    app.press("O enter enter");
    app.wait_for("Reply sent to Sanna Järvinen").await;
    assert_eq!(replies(&rest, ticket, text).await, (1, true));
    drop(back);
}

/// The RT tickets whose subject is `subject`, with their first messages' texts.
async fn tickets_titled(rest: &Rest, subject: &str) -> Vec<u64> {
    let query = format!("Subject = '{subject}'");
    let found = rest
        .get(&format!(
            "tickets?query={}&fields=Subject",
            url_escape(&query)
        ))
        .await;
    found["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["id"].as_str().and_then(|id| id.parse().ok()))
        .collect()
}

/// An RT id, which REST 2.0 writes as a number in one place and a string in another.
fn id_of(record: &serde_json::Value) -> String {
    match &record["id"] {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn url_escape(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Fills the new-ticket form for a customer RT has never seen and sends it.
async fn new_ticket(app: &mut looped::Running, requester: &str, subject: &str, text: &str) {
    app.press("N");
    app.wait_for("New ticket").await;
    app.type_text(requester);
    app.press("tab");
    app.type_text(subject);
    app.press("tab");
    app.type_text(text);
    app.wait_for(text).await;
    app.press("ctrl-s");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_ticket_whose_create_answer_was_dropped_arrives_once_with_its_message() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("nt-drop").await;
    rest.ticket(&queue, "Already here", "old@example.com", 10, "x")
        .await;
    let proxy = FaultProxy::start(lab.port()).await;
    proxy.break_next("POST", "/REST/2.0/ticket$", Fault::ForwardThenDrop);
    let mut app =
        looped::Running::start(desk(lab, proxy.port, &queue), jiff::Timestamp::now(), &[]);
    app.wait_for("Already here").await;
    let subject = "Puhelu: tulostin savuaa";
    let text = "Soitti 10.05, tulostin savuaa kolmannessa kerroksessa.";
    new_ticket(&mut app, "liisa.uusi@example.fi", subject, text).await;
    app.wait_for("Not sent yet: new ticket for liisa.uusi@example.fi")
        .await;
    assert!(proxy.all_used());
    app.press("O");
    app.wait_for("Outbox — 1 not delivered").await;
    app.press("enter enter");
    app.wait_for("had been opened after all").await;
    let made = tickets_titled(&rest, subject).await;
    assert_eq!(made.len(), 1, "one ticket, not two: {made:?}");
    let contents = rest.contents(made[0]).await;
    assert!(contents.iter().any(|c| c.contains(text)), "{contents:?}");
    let ticket = rest.get(&format!("ticket/{}", made[0])).await;
    let general = rest.get("queue/General").await;
    assert_eq!(
        id_of(&ticket["Queue"]),
        id_of(&general),
        "the desk's default queue"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_ticket_started_with_a_note_is_created_then_commented_once() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("nt-note").await;
    rest.ticket(&queue, "Queue marker", "old@example.com", 10, "x")
        .await;
    let mut app =
        looped::Running::start(desk(lab, lab.port(), &queue), jiff::Timestamp::now(), &[]);
    app.wait_for("Queue marker").await;
    app.press("N");
    app.wait_for("New ticket").await;
    app.type_text("pekka.puhelin@example.fi");
    app.press("tab");
    app.type_text("Soittopyyntö");
    // Internal, and in this queue (typed into the queue menu).
    app.press("ctrl-n ctrl-g");
    app.wait_for("Queue of the new ticket").await;
    app.type_text("nt-note");
    app.press("enter tab");
    let text = "Vain meille: soita takaisin klo 15 jälkeen.";
    app.type_text(text);
    app.wait_for(text).await;
    app.press("ctrl-s");
    app.wait_for("Opened #").await;
    app.wait_for("Internal note added").await;
    let made = tickets_titled(&rest, "Soittopyyntö").await;
    assert_eq!(made.len(), 1);
    let kinds: Vec<String> = rest
        .history(made[0])
        .await
        .into_iter()
        .map(|(kind, _)| kind)
        .filter(|k| k == "Comment" || k == "Correspond")
        .collect();
    assert_eq!(kinds, ["Comment"], "a note, never mail to the customer");
    let ticket = rest.get(&format!("ticket/{}", made[0])).await;
    let chosen = rest.get(&format!("queue/{queue}")).await;
    assert_eq!(
        id_of(&ticket["Queue"]),
        id_of(&chosen),
        "the queue picked in the form"
    );
}
