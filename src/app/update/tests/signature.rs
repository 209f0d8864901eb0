//! A public reply's signature: the agent's own from the desk (or the profile's file), shown
//! in the composer, added once at send, never to notes.

use super::*;
use crate::app::state::Signing;

async fn signed_by(signing: Signing) -> Harness {
    Harness::with(120, 40, |setup| setup.signing = signing).await
}

fn last_body(ticket: &crate::backend::Ticket) -> String {
    ticket
        .conversation
        .last()
        .map(|m| m.body.clone())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_reply_gets_the_desk_signature_shown_before_sending_and_added_once() {
    let mut h = signed_by(Signing::Desk).await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("Korjattu.").await;
    assert!(
        h.screen().contains("-- Sam Rivera · Northwind Support"),
        "{}",
        h.screen()
    );
    h.keys("ctrl-s").await;
    let body = last_body(&h.desk.ticket(id).await.expect("ticket"));
    assert_eq!(
        body,
        "Korjattu.\n\n-- \nSam Rivera\nNorthwind Support · support.northwind.example"
    );
}

#[tokio::test]
async fn a_draft_that_already_carries_it_is_not_signed_twice_and_notes_are_never_signed() {
    let mut h = signed_by(Signing::Desk).await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("Kiitos!\n\nSam Rivera\nNorthwind Support · support.northwind.example")
        .await;
    assert!(!h.screen().contains("added when sent"), "{}", h.screen());
    h.keys("ctrl-s").await;
    let body = last_body(&h.desk.ticket(id).await.expect("ticket"));
    assert_eq!(body.matches("Sam Rivera").count(), 1, "{body}");
    h.keys("n").await;
    h.type_text("Sisäinen.").await;
    assert!(!h.screen().contains("added when sent"));
    h.keys("ctrl-s").await;
    assert_eq!(
        last_body(&h.desk.ticket(id).await.expect("ticket")),
        "Sisäinen."
    );
}

#[tokio::test]
async fn the_profile_s_file_signs_and_none_leaves_replies_unsigned() {
    let mut h = signed_by(Signing::Text("Tiimi Pohjoistuuli".into())).await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("Hei!").await;
    h.keys("ctrl-s").await;
    let body = last_body(&h.desk.ticket(id).await.expect("ticket"));
    assert!(body.ends_with("-- \nTiimi Pohjoistuuli"), "{body}");
    let mut h = signed_by(Signing::Off).await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("Hei!").await;
    h.keys("ctrl-s").await;
    assert_eq!(last_body(&h.desk.ticket(id).await.expect("ticket")), "Hei!");
}

/// Signed with the desk's, a ticket whose group has a signature of its own (Zammad) gets
/// that one instead of the agent's; a profile's file still wins over both.
#[tokio::test]
async fn a_ticket_s_group_signature_stands_in_for_the_agent_s() {
    for (signing, wanted) in [
        (Signing::Desk, "-- \nBilling team · Northwind"),
        (Signing::Text("Tiimi".into()), "-- \nTiimi"),
    ] {
        let mut h = signed_by(signing).await;
        let id = h.selected().id;
        h.keys("enter").await;
        if let Some(ticket) = h.state.detail.ticket.value.as_mut() {
            ticket.signature = Some("Billing team · Northwind".into());
        }
        h.keys("r").await;
        h.type_text("Hoidettu.").await;
        h.keys("ctrl-s").await;
        let body = last_body(&h.desk.ticket(id).await.expect("ticket"));
        assert!(body.ends_with(wanted), "{body}");
        assert!(!body.contains("Sam Rivera"), "{body}");
    }
}
