//! The outbox: a reply is never lost and never posted twice, whatever the help desk does.

use super::*;
use crate::app::effect::Effect;
use crate::app::state::Focus;
use crate::app::state::outbox::Delivery;
use crate::backend::{Changes, Error, MessageKind, Priority};
use crate::testkit::Fault;

/// Opens the selected ticket, writes `text` and sends it; returns the ticket.
async fn send(h: &mut Harness, text: &str) -> TicketId {
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text(text).await;
    h.keys("ctrl-s").await;
    id
}

/// How many messages of ticket `id` carry `text`, as the desk has them.
async fn posted(h: &Harness, id: TicketId, text: &str) -> usize {
    let ticket = h.desk.ticket(id).await.expect("ticket");
    ticket
        .conversation
        .iter()
        .filter(|m| m.kind == MessageKind::Public && m.body.contains(text))
        .count()
}

#[tokio::test]
async fn an_unreachable_desk_keeps_the_reply_in_the_outbox_until_a_retry_delivers_it() {
    let mut h = Harness::new().await;
    h.faults.replies([Fault::Refuse(Error::Network(
        "127.0.0.1:1: connection refused".into(),
    ))]);
    let id = send(&mut h, "Refund is on its way").await;

    assert!(h.state.compose.drafts.is_empty(), "the draft moved on");
    assert_eq!(h.state.focus, Focus::Detail);
    let item = &h.state.outbox.items[0];
    assert!(matches!(item.delivery, Delivery::Waiting { .. }));
    assert!(
        item.error
            .as_deref()
            .is_some_and(|e| e.contains("connection refused"))
    );
    assert!(h.notice().contains("outbox"), "{}", h.notice());
    assert!(h.screen().contains("1 in outbox"), "{}", h.screen());
    let saved = h.saved_outbox().expect("saved");
    assert_eq!(saved.len(), 1, "on disk before anything else");
    assert_eq!(saved[0].reply.body, "Refund is on its way");

    h.fire_retry().await;
    assert!(h.state.outbox.items.is_empty());
    assert!(h.saved_outbox().is_some_and(|o| o.is_empty()));
    assert!(h.notice().starts_with("Reply sent to"), "{}", h.notice());
    assert_eq!(posted(&h, id, "Refund is on its way").await, 1);
}

#[tokio::test]
async fn after_a_dropped_connection_the_conversation_is_read_and_the_reply_not_posted_twice() {
    let mut h = Harness::new().await;
    h.faults.replies([Fault::ApplyThenFail(Error::Interrupted(
        "connection reset".into(),
    ))]);
    let id = send(&mut h, "Exactly once, please").await;
    assert!(h.state.outbox.items[0].unsure);

    h.fire_retry().await;
    assert_eq!(
        h.faults.reply_calls(),
        1,
        "the check found it; no second post"
    );
    assert!(h.state.outbox.items.is_empty());
    assert!(h.notice().contains("after all"), "{}", h.notice());
    assert_eq!(posted(&h, id, "Exactly once, please").await, 1);
}

#[tokio::test]
async fn a_timeout_whose_reply_never_arrived_is_sent_again_once() {
    let mut h = Harness::new().await;
    h.faults.replies([Fault::Refuse(Error::Timeout)]);
    let id = send(&mut h, "Second time lucky").await;
    h.fire_retry().await;
    assert_eq!(h.faults.reply_calls(), 2);
    assert!(h.state.outbox.items.is_empty());
    assert_eq!(posted(&h, id, "Second time lucky").await, 1);
}

#[tokio::test]
async fn a_check_that_fails_waits_and_checks_again() {
    let mut h = Harness::new().await;
    h.faults.replies([Fault::Refuse(Error::Server {
        status: 502,
        message: "Bad Gateway".into(),
    })]);
    let id = send(&mut h, "Patience").await;
    h.faults.tickets([Error::Network("refused".into())]);
    h.fire_retry().await;
    let item = &h.state.outbox.items[0];
    assert_eq!(item.attempts, 2);
    assert!(item.unsure, "still unknown whether the first try arrived");
    assert_eq!(h.faults.reply_calls(), 1, "nothing sent while unsure");
    h.fire_retry().await;
    assert!(h.state.outbox.items.is_empty());
    assert_eq!(posted(&h, id, "Patience").await, 1);
}

#[tokio::test]
async fn a_refused_credential_holds_the_reply_until_asked() {
    let mut h = Harness::new().await;
    h.faults
        .replies([Fault::Refuse(Error::Auth("Invalid token".into()))]);
    let id = send(&mut h, "Held").await;
    assert_eq!(h.state.outbox.items[0].delivery, Delivery::Held);
    assert!(
        h.timers.is_empty(),
        "no automatic retry with a bad credential"
    );
    assert!(h.notice().contains("frontdesk login"), "{}", h.notice());

    // The outbox opens on its first entry: enter, then "Send now".
    h.keys("O enter enter").await;
    assert!(h.state.outbox.items.is_empty(), "sent on demand");
    assert_eq!(posted(&h, id, "Held").await, 1);
}

#[tokio::test]
async fn a_rejected_reply_goes_back_to_the_composer_with_the_reason() {
    let mut h = Harness::new().await;
    h.faults.replies([Fault::Refuse(Error::Invalid(
        "Status: closed prevents ticket update".into(),
    ))]);
    send(&mut h, "Too late").await;
    assert!(h.state.outbox.items.is_empty());
    let draft = h
        .state
        .compose
        .drafts
        .values()
        .next()
        .expect("a draft again");
    assert_eq!(draft.text(), "Too late");
    assert!(
        draft
            .error
            .as_deref()
            .is_some_and(|e| e.contains("closed prevents"))
    );
}

#[tokio::test]
async fn a_ticket_changed_by_someone_else_is_shown_and_the_agent_confirms() {
    let mut h = Harness::new().await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("Answer").await;
    let other = Changes {
        priority: Some(Priority::Low),
        ..Changes::default()
    };
    h.desk.update(id, other, None).await.expect("someone else");
    h.keys("ctrl-s").await;

    let draft = h.state.compose.current().expect("back in the composer");
    assert_eq!(draft.text(), "Answer");
    assert!(
        draft
            .changed
            .iter()
            .any(|c| c.contains("Priority") && c.ends_with("low")),
        "{:?}",
        draft.changed
    );
    assert!(
        h.screen().contains("Changed since you started"),
        "{}",
        h.screen()
    );
    assert_eq!(posted(&h, id, "Answer").await, 0);

    h.keys("ctrl-s").await;
    assert_eq!(
        posted(&h, id, "Answer").await,
        1,
        "confirmed by the second ctrl-s"
    );
}

#[tokio::test]
async fn a_change_noticed_while_writing_asks_before_sending() {
    let mut h = Harness::new().await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("Reply").await;
    let status = Changes {
        status: Some("pending".into()),
        ..Changes::default()
    };
    h.desk.update(id, status, None).await.expect("someone else");
    h.keys("ctrl-r").await;
    assert!(
        h.notice().contains("changed since you started"),
        "{}",
        h.notice()
    );
    h.keys("ctrl-s").await;
    assert!(
        h.state.outbox.items.is_empty(),
        "the first ctrl-s only shows"
    );
    assert!(h.notice().contains("ctrl-s again"), "{}", h.notice());
    h.keys("ctrl-s").await;
    assert_eq!(posted(&h, id, "Reply").await, 1);
}

#[tokio::test]
async fn the_agents_own_changes_are_not_news() {
    let mut h = Harness::new().await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("Mine").await;
    h.keys("esc p down enter").await;
    h.keys("r ctrl-s").await;
    assert_eq!(posted(&h, id, "Mine").await, 1, "sent at the first ctrl-s");
}

#[tokio::test]
async fn typing_saves_the_draft_and_sending_writes_the_outbox_before_removing_it() {
    let mut h = Harness::new().await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("Saved as I type").await;
    assert!(h.stored.iter().any(
        |e| matches!(e, Effect::SaveDraft(d) if d.ticket == id && d.text == "Saved as I type")
    ));
    h.stored.clear();
    h.keys("ctrl-s").await;
    let outbox = h
        .stored
        .iter()
        .position(|e| matches!(e, Effect::SaveOutbox(items, _) if !items.is_empty()));
    let removed = h
        .stored
        .iter()
        .position(|e| matches!(e, Effect::RemoveDraft(t) if *t == id));
    assert!(outbox < removed && outbox.is_some(), "{:?}", h.stored);
}

#[tokio::test]
async fn leaving_an_emptied_draft_removes_its_file() {
    let mut h = Harness::new().await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("x").await;
    h.keys("backspace esc").await;
    assert!(matches!(h.stored.last(), Some(Effect::RemoveDraft(t)) if *t == id));
}

#[tokio::test]
async fn sigterm_saves_what_was_typed_since_the_last_save() {
    let mut h = Harness::new().await;
    h.keys("enter r").await;
    // Typed, not yet saved: the save timer has not run out.
    let fx = update(&mut h.state, Msg::Key(crate::keymap::KeyChord::char('z')));
    assert!(fx.iter().any(|e| matches!(e, Effect::Debounce { .. })));
    let fx = update(&mut h.state, Msg::Terminate);
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::SaveDraft(d) if d.text == "z"))
    );
    assert!(h.state.quit);
}

#[tokio::test]
async fn the_outbox_menu_edits_and_discards() {
    let mut h = Harness::sized(120, 30).await;
    h.faults
        .replies([Fault::Refuse(Error::Timeout), Fault::Refuse(Error::Timeout)]);
    send(&mut h, "Edit me").await;
    h.keys("O").await;
    assert!(h.screen().contains("Outbox"), "{}", h.screen());
    assert!(
        h.screen().contains("did not answer in time"),
        "{}",
        h.screen()
    );
    // The entry, then "Back to the composer".
    h.keys("enter down enter").await;
    assert_eq!(h.state.focus, Focus::Compose);
    assert_eq!(h.draft_text(), "Edit me");
    assert!(h.state.outbox.items.is_empty());

    h.keys("ctrl-s O enter down down enter").await;
    assert!(h.state.outbox.items.is_empty(), "discarded");
    assert!(h.notice().contains("Discarded"), "{}", h.notice());
}

#[tokio::test]
async fn quitting_with_replies_in_the_outbox_asks_first() {
    let mut h = Harness::sized(80, 24).await;
    h.faults.replies([Fault::Refuse(Error::Timeout)]);
    send(&mut h, "Pending").await;
    h.keys("esc q").await;
    assert!(!h.state.quit);
    assert!(h.notice().contains("still in the outbox"), "{}", h.notice());
    let screen = h.screen();
    let bottom = screen.lines().last().unwrap_or_default();
    assert!(
        bottom.contains("Quit again to quit"),
        "at 80 columns the question itself shows: {bottom}"
    );
    h.keys("q").await;
    assert!(h.state.quit);
}

#[tokio::test]
async fn replies_left_by_an_earlier_run_go_out_at_start_checked_first_if_unsure() {
    let reply = |body: &str| crate::backend::Reply {
        body: body.into(),
        public: true,
        changes: Changes::default(),
        expected_version: None,
        ..Default::default()
    };
    let item = |id: u64, body: &str, unsure: bool| crate::app::state::Outgoing {
        id,
        ticket: TicketId(4076),
        reply: reply(body),
        to: String::new(),
        canned_used: Vec::new(),
        seen: None,
        queued_at: crate::testkit::fixed_now(),
        attempts: 1,
        error: Some("the help desk did not answer in time".into()),
        unsure,
        delivery: Delivery::Idle,
        conflicted: false,
        opening: None,
        bulk: None,
        change: None,
    };
    let mut h = Harness::with(80, 24, |setup| {
        setup.outbox = vec![item(1, "from before", false), item(2, "maybe sent", true)];
    })
    .await;
    let notices: Vec<&str> = h
        .state
        .status
        .history
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert!(
        h.state.outbox.items.is_empty(),
        "{:?} {notices:?}",
        h.state.outbox.items
    );
    assert_eq!(
        h.faults.reply_calls(),
        2,
        "the unsure one was not found, so sent"
    );
    assert_eq!(posted(&h, TicketId(4076), "from before").await, 1);
    assert_eq!(posted(&h, TicketId(4076), "maybe sent").await, 1);
    h.keys("q").await;
    assert!(h.state.quit);
}

#[tokio::test]
async fn a_restored_draft_comes_back_with_what_changed_since() {
    let first = Harness::new().await;
    let id = first.selected().id;
    let ticket = first.desk.ticket(id).await.expect("ticket");
    let mut seen = crate::app::state::seen::Seen::of(&ticket);
    seen.status = "new".into();
    seen.messages.pop();
    let record = crate::app::state::records::DraftRecord {
        ticket: id,
        public: true,
        text: "Where was I".into(),
        changes: Changes::default(),
        canned_used: Vec::new(),
        seen: Some(seen),
        saved_at: crate::testkit::fixed_now(),
        files: Vec::new(),
        cc: Vec::new(),
        bcc: Vec::new(),
        new_ticket: None,
        forward: None,
    };
    let mut h = Harness::with(80, 24, |setup| setup.drafts = vec![record]).await;
    assert!(h.screen().contains('✎'), "{}", h.screen());
    h.keys("enter").await;
    let notices: Vec<&str> = h
        .state
        .status
        .history
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert!(notices.iter().any(|n| n.contains("is back")), "{notices:?}");
    h.keys("r").await;
    assert_eq!(h.draft_text(), "Where was I");
    let changed = &h.state.compose.current().expect("draft").changed;
    assert!(changed.iter().any(|c| c.starts_with("New ")), "{changed:?}");
    assert!(
        changed.iter().any(|c| c.starts_with("Status: new")),
        "{changed:?}"
    );
}

#[tokio::test]
async fn replies_sent_today_are_counted_and_kept_and_a_new_day_starts_at_zero() {
    use crate::app::state::records::Tally;
    let yesterday = Tally {
        day: Some("2026-11-21".parse().expect("date")),
        replies: 5,
        notes: 2,
    };
    let mut h = Harness::with(80, 24, |setup| setup.today = yesterday).await;
    h.keys("S").await;
    assert!(
        h.screen()
            .contains("sent today from frontdesk: 0 replies, 0 notes"),
        "yesterday's count is not today's: {}",
        h.screen()
    );
    h.keys("esc").await;

    send(&mut h, "Refund is on its way").await;
    h.keys("n").await;
    h.type_text("Refund issued in the billing tool").await;
    h.keys("ctrl-s").await;

    let saved: Vec<Tally> = h
        .stored
        .iter()
        .filter_map(|e| match e {
            Effect::SaveTally(t) => Some(*t),
            _ => None,
        })
        .collect();
    let last = saved.last().expect("the count is saved as it changes");
    assert_eq!(
        (last.day, last.replies, last.notes),
        (Some("2026-11-22".parse().expect("date")), 1, 1)
    );
    h.keys("esc S").await;
    assert!(
        h.screen()
            .contains("sent today from frontdesk: 1 reply, 1 note"),
        "{}",
        h.screen()
    );
}

/// A reply waiting for its retry goes the moment the help desk answers a refresh again, not
/// at its retry time.
#[tokio::test]
async fn a_waiting_reply_goes_as_soon_as_the_desk_answers_again() {
    let mut h = Harness::new().await;
    h.faults
        .replies([Fault::Refuse(Error::Network("connection refused".into()))]);
    let id = send(&mut h, "Soon").await;
    assert!(matches!(
        h.state.outbox.items[0].delivery,
        Delivery::Waiting { .. }
    ));
    let views = h.state.queue.views.len();
    h.faults
        .views((0..views).map(|_| Error::Network("connection refused".into())));
    h.keys("ctrl-r").await;
    assert!(h.state.session.away.is_some(), "the desk is away");
    assert_eq!(posted(&h, id, "Soon").await, 0);
    h.keys("ctrl-r").await;
    assert!(h.state.outbox.items.is_empty(), "sent without its timer");
    assert_eq!(posted(&h, id, "Soon").await, 1);
}

/// Opening an empty outbox first asks the store for entries a frontdesk that quit left
/// behind; it says the outbox is empty only with that answer in.
#[test]
fn an_empty_outbox_is_said_only_once_nothing_was_left_by_another_frontdesk() {
    use crate::app::msg::{Loaded, Msg};
    let mut pure = crate::testkit::pure::Pure::new();
    use crate::app::state::overlay::Overlay;
    pure.keys("O");
    assert!(
        pure.find(|e| matches!(e, Effect::AdoptOutbox).then_some(()))
            .is_some()
    );
    assert!(
        !pure
            .state
            .status
            .history
            .iter()
            .any(|n| n.text.contains("empty")),
        "not said before the store answers"
    );
    let left: crate::app::state::Outgoing = serde_json::from_value(serde_json::json!({
        "id": 1,
        "ticket": 4076,
        "reply": { "body": "Left behind", "public": true, "changes": {}, "expected_version": null },
        "queued_at": "2026-12-07T12:00:00Z"
    }))
    .expect("an outbox entry as another frontdesk wrote it");
    pure.on(Msg::Loaded(Loaded::Adopted {
        number: 1,
        items: vec![left],
        problem: None,
    }));
    assert_eq!(pure.state.outbox.items.len(), 1, "taken over");
    assert!(
        matches!(pure.state.overlay, Some(Overlay::Menu(_))),
        "and the outbox opens on it"
    );
    let saved = pure.find(|e| match e {
        Effect::SaveOutbox(items, adopted) => Some((items.len(), *adopted)),
        _ => None,
    });
    assert_eq!(saved, Some((1, 1)), "saved as this frontdesk's own");
}
