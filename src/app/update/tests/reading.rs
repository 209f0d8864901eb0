//! Reading a long conversation: where a ticket opens, and moving by page and by message.

use super::*;
use crate::backend::MessageKind;

/// Opens the first ticket of the view whose conversation is longer than the pane.
async fn open_a_long_one(h: &mut Harness) -> bool {
    let ids = h.visible_ids();
    for (pos, id) in ids.iter().enumerate() {
        let ticket = h.desk.ticket(*id).await.expect("ticket");
        if ticket.conversation.len() < 6 {
            continue;
        }
        if let Some(view) = h.state.queue.current_mut() {
            view.selected = pos;
        }
        h.keys("enter").await;
        let (rows, _) = crate::app::layout::conversation_size(&h.state);
        if h.state.detail.transcript.len() > rows {
            return true;
        }
        h.keys("esc").await;
    }
    false
}

fn kind_at_scroll(h: &Harness) -> Option<MessageKind> {
    let scroll = h.state.detail.scroll;
    h.state
        .detail
        .starts
        .iter()
        .find(|(line, _)| *line == scroll)
        .map(|(_, kind)| *kind)
}

#[tokio::test]
async fn a_long_conversation_opens_at_the_latest_customer_message() {
    let mut h = Harness::sized(100, 24).await;
    assert!(open_a_long_one(&mut h).await, "the demo has long tickets");
    let starts = h.state.detail.starts.clone();
    let latest_customer = starts
        .iter()
        .rev()
        .find(|(_, k)| *k == MessageKind::Customer)
        .map(|(line, _)| *line)
        .expect("a customer wrote");
    let (rows, _) = crate::app::layout::conversation_size(&h.state);
    let max = h.state.detail.transcript.len() - rows;
    assert_eq!(h.state.detail.scroll, latest_customer.min(max));
    assert!(h.screen().contains("↓") || h.state.detail.scroll == max);
}

#[tokio::test]
async fn g_and_capital_g_and_brackets_move_by_message() {
    let mut h = Harness::sized(100, 24).await;
    assert!(open_a_long_one(&mut h).await);
    h.keys("g").await;
    assert_eq!(h.state.detail.scroll, 0, "g: the first message");
    h.keys("]").await;
    let second = h.state.detail.starts[1].0;
    assert_eq!(
        h.state.detail.scroll, second,
        "]: the next message's first line"
    );
    assert_eq!(kind_at_scroll(&h), Some(h.state.detail.starts[1].1));
    h.keys("[").await;
    assert_eq!(h.state.detail.scroll, 0, "[: back to the previous one");
    h.keys("G").await;
    let (rows, _) = crate::app::layout::conversation_size(&h.state);
    let last = h.state.detail.starts.last().map(|s| s.0).unwrap_or(0);
    let max = h.state.detail.transcript.len().saturating_sub(rows);
    assert_eq!(
        h.state.detail.scroll,
        last.min(max),
        "G: the latest message"
    );
}

#[tokio::test]
async fn page_keys_move_a_page_less_a_line() {
    let mut h = Harness::sized(100, 24).await;
    assert!(open_a_long_one(&mut h).await);
    h.keys("g").await;
    let (rows, _) = crate::app::layout::conversation_size(&h.state);
    let max = h.state.detail.transcript.len() - rows;
    for key in ["space", "ctrl-d", "pagedown"] {
        h.keys("g").await;
        h.keys(key).await;
        assert_eq!(h.state.detail.scroll, (rows - 1).min(max), "{key}");
    }
    for key in ["ctrl-u", "pageup"] {
        h.keys("G").await;
        let at = h.state.detail.scroll;
        h.keys(key).await;
        assert_eq!(h.state.detail.scroll, at.saturating_sub(rows - 1), "{key}");
    }
}

/// `[` right after `G` steps back one message, even where the last screen holds several:
/// each press goes to the message before the one moved to last, and the screen follows once
/// that message is above it.
#[tokio::test]
async fn brackets_after_capital_g_step_back_one_message_at_a_time() {
    let mut h = Harness::sized(80, 24).await;
    let mut found = false;
    // A ticket whose last screen holds at least three message starts.
    for _ in 0..40 {
        if !open_a_long_one(&mut h).await {
            break;
        }
        let (rows, _) = crate::app::layout::conversation_size(&h.state);
        let max = h.state.detail.transcript.len().saturating_sub(rows);
        if h.state
            .detail
            .starts
            .iter()
            .filter(|(line, _)| *line > max)
            .count()
            >= 3
        {
            found = true;
            break;
        }
        h.keys("esc j").await;
    }
    assert!(found, "the demo has a ticket ending in short messages");
    let (rows, _) = crate::app::layout::conversation_size(&h.state);
    let max = h.state.detail.transcript.len().saturating_sub(rows);
    let starts = h.state.detail.starts.clone();
    let last = starts.len() - 1;
    h.keys("G").await;
    for back in 1..=4.min(last) {
        h.keys("[").await;
        assert_eq!(h.state.detail.reading, Some(last - back), "[ #{back}");
        assert_eq!(
            h.state.detail.scroll,
            starts[last - back].0.min(max),
            "[ #{back} shows that message"
        );
    }
    h.keys("]").await;
    assert_eq!(h.state.detail.reading, Some(last - 3.min(last - 1)));
}
