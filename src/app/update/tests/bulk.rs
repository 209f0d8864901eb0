//! Bulk triage: marks, the confirmation, and the job's states whatever the desk answers.

use super::*;
use crate::app::effect::Effect;
use crate::app::msg::Loaded;
use crate::app::state::marks::Bulk;
use crate::app::state::outbox::Delivery;
use crate::app::state::overlay::Overlay;
use crate::backend::{Changes, Error, StatusKind};
use crate::testkit::pure::{Pure, row};

fn rows() -> Pure {
    Pure::with_rows(&[
        (1, "Spam one"),
        (2, "Spam two"),
        (3, "Spam three"),
        (4, "Real"),
    ])
}

/// The marked tickets, by their row on screen (0 is the top row).
fn marked(pure: &Pure) -> Vec<usize> {
    let order = order(pure);
    let mut rows: Vec<usize> = pure
        .state
        .queue
        .marks
        .ids
        .iter()
        .filter_map(|t| order.iter().position(|o| o == t))
        .collect();
    rows.sort();
    rows
}

/// The tickets in the order the view shows them.
fn order(pure: &Pure) -> Vec<TicketId> {
    let view = pure.state.queue.current().expect("a view");
    view.visible.iter().map(|&i| view.tickets[i].id).collect()
}

fn solve() -> Changes {
    Changes {
        status: Some("solved".into()),
        ..Changes::default()
    }
}

/// The job's next step, if the last effects asked for one.
fn step(pure: &Pure) -> Option<(crate::app::state::RequestId, Vec<TicketId>)> {
    pure.find(|e| match e {
        Effect::BulkApply { req, tickets, .. } => Some((*req, tickets.clone())),
        _ => None,
    })
}

#[test]
fn space_marks_and_moves_on_v_marks_a_range_that_follows_and_esc_clears() {
    let mut pure = rows();
    let order = order(&pure);
    pure.keys("space");
    assert_eq!(marked(&pure), [0]);
    assert_eq!(pure.state.queue.selected().map(|t| t.id), Some(order[1]));
    pure.keys("space");
    assert_eq!(marked(&pure), [0, 1]);
    pure.keys("k space");
    assert_eq!(marked(&pure), [0], "space again unmarks");
    // A range from the third row (where unmarking moved to): stretched down, then back,
    // unmarks what it added.
    pure.keys("v j");
    assert_eq!(marked(&pure), [0, 2, 3]);
    pure.keys("k");
    assert_eq!(marked(&pure), [0, 2]);
    pure.keys("v j");
    assert_eq!(marked(&pure), [0, 2], "the range ended with v");
    pure.keys("esc");
    assert!(marked(&pure).is_empty());
}

#[test]
fn with_marks_a_change_is_confirmed_for_all_then_goes_ticket_by_ticket() {
    let mut pure = rows();
    let order = order(&pure);
    pure.keys("space space space s");
    let title = match &pure.state.overlay {
        Some(Overlay::Menu(m)) => m.title.clone(),
        other => panic!("a menu, not {other:?}"),
    };
    assert_eq!(title, "Status of 3 marked tickets");
    pure.type_text("solved");
    pure.keys("enter");
    match &pure.state.overlay {
        Some(Overlay::Menu(m)) => {
            assert_eq!(m.title, "Change 3 marked tickets: status → solved?")
        }
        other => panic!("a confirmation, not {other:?}"),
    }
    assert!(step(&pure).is_none(), "nothing changes before yes");
    pure.keys("y");
    let (req, tickets) = step(&pure).expect("the first step");
    assert_eq!(
        tickets,
        [order[0]],
        "the demo desk has no bulk endpoint: one at a time"
    );
    assert!(pure.state.queue.marks.is_empty());
    let saved = pure.find(|e| match e {
        Effect::SaveOutbox(items, _) => Some(items.clone()),
        _ => None,
    });
    let saved = saved.expect("on disk before it is sent");
    assert!(
        saved[0].unsure,
        "saved as possibly applied while on its way"
    );
    pure.on(Msg::Loaded(Loaded::BulkApplied {
        req,
        result: Ok(vec![(order[0], Ok(()))]),
    }));
    let (req, tickets) = step(&pure).expect("the next step");
    assert_eq!(tickets, [order[1]]);
    pure.on(Msg::Loaded(Loaded::BulkApplied {
        req,
        result: Ok(vec![(
            order[1],
            Err(Error::Forbidden("not your group".into())),
        )]),
    }));
    let (req, _) = step(&pure).expect("the last step");
    pure.on(Msg::Loaded(Loaded::BulkApplied {
        req,
        result: Ok(vec![(order[2], Ok(()))]),
    }));
    assert!(pure.state.outbox.items.is_empty(), "the job is done");
    let notices: Vec<&str> = pure
        .state
        .status
        .history
        .iter()
        .map(|m| m.text.as_str())
        .collect();
    assert!(
        notices
            .iter()
            .any(|n| n.starts_with(&format!("#{} not changed: ", order[1]))),
        "{notices:?}"
    );
    assert!(
        notices
            .iter()
            .any(|n| n.contains("2 of 3 tickets changed; 1 failed and stay marked")),
        "{notices:?}"
    );
    assert_eq!(
        marked(&pure),
        [1],
        "the failed ticket is marked for a retry"
    );
}

#[test]
fn a_step_the_desk_could_not_take_waits_and_goes_on_later() {
    let mut pure = rows();
    let order = order(&pure);
    pure.keys("space space s");
    pure.type_text("solved");
    pure.keys("enter y");
    let (req, _) = step(&pure).expect("a step");
    pure.on(Msg::Loaded(Loaded::BulkApplied {
        req,
        result: Ok(vec![(
            order[0],
            Err(Error::RateLimited { retry_after: None }),
        )]),
    }));
    let item = &pure.state.outbox.items[0];
    assert!(matches!(item.delivery, Delivery::Waiting { .. }));
    let bulk = item.bulk.as_ref().expect("a job");
    assert_eq!(bulk.left(), [order[0], order[1]], "nothing lost");
    assert!(bulk.failed.is_empty());
}

#[test]
fn a_job_cut_short_reads_the_ticket_it_was_changing_before_anything_more() {
    let mut bulk = Bulk::new(
        solve(),
        "status → solved".into(),
        vec![TicketId(1), TicketId(2), TicketId(3)],
    );
    bulk.done = vec![TicketId(1)];
    bulk.sending = vec![TicketId(2)];
    let mut item = crate::app::state::Outgoing::for_bulk(1, bulk, crate::testkit::fixed_now());
    // Saved while a step was on its way: it may have arrived.
    item.unsure = true;
    let mut pure = Pure::new();
    pure.state.outbox.items.push(item);
    let mut fx = Vec::new();
    super::super::outbox::attempt(&mut pure.state, 1, &mut fx);
    pure.fx = fx;
    let req = pure
        .find(|e| match e {
            Effect::BulkCheck { req, tickets } if tickets == &[TicketId(2)] => Some(*req),
            _ => None,
        })
        .expect("the ticket on its way is read first");
    assert!(step(&pure).is_none(), "and nothing is sent meanwhile");
    let mut two = row(2, "Spam two");
    two.status = crate::backend::Status::new("solved", StatusKind::Solved);
    pure.on(Msg::Loaded(Loaded::BulkChecked {
        req,
        result: Ok(vec![(TicketId(2), Some(two))]),
    }));
    let (_, tickets) = step(&pure).expect("on with the rest");
    assert_eq!(
        tickets,
        [TicketId(3)],
        "#2 already held the change: not applied again"
    );
}

#[test]
fn cancelling_leaves_the_rest_as_they_were() {
    let mut pure = rows();
    pure.keys("space space space s");
    pure.type_text("solved");
    pure.keys("enter y");
    let (req, tickets) = step(&pure).expect("a step");
    let id = pure.state.outbox.items[0].id;
    let mut fx = Vec::new();
    super::super::bulk::cancel(&mut pure.state, id, &mut fx);
    assert_eq!(
        pure.state.outbox.items.len(),
        1,
        "the step on its way finishes"
    );
    pure.on(Msg::Loaded(Loaded::BulkApplied {
        req,
        result: Ok(vec![(tickets[0], Ok(()))]),
    }));
    assert!(step(&pure).is_none(), "nothing more starts");
    assert!(pure.state.outbox.items.is_empty());
    let last = pure.state.status.history.last().map(|m| m.text.clone());
    assert_eq!(
        last.as_deref(),
        Some("status → solved: 1 of 3 tickets changed; 2 left as they were (cancelled)")
    );
}

#[tokio::test]
async fn a_canned_response_brings_its_actions_to_every_marked_ticket() {
    let mut h = crate::testkit::Harness::sized(120, 40).await;
    let first: Vec<TicketId> = h.visible_ids().into_iter().take(2).collect();
    h.keys("space space c").await;
    h.type_text("refund approved").await;
    h.keys("enter").await;
    match &h.state.overlay {
        Some(Overlay::Menu(m)) => assert_eq!(
            m.title,
            "Change 2 marked tickets: \u{201c}Refund approved\u{201d} (status → solved, +tag refund, Refund decision = Approved)?"
        ),
        other => panic!("a confirmation, not {other:?}"),
    }
    h.keys("y").await;
    for id in first {
        let ticket = h.desk.ticket(id).await.expect("ticket");
        assert_eq!(ticket.summary.status.name, "solved", "#{id}");
        assert!(ticket.summary.tags.contains(&"refund".to_string()), "#{id}");
        assert!(
            ticket
                .conversation
                .iter()
                .all(|m| !m.body.contains("I've refunded")),
            "the text is not sent to anyone"
        );
    }
}

/// The confirmation names every ticket it will change, starts on no (one stray enter changes
/// nothing) and takes `y` for yes; its listing scrolls with the page keys.
#[test]
fn a_bulk_confirmation_lists_its_tickets_and_starts_on_no() {
    let mut pure = rows();
    let order = order(&pure);
    pure.keys("space space s");
    pure.type_text("solved");
    pure.keys("enter");
    let subjects: Vec<String> = order[..2]
        .iter()
        .map(|id| {
            let t = pure.state.queue.find(*id).expect("a row");
            format!("#{id}  {}", t.subject)
        })
        .collect();
    match &pure.state.overlay {
        Some(Overlay::Menu(m)) => {
            let question = m.question.as_ref().expect("a question");
            assert_eq!(question.listing, subjects);
            assert_eq!(
                m.chosen().map(|(label, _)| label.as_str()),
                Some("No, leave them as they are (n)")
            );
        }
        other => panic!("a confirmation, not {other:?}"),
    }
    pure.keys("enter");
    assert!(pure.state.overlay.is_none());
    assert!(
        step(&pure).is_none(),
        "enter on the first screen changes nothing"
    );
    assert_eq!(pure.state.queue.marks.len(), 2, "the marks stay");

    pure.keys("s");
    pure.type_text("solved");
    pure.keys("enter n");
    assert!(pure.state.overlay.is_none() && step(&pure).is_none());
    pure.keys("s");
    pure.type_text("solved");
    pure.keys("enter y");
    assert!(step(&pure).is_some(), "y confirms");
}
