//! Polling against the demo desk: arrivals are marked, counted on the tabs, announced, and an
//! urgent one rings the bell; a refusing desk is asked less often.

use super::*;
use crate::app::effect::Effect;
use crate::app::state::News;
use crate::backend::{Error, Priority};

fn rang(h: &Harness) -> bool {
    h.host_effects.iter().any(|e| matches!(e, Effect::Bell))
}

#[tokio::test]
async fn a_new_urgent_ticket_is_marked_counted_announced_and_rings() {
    let mut h = Harness::sized(160, 48).await;
    assert_eq!(h.polls.len(), 1, "the first poll is set at start");
    let id = h
        .desk
        .arrive(
            "Checkout is down for everyone",
            Priority::Urgent,
            "Nobody can pay!",
        )
        .await;
    h.fire_poll().await;

    assert_eq!(h.state.watch.news.get(&id), Some(&News::Ticket));
    let all = &h.state.queue.views[2];
    assert!(
        all.tickets.iter().any(|t| t.id == id),
        "the views were reloaded"
    );
    assert_eq!(
        all.selected_ticket().map(|t| t.id),
        h.state.queue.views[2].selected_ticket().map(|t| t.id)
    );
    assert!(
        h.notice().contains(&format!("urgent · New ticket #{id}")),
        "{}",
        h.notice()
    );
    assert!(rang(&h), "urgent news rings the bell");
    let screen = h.screen();
    assert!(screen.contains("All open 128 •1"), "{screen}");
    assert!(screen.contains("Unassigned 37 •1"), "{screen}");
    assert_eq!(h.polls.len(), 1, "the next poll is set");

    // Opening it: no longer news.
    h.keys("3").await;
    let row = h.state.queue.views[2]
        .visible
        .iter()
        .position(|&i| h.state.queue.views[2].tickets[i].id == id)
        .expect("visible");
    let view = &h.state.queue.views[2];
    let above: Vec<Priority> = view.visible[..row]
        .iter()
        .map(|&i| view.tickets[i].priority)
        .collect();
    assert!(
        above.iter().all(|p| *p == Priority::Urgent),
        "only urgent tickets (past their targets) come before it: {above:?}"
    );
    for _ in 0..row {
        h.keys("j").await;
    }
    h.keys("enter").await;
    assert_eq!(h.state.detail.id, Some(id));
    assert!(h.state.watch.news.is_empty());
    assert!(!h.screen().contains("•1"));
}

#[tokio::test]
async fn a_customer_reply_is_news_and_an_agents_change_is_not() {
    let mut h = Harness::new().await;
    let answered: Vec<TicketId> = h.state.queue.views[2]
        .tickets
        .iter()
        .filter(|t| t.waiting_since.is_none() && t.priority != Priority::Urgent)
        .map(|t| t.id)
        .take(2)
        .collect();
    let (wrote, changed) = (answered[0], answered[1]);
    h.desk
        .customer_writes(wrote, "Any news on this?")
        .await
        .expect("writes");
    let change = crate::backend::Changes {
        priority: Some(Priority::High),
        ..Default::default()
    };
    h.desk.update(changed, change, None).await.expect("update");
    h.fire_poll().await;

    assert_eq!(h.state.watch.news.get(&wrote), Some(&News::Reply));
    assert_eq!(h.state.watch.news.get(&changed), None);
    let shown = h.state.queue.find(changed).expect("still shown");
    assert_eq!(
        shown.priority,
        Priority::High,
        "brought up to date in place"
    );
    assert!(
        h.notice().contains(&format!("New reply on #{wrote}")),
        "{}",
        h.notice()
    );
    assert!(!rang(&h), "not urgent: no bell");
}

#[tokio::test]
async fn the_open_ticket_shows_a_new_message_and_is_not_marked() {
    let mut h = Harness::new().await;
    h.keys("enter").await;
    let id = h.state.detail.id.expect("open");
    let before = h.state.detail.loaded().expect("loaded").conversation.len();
    h.desk
        .customer_writes(id, "One more thing")
        .await
        .expect("writes");
    h.fire_poll().await;
    let after = &h.state.detail.loaded().expect("loaded").conversation;
    assert_eq!(after.len(), before + 1, "fetched again");
    assert_eq!(
        after.last().map(|m| m.body.as_str()),
        Some("One more thing")
    );
    assert!(!h.state.watch.news.contains_key(&id), "its reader saw it");
}

#[tokio::test]
async fn the_bell_can_be_turned_off() {
    let mut h = Harness::new().await;
    h.state.watch.bell = false;
    h.desk.arrive("Down", Priority::Urgent, "Help").await;
    h.fire_poll().await;
    assert!(h.notice().contains("urgent"));
    assert!(!rang(&h));
}

#[tokio::test]
async fn a_refusing_desk_is_asked_less_often_then_as_usual_again() {
    let mut h = Harness::new().await;
    let every = h.state.watch.every.expect("polling");
    h.faults.polls([
        Error::RateLimited { retry_after: None },
        Error::Network("refused".into()),
    ]);
    h.fire_poll().await;
    assert_eq!(h.state.watch.delay(), Some(every * 2));
    h.fire_poll().await;
    assert_eq!(h.state.watch.delay(), Some(every * 4));
    let id = h.desk.arrive("Hello", Priority::Normal, "A question").await;
    h.fire_poll().await;
    assert_eq!(h.state.watch.delay(), Some(every));
    assert!(
        h.state.watch.news.contains_key(&id),
        "what arrived while the desk refused is still found"
    );
}

#[tokio::test]
async fn views_that_failed_load_again_once_the_desk_answers_a_poll() {
    let mut h = Harness::new().await;
    h.state.queue.views[1].error = Some("cannot reach the help desk".into());
    h.fire_poll().await;
    assert!(
        h.state
            .queue
            .views
            .iter()
            .all(|v| v.error.is_none() && v.loaded),
        "no ctrl-r needed after the desk comes back"
    );
}

#[test]
fn the_wait_doubles_to_at_most_ten_minutes() {
    let mut watch = crate::app::state::Watch {
        every: Some(std::time::Duration::from_secs(60)),
        ..Default::default()
    };
    watch.failures = 20;
    assert_eq!(watch.delay(), Some(std::time::Duration::from_secs(600)));
    watch.every = None;
    assert_eq!(watch.delay(), None, "polling off");
}

#[test]
fn polling_keeps_within_its_share_of_the_desks_limit() {
    use crate::app::state::watch::PollCost;
    use std::time::Duration;
    let mut watch = crate::app::state::Watch {
        every: Some(Duration::from_secs(10)),
        share: 0.05,
        ..Default::default()
    };
    assert_eq!(
        watch.delay(),
        Some(Duration::from_secs(10)),
        "no limit known"
    );
    // 200 a minute, 5% for polling: 10 polls a minute of one request each.
    watch.cost = PollCost {
        requests: 1,
        limit: Some(200),
    };
    assert_eq!(watch.delay(), Some(Duration::from_secs(10)));
    // Freshdesk's smallest plan lists 20 a minute: one poll a minute at most.
    watch.cost.limit = Some(20);
    assert_eq!(watch.delay(), Some(Duration::from_secs(60)));
    assert_eq!(watch.per_minute(), Some(1.0));
    // A poll that took three pages: three times as far apart.
    watch.cost.requests = 3;
    assert_eq!(watch.delay(), Some(Duration::from_secs(180)));
}

#[tokio::test]
async fn messages_say_what_polling_costs() {
    let mut h = Harness::sized(120, 30).await;
    h.fire_poll().await;
    h.state.watch.cost.limit = Some(200);
    h.keys(":").await;
    h.type_text("messages").await;
    h.keys("enter").await;
    let screen = h.screen();
    assert!(
        screen.contains("Polling every 60 seconds: 1 request a poll, 1.0 a minute; the desk"),
        "{screen}"
    );
    assert!(screen.contains("allows 200 a minute"), "{screen}");
}
