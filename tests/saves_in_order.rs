//! The order in which files reach the disk, through the real runner and event loop: the
//! writer gets saves in the order `update` asked for them, and the loop's last flush waits for
//! every one of them. Each test repeats its script, since a race shows only some of the time.

mod looped;

use std::path::Path;
use std::sync::Arc;

use frontdesk::app::Msg;
use frontdesk::backend::demo::DemoDesk;
use frontdesk::backend::{HelpDesk, TicketId};
use jiff::Timestamp;
use looped::Running;

fn now() -> Timestamp {
    "2026-11-22T12:00:00Z".parse().expect("valid")
}

const ROUNDS: usize = 20;

/// Every file under `dir`, read as text, joined.
fn all_text(dir: &Path) -> String {
    let mut out = String::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.push_str(&all_text(&path));
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            out.push_str(&text);
        }
    }
    out
}

/// Opens the top ticket's composer and types `text`, then hands over without waiting.
async fn type_reply(text: &str) -> (Arc<DemoDesk>, TicketId, Running) {
    let desk = Arc::new(DemoDesk::new(now(), now).expect("demo"));
    let mut app = Running::start(desk.clone(), now(), &[]);
    let screen = app.wait_for("updated ").await;
    let id = screen
        .lines()
        .nth(2)
        .and_then(|row| row.split_whitespace().find_map(|w| w.parse::<u64>().ok()))
        .map(TicketId)
        .expect("an id on the first row");
    app.press("enter");
    app.wait_for("── Conversation").await;
    app.press("r");
    app.wait_for("the customer sees this").await;
    app.type_text(text);
    (desk, id, app)
}

/// Whether the conversation of ticket `id` holds `text`.
async fn delivered_to(desk: &DemoDesk, id: TicketId, text: &str) -> bool {
    desk.ticket(id)
        .await
        .is_ok_and(|t| t.conversation.iter().any(|m| m.body.contains(text)))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_keystroke_then_sighup_leaves_the_keystroke_in_the_draft_on_disk() {
    for round in 0..ROUNDS {
        let text = format!("Kiitos odotuksesta {round} zq");
        let (_desk, _id, app) = type_reply(&text).await;
        app.send(Msg::Terminate);
        let data = app.data_dir();
        let (_state, _dir) = app.finish().await;
        let drafts = all_text(&data.join("drafts"));
        assert!(
            drafts.contains(&text),
            "round {round}: the draft on disk lacks the last keystrokes: {drafts}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_sent_just_before_a_crash_is_in_the_outbox_or_the_draft_never_neither() {
    for round in 0..ROUNDS {
        let text = format!("Toimitus on matkalla {round} zq");
        let (desk, id, app) = type_reply(&text).await;
        app.press("ctrl-s");
        app.send(Msg::Terminate);
        let data = app.data_dir();
        let (_state, _dir) = app.finish().await;
        // What is on disk the moment the loop returns is what a crash right after keeps.
        let kept = format!(
            "{}{}",
            all_text(&data.join("outbox")),
            all_text(&data.join("drafts"))
        );
        // The desk may have taken it before the signal was read; then it is not lost either.
        let delivered = delivered_to(&desk, id, &text).await;
        assert!(
            kept.contains(&text) || delivered,
            "round {round}: the reply is neither in the outbox nor in a draft"
        );
    }
}
