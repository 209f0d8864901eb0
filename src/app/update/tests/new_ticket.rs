//! `N`: a new ticket for a customer, through the form, the draft and the outbox.

use super::*;
use crate::app::effect::Effect;
use crate::app::state::new_ticket::{Field, NEW_TICKET};
use crate::backend::{Error, MessageKind, Priority};
use crate::testkit::Fault;

fn form_field(h: &Harness) -> Field {
    h.state
        .compose
        .current()
        .and_then(|d| d.form.as_ref())
        .map(|f| f.field)
        .expect("the form is open")
}

/// Fills the form for a new customer and sends it.
async fn open_for_new_customer(h: &mut Harness, message: &str) {
    h.keys("N").await;
    h.type_text("ann@example.org").await;
    h.keys("tab").await;
    h.type_text("Printer on fire").await;
    h.keys("tab").await;
    h.type_text(message).await;
    h.keys("ctrl-s").await;
}

/// The tickets the demo desk holds for `email`, as their conversations.
async fn tickets_for(h: &Harness, email: &str) -> Vec<crate::backend::Ticket> {
    let contact = crate::backend::Contact {
        id: crate::backend::ContactId(email.into()),
        email: email.into(),
        ..Default::default()
    };
    let mut found = Vec::new();
    for summary in h.desk.requester_tickets(&contact).await.expect("list") {
        found.push(h.desk.ticket(summary.id).await.expect("ticket"));
    }
    found
}

#[tokio::test]
async fn n_opens_a_ticket_for_a_new_customer_with_its_first_message() {
    let mut h = Harness::sized(120, 40).await;
    h.keys("N").await;
    assert_eq!(form_field(&h), Field::Requester);
    assert!(
        h.screen().contains("New ticket — the customer is e-mailed"),
        "{}",
        h.screen()
    );
    h.keys("ctrl-s").await;
    assert!(h.notice().contains("Who is it for?"), "{}", h.notice());
    h.keys("esc").await;
    assert!(
        !h.state.compose.drafts.contains_key(&NEW_TICKET),
        "an empty form leaves nothing behind"
    );
    open_for_new_customer(&mut h, "Called at 10:05; the printer smokes.").await;
    assert!(h.notice().starts_with("Opened #"), "{}", h.notice());
    assert!(h.state.outbox.items.is_empty());
    assert!(!h.state.compose.drafts.contains_key(&NEW_TICKET));
    let made = tickets_for(&h, "ann@example.org").await;
    assert_eq!(made.len(), 1);
    let ticket = &made[0];
    assert_eq!(ticket.summary.subject, "Printer on fire");
    assert_eq!(h.state.detail.id, Some(ticket.summary.id), "it opens");
    let first = &ticket.conversation[0];
    assert_eq!(
        (first.kind, first.body.as_str()),
        (MessageKind::Public, "Called at 10:05; the printer smokes.")
    );
}

#[tokio::test]
async fn a_known_person_is_found_by_name_and_queue_priority_and_audience_change_in_the_form() {
    let mut h = Harness::sized(120, 40).await;
    let known = h.selected().requester.clone();
    let word: String = known.name.split_whitespace().next().expect("a name").into();
    h.keys("N").await;
    h.type_text(&word).await;
    assert!(h.screen().contains(&known.email), "{}", h.screen());
    h.keys("tab").await;
    assert_eq!(form_field(&h), Field::Subject);
    h.type_text("Call back about the invoice").await;
    h.keys("ctrl-p").await;
    h.type_text("urg").await;
    h.keys("enter ctrl-g").await;
    h.type_text("billing").await;
    h.keys("enter ctrl-n tab").await;
    assert_eq!(form_field(&h), Field::Message);
    h.type_text("Wants a call back after 3 pm.").await;
    h.keys("ctrl-s").await;
    assert!(h.notice().contains("Opened #"), "{}", h.notice());
    let id = h.state.detail.id.expect("the new ticket opens");
    let ticket = h.desk.ticket(id).await.expect("made");
    assert_eq!(ticket.summary.requester.email, known.email);
    assert_eq!(ticket.summary.priority, Priority::Urgent);
    assert_eq!(ticket.summary.group.as_deref(), Some("Billing"));
    assert_eq!(ticket.conversation[0].kind, MessageKind::Internal);
}

#[tokio::test]
async fn the_form_is_a_draft_kept_on_leaving_and_saved_with_its_fields() {
    let mut h = Harness::new().await;
    h.keys("N").await;
    h.type_text("bob@example.net").await;
    h.keys("tab").await;
    h.type_text("Half written").await;
    h.keys("esc").await;
    assert!(h.notice().contains("N opens it again"), "{}", h.notice());
    let saved = h.stored.iter().rev().find_map(|e| match e {
        Effect::SaveDraft(d) if d.ticket == NEW_TICKET => Some(d.clone()),
        _ => None,
    });
    let form = saved
        .and_then(|d| d.new_ticket)
        .expect("saved with its form");
    assert_eq!(
        (form.requester.as_str(), form.subject.as_str()),
        ("bob@example.net", "Half written")
    );
    h.keys("N").await;
    assert_eq!(form_field(&h), Field::Subject, "back where it was left");
}

#[tokio::test]
async fn a_create_whose_answer_was_lost_is_found_not_made_twice() {
    let mut h = Harness::new().await;
    h.faults.creates([Fault::ApplyThenFail(Error::Interrupted(
        "connection reset".into(),
    ))]);
    open_for_new_customer(&mut h, "Exactly one ticket, please").await;
    let item = &h.state.outbox.items[0];
    assert!(item.unsure && item.opening.is_some());
    assert!(
        h.notice().contains("new ticket for ann@example.org"),
        "{}",
        h.notice()
    );
    h.fire_retry().await;
    assert_eq!(h.faults.create_calls(), 1, "found; not created again");
    assert!(h.state.outbox.items.is_empty());
    assert!(h.notice().contains("after all"), "{}", h.notice());
    assert_eq!(tickets_for(&h, "ann@example.org").await.len(), 1);
}

#[tokio::test]
async fn a_create_that_never_arrived_is_made_once_on_retry() {
    let mut h = Harness::new().await;
    h.faults.creates([Fault::Refuse(Error::Timeout)]);
    open_for_new_customer(&mut h, "Second time lucky").await;
    h.fire_retry().await;
    assert_eq!(h.faults.create_calls(), 2, "looked, found nothing, made it");
    assert_eq!(tickets_for(&h, "ann@example.org").await.len(), 1);
}

#[tokio::test]
async fn a_refused_create_comes_back_as_the_form() {
    let mut h = Harness::new().await;
    h.faults.creates([Fault::Refuse(Error::Invalid(
        "Requester is suspended".into(),
    ))]);
    open_for_new_customer(&mut h, "Will not go").await;
    assert!(h.notice().contains("Not opened"), "{}", h.notice());
    let draft = h.state.compose.drafts.get(&NEW_TICKET).expect("back");
    let form = draft.form.as_ref().expect("with its form");
    assert_eq!(form.requester.text(), "ann@example.org");
    assert_eq!(form.subject.text(), "Printer on fire");
    assert_eq!(draft.text(), "Will not go");
}

#[tokio::test]
async fn an_internal_start_where_the_desk_cannot_is_a_note_after_the_ticket() {
    let mut h = Harness::with(80, 24, |setup| {
        if let Some(create) = &mut setup.capabilities.create {
            create.internal_start = false;
        }
    })
    .await;
    h.keys("N").await;
    h.type_text("ann@example.org").await;
    h.keys("tab").await;
    h.type_text("Printer on fire").await;
    h.keys("ctrl-n tab").await;
    h.type_text("Only for us").await;
    h.keys("ctrl-s").await;
    let made = tickets_for(&h, "ann@example.org").await;
    assert_eq!(made.len(), 1);
    let kinds: Vec<(MessageKind, &str)> = made[0]
        .conversation
        .iter()
        .map(|m| (m.kind, m.body.as_str()))
        .collect();
    assert_eq!(kinds, [(MessageKind::Internal, "Only for us")]);
    assert!(h.state.outbox.items.is_empty());
}

#[tokio::test]
async fn a_canned_response_in_the_first_message_speaks_to_the_new_customer() {
    let mut h = Harness::sized(120, 40).await;
    let known = h.selected().requester.clone();
    let first = known.first_name().expect("a first name").to_string();
    h.keys("N").await;
    h.type_text(&known.email).await;
    h.keys("tab").await;
    h.type_text("Refund by phone").await;
    h.keys("tab ctrl-t").await;
    h.type_text("refund approved").await;
    h.keys("enter").await;
    let text = h.draft_text();
    assert!(text.starts_with(&format!("Hi {first},")), "{text}");
    h.keys("ctrl-s").await;
    assert!(
        h.notice().contains("Opened #")
            || h.state
                .status
                .history
                .iter()
                .any(|n| n.text.contains("Opened #"))
    );
    let id = h.state.detail.id.expect("the new ticket opens");
    let ticket = h.desk.ticket(id).await.expect("made");
    assert_eq!(ticket.summary.subject, "Refund by phone");
    assert_eq!(
        ticket.summary.status.name, "solved",
        "the response's status"
    );
    assert!(ticket.summary.tags.contains(&"refund".to_string()));
}
