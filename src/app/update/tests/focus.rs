//! A key never changes a ticket the agent is not looking at: a reply begun from the queue
//! returns there, leaving a ticket reached by number selects its row, and beside the queue
//! the ticket that takes the keys is marked.

use super::*;
use crate::app::state::Focus;

#[tokio::test]
async fn a_reply_sent_from_the_queue_returns_to_the_queue_on_the_same_row() {
    let mut h = Harness::sized(160, 40).await;
    h.keys("j j").await;
    let row = h.selected().id;
    h.keys("r").await;
    assert_eq!(h.state.focus, Focus::Compose);
    h.type_text("On it").await;
    h.keys("ctrl-s").await;
    assert_eq!(h.state.focus, Focus::Queue, "back in the queue");
    assert_eq!(h.selected().id, row, "on the row it was begun from");
    h.keys("j").await;
    assert_ne!(h.selected().id, row, "j moves in the queue again");
}

#[tokio::test]
async fn leaving_a_reply_begun_from_the_queue_returns_to_the_queue_too() {
    let mut h = Harness::sized(160, 40).await;
    h.keys("n").await;
    h.type_text("a thought").await;
    h.keys("esc").await;
    assert_eq!(h.state.focus, Focus::Queue);
    // From inside the ticket, the composer closes back to the ticket.
    h.keys("enter r esc").await;
    assert_eq!(h.state.focus, Focus::Detail);
}

#[tokio::test]
async fn leaving_a_ticket_reached_by_number_selects_its_row() {
    let mut h = Harness::sized(160, 40).await;
    let view = h.visible_ids();
    let far = view[5];
    assert_ne!(h.selected().id, far);
    h.keys("#").await;
    h.type_text(&far.to_string()).await;
    h.keys("enter esc").await;
    assert_eq!(h.state.focus, Focus::Queue);
    assert_eq!(
        h.selected().id,
        far,
        "the next r answers the ticket just read"
    );
}

#[tokio::test]
async fn a_ticket_no_view_holds_is_named_on_leaving() {
    let mut h = Harness::sized(160, 40).await;
    let solved = a_solved_ticket(&h).await;
    let row = h.selected().id;
    h.keys("#").await;
    h.type_text(&solved.to_string()).await;
    h.keys("enter esc").await;
    assert_eq!(h.selected().id, row);
    let notice = h.notice();
    assert!(
        notice.contains(&format!("Closed #{solved}")) && notice.contains(&format!("#{row}")),
        "{notice}"
    );
}

#[tokio::test]
async fn beside_the_queue_the_ticket_taking_the_keys_is_marked() {
    let mut h = Harness::sized(160, 40).await;
    let id = h.selected().id;
    assert!(!h.screen().contains("▶ #"), "the queue has the keys");
    h.keys("enter").await;
    assert!(h.screen().contains(&format!("▶ #{id} ")), "{}", h.screen());
    h.keys("esc").await;
    assert!(!h.screen().contains("▶ #"));
}
