//! Filtering a large view happens off the UI task: keys keep coming, and only the newest
//! query's answer is shown.

use super::*;
use crate::app::effect::Effect;
use crate::app::msg::Loaded;
use crate::app::state::queue::{FILTER_INLINE, filtered};
use crate::keymap::KeyChord;

/// The open filter query of every Filter effect in `fx`, with its request.
fn filters(fx: &[Effect]) -> Vec<(crate::app::state::RequestId, String)> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Filter { req, query, .. } => Some((*req, query.clone())),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn a_large_view_is_filtered_off_the_ui_task_and_the_newest_query_wins() {
    let mut h = Harness::new().await;
    let base = h.state.queue.views[2].tickets.to_vec();
    let n = FILTER_INLINE + 1_000;
    let rows: Vec<TicketSummary> = (0..n)
        .map(|i| {
            let mut row = base[i % base.len()].clone();
            row.id = TicketId(100_000 + i as u64);
            row
        })
        .collect();
    h.state.queue.views[0].receive(rows.clone(), true, "");
    h.keys("/").await;

    let first = filters(&update(&mut h.state, Msg::Key(KeyChord::char('v'))));
    let second = filters(&update(&mut h.state, Msg::Key(KeyChord::char('a'))));
    assert_eq!(first.len(), 1, "the first key asks for a filter");
    assert_eq!(second[0].1, "va");
    assert_eq!(
        h.state.queue.views[0].visible.len(),
        n,
        "nothing changes on screen until an answer comes"
    );

    let sorted = h.state.queue.views[0].tickets.clone();
    let newest = filtered(&sorted, "va");
    assert!(!newest.is_empty() && newest.len() < n);
    h.msg(Msg::Loaded(Loaded::Filtered {
        req: second[0].0,
        view: 0,
        visible: newest.clone(),
    }))
    .await;
    h.msg(Msg::Loaded(Loaded::Filtered {
        req: first[0].0,
        view: 0,
        visible: filtered(&sorted, "v"),
    }))
    .await;
    assert_eq!(
        h.state.queue.views[0].visible, newest,
        "the late answer to the older query is dropped"
    );
    assert!(
        h.screen().contains(&format!("{} of {n}", newest.len())),
        "{}",
        h.screen()
    );
}

#[tokio::test]
async fn a_small_view_is_filtered_at_once() {
    let mut h = Harness::new().await;
    h.keys("/").await;
    let fx = update(&mut h.state, Msg::Key(KeyChord::char('v')));
    assert!(filters(&fx).is_empty());
    assert!(h.state.queue.views[0].visible.len() < h.state.queue.views[0].tickets.len());
}
