//! `F`: a message forwarded to someone outside the ticket, through the outbox, once.

use super::*;
use crate::app::state::overlay::Overlay;

#[tokio::test]
async fn f_forwards_the_message_being_read_quoted_with_its_files() {
    let mut h = Harness::sized(120, 40).await;
    let id = h.selected().id;
    h.keys("enter g F").await;
    assert!(matches!(h.state.overlay, Some(Overlay::Prompt(_))));
    assert!(
        h.screen().contains("Forward Grace Williams's message"),
        "{}",
        h.screen()
    );
    h.type_text("not an address").await;
    h.keys("enter").await;
    assert!(
        h.notice().contains("is not an e-mail address"),
        "{}",
        h.notice()
    );
    h.keys(&"backspace ".repeat(20)).await;
    h.type_text("accounting@northwind.example").await;
    h.keys("enter").await;
    assert!(
        h.screen()
            .contains("Forward from #4076 to accounting@northwind.example"),
        "{}",
        h.screen()
    );
    assert!(
        h.screen().contains("1 file from the message"),
        "{}",
        h.screen()
    );
    h.type_text("Could you check these orders?").await;
    h.keys("ctrl-s").await;
    assert!(h.state.outbox.items.is_empty(), "delivered");
    assert!(
        h.notice()
            .contains("Forwarded to accounting@northwind.example from #4076"),
        "{}",
        h.notice()
    );
    let ticket = h.desk.ticket(id).await.expect("ticket");
    let last = ticket.conversation.last().expect("the forward");
    assert!(
        last.body
            .starts_with("Forwarded to accounting@northwind.example")
    );
    assert!(last.body.contains("Could you check these orders?"));
    assert!(
        last.body.contains("> Orders from customers in Germany"),
        "{}",
        last.body
    );
    assert_eq!(last.attachments.len(), 1, "the message's file went along");
    assert!(
        !h.state.compose.drafts.contains_key(&id),
        "the draft is gone"
    );
}

#[tokio::test]
async fn a_desk_without_a_forward_says_why_and_a_draft_in_progress_is_kept() {
    let mut h = Harness::sized(120, 40).await;
    h.state.session.capabilities.forward = Err("this desk cannot forward");
    h.keys("enter F").await;
    assert!(h.state.overlay.is_none());
    assert!(h.notice().contains("this desk cannot forward"));
    h.state.session.capabilities.forward = Ok(());
    h.keys("r").await;
    h.type_text("half a reply").await;
    h.keys("esc F").await;
    assert!(h.state.overlay.is_none());
    assert!(h.notice().contains("has a draft"), "{}", h.notice());
    assert_eq!(h.draft_text(), "half a reply");
}
