//! `#`: opening a ticket by its number, in a view or not.

use super::*;
use crate::app::state::Focus;
use crate::app::state::overlay::Overlay;

#[tokio::test]
async fn hash_opens_a_ticket_that_no_view_holds() {
    let mut h = Harness::new().await;
    // A solved ticket: the default views hold active tickets only.
    let solved = h
        .desk
        .list_view(
            &crate::backend::View {
                name: "all".into(),
                query: "status:solved".into(),
                quick: false,
            },
            None,
        )
        .await
        .expect("solved tickets")
        .tickets[0]
        .id;
    assert!(
        h.state
            .queue
            .views
            .iter()
            .all(|v| v.tickets.iter().all(|t| t.id != solved)),
        "not in any view"
    );
    h.keys("#").await;
    assert!(matches!(h.state.overlay, Some(Overlay::Prompt(_))));
    assert!(h.screen().contains("Go to ticket #"), "{}", h.screen());
    h.type_text(&format!("#{solved}")).await;
    assert!(h.screen().contains(&format!("enter: open #{solved}")));
    h.keys("enter").await;
    assert_eq!(h.state.focus, Focus::Detail);
    let ticket = h.state.detail.loaded().expect("opened");
    assert_eq!(ticket.summary.id, solved);
}

#[tokio::test]
async fn hash_works_from_a_ticket_and_says_what_a_number_is() {
    let mut h = Harness::new().await;
    h.keys("enter #").await;
    h.type_text("forty-two").await;
    h.keys("enter").await;
    assert!(
        h.notice().contains("is not a ticket number"),
        "{}",
        h.notice()
    );
    assert!(
        matches!(h.state.overlay, Some(Overlay::Prompt(_))),
        "still asking"
    );
    h.keys("esc").await;
    assert!(h.state.overlay.is_none());
}

#[tokio::test]
async fn a_number_no_ticket_has_says_so_in_the_pane() {
    let mut h = Harness::new().await;
    h.keys("#").await;
    h.type_text("999999").await;
    h.keys("enter").await;
    assert!(
        h.screen().contains("Could not open #999999"),
        "{}",
        h.screen()
    );
}

#[test]
fn numbers_are_read_as_people_write_them() {
    use crate::app::update::ticket_number;
    assert_eq!(ticket_number("4208"), Some(TicketId(4208)));
    assert_eq!(ticket_number(" #4208 "), Some(TicketId(4208)));
    assert_eq!(ticket_number("4 208"), Some(TicketId(4208)));
    assert_eq!(ticket_number("#"), None);
    assert_eq!(ticket_number("42a"), None);
    assert_eq!(ticket_number("99999999999999999999999"), None);
}
