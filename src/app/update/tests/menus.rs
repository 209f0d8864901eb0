use super::*;
use crate::app::state::overlay::Overlay;
use crate::backend::Priority;

async fn reread(h: &Harness, id: TicketId) -> TicketSummary {
    h.desk.ticket(id).await.expect("ticket").summary
}

#[tokio::test]
async fn s_opens_the_status_menu_on_the_current_status_and_enter_applies() {
    let mut h = Harness::new().await;
    let t = h.selected().clone();
    h.keys("s").await;
    let Some(Overlay::Menu(menu)) = &h.state.overlay else {
        panic!("menu open")
    };
    assert_eq!(
        menu.items[menu.selected].0, t.status.name,
        "starts on the current status"
    );
    let names: Vec<&str> = menu.items.iter().map(|(l, _)| l.as_str()).collect();
    let target = names
        .iter()
        .position(|n| *n == "hold")
        .expect("hold offered");
    let moves = target as isize - menu.selected as isize;
    let key = if moves > 0 { "j " } else { "k " };
    h.keys(&key.repeat(moves.unsigned_abs())).await;
    h.keys("enter").await;
    assert!(h.state.overlay.is_none());
    assert_eq!(reread(&h, t.id).await.status.name, "hold");
    assert!(h.notice().contains("status → hold"), "{}", h.notice());
    let row = h.state.queue.find(t.id).expect("still in Mine");
    assert_eq!(row.status.name, "hold", "the queue shows the change");
}

#[tokio::test]
async fn escape_leaves_a_menu_without_changing_anything() {
    let mut h = Harness::new().await;
    let t = h.selected().clone();
    h.keys("p j j esc").await;
    assert!(h.state.overlay.is_none());
    assert_eq!(reread(&h, t.id).await.priority, t.priority);
}

#[tokio::test]
async fn p_sets_the_priority_and_the_queue_resorts() {
    let mut h = Harness::new().await;
    h.keys("G").await;
    let t = h.selected().clone();
    assert_ne!(t.priority, Priority::Urgent, "the last row is not urgent");
    h.keys("p g").await;
    // The menu lists urgent first; k from anywhere reaches it.
    h.keys("k k k k enter").await;
    assert_eq!(reread(&h, t.id).await.priority, Priority::Urgent);
    let pos = h
        .visible_ids()
        .iter()
        .position(|id| *id == t.id)
        .expect("still listed");
    assert!(pos < h.visible_ids().len() - 1, "the ticket moved up");
}

#[tokio::test]
async fn a_assigns_to_me_and_shift_a_assigns_to_someone_else() {
    let mut h = Harness::new().await;
    h.keys("2").await;
    let t = h.selected().clone();
    assert!(t.assignee.is_none());
    h.keys("a").await;
    assert_eq!(
        reread(&h, t.id).await.assignee.map(|a| a.name),
        Some("Sam Rivera".into())
    );
    assert!(!h.visible_ids().contains(&t.id), "it left Unassigned");

    h.keys("1").await;
    let pos = h
        .visible_ids()
        .iter()
        .position(|id| *id == t.id)
        .expect("now in Mine");
    h.keys(&format!("{}enter A", "j ".repeat(pos))).await;
    let Some(Overlay::Menu(menu)) = &h.state.overlay else {
        panic!("menu")
    };
    assert_eq!(menu.items[menu.selected].0, "Sam Rivera (you)");
    h.keys("j enter").await;
    assert_eq!(
        reread(&h, t.id).await.assignee.map(|a| a.name),
        Some("Bob Lindqvist".into())
    );
}

#[tokio::test]
async fn t_edits_the_tags_as_words() {
    let mut h = Harness::new().await;
    h.keys("enter").await;
    let t = h
        .state
        .detail
        .loaded()
        .map(|t| t.summary.clone())
        .expect("loaded");
    h.keys("t").await;
    let Some(Overlay::Prompt(p)) = &h.state.overlay else {
        panic!("prompt")
    };
    assert_eq!(p.input.text().trim(), t.tags.join(" "));
    h.type_text("vip").await;
    h.keys("enter").await;
    let after = reread(&h, t.id).await.tags;
    assert!(after.contains(&"vip".to_string()));
    h.keys("t ctrl-w enter").await;
    let removed = reread(&h, t.id).await.tags;
    assert!(!removed.contains(&"vip".to_string()), "{removed:?}");
    assert_eq!(removed.len(), after.len() - 1);
}
