//! Targets on screen: the queue's Target column and the ticket's header, from the help desk's
//! own due dates or the profile's configured targets.

use jiff::SignedDuration;

use super::*;
use crate::backend::StatusKind;

/// A harness whose profile sets a one-day resolution target for every priority.
async fn with_resolution_targets() -> Harness {
    Harness::with(160, 48, |setup| {
        let day = Some(SignedDuration::from_hours(24));
        let r = &mut setup.triage.resolution;
        (r.low, r.normal, r.high, r.urgent) = (day, day, day, day);
    })
    .await
}

#[tokio::test]
async fn a_configured_target_stays_when_the_ticket_is_opened() {
    let mut h = with_resolution_targets().await;
    // The demo desk gives targets only to tickets whose customer waits; a pending one gets
    // the configured resolution target.
    let pos = h
        .state
        .queue
        .current()
        .expect("a view")
        .visible
        .iter()
        .position(|&i| {
            let t = &h.state.queue.current().expect("a view").tickets[i];
            t.status.kind == StatusKind::Pending
        })
        .expect("a pending ticket");
    h.keys(&"j ".repeat(pos)).await;
    let t = h.selected().clone();
    assert_eq!(
        t.due_at,
        Some(t.created_at + SignedDuration::from_hours(24))
    );
    h.keys("enter").await;
    let opened = h.state.detail.loaded().expect("opened").summary.clone();
    assert_eq!(opened.due_at, t.due_at, "the ticket read keeps the target");
    assert_eq!(
        h.state.queue.find(t.id).and_then(|r| r.due_at),
        t.due_at,
        "and so does its row"
    );
    assert!(h.screen().contains("target "), "{}", h.screen());
}

#[tokio::test]
async fn the_target_column_says_time_left_or_overdue() {
    let h = Harness::sized(100, 30).await;
    let screen = h.screen();
    assert!(screen.contains("Target"), "{screen}");
    let now = h.state.session.now;
    let view = h.state.queue.current().expect("a view");
    let t = view
        .visible
        .iter()
        .map(|&i| &view.tickets[i])
        .find(|t| t.due_at.is_some_and(|d| d < now))
        .expect("an overdue ticket");
    let row = screen
        .lines()
        .find(|l| l.contains(&t.id.to_string()))
        .expect("its row");
    let over = crate::text::time::until(now, t.due_at.expect("due"));
    assert!(over.ends_with(" over") && row.contains(&over), "{row}");
}

#[tokio::test]
async fn a_view_without_targets_gives_the_room_to_the_subject() {
    let mut h = Harness::sized(100, 30).await;
    for view in &mut h.state.queue.views {
        let tickets: Vec<TicketSummary> = view
            .tickets
            .iter()
            .cloned()
            .map(|mut t| {
                t.due_at = None;
                t
            })
            .collect();
        let order = h.state.session.triage.order(h.state.session.now);
        let _ = view.receive(tickets, true, "", &order, &[]);
    }
    let screen = h.screen();
    assert!(!screen.contains("Target"), "{screen}");
}
