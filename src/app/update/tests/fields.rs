//! The custom-fields form: each widget, saving through the outbox, and the fields a desk
//! wants before it solves a ticket (asked for in place, from its refusal or its rules).

use super::*;
use crate::app::state::overlay::Overlay;

async fn open(h: &mut Harness, id: u64) {
    h.keys("#").await;
    h.type_text(&id.to_string()).await;
    h.keys("enter").await;
    assert_eq!(h.state.detail.loaded().map(|t| t.summary.id.0), Some(id));
}

fn values(ticket: &crate::backend::Ticket, id: &str) -> Vec<String> {
    let field = ticket.fields.iter().find(|f| f.id == id);
    field.map(|f| f.values.clone()).unwrap_or_default()
}

/// The demo's first refund ticket.
async fn refund_ticket(h: &Harness) -> u64 {
    let all = &h.state.queue.views[2].tickets;
    let refund = all.iter().find(|t| t.tags.iter().any(|g| g == "refund"));
    refund.expect("a refund ticket in All open").id.0
}

#[tokio::test]
async fn every_widget_edits_its_field_and_one_change_goes_through_the_outbox() {
    let mut h = Harness::sized(120, 40).await;
    let id = h.selected().id;
    h.keys("enter f").await;
    assert!(matches!(h.state.overlay, Some(Overlay::Form(_))));
    // Text: typed in place.
    h.keys(&"backspace ".repeat(12)).await;
    h.type_text("SO-1").await;
    // Dropdown with type-ahead: "gro" leaves Growth.
    h.keys("down").await;
    h.type_text("gro").await;
    assert!(h.screen().contains("Growth"), "{}", h.screen());
    h.keys("enter").await;
    // Multi-select: two options, the list stays open between them.
    h.keys("down enter").await;
    h.type_text("api").await;
    h.keys("enter").await;
    h.type_text("ship").await;
    h.keys("enter esc").await;
    // Number: a letter does not go in.
    h.keys("down down").await;
    h.type_text("1x").await;
    assert!(
        h.screen().contains("Seats takes a number"),
        "{}",
        h.screen()
    );
    h.type_text("2").await;
    // Date, then a checkbox toggled with space.
    h.keys("down").await;
    h.type_text("2027-01-31").await;
    h.keys("down space").await;
    h.keys("ctrl-s").await;
    assert!(h.state.overlay.is_none(), "saved and closed");
    assert!(h.state.outbox.items.is_empty(), "delivered");
    assert!(h.notice().contains("Plan = Growth"), "{}", h.notice());
    let ticket = h.desk.ticket(id).await.expect("ticket");
    assert_eq!(values(&ticket, "order"), ["SO-1"]);
    assert_eq!(values(&ticket, "plan"), ["Growth"]);
    assert_eq!(values(&ticket, "areas"), ["API", "Shipping"]);
    assert_eq!(values(&ticket, "seats"), ["12"]);
    assert_eq!(values(&ticket, "renewal"), ["2027-01-31"]);
    assert_eq!(values(&ticket, "vip"), ["true"]);
    assert!(
        h.screen().contains("Plan: Growth"),
        "the header shows the new values:\n{}",
        h.screen()
    );
}

#[tokio::test]
async fn a_value_the_field_does_not_take_keeps_the_form_open_on_it() {
    let mut h = Harness::sized(120, 40).await;
    h.keys("enter f").await;
    h.keys("down down down down down").await;
    h.type_text("next week").await;
    h.keys("ctrl-s").await;
    let Some(Overlay::Form(form)) = &h.state.overlay else {
        panic!("the form stays open")
    };
    assert_eq!(
        form.row().map(|r| r.def.name.as_str()),
        Some("Renewal date")
    );
    assert!(
        h.screen().contains("takes a date as 2026-12-24"),
        "{}",
        h.screen()
    );
    assert!(h.state.outbox.items.is_empty(), "nothing sent");
}

#[tokio::test]
async fn a_solve_the_desk_refuses_for_an_empty_field_opens_the_form_and_then_goes_once() {
    let mut h = Harness::sized(120, 40).await;
    let id = refund_ticket(&h).await;
    open(&mut h, id).await;
    h.keys("s").await;
    h.type_text("solved").await;
    h.keys("enter").await;
    let Some(Overlay::Form(form)) = &h.state.overlay else {
        panic!("the form opens in place of the refusal:\n{}", h.screen())
    };
    assert_eq!(form.rows.len(), 1, "only the field the desk named");
    assert!(h.screen().contains("needs these filled"), "{}", h.screen());
    assert!(
        h.screen().contains("is required to solve a refund ticket"),
        "{}",
        h.screen()
    );
    assert!(
        h.state.outbox.items.is_empty(),
        "refused for good: never retried"
    );
    h.keys("ctrl-s").await;
    assert!(
        h.screen().contains("Refund decision is needed"),
        "{}",
        h.screen()
    );
    h.type_text("appr").await;
    h.keys("enter ctrl-s").await;
    assert!(h.state.overlay.is_none());
    assert!(h.state.outbox.items.is_empty(), "delivered");
    let ticket = h.desk.ticket(TicketId(id)).await.expect("ticket");
    assert_eq!(ticket.summary.status.name, "solved");
    assert_eq!(values(&ticket, "refund_decision"), ["Approved"]);
}

#[tokio::test]
async fn where_the_rules_are_data_the_form_asks_before_anything_is_sent() {
    let mut h = Harness::sized(120, 40).await;
    let field = h.state.session.fields.iter_mut().find(|f| f.id == "seats");
    field.expect("Seats").required_to_solve = true;
    let id = h.selected().id;
    h.keys("enter s").await;
    h.type_text("solved").await;
    let sent = h.desk.requests_sent();
    h.keys("enter").await;
    assert_eq!(h.desk.requests_sent(), sent, "nothing went to the desk");
    assert!(matches!(h.state.overlay, Some(Overlay::Form(_))));
    h.type_text("3").await;
    h.keys("ctrl-s").await;
    let ticket = h.desk.ticket(id).await.expect("ticket");
    assert_eq!(ticket.summary.status.name, "solved");
    assert_eq!(values(&ticket, "seats"), ["3"]);
}

#[tokio::test]
async fn esc_leaves_the_ticket_as_it_was() {
    let mut h = Harness::sized(120, 40).await;
    let id = h.selected().id;
    h.keys("enter f").await;
    h.type_text("-changed").await;
    h.keys("esc").await;
    assert!(h.state.overlay.is_none());
    let ticket = h.desk.ticket(id).await.expect("ticket");
    assert_eq!(values(&ticket, "order"), [format!("SO-2026-{id}")]);
}

#[tokio::test]
async fn m_moves_a_ticket_to_a_group_chosen_by_typing() {
    let mut h = Harness::sized(120, 40).await;
    let id = h.selected().id;
    let from = h.selected().group.clone().expect("a group");
    h.keys("enter m").await;
    let Some(Overlay::Menu(menu)) = &h.state.overlay else {
        panic!("the move menu:\n{}", h.screen())
    };
    assert!(
        menu.title.contains(&format!("from {from}")),
        "{}",
        menu.title
    );
    assert!(
        menu.items.iter().all(|(name, _)| *name != from),
        "not where it is"
    );
    h.type_text("platf").await;
    h.keys("enter").await;
    assert!(h.state.outbox.items.is_empty(), "delivered");
    assert!(h.notice().contains("move → Platform"), "{}", h.notice());
    let moved = h.desk.ticket(id).await.expect("ticket");
    assert_eq!(moved.summary.group.as_deref(), Some("Platform"));
}

#[tokio::test]
async fn marked_tickets_move_together_after_the_question() {
    let mut h = Harness::sized(120, 40).await;
    h.keys("space space").await;
    let marks = &h.state.queue.marks;
    let ids: Vec<TicketId> = h
        .visible_ids()
        .into_iter()
        .filter(|&id| marks.contains(id))
        .collect();
    assert_eq!(ids.len(), 2);
    h.keys("m").await;
    h.type_text("platf").await;
    h.keys("enter y").await;
    for id in ids {
        let t = h.desk.ticket(id).await.expect("ticket");
        assert_eq!(
            t.summary.group.as_deref(),
            Some("Platform"),
            "#{id}: {}",
            h.notice()
        );
    }
}

#[tokio::test]
async fn f_on_marked_tickets_sets_a_field_on_all_of_them() {
    let mut h = Harness::sized(120, 40).await;
    h.keys("space space").await;
    let marks = &h.state.queue.marks;
    let ids: Vec<TicketId> = h
        .visible_ids()
        .into_iter()
        .filter(|&id| marks.contains(id))
        .collect();
    h.keys("f").await;
    assert!(
        h.screen().contains("Set fields on 2 marked tickets"),
        "{}",
        h.screen()
    );
    h.keys("down").await;
    h.type_text("growth").await;
    h.keys("enter ctrl-s y").await;
    for id in ids {
        let t = h.desk.ticket(id).await.expect("ticket");
        assert_eq!(values(&t, "plan"), ["Growth"], "#{id}");
    }
}

#[tokio::test]
async fn a_bulk_solve_reports_the_ticket_a_field_holds_back_and_solves_the_rest() {
    let mut h = Harness::sized(120, 40).await;
    h.keys("3").await;
    let refund = refund_ticket(&h).await;
    let other = h
        .visible_ids()
        .into_iter()
        .find(|&id| {
            let t = h.state.queue.find(id).expect("row");
            !t.tags.iter().any(|g| g == "refund")
        })
        .expect("another ticket");
    for id in [refund, other.0] {
        h.state.queue.marks.toggle(TicketId(id));
    }
    h.keys("s").await;
    h.type_text("solved").await;
    h.keys("enter y").await;
    let solved = h.desk.ticket(other).await.expect("ticket");
    assert_eq!(solved.summary.status.name, "solved");
    let held = h.desk.ticket(TicketId(refund)).await.expect("ticket");
    assert_ne!(held.summary.status.name, "solved");
    let said = h
        .state
        .status
        .history
        .iter()
        .map(|n| n.text.clone())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(said.contains("Refund decision"), "{said}");
    assert!(said.contains(&format!("#{refund}")), "{said}");
}

#[tokio::test]
async fn a_canned_response_sets_fields_by_their_names() {
    let mut h = Harness::sized(200, 40).await;
    let id = refund_ticket(&h).await;
    open(&mut h, id).await;
    h.keys("c").await;
    h.type_text("refund approved").await;
    h.keys("enter").await;
    assert!(
        h.screen().contains("Refund decision = Approved"),
        "the footer says what it sets:\n{}",
        h.screen()
    );
    h.keys("ctrl-s").await;
    assert!(h.state.outbox.items.is_empty(), "delivered");
    let ticket = h.desk.ticket(TicketId(id)).await.expect("ticket");
    assert_eq!(ticket.summary.status.name, "solved");
    assert_eq!(values(&ticket, "refund_decision"), ["Approved"]);
}

#[tokio::test]
async fn the_definitions_are_kept_with_the_views_for_the_next_start() {
    let h = Harness::new().await;
    let saved = h
        .stored
        .iter()
        .rev()
        .find_map(|e| match e {
            crate::app::effect::Effect::SaveCache(cache) if !cache.fields.is_empty() => {
                Some(cache.clone())
            }
            _ => None,
        })
        .expect("the definitions saved with the views");
    let desk =
        crate::backend::demo::DemoDesk::new(crate::testkit::fixed_now(), crate::testkit::fixed_now)
            .expect("demo");
    let (keymap, _) = crate::keymap::Keymap::shipped("default").expect("keymap");
    let mut setup = crate::app::state::Setup::new(
        &desk,
        std::sync::Arc::new(keymap),
        crate::testkit::fixed_now(),
        jiff::tz::TimeZone::UTC,
        (120, 40),
    );
    setup.cache = Some(saved);
    let state = crate::app::state::State::new(setup);
    let plan = state
        .session
        .field("plan")
        .expect("known before the desk is asked");
    assert_eq!(plan.kind, crate::backend::FieldKind::Choice);
}

#[tokio::test]
async fn f_on_a_ticket_the_desk_would_not_give_says_why() {
    let mut h = Harness::sized(120, 40).await;
    h.faults
        .tickets([crate::backend::Error::Network("connection refused".into())]);
    h.keys("#").await;
    h.type_text("4999").await;
    h.keys("enter f").await;
    assert!(h.state.overlay.is_none());
    assert!(h.notice().contains("could not be read"), "{}", h.notice());
}
