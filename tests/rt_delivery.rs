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
    tokio::task::spawn_blocking(rt::lab)
        .await
        .expect("lab thread")
}

/// The lab's port, for the proxies in front of it.
fn upstream(lab: &Lab) -> u16 {
    lab.url
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("lab port")
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
    let proxy = FaultProxy::start(upstream(lab)).await;
    proxy.break_next("POST", "/correspond", fault);
    let mut app =
        looped::Running::start(desk(lab, proxy.port, &queue), jiff::Timestamp::now(), &[]);
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
    let proxy = rt::proxy::Proxy::start(upstream(lab)).await;
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
    assert!(screen.contains("cannot be reach"), "{screen}");
    assert!(screen.contains("1 in outbox (O)"), "{screen}");
    app.press("O");
    let screen = app.wait_for("Outbox — 1 not delivered").await;
    assert!(screen.contains("reply to Sanna Järvinen on #"), "{screen}");
    app.press("esc");

    let back = rt::proxy::Proxy::start_on(upstream(lab), port).await;
    app.press("O enter enter");
    app.wait_for("Reply sent to Sanna Järvinen").await;
    assert_eq!(replies(&rest, ticket, text).await, (1, true));
    drop(back);
}
