//! Who reads a draft: it changes only when the agent says so, and a canned response written
//! for agents never goes out to a customer by default.

use super::*;
use crate::app::effect::Effect;
use crate::app::msg::Loaded;
use crate::canned::{Audience, Rendered};
use crate::keymap::KeyChord;

/// Picks "Refund approved" in the open composer and answers the render request with the
/// desk's text for `audience`.
async fn insert_rendered_as(h: &mut Harness, audience: Audience) {
    h.state.session.capabilities.server_side_canned = true;
    h.keys("ctrl-t").await;
    h.type_text("refnd").await;
    let enter: KeyChord = "enter".parse().expect("key");
    let fx = update(&mut h.state, Msg::Key(enter));
    let Some(Effect::RenderCanned {
        req,
        ticket,
        canned,
    }) = fx
        .into_iter()
        .find(|e| matches!(e, Effect::RenderCanned { .. }))
    else {
        panic!("the help desk is asked to render it");
    };
    h.msg(Msg::Loaded(Loaded::Rendered {
        req,
        ticket,
        canned,
        result: Ok(Some(Rendered {
            text: "Billing: check the double charge.".into(),
            audience,
            files: Vec::new(),
        })),
    }))
    .await;
}

/// Presses ctrl-s and returns whether the reply was sent as public.
fn send_public(h: &mut Harness) -> bool {
    let send: KeyChord = "ctrl-s".parse().expect("key");
    update(&mut h.state, Msg::Key(send))
        .into_iter()
        .find_map(|e| match e {
            Effect::Send { reply, .. } => Some(reply.public),
            _ => None,
        })
        .expect("sent")
}

#[tokio::test]
async fn a_private_macro_turns_a_blank_reply_into_an_internal_note_and_is_sent_as_one() {
    let mut h = Harness::new().await;
    h.keys("enter r").await;
    assert!(h.screen().contains("the customer sees this"));
    insert_rendered_as(&mut h, Audience::Internal).await;
    let screen = h.screen();
    assert!(screen.contains("— agents only"), "{screen}");
    assert!(
        h.notice().contains("the draft is now one"),
        "{}",
        h.notice()
    );
    assert!(
        !send_public(&mut h),
        "an internal macro never reaches the customer"
    );
}

#[tokio::test]
async fn an_internal_response_into_a_written_reply_asks_first() {
    let mut h = Harness::new().await;
    h.keys("enter r").await;
    h.type_text("Hi Ann, ").await;
    insert_rendered_as(&mut h, Audience::Internal).await;
    assert_eq!(
        h.draft_text(),
        "Hi Ann, ",
        "nothing goes in before the agent answers"
    );
    let screen = h.screen();
    assert!(
        screen.contains("is written as an internal note"),
        "the menu says both audiences in words:\n{screen}"
    );
    // The first choice inserts it and makes the draft a note.
    h.keys("enter").await;
    assert_eq!(h.draft_text(), "Hi Ann, Billing: check the double charge.");
    assert!(h.screen().contains("— agents only"));
    assert!(!send_public(&mut h));
}

#[tokio::test]
async fn declining_keeps_the_draft_as_it_was() {
    let mut h = Harness::new().await;
    h.keys("enter r").await;
    h.type_text("Hi Ann, ").await;
    insert_rendered_as(&mut h, Audience::Internal).await;
    h.keys("down down enter").await;
    assert_eq!(h.draft_text(), "Hi Ann, ");
    assert!(h.screen().contains("the customer sees this"));
}

#[tokio::test]
async fn r_on_a_saved_note_asks_before_making_it_public() {
    let mut h = Harness::new().await;
    h.keys("enter n").await;
    h.type_text("Checked the logs: card declined twice").await;
    h.keys("esc").await;
    assert!(h.notice().contains("n opens it again"), "{}", h.notice());
    h.keys("r").await;
    let screen = h.screen();
    assert!(
        screen.contains("This draft is an internal note")
            && screen.contains("Make it a public reply to"),
        "{screen}"
    );
    // The first choice keeps it a note.
    h.keys("enter").await;
    let draft = h.state.compose.current().expect("draft open");
    assert!(!draft.public);
    assert!(h.screen().contains("— agents only"));
    // Asked again, the agent makes it public on purpose.
    h.keys("esc r down enter").await;
    assert!(h.state.compose.current().expect("draft").public);
    assert!(h.notice().contains("now a public reply"), "{}", h.notice());
}

#[tokio::test]
async fn a_blank_draft_switches_without_asking() {
    let mut h = Harness::new().await;
    h.keys("enter n esc r").await;
    assert!(h.state.overlay.is_none());
    assert!(h.screen().contains("the customer sees this"));
}
