use super::*;
use crate::app::effect::Effect;
use crate::app::state::Focus;
use crate::app::state::overlay::Overlay;
use crate::backend::{MessageKind, StatusKind};

/// Opens the ticket of the first requester with an empty name (only an e-mail address).
async fn open_nameless(h: &mut Harness) {
    h.keys("3").await;
    h.keys("G G G g").await;
    let view = h.state.queue.current().expect("view");
    let pos = view
        .visible
        .iter()
        .position(|&i| view.tickets[i].requester.name.is_empty())
        .expect("a nameless requester");
    h.keys(&"j ".repeat(pos)).await;
    h.keys("enter").await;
}

#[tokio::test]
async fn r_opens_a_public_reply_and_the_draft_survives_leaving() {
    let mut h = Harness::new().await;
    h.keys("enter r").await;
    assert_eq!(h.state.focus, Focus::Compose);
    assert!(h.state.compose.current().is_some_and(|d| d.public));
    h.type_text("Thanks, looking").await;
    h.keys("ctrl-w").await;
    h.type_text("checking now").await;
    assert_eq!(h.draft_text(), "Thanks, checking now");
    h.keys("esc").await;
    assert_eq!(h.state.focus, Focus::Detail);
    h.keys("esc j k enter r").await;
    assert_eq!(
        h.draft_text(),
        "Thanks, checking now",
        "the draft came back"
    );
}

#[tokio::test]
async fn n_turns_a_draft_into_an_internal_note_when_asked_and_says_so() {
    let mut h = Harness::new().await;
    h.keys("enter r").await;
    h.type_text("x").await;
    h.keys("esc n").await;
    assert!(
        h.screen().contains("Make it an internal note"),
        "{}",
        h.screen()
    );
    h.keys("down enter").await;
    assert!(h.state.compose.current().is_some_and(|d| !d.public));
    assert!(h.notice().contains("internal note"), "{}", h.notice());
    assert_eq!(h.draft_text(), "x");
}

#[tokio::test]
async fn a_misspelt_query_finds_the_response_and_enter_inserts_it_rendered() {
    let mut h = Harness::new().await;
    h.keys("enter").await;
    let first = h
        .state
        .detail
        .loaded()
        .and_then(|t| t.summary.requester.first_name().map(str::to_string))
        .expect("name");
    h.keys("r").await;
    h.type_text("Hello. ").await;
    h.keys("ctrl-t").await;
    h.type_text("refnd").await;
    let Some(Overlay::Picker(p)) = &h.state.overlay else {
        panic!("picker open")
    };
    let all = h.state.canned.list.value.as_ref().expect("canned loaded");
    assert_eq!(all[p.matches[0].index].title, "Refund approved");
    h.keys("enter").await;
    assert!(h.state.overlay.is_none());
    let text = h.draft_text();
    assert!(text.starts_with(&format!("Hello. Hi {first},")), "{text}");
    assert!(
        text.contains("Sam Rivera\nNorthwind Support"),
        "signature rendered: {text}"
    );
    let draft = h.state.compose.current().expect("draft");
    assert_eq!(draft.changes.status.as_deref(), Some("solved"));
    assert_eq!(draft.changes.tags_add, ["refund"]);
}

#[tokio::test]
async fn c_in_the_detail_opens_the_picker_on_a_new_reply() {
    let mut h = Harness::new().await;
    h.keys("enter c").await;
    assert!(matches!(h.state.overlay, Some(Overlay::Picker(_))));
    h.keys("esc").await;
    assert_eq!(h.state.focus, Focus::Compose);
    assert!(h.state.compose.current().is_some_and(|d| d.public));
}

#[tokio::test]
async fn sending_posts_the_reply_applies_the_actions_and_updates_the_queue() {
    let mut h = Harness::new().await;
    let id = h.selected().id;
    h.keys("enter r ctrl-t").await;
    h.type_text("refund approved").await;
    h.keys("enter ctrl-s").await;
    assert!(
        h.state.compose.drafts.is_empty(),
        "the draft is gone once sent"
    );
    assert_eq!(h.state.focus, Focus::Detail);
    let t = h.state.detail.loaded().expect("reloaded");
    let last = t.conversation.last().expect("messages");
    assert_eq!(last.kind, MessageKind::Public);
    assert!(last.body.contains("I've refunded the charge"));
    assert_eq!(t.summary.status.kind, StatusKind::Solved);
    assert!(t.summary.tags.contains(&"refund".to_string()));
    assert!(
        !h.visible_ids().contains(&id),
        "a solved ticket leaves Mine"
    );
    assert!(h.notice().starts_with("Reply sent to"), "{}", h.notice());
    assert_eq!(
        h.state.canned.usage.values().sum::<u32>(),
        1,
        "the response was counted as used"
    );
}

#[tokio::test]
async fn a_note_is_added_as_internal() {
    let mut h = Harness::new().await;
    h.keys("enter n").await;
    h.type_text("Checked the logs, nothing there.").await;
    h.keys("ctrl-s").await;
    let last = h
        .state
        .detail
        .loaded()
        .and_then(|t| t.conversation.last().cloned())
        .expect("message");
    assert_eq!(
        (last.kind, last.body.as_str()),
        (MessageKind::Internal, "Checked the logs, nothing there.")
    );
    assert!(h.notice().starts_with("Internal note added"));
}

#[tokio::test]
async fn an_unresolved_placeholder_blocks_sending_until_edited() {
    let mut h = Harness::new().await;
    h.keys("enter r ctrl-t").await;
    h.type_text("order status").await;
    h.keys("enter").await;
    assert!(h.draft_text().contains("{{order.number}}"));
    let before = h.state.detail.loaded().map(|t| t.conversation.len());
    h.keys("ctrl-s").await;
    let draft = h.state.compose.current().expect("draft kept");
    let why = draft.error.clone().expect("refused");
    assert!(
        why.contains("{{order.number}}") && why.contains("Replace the highlighted text"),
        "{why}"
    );
    assert_eq!(
        h.state.detail.loaded().map(|t| t.conversation.len()),
        before,
        "nothing was posted"
    );
    let fixed = h.draft_text().replace("{{order.number}}", "NW-1042");
    let ticket = draft.ticket;
    h.msg(Msg::Edited {
        ticket,
        field: None,
        result: Ok(fixed),
    })
    .await;
    h.keys("ctrl-s").await;
    assert!(
        h.state.compose.drafts.is_empty(),
        "sent once the placeholder was filled in"
    );
}

#[tokio::test]
async fn a_requester_without_a_name_gets_the_default_or_a_visible_gap() {
    let mut h = Harness::new().await;
    open_nameless(&mut h).await;
    h.keys("r").await;
    h.type_text(";hi").await;
    h.keys("tab").await;
    assert_eq!(
        h.draft_text(),
        "Hi there,\n\n",
        "the default filter filled the gap"
    );
    h.keys("ctrl-t").await;
    h.type_text("hyvitys").await;
    h.keys("enter").await;
    assert!(h.draft_text().contains("Hei {{requester.first_name}},"));
    assert!(
        h.notice().contains("{{requester.first_name}} has no value"),
        "{}",
        h.notice()
    );
}

#[tokio::test]
async fn tab_without_an_abbreviation_indents() {
    let mut h = Harness::new().await;
    h.keys("enter r").await;
    h.type_text("- item").await;
    h.keys("enter tab").await;
    h.type_text("sub").await;
    assert_eq!(h.draft_text(), "- item\n    sub");
}

#[tokio::test]
async fn an_empty_draft_is_not_sent() {
    let mut h = Harness::new().await;
    h.keys("enter r ctrl-s").await;
    assert!(h.notice().contains("empty"), "{}", h.notice());
    h.keys("esc").await;
    assert!(
        h.state.compose.drafts.is_empty(),
        "an empty draft is not kept"
    );
}

#[tokio::test]
async fn paste_goes_into_the_draft_cleaned() {
    let mut h = Harness::new().await;
    h.keys("enter r").await;
    h.msg(Msg::Paste("line one\n\u{1b}[31mline two".into()))
        .await;
    assert_eq!(h.draft_text(), "line one\nline two");
}

#[tokio::test]
async fn ctrl_e_hands_the_draft_to_the_editor_and_takes_it_back() {
    let mut h = Harness::new().await;
    h.keys("enter r").await;
    h.type_text("draft").await;
    h.keys("ctrl-e").await;
    let Some(Effect::OpenEditor { ticket, text, .. }) = h.host_effects.last().cloned() else {
        panic!("editor asked for")
    };
    assert_eq!(text, "draft");
    h.msg(Msg::Edited {
        ticket,
        field: None,
        result: Ok("edited\ntext\n".into()),
    })
    .await;
    assert_eq!(h.draft_text(), "edited\ntext");
    h.msg(Msg::Edited {
        ticket,
        field: None,
        result: Err("vi exited with 1".into()),
    })
    .await;
    assert_eq!(
        h.draft_text(),
        "edited\ntext",
        "a failed editor changes nothing"
    );
}

#[tokio::test]
async fn quitting_with_a_draft_saves_it_and_quits_at_once() {
    let mut h = Harness::new().await;
    h.keys("enter r").await;
    h.type_text("half a reply").await;
    assert!(
        h.stored
            .iter()
            .any(|e| matches!(e, Effect::SaveDraft(d) if d.text == "half a reply")),
        "{:?}",
        h.stored
    );
    h.keys("ctrl-c").await;
    assert!(
        h.state.quit,
        "a draft is kept on disk, so there is nothing to ask"
    );
}

/// `r` on a ticket that would not load opens a composer the agent can see, naming the ticket,
/// so what they type is never out of sight.
#[tokio::test]
async fn a_reply_to_a_ticket_that_would_not_load_shows_its_composer() {
    let mut h = Harness::new().await;
    let id = h.selected().id;
    h.faults
        .tickets((0..8).map(|_| crate::backend::Error::Network("refused".into())));
    h.state.prefetch = Default::default();
    h.keys("enter").await;
    assert!(h.state.detail.loaded().is_none(), "the ticket did not load");
    h.keys("r").await;
    h.type_text("Still looking").await;
    let screen = h.screen();
    assert!(
        screen.contains("Still looking"),
        "the draft shows:\n{screen}"
    );
    assert!(
        screen.contains(&format!("on #{id}")),
        "and says which ticket it answers:\n{screen}"
    );
    assert!(
        screen.contains(&format!("Could not open #{id}")),
        "{screen}"
    );
}

/// `alt-x` throws a written draft away after one question; "no" keeps every word, "yes"
/// removes it and its file, and the ticket is back on screen.
#[tokio::test]
async fn a_draft_is_discarded_with_one_key_and_one_question() {
    let mut h = Harness::new().await;
    let id = h.selected().id;
    h.keys("enter r").await;
    h.type_text("Hyvä asiakas, tämä luonnos ei lähde").await;
    h.keys("alt-x").await;
    assert!(
        h.screen().contains(&format!("Discard the reply on #{id}?")),
        "{}",
        h.screen()
    );
    h.keys("n").await;
    assert_eq!(h.state.focus, Focus::Compose);
    assert_eq!(h.draft_text(), "Hyvä asiakas, tämä luonnos ei lähde");
    h.stored.clear();
    h.keys("alt-x y").await;
    assert!(
        !h.state.compose.drafts.contains_key(&id),
        "the draft is gone"
    );
    assert_eq!(h.state.focus, Focus::Detail);
    assert!(
        h.stored
            .iter()
            .any(|e| matches!(e, Effect::RemoveDraft(t) if *t == id)),
        "its file is removed: {:?}",
        h.stored
    );
    assert!(h.notice().contains("discarded"), "{}", h.notice());
    h.keys("r").await;
    assert_eq!(h.draft_text(), "", "a new reply starts empty");
    h.keys("alt-x").await;
    assert!(
        h.state.overlay.is_none() && h.state.focus == Focus::Detail,
        "a blank draft goes without a question"
    );
}
