//! Time spent, logged with a reply where the desk keeps time.

use super::*;

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
    h.state.session.capabilities.time_tracking = false;
    h.keys("enter r alt-t").await;
    assert!(h.state.overlay.is_none());
    assert!(h.notice().contains("takes no time"), "{}", h.notice());
}
