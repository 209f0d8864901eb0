//! The rules `update` keeps whatever a help desk does, checked with no desk at all: each answer
//! is written by the test (`testkit::pure`), in the order the test chooses.

use crate::app::effect::Effect;
use crate::app::msg::{Loaded, Msg};
use crate::app::state::Focus;
use crate::app::state::outbox::Delivery;
use crate::backend::{Error, TicketId};
use crate::testkit::pure::{Pure, row, ticket};

/// The request of the `LoadTicket` just asked for, and for which ticket.
fn ticket_request(pure: &Pure) -> (crate::app::state::RequestId, TicketId) {
    pure.find(|e| match e {
        Effect::LoadTicket { req, id } => Some((*req, *id)),
        _ => None,
    })
    .expect("a ticket is asked for")
}

/// Answers the open ticket's load with an empty conversation.
fn answer_ticket(pure: &mut Pure, id: u64, subject: &str) {
    let (req, asked) = ticket_request(pure);
    assert_eq!(asked, TicketId(id));
    pure.on(Msg::Loaded(Loaded::Ticket {
        req,
        result: Ok(ticket(row(id, subject))),
    }));
}

/// Opens ticket 1 (answering its load) and sends `text` as a reply.
fn send_reply(pure: &mut Pure, text: &str) {
    pure.keys("enter");
    answer_ticket(pure, 1, "Double charge");
    pure.keys("r");
    pure.type_text(text);
    pure.keys("ctrl-s");
}

/// The request of the `Send` just asked for.
fn sending(pure: &Pure) -> crate::app::state::RequestId {
    pure.find(|e| match e {
        Effect::Send { req, .. } => Some(*req),
        _ => None,
    })
    .expect("a send is asked for")
}

/// The request of the `CheckDelivery` just asked for.
fn checking(pure: &Pure) -> crate::app::state::RequestId {
    pure.find(|e| match e {
        Effect::CheckDelivery { req, .. } => Some(*req),
        _ => None,
    })
    .expect("the conversation is read")
}

/// The help desk's answer to a send of ticket 1's reply.
fn answer_send(pure: &mut Pure, req: crate::app::state::RequestId, result: Result<(), Error>) {
    pure.on(Msg::Loaded(Loaded::Sent {
        req,
        ticket: TicketId(1),
        public: true,
        result,
    }));
}

#[test]
fn an_answer_to_a_superseded_request_is_dropped() {
    let mut pure = Pure::with_rows(&[(1, "Double charge"), (2, "Login fails")]);
    pure.keys("enter");
    let (first, one) = ticket_request(&pure);
    pure.keys("esc j");
    pure.keys("enter");
    let (second, other) = ticket_request(&pure);
    assert_ne!(one, other, "the second row is another ticket");
    // The first ticket's answer comes late: it must not replace the second.
    pure.on(Msg::Loaded(Loaded::Ticket {
        req: first,
        result: Ok(ticket(row(one.0, "late"))),
    }));
    assert!(
        pure.state.detail.loaded().is_none(),
        "still waiting for the second"
    );
    pure.on(Msg::Loaded(Loaded::Ticket {
        req: second,
        result: Ok(ticket(row(other.0, "current"))),
    }));
    let shown = pure.state.detail.loaded().expect("shown");
    assert_eq!(shown.summary.id, other);
}

#[test]
fn a_reply_goes_sending_waiting_checking_then_delivered() {
    let mut pure = Pure::with_rows(&[(1, "Double charge")]);
    send_reply(&mut pure, "Refunded");
    // The outbox is on disk before the draft file goes, and the send is in between.
    let order: Vec<&str> = pure
        .fx
        .iter()
        .filter_map(|e| match e {
            Effect::SaveOutbox(..) => Some("outbox"),
            Effect::Send { .. } => Some("send"),
            Effect::RemoveDraft(_) => Some("remove draft"),
            _ => None,
        })
        .collect();
    assert_eq!(order, ["outbox", "send", "remove draft"]);
    let on_disk = pure
        .find(|e| match e {
            Effect::SaveOutbox(items, _) => Some(items.clone()),
            _ => None,
        })
        .expect("saved");
    assert!(
        on_disk[0].unsure,
        "written as perhaps arrived: a crash now makes the next start check first"
    );
    let first = sending(&pure);
    assert_eq!(
        pure.state.outbox.items[0].delivery,
        Delivery::Sending(first)
    );

    // The answer never came: it may have arrived, so the next try reads first.
    answer_send(&mut pure, first, Err(Error::Timeout));
    let item = &pure.state.outbox.items[0];
    assert!(item.unsure);
    let Delivery::Waiting { timer, .. } = item.delivery else {
        panic!("waiting: {:?}", item.delivery)
    };
    pure.on(Msg::Elapsed(timer));
    let checking = checking(&pure);
    assert_eq!(
        pure.state.outbox.items[0].delivery,
        Delivery::Checking(checking)
    );

    // Not there: sent again, once.
    pure.on(Msg::Loaded(Loaded::Checked {
        req: checking,
        result: Ok(ticket(row(1, "Double charge"))),
    }));
    let again = sending(&pure);
    answer_send(&mut pure, again, Ok(()));
    assert!(pure.state.outbox.items.is_empty());
    assert!(
        pure.fx
            .iter()
            .any(|e| matches!(e, Effect::SaveOutbox(items, _) if items.is_empty()))
    );
}

#[test]
fn a_conflict_by_someone_else_goes_back_to_the_composer_after_a_look() {
    let mut pure = Pure::with_rows(&[(1, "Double charge")]);
    send_reply(&mut pure, "Refunded");
    let first = sending(&pure);
    answer_send(&mut pure, first, Err(Error::Conflict));
    let checking = checking(&pure);
    assert!(pure.state.compose.drafts.is_empty(), "not handed back yet");
    pure.on(Msg::Loaded(Loaded::Checked {
        req: checking,
        result: Ok(ticket(row(1, "Double charge"))),
    }));
    assert!(pure.state.outbox.items.is_empty());
    let draft = pure.state.compose.current().expect("back in the composer");
    assert_eq!(draft.text(), "Refunded");
    assert!(draft.confirm_armed, "the next ctrl-s sends it anyway");
    assert!(
        draft
            .error
            .as_deref()
            .is_some_and(|e| e.contains("changed"))
    );
    assert_eq!(pure.state.focus, Focus::Compose);
}

#[test]
fn a_start_lists_the_views_first_the_one_on_screen_before_the_others() {
    let mut pure = Pure::new();
    let views: Vec<usize> = pure
        .fx
        .iter()
        .filter_map(|e| match e {
            Effect::LoadView { view, .. } => Some(*view),
            _ => None,
        })
        .collect();
    assert_eq!(views.first(), Some(&pure.state.queue.active));
    assert_eq!(views.len(), pure.state.queue.views.len());
    assert!(
        !pure.fx.iter().any(|e| matches!(
            e,
            Effect::LoadMe | Effect::LoadAgents | Effect::LoadStatuses | Effect::LoadCanned { .. }
        )),
        "nothing else competes with the views: {:?}",
        pure.fx
    );
    let last = pure.state.queue.views.len() - 1;
    for view in 0..last {
        pure.answer_view(view, Ok(Default::default()));
        assert!(
            !pure.fx.iter().any(|e| matches!(e, Effect::LoadMe)),
            "not while a view is still on its way"
        );
    }
    pure.answer_view(last, Err(Error::Network("refused".into())));
    let after = |e: &Effect| {
        matches!(
            e,
            Effect::LoadMe | Effect::LoadAgents | Effect::LoadStatuses | Effect::LoadCanned { .. }
        )
    };
    assert_eq!(
        pure.fx.iter().filter(|e| after(e)).count(),
        4,
        "once every view has answered, even with a failure: {:?}",
        pure.fx
    );
    pure.keys("ctrl-r");
    for view in 0..=last {
        pure.answer_view(view, Ok(Default::default()));
        assert!(
            !pure.fx.iter().any(|e| matches!(e, Effect::LoadMe)),
            "only once"
        );
    }
}
