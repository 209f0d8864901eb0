//! What the help desk does on its own schedule: rendering canned responses server-side,
//! asking frontdesk to slow down.

use super::*;
use crate::app::effect::Effect;
use crate::app::msg::Loaded;
use crate::backend::Error;
use crate::keymap::KeyChord;

/// Opens a reply on the top ticket, picks "Refund approved" and presses enter, returning the
/// render request the help desk is asked for.
async fn pick_refund_rendered_by_the_desk(h: &mut Harness) -> Effect {
    h.state.session.capabilities.server_side_canned = true;
    h.keys("enter r ctrl-t").await;
    h.type_text("refnd").await;
    let enter: KeyChord = "enter".parse().expect("key");
    let fx = update(&mut h.state, Msg::Key(enter));
    fx.into_iter()
        .find(|e| matches!(e, Effect::RenderCanned { .. }))
        .expect("the help desk is asked to render it")
}

#[tokio::test]
async fn a_response_rendered_by_the_help_desk_goes_in_with_its_actions() {
    let mut h = Harness::new().await;
    let Effect::RenderCanned {
        req,
        ticket,
        canned,
    } = pick_refund_rendered_by_the_desk(&mut h).await
    else {
        unreachable!()
    };
    assert_eq!(
        h.draft_text(),
        "",
        "nothing goes in before the desk answers"
    );
    h.keys("ctrl-s").await;
    assert!(h.notice().contains("still rendering"), "{}", h.notice());
    assert!(
        h.state.outbox.items.is_empty(),
        "nothing is sent while the desk renders"
    );

    h.msg(Msg::Loaded(Loaded::Rendered {
        req,
        ticket,
        canned,
        result: Ok(Some(crate::canned::Rendered {
            text: "Hi Ann, rendered by the desk.".into(),
            audience: crate::canned::Audience::Any,
            files: Vec::new(),
        })),
    }))
    .await;
    assert_eq!(h.draft_text(), "Hi Ann, rendered by the desk.");
    let draft = h.state.compose.current().expect("draft");
    assert_eq!(draft.changes.status.as_deref(), Some("solved"));
    assert_eq!(draft.rendering, None);
}

#[tokio::test]
async fn when_the_help_desk_cannot_render_frontdesk_does_and_says_so() {
    let mut h = Harness::new().await;
    let Effect::RenderCanned {
        req,
        ticket,
        canned,
    } = pick_refund_rendered_by_the_desk(&mut h).await
    else {
        unreachable!()
    };
    h.msg(Msg::Loaded(Loaded::Rendered {
        req,
        ticket,
        canned,
        result: Err(Error::Timeout),
    }))
    .await;
    assert!(
        h.draft_text().contains("I've refunded the charge"),
        "{}",
        h.draft_text()
    );
    assert!(h.draft_text().contains("Sam Rivera"), "placeholders filled");
    assert!(
        h.state.status.history.iter().any(
            |n| n.text.contains("could not render") && n.text.contains("frontdesk rendered it")
        ),
        "the agent is told"
    );
}

#[tokio::test]
async fn a_late_rendering_for_a_draft_that_moved_on_is_dropped() {
    let mut h = Harness::new().await;
    let Effect::RenderCanned { ticket, canned, .. } =
        pick_refund_rendered_by_the_desk(&mut h).await
    else {
        unreachable!()
    };
    let stale = h.state.requests.issue();
    h.msg(Msg::Loaded(Loaded::Rendered {
        req: stale,
        ticket,
        canned,
        result: Ok(Some(crate::canned::Rendered {
            text: "stale".into(),
            audience: crate::canned::Audience::Any,
            files: Vec::new(),
        })),
    }))
    .await;
    assert_eq!(h.draft_text(), "");
}

#[tokio::test]
async fn a_rate_limit_shows_a_countdown_until_it_is_lifted() {
    let mut h = Harness::new().await;
    let now = h.state.session.now;
    let until = now + jiff::SignedDuration::from_secs(12);
    h.keys("j").await;
    h.msg(Msg::Throttled(Some(until))).await;
    assert!(matches!(h.host_effects.last(), Some(Effect::Tick(_))));
    let title = h.screen();
    assert!(title.contains("going on in 12s"), "{title}");

    h.msg(Msg::Clock(now + jiff::SignedDuration::from_secs(5)))
        .await;
    let ticks = h.host_effects.len();
    h.msg(Msg::Tick).await;
    assert_eq!(h.host_effects.len(), ticks + 1, "the countdown goes on");
    let title = h.screen();
    assert!(title.contains("going on in 7s"), "{title}");

    h.msg(Msg::Throttled(None)).await;
    let ticks = h.host_effects.len();
    h.msg(Msg::Tick).await;
    assert_eq!(h.host_effects.len(), ticks, "no ticks once lifted");
    let title = h.screen();
    assert!(!title.contains("retrying"), "{title}");
}

#[tokio::test]
async fn the_picker_opens_while_responses_load_and_fills_in() {
    let mut h = Harness::new().await;
    let loaded = h.state.canned.list.value.take().expect("loaded at start");
    let req = h.state.requests.issue();
    h.state.canned.list.start(req);
    h.keys("enter r ctrl-t").await;
    assert!(matches!(
        h.state.overlay,
        Some(crate::app::state::overlay::Overlay::Picker(_))
    ));
    assert!(h.screen().contains("Loading the help desk's responses"));
    h.type_text("refnd").await;
    h.msg(Msg::Loaded(Loaded::Canned {
        req,
        result: Ok(loaded),
        diagnostics: Vec::new(),
    }))
    .await;
    h.keys("enter").await;
    assert!(
        h.draft_text().contains("I've refunded the charge"),
        "the query typed while loading picked it: {}",
        h.draft_text()
    );
}

#[tokio::test]
async fn a_picker_waiting_for_responses_that_fail_closes_and_says_why() {
    let mut h = Harness::new().await;
    h.state.canned.list.value = None;
    let req = h.state.requests.issue();
    h.state.canned.list.start(req);
    h.keys("enter r ctrl-t").await;
    h.msg(Msg::Loaded(Loaded::Canned {
        req,
        result: Err(Error::Forbidden("no access to macros".into())),
        diagnostics: Vec::new(),
    }))
    .await;
    assert!(h.state.overlay.is_none());
    assert!(h.notice().contains("no access to macros"), "{}", h.notice());
}
