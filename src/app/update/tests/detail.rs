use super::*;
use crate::action::Action;
use crate::app::msg::Loaded;
use crate::app::state::Focus;
use crate::app::state::overlay::{Overlay, PanelKind};
use crate::backend::MessageKind;

#[tokio::test]
async fn enter_opens_the_ticket_with_conversation_and_history_and_esc_goes_back() {
    let mut h = Harness::new().await;
    h.keys("j").await;
    let id = h.selected().id;
    h.keys("enter").await;
    assert_eq!(h.state.focus, Focus::Detail);
    let ticket = h.state.detail.loaded().expect("ticket loaded");
    assert_eq!(ticket.summary.id, id);
    assert!(!ticket.conversation.is_empty());
    assert!(
        !h.state.detail.transcript.is_empty(),
        "display lines were built"
    );
    let others = h.state.detail.others();
    assert!(!others.is_empty(), "every demo requester has other tickets");
    assert!(
        others.iter().all(|t| t.id != id),
        "the open ticket is not among the others"
    );
    assert!(
        others
            .windows(2)
            .all(|w| w[0].created_at >= w[1].created_at),
        "newest first"
    );
    h.keys("esc").await;
    assert_eq!(h.state.focus, Focus::Queue);
}

#[tokio::test]
async fn the_conversation_scrolls_within_its_length() {
    let mut h = Harness::new().await;
    h.keys("enter").await;
    for _ in 0..500 {
        h.keys("j").await;
    }
    let (rows, _) = crate::app::layout::conversation_size(&h.state);
    let max = h.state.detail.transcript.len().saturating_sub(rows);
    assert_eq!(h.state.detail.scroll, max);
    h.keys("k").await;
    assert_eq!(
        h.state.detail.scroll,
        max.saturating_sub(1),
        "one k scrolls back at once"
    );
}

#[tokio::test]
async fn tab_moves_to_other_tickets_and_enter_opens_one() {
    let mut h = Harness::new().await;
    h.keys("enter tab").await;
    assert!(h.state.detail.history_focus);
    let target = h.state.detail.others()[0].id;
    h.keys("enter").await;
    assert_eq!(h.state.detail.id, Some(target));
    assert_eq!(h.state.detail.loaded().map(|t| t.summary.id), Some(target));
    assert!(!h.state.detail.history_focus);
}

#[tokio::test]
async fn shift_j_and_k_walk_the_view() {
    let mut h = Harness::new().await;
    let ids = h.visible_ids();
    h.keys("enter J J").await;
    assert_eq!(h.state.detail.id, Some(ids[2]));
    assert_eq!(h.selected().id, ids[2], "the queue selection follows");
    h.keys("K").await;
    assert_eq!(h.state.detail.id, Some(ids[1]));
}

#[tokio::test]
async fn a_late_answer_for_a_ticket_no_longer_wanted_is_dropped() {
    let mut h = Harness::new().await;
    let ids = h.visible_ids();
    h.keys("enter").await;
    let first = h.state.detail.loaded().cloned().expect("loaded");
    // Open the next ticket, but hold its answer back.
    let fx = update(&mut h.state, Msg::Key("J".parse().expect("key")));
    let old_req = crate::app::state::RequestId(1);
    update(
        &mut h.state,
        Msg::Loaded(Loaded::Ticket {
            req: old_req,
            result: Ok(first),
        }),
    );
    assert_eq!(
        h.state.detail.loaded().map(|t| t.summary.id),
        Some(ids[1]),
        "the first ticket's late answer does not show (the second's prefetched copy does)"
    );
    h.settle(fx).await;
    assert_eq!(h.state.detail.loaded().map(|t| t.summary.id), Some(ids[1]));
}

#[tokio::test]
async fn side_by_side_the_detail_follows_the_selection() {
    let mut h = Harness::sized(160, 48).await;
    assert_eq!(h.state.focus, Focus::Queue);
    let ids = h.visible_ids();
    assert_eq!(
        h.state.detail.loaded().map(|t| t.summary.id),
        Some(ids[0]),
        "preview of the first row"
    );
    h.keys("j").await;
    assert_eq!(h.state.detail.loaded().map(|t| t.summary.id), Some(ids[1]));
    assert_eq!(
        h.state.focus,
        Focus::Queue,
        "previewing does not take the keys"
    );
}

#[tokio::test]
async fn side_by_side_the_detail_waits_for_the_selection_to_rest() {
    let mut h = Harness::sized(160, 48).await;
    let ids = h.visible_ids();
    // Moving twice quickly: the pane keeps the first ticket, one timer per move is set, and
    // only the last one switches the pane (to a prefetched copy at once) and fetches.
    let first = update(&mut h.state, Msg::Key("j".parse().expect("key")));
    let second = update(&mut h.state, Msg::Key("j".parse().expect("key")));
    assert_eq!(h.state.detail.id, Some(ids[0]), "nothing repainted yet");
    let timer = |fx: &[crate::app::effect::Effect]| {
        fx.iter().find_map(|e| match e {
            crate::app::effect::Effect::Debounce { req, .. } => Some(*req),
            _ => None,
        })
    };
    let (stale, fresh) = (
        timer(&first).expect("timer"),
        timer(&second).expect("timer"),
    );
    let fx = update(&mut h.state, Msg::Elapsed(stale));
    assert!(fx.is_empty(), "the first timer is outrun: {fx:?}");
    assert_eq!(h.state.detail.id, Some(ids[0]));
    let fx = update(&mut h.state, Msg::Elapsed(fresh));
    assert_eq!(h.state.detail.id, Some(ids[2]));
    assert!(
        fx.iter().any(
            |e| matches!(e, crate::app::effect::Effect::LoadTicket { id, .. } if *id == ids[2])
        )
    );
    h.settle(fx).await;
    assert_eq!(h.state.detail.loaded().map(|t| t.summary.id), Some(ids[2]));
}

#[tokio::test]
async fn growing_to_side_by_side_shows_the_selected_ticket() {
    let mut h = Harness::new().await;
    h.keys("j").await;
    let id = h.selected().id;
    assert!(h.state.detail.id.is_none(), "one pane: nothing previewed");
    h.msg(Msg::Resize {
        width: 160,
        height: 48,
    })
    .await;
    assert_eq!(h.state.detail.loaded().map(|t| t.summary.id), Some(id));
}

#[tokio::test]
async fn resizing_rewraps_the_conversation() {
    let mut h = Harness::new().await;
    h.keys("3 enter").await;
    // A ticket with a message that wraps to several lines at 80 columns (the wide layout's
    // conversation is about 100 columns).
    let long = |h: &Harness| {
        h.state
            .detail
            .loaded()
            .is_some_and(|t| t.conversation.iter().any(|m| m.body.chars().count() > 160))
    };
    for _ in 0..h.visible_ids().len() {
        if long(&h) {
            break;
        }
        h.keys("J").await;
    }
    assert!(long(&h), "the demo has a long message in All open");
    let narrow = h.state.detail.transcript.len();
    let narrow_width = h.state.detail.transcript_width;
    h.msg(Msg::Resize {
        width: 200,
        height: 50,
    })
    .await;
    assert!(
        h.state.detail.transcript_width > narrow_width,
        "rewrapped for the new width"
    );
    assert!(
        h.state.detail.transcript.len() < narrow,
        "wider lines, fewer of them"
    );
    let width = usize::from(h.state.detail.transcript_width);
    for line in &h.state.detail.transcript {
        let cols: usize = line.iter().map(|s| crate::text::width(&s.text)).sum();
        assert!(cols <= width + 2, "a line of {cols} columns in {width}");
    }
}

#[tokio::test]
async fn notes_and_replies_are_told_apart_in_the_transcript() {
    let mut h = Harness::new().await;
    h.keys("3 enter").await;
    // Walk the view until a conversation holds all three kinds of message.
    for _ in 0..h.visible_ids().len() {
        let t = h.state.detail.loaded().expect("loaded");
        let kinds: std::collections::HashSet<MessageKind> =
            t.conversation.iter().map(|m| m.kind).collect();
        if kinds.len() == 3 {
            let heads: Vec<&str> = h
                .state
                .detail
                .transcript
                .iter()
                .filter_map(|l| l.get(1).map(|s| s.style))
                .collect();
            for style in ["message.customer", "message.public", "message.internal"] {
                assert!(heads.contains(&style), "{style} in {heads:?}");
            }
            let note = h
                .state
                .detail
                .transcript
                .iter()
                .find(|l| l.first().is_some_and(|s| s.style == "message.internal"));
            let text: String = note
                .into_iter()
                .flatten()
                .map(|s| s.text.as_str())
                .collect();
            assert!(
                text.starts_with("░ note") && text.contains("agents only"),
                "{text}"
            );
            return;
        }
        h.keys("J").await;
    }
    panic!("no ticket in All open mixes all three kinds of message");
}

#[tokio::test]
async fn help_palette_and_messages_open_and_close() {
    let mut h = Harness::new().await;
    h.keys("?").await;
    assert!(matches!(&h.state.overlay, Some(Overlay::Panel(p)) if p.kind == PanelKind::Help));
    h.keys("j j esc").await;
    assert!(h.state.overlay.is_none());
    h.keys(":").await;
    h.type_text("stat").await;
    let Some(Overlay::Palette(p)) = &h.state.overlay else {
        panic!("palette open")
    };
    let found: Vec<Action> = p.matches.iter().map(|(a, _)| *a).collect();
    assert!(
        found.contains(&Action::SetStatus) && found.contains(&Action::Stats),
        "{found:?}"
    );
    let first = found[0];
    h.keys("enter").await;
    let opened = match first {
        Action::Stats => {
            matches!(&h.state.overlay, Some(Overlay::Panel(p)) if p.kind == PanelKind::Stats)
        }
        Action::SetStatus => matches!(&h.state.overlay, Some(Overlay::Menu(_))),
        _ => false,
    };
    assert!(opened, "the palette ran {first}");
}

/// `?` opens at the keys of where the agent is; `/` searches help as it is typed (enter
/// keeps the search, esc drops it, a second esc closes help); long lines wrap at 80
/// columns in help and in `:messages`.
#[tokio::test]
async fn help_opens_where_you_are_searches_and_wraps() {
    let mut h = Harness::sized(80, 24).await;
    h.keys("enter ?").await;
    let top = h.screen();
    assert!(top.contains("detail — an open ticket"), "{top}");
    assert!(!top.contains("queue — the ticket list"), "{top}");
    h.keys("/").await;
    h.type_text("merge").await;
    let found = h.screen();
    assert!(found.contains("Keys · /merge"), "{found}");
    assert!(found.contains("merge_ticket"), "{found}");
    assert!(
        !found.contains("reply_with_canned"),
        "only what matches: {found}"
    );
    h.keys("enter j").await;
    let Some(Overlay::Panel(p)) = &h.state.overlay else {
        panic!("help stays open");
    };
    assert_eq!(p.query(), "merge", "enter keeps the search");
    h.keys("esc").await;
    assert!(matches!(&h.state.overlay, Some(Overlay::Panel(p)) if p.search.is_none()));
    h.keys("esc").await;
    assert!(h.state.overlay.is_none());

    // Every help line fits the 80-column panel: none is cut at its edge.
    h.keys("?").await;
    let lines = crate::app::panel::lines(
        &h.state,
        &crate::app::state::overlay::Panel::new(PanelKind::Help),
    );
    let cols = crate::app::layout::panel_width(&h.state);
    for line in &lines {
        let text: String = line.iter().map(|s| s.text.as_str()).collect();
        assert!(crate::text::width(&text) <= cols + 1, "{text}");
    }
    h.keys("esc").await;
    h.state.status.push(
        crate::app::state::Level::Warning,
        "A long notice about a reply that could not be delivered, which goes on well past the eightieth column and must still be read whole",
    );
    h.keys(":").await;
    h.type_text("messages").await;
    h.keys("enter").await;
    let screen = h.screen();
    assert!(screen.contains("must still be read whole"), "{screen}");
}

#[tokio::test]
async fn y_copies_the_ticket_link_through_the_host() {
    let mut h = Harness::new().await;
    h.keys("enter y").await;
    let id = h.state.detail.id.expect("open");
    assert!(
        matches!(h.host_effects.last(), Some(crate::app::effect::Effect::Copy(url)) if url.ends_with(&format!("/tickets/{id}")))
    );
}

#[tokio::test]
async fn the_next_ticket_is_fetched_ahead_and_shows_at_once() {
    let mut h = Harness::new().await;
    h.keys("enter").await;
    let next = h.visible_ids()[1];
    assert!(
        h.state.prefetch.get(next).is_some(),
        "the neighbour was fetched when the ticket opened"
    );
    let fx = update(&mut h.state, Msg::Key("J".parse().expect("key")));
    assert_eq!(
        h.state.detail.loaded().map(|t| t.summary.id),
        Some(next),
        "shown before any answer"
    );
    assert!(
        fx.iter()
            .any(|e| matches!(e, crate::app::effect::Effect::LoadTicket { id, .. } if *id == next)),
        "and fetched again all the same"
    );
}
