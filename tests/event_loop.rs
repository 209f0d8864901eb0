//! Scripted keys through the real event loop (the one the binary runs) against the demo desk,
//! on ratatui's TestBackend. The script waits for screens, never for time.

mod looped;

use std::sync::Arc;

use frontdesk::backend::demo::DemoDesk;
use frontdesk::backend::{HelpDesk, MessageKind, TicketId};
use jiff::Timestamp;
use looped::Running;

fn now() -> Timestamp {
    "2026-11-22T12:00:00Z".parse().expect("valid")
}

/// The demo desk, and frontdesk running on it.
fn start(files: &[(&str, &str)]) -> (Arc<DemoDesk>, Running) {
    let desk = Arc::new(DemoDesk::new(now(), now).expect("demo"));
    let app = Running::start(desk.clone(), now(), files);
    (desk, app)
}

fn top_ticket(screen: &str) -> TicketId {
    let row = screen.lines().nth(2).expect("first row");
    let id = row
        .split_whitespace()
        .find_map(|w| w.parse::<u64>().ok())
        .expect("an id on the first row");
    TicketId(id)
}

#[tokio::test(flavor = "multi_thread")]
async fn open_the_top_ticket_insert_a_canned_response_by_a_misspelt_query_and_send() {
    let (desk, mut app) = start(&[]);
    let screen = app.wait_for("updated ").await;
    let id = top_ticket(&screen);

    app.press("enter");
    app.wait_for(&format!("#{id} ")).await;
    app.press("r");
    app.wait_for("the customer sees this").await;
    app.press("ctrl-t");
    app.type_text("refnd");
    app.wait_for("> refnd").await;
    app.press("enter");
    app.wait_for("on send: status → solved, +tag refund").await;
    app.press("ctrl-s");
    let screen = app.wait_for("Reply sent to").await;

    let ticket = desk.ticket(id).await.expect("ticket");
    let last = ticket.conversation.last().expect("messages");
    assert_eq!(last.kind, MessageKind::Public);
    assert!(
        last.body.contains("I've refunded the charge in question"),
        "{}",
        last.body
    );
    assert!(
        !last.body.contains("{{"),
        "placeholders were rendered: {}",
        last.body
    );
    assert_eq!(ticket.summary.status.name, "solved");
    assert!(
        screen.contains("Sam Rivera → customer"),
        "the reply shows in the conversation:\n{screen}"
    );

    app.press("ctrl-c");
    let state = app.task.await.expect("joined").expect("loop ended cleanly");
    assert!(state.quit);
}

#[tokio::test(flavor = "multi_thread")]
async fn user_files_overlay_the_defaults_and_a_broken_one_is_reported_on_screen() {
    let local = "+++\ntitle = \"Our weekend hours\"\nabbrev = \";wk\"\n+++\nWe answer on weekends from 10 to 16, {{requester.first_name | default: \"friend\"}}.\n";
    let (_desk, mut app) = start(&[
        (
            "keymap.toml",
            "[queue]\nx = \"open_ticket\"\nbogus = \"quit\"\n",
        ),
        ("theme.toml", "[styles\n"),
        ("responses/weekend.md", local),
    ]);
    let screen = app.wait_for("updated ").await;
    assert!(
        screen.contains("problems in your config files (:messages lists them)"),
        "{screen}"
    );
    app.press("x");
    app.wait_for("── Conversation").await;
    app.press("r");
    app.type_text(";wk");
    app.press("tab");
    app.wait_for("We answer on weekends from 10 to 16").await;
    app.press("ctrl-t");
    app.type_text("weekend");
    app.wait_for(";wk · local").await;
    app.press("esc esc : ");
    app.type_text("messages");
    app.press("enter");
    let screen = app.wait_for("Messages").await;
    assert!(
        screen.contains("keymap.toml: [queue] unknown key \"bogus\""),
        "{screen}"
    );
    assert!(screen.contains("theme.toml: line 1"), "{screen}");
}
