//! Time spent, logged with a reply where the desk keeps time.

use super::*;
use crate::backend::Error;
use crate::testkit::Fault;

#[tokio::test]
async fn time_typed_in_the_composer_goes_with_the_reply_and_shows_on_the_ticket() {
    let mut h = Harness::sized(160, 40).await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("Korjattu.").await;
    h.keys("alt-t").await;
    assert!(
        h.screen().contains(&format!("Time spent on #{id}")),
        "{}",
        h.screen()
    );
    h.type_text("1h30").await;
    assert!(h.screen().contains("enter: log 1h30m"), "{}", h.screen());
    h.keys("enter").await;
    let draft = h.state.compose.current().expect("the draft");
    assert_eq!(draft.changes.time_spent, Some(90));
    assert!(
        h.screen().contains("1h30m worked"),
        "the footer says so:\n{}",
        h.screen()
    );
    h.keys("ctrl-s").await;
    assert!(h.state.outbox.items.is_empty(), "delivered");
    let ticket = h.desk.ticket(id).await.expect("ticket");
    assert_eq!(
        ticket.time.map(|t| t.shown()).as_deref(),
        Some("worked 1h30m")
    );
}

#[tokio::test]
async fn a_time_that_is_not_one_is_said_and_the_prompt_stays() {
    let mut h = Harness::new().await;
    h.keys("enter n alt-t").await;
    h.type_text("soon").await;
    h.keys("enter").await;
    assert!(h.notice().contains("is not a time"), "{}", h.notice());
    assert!(matches!(
        h.state.overlay,
        Some(crate::app::state::overlay::Overlay::Prompt(_))
    ));
}

#[tokio::test]
async fn a_desk_that_keeps_no_time_says_so() {
    let mut h = Harness::new().await;
    h.state.session.capabilities.time_tracking = Err("this desk takes no time");
    h.keys("enter r alt-t").await;
    assert!(h.state.overlay.is_none());
    assert!(h.notice().contains("takes no time"), "{}", h.notice());
}

/// A desk that logs time apart from the message (Freshdesk's time entries): the time follows
/// the reply as an outbox entry of its own, made once even when its answer is lost.
async fn apart() -> Harness {
    let desk =
        crate::backend::demo::DemoDesk::new(crate::testkit::fixed_now(), crate::testkit::fixed_now)
            .expect("demo")
            .logging_time_apart();
    Harness::with_desk(120, 40, desk, |_| {}).await
}

#[tokio::test]
async fn time_logged_apart_follows_the_reply_once_it_is_delivered() {
    let mut h = apart().await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("Korjattu.").await;
    h.keys("alt-t").await;
    h.type_text("45m").await;
    h.keys("enter ctrl-s").await;
    assert!(
        h.state.outbox.items.is_empty(),
        "reply and time both delivered"
    );
    let ticket = h.desk.ticket(id).await.expect("ticket");
    assert_eq!(ticket.time.map(|t| t.worked), Some(45));
    assert!(h.notice().contains("45m logged on #"), "{}", h.notice());
    // The reply's removal and the time entry went into the same outbox save.
    let saved = h.stored.iter().filter_map(|e| match e {
        crate::app::effect::Effect::SaveOutbox(items, _) => Some(items),
        _ => None,
    });
    let with_step = saved
        .clone()
        .find(|items| items.iter().any(|i| i.reply.changes.time_note.is_some()))
        .expect("a save holding the time entry");
    assert!(
        with_step.iter().all(|i| i.change.is_some()),
        "the reply is gone in the save that holds its time"
    );
}

#[tokio::test]
async fn a_time_entry_whose_answer_was_lost_is_logged_once() {
    let mut h = apart().await;
    let id = h.selected().id;
    h.faults.updates([Fault::ApplyThenFail(Error::Timeout)]);
    h.keys("enter n").await;
    h.type_text("Soitin.").await;
    h.keys("alt-t").await;
    h.type_text("1h").await;
    h.keys("enter ctrl-s").await;
    assert_eq!(h.state.outbox.items.len(), 1, "the time entry waits");
    h.fire_retry().await;
    assert!(h.state.outbox.items.is_empty());
    assert_eq!(
        h.faults.update_calls(),
        2,
        "tried again: the desk finds it by its note"
    );
    let ticket = h.desk.ticket(id).await.expect("ticket");
    assert_eq!(ticket.time.map(|t| t.worked), Some(60), "logged once");
}

#[tokio::test]
async fn alt_t_on_a_ticket_logs_time_without_a_message_once() {
    let mut h = Harness::sized(120, 40).await;
    let id = h.selected().id;
    h.faults.updates([Fault::ApplyThenFail(Error::Timeout)]);
    h.keys("enter alt-t").await;
    assert!(
        h.screen().contains("logged now without a message"),
        "{}",
        h.screen()
    );
    h.type_text("45m").await;
    h.keys("enter").await;
    assert!(h.screen().contains("Only log 45m"), "{}", h.screen());
    h.keys("enter").await;
    assert_eq!(
        h.state.outbox.items.len(),
        1,
        "its answer was lost: it waits"
    );
    h.fire_retry().await;
    assert!(h.state.outbox.items.is_empty());
    let ticket = h.desk.ticket(id).await.expect("ticket");
    assert_eq!(ticket.time.map(|t| t.worked), Some(45), "logged once");
    assert!(h.state.compose.drafts.is_empty(), "no message was written");
}

#[tokio::test]
async fn time_logged_on_a_ticket_can_carry_a_status_change_in_the_same_request() {
    let mut h = Harness::sized(120, 40).await;
    let id = h.selected().id;
    let before = h.desk.ticket(id).await.expect("ticket").summary.status.name;
    assert_ne!(before, "pending");
    h.keys("enter alt-t").await;
    h.type_text("1h30").await;
    h.keys("enter").await;
    assert!(
        h.screen().contains("Log 1h30m on #"),
        "the menu names the time: {}",
        h.screen()
    );
    h.type_text("pending").await;
    h.keys("enter").await;
    let ticket = h.desk.ticket(id).await.expect("ticket");
    assert_eq!(ticket.summary.status.name, "pending");
    assert_eq!(ticket.time.map(|t| t.worked), Some(90));
    assert_eq!(h.faults.update_calls(), 1, "one change carries both");
}

#[tokio::test]
async fn a_desk_that_logs_time_only_on_a_message_says_so_before_asking() {
    let mut h = Harness::sized(120, 40).await;
    h.state.session.capabilities.time_alone = Err("accounts time on an article");
    h.keys("enter alt-t").await;
    assert!(h.state.overlay.is_none(), "nothing is asked");
    assert!(
        h.screen().contains("accounts time on an article"),
        "{}",
        h.screen()
    );
}
