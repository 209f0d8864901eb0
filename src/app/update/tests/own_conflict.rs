//! A help desk that refuses a reply as "changed by someone else" may have been changed by that
//! very reply, posted by an earlier try whose answer was lost: the conversation decides.

use super::*;
use crate::backend::{Error, MessageKind};
use crate::testkit::Fault;

#[tokio::test]
async fn a_conflict_caused_by_the_agents_own_reply_counts_as_delivered() {
    let mut h = Harness::new().await;
    let id = h.selected().id;
    // The desk takes the reply, then answers 409, as Zendesk does to a second try whose first
    // one arrived.
    h.faults.replies([Fault::ApplyThenFail(Error::Conflict)]);
    h.keys("enter r").await;
    h.type_text("Sent once, whatever the answer").await;
    h.keys("ctrl-s").await;

    assert_eq!(h.faults.reply_calls(), 1);
    assert!(h.state.outbox.items.is_empty(), "delivered, not waiting");
    assert!(
        h.state.compose.drafts.is_empty(),
        "nothing handed back to send again"
    );
    assert!(h.notice().contains("after all"), "{}", h.notice());
    let ticket = h.desk.ticket(id).await.expect("ticket");
    let posted = ticket
        .conversation
        .iter()
        .filter(|m| m.kind == MessageKind::Public && m.body.contains("Sent once"))
        .count();
    assert_eq!(posted, 1);
}
