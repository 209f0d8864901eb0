//! `#`: opening a ticket by its number, in a view or not.

use super::*;
use crate::app::state::Focus;
use crate::app::state::overlay::Overlay;

#[tokio::test]
async fn hash_opens_a_ticket_that_no_view_holds() {
    let mut h = Harness::new().await;
    // A solved ticket: the default views hold active tickets only.
    let solved = a_solved_ticket(&h).await;
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
    let hints = h.screen().lines().last().unwrap_or_default().to_string();
    assert!(!hints.contains("complete"), "nothing for tab here: {hints}");
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

/// The ticket request the last keys asked for.
fn asked(pure: &crate::testkit::pure::Pure) -> Option<(crate::app::state::RequestId, TicketId)> {
    pure.find(|e| match e {
        crate::app::effect::Effect::LoadTicket { req, id } => Some((*req, *id)),
        _ => None,
    })
}

#[test]
fn l_lists_the_linked_tickets_and_opens_the_one_chosen() {
    use crate::app::msg::Loaded;
    use crate::backend::Link;
    use crate::testkit::pure::{Pure, row, ticket};
    let mut pure = Pure::with_rows(&[(1, "Printer on fire"), (2, "Printers, all floors")]);
    pure.keys("enter");
    let (req, id) = asked(&pure).expect("the ticket is asked for");
    let other = if id == TicketId(1) { 2 } else { 1 };
    let subject = pure
        .state
        .queue
        .find(TicketId(other))
        .expect("row")
        .subject
        .clone();
    let mut linked = ticket(row(id.0, "this one"));
    linked.links = vec![
        Link::new("refers to", TicketId(other)),
        Link::new("depends on", TicketId(7)),
    ];
    pure.on(Msg::Loaded(Loaded::Ticket {
        req,
        result: Ok(linked),
    }));
    pure.keys("L");
    match &pure.state.overlay {
        Some(Overlay::Menu(menu)) => {
            let labels: Vec<&str> = menu.items.iter().map(|(l, _)| l.as_str()).collect();
            assert_eq!(
                labels,
                [
                    format!("refers to #{other} {subject}").as_str(),
                    "depends on #7"
                ],
                "named as the desk relates them, with subjects where known"
            );
        }
        other => panic!("a menu, not {other:?}"),
    }
    pure.keys("down enter");
    assert_eq!(asked(&pure).map(|(_, id)| id), Some(TicketId(7)));
}

#[tokio::test]
async fn a_ticket_with_links_names_them_in_its_header() {
    let mut h = Harness::sized(120, 30).await;
    h.keys("enter").await;
    let other = h.state.detail.others()[0].id;
    if let Some(ticket) = h.state.detail.ticket.value.as_mut() {
        ticket.links = vec![crate::backend::Link::new("refers to", other)];
    }
    let screen = h.screen();
    assert!(
        screen.contains(&format!("Linked: refers to #{other}  (L opens)")),
        "{screen}"
    );
    h.keys("L").await;
    assert_eq!(h.state.detail.id, Some(other), "one link opens at once");
}
