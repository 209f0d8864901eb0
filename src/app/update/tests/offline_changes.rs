//! Field changes go through the outbox like replies: made while the desk is away they wait
//! and go when it is back, exactly once, checked against the version the agent saw.

use super::*;
use crate::app::state::outbox::Delivery;
use crate::backend::Error;
use crate::testkit::Fault;

fn away() -> Fault {
    Fault::Refuse(Error::Network("connection refused".into()))
}

async fn status_of(h: &Harness, id: crate::backend::TicketId) -> String {
    h.desk.ticket(id).await.expect("ticket").summary.status.name
}

#[tokio::test]
async fn a_status_change_made_while_the_desk_is_away_waits_then_goes_once() {
    let mut h = Harness::new().await;
    let id = h.selected().id;
    h.faults.updates([away()]);
    h.keys("s").await;
    h.type_text("pending").await;
    h.keys("enter").await;
    assert_eq!(h.state.outbox.items.len(), 1, "it waits in the outbox");
    assert!(matches!(
        h.state.outbox.items[0].delivery,
        Delivery::Waiting { .. }
    ));
    assert!(h.notice().contains("waits in the outbox"), "{}", h.notice());
    assert!(h.screen().contains("1 in outbox"), "{}", h.screen());
    assert_ne!(status_of(&h, id).await, "pending");
    h.fire_retry().await;
    assert!(h.state.outbox.items.is_empty());
    assert_eq!(status_of(&h, id).await, "pending");
    assert_eq!(h.faults.update_calls(), 2, "one refused try, one that went");
}

#[tokio::test]
async fn a_change_whose_answer_was_lost_is_found_made_and_not_sent_again() {
    let mut h = Harness::new().await;
    let id = h.selected().id;
    h.faults.updates([Fault::ApplyThenFail(Error::Timeout)]);
    h.keys("s").await;
    h.type_text("pending").await;
    h.keys("enter").await;
    assert!(h.state.outbox.items[0].unsure, "it may have arrived");
    h.fire_retry().await;
    assert!(h.state.outbox.items.is_empty());
    assert_eq!(h.faults.update_calls(), 1, "read, found, not made again");
    assert_eq!(status_of(&h, id).await, "pending");
    assert!(h.notice().contains("after all"), "{}", h.notice());
}

#[tokio::test]
async fn a_change_someone_else_beat_is_refused_and_says_so() {
    let mut h = Harness::new().await;
    h.faults.updates([Fault::Refuse(Error::Conflict)]);
    h.keys("s").await;
    h.type_text("pending").await;
    h.keys("enter").await;
    assert!(h.state.outbox.items.is_empty(), "not retried blindly");
    assert!(h.notice().starts_with("Not changed"), "{}", h.notice());
}

/// A reply waiting in the outbox shows under its ticket's conversation as not sent yet, and
/// goes from there once delivered.
#[tokio::test]
async fn a_waiting_reply_shows_in_its_conversation_as_not_sent_yet() {
    let mut h = Harness::sized(120, 40).await;
    h.faults.replies([away()]);
    h.keys("enter r").await;
    h.type_text("Korjaamme tämän").await;
    h.keys("ctrl-s").await;
    h.keys("G").await;
    let screen = h.screen();
    assert!(
        screen.contains("You → customer · not sent yet: in the outbox (O)"),
        "{screen}"
    );
    assert!(screen.contains("Korjaamme tämän"), "{screen}");
    h.fire_retry().await;
    h.keys("G").await;
    assert!(!h.screen().contains("not sent yet"), "{}", h.screen());
}
