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
    let key = if moves > 0 { "down " } else { "up " };
    h.keys(&key.repeat(moves.unsigned_abs())).await;
    h.keys("enter").await;
    assert!(h.state.overlay.is_none());
    assert_eq!(reread(&h, t.id).await.status.name, "hold");
    assert!(h.notice().contains("status → hold"), "{}", h.notice());
    let row = h.state.queue.find(t.id).expect("still in Mine");
    assert_eq!(row.status.name, "hold", "the queue shows the change");
}

#[tokio::test]
async fn typing_in_a_menu_narrows_it() {
    let mut h = Harness::new().await;
    h.keys("A").await;
    let all = match &h.state.overlay {
        Some(Overlay::Menu(menu)) => menu.items.len(),
        other => panic!("the assign menu, not {other:?}"),
    };
    h.type_text("jo").await;
    let Some(Overlay::Menu(menu)) = &h.state.overlay else {
        panic!("still open");
    };
    let left: Vec<&str> = menu
        .shown()
        .iter()
        .map(|&i| menu.items[i].0.as_str())
        .collect();
    assert!(!left.is_empty() && left.len() < all, "{left:?}");
    assert!(
        left.iter().all(|l| l.to_lowercase().contains('j')),
        "{left:?}"
    );
    assert!(
        h.screen().contains("· jo"),
        "the query shows: {}",
        h.screen()
    );
    let first = left[0].to_string();
    h.keys("enter").await;
    assert!(
        h.notice().contains(&format!("assigned to {first}")),
        "{}",
        h.notice()
    );
    h.keys("A").await;
    h.type_text("zzzz").await;
    assert!(h.screen().contains("nothing matches"), "{}", h.screen());
    h.keys("enter").await;
    assert!(
        matches!(h.state.overlay, Some(Overlay::Menu(_))),
        "nothing to choose: still open"
    );
    h.keys("backspace backspace backspace backspace esc").await;
    assert!(h.state.overlay.is_none());
}

#[tokio::test]
async fn escape_leaves_a_menu_without_changing_anything() {
    let mut h = Harness::new().await;
    let t = h.selected().clone();
    h.keys("p down down esc").await;
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
    h.keys("up up up up enter").await;
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
    h.keys("down enter").await;
    assert_eq!(
        reread(&h, t.id).await.assignee.map(|a| a.name),
        Some("Bob Lindqvist".into())
    );
}

/// A harness with the first ticket open, and that ticket.
async fn opened() -> (Harness, TicketSummary) {
    let mut h = Harness::new().await;
    h.keys("enter").await;
    let t = h.state.detail.loaded().map(|t| t.summary.clone());
    (h, t.expect("loaded"))
}

#[tokio::test]
async fn t_edits_the_tags_as_words() {
    let (mut h, t) = opened().await;
    h.keys("t").await;
    assert_eq!(prompt_text(&h).trim(), t.tags.join(" "));
    h.type_text("vip").await;
    h.keys("enter").await;
    let after = reread(&h, t.id).await.tags;
    assert!(after.contains(&"vip".to_string()));
    h.keys("t ctrl-w enter").await;
    let removed = reread(&h, t.id).await.tags;
    assert!(!removed.contains(&"vip".to_string()), "{removed:?}");
    assert_eq!(removed.len(), after.len() - 1);
}

fn prompt_text(h: &Harness) -> String {
    match &h.state.overlay {
        Some(Overlay::Prompt(p)) => p.input.text().to_string(),
        _ => panic!("the tags prompt is open"),
    }
}

#[tokio::test]
async fn tab_completes_a_tag_seen_on_another_ticket() {
    let (mut h, t) = opened().await;
    assert!(!t.tags.contains(&"shipping".to_string()));
    let elsewhere = h
        .state
        .queue
        .views
        .iter()
        .flat_map(|v| v.tickets.iter())
        .any(|o| o.id != t.id && o.tags.contains(&"shipping".to_string()));
    assert!(elsewhere, "a loaded ticket is tagged shipping");
    h.keys("t").await;
    h.type_text("SHIP").await;
    h.keys("tab").await;
    assert_eq!(
        prompt_text(&h),
        format!("{} shipping ", t.tags.join(" ")),
        "the word is completed, case aside, with room for the next"
    );
    assert!(h.screen().contains("enter: +shipping"), "{}", h.screen());
    h.keys("enter").await;
    let after = reread(&h, t.id).await.tags;
    assert!(after.contains(&"shipping".to_string()), "{after:?}");
    assert_eq!(after.len(), t.tags.len() + 1, "nothing else changed");
}

#[tokio::test]
async fn tab_again_offers_the_next_tag_and_typing_ends_the_round() {
    let mut h = Harness::new().await;
    h.keys("enter t").await;
    let start = prompt_text(&h);
    h.keys("tab").await;
    let first = prompt_text(&h);
    let one = first
        .strip_prefix(&start)
        .expect("a word added")
        .to_string();
    assert!(!one.is_empty() && !one.contains(' '), "{first:?}");
    h.keys("tab").await;
    let second = prompt_text(&h);
    let two = second.strip_prefix(&start).expect("the word replaced");
    assert!(!two.is_empty() && two != one, "{one:?} then {two:?}");
    h.keys("space").await;
    h.keys("tab").await;
    let third = prompt_text(&h);
    assert!(
        third.starts_with(&format!("{start}{two} ")),
        "the cycle ended: tab completed a new word: {third:?}"
    );
    assert!(!third.contains(&format!(" {one}{two}")), "{third:?}");
}

#[tokio::test]
async fn the_tags_prompt_says_no_change_and_nothing_is_sent() {
    let mut h = Harness::new().await;
    h.keys("enter t").await;
    assert!(h.screen().contains("enter: no change"), "{}", h.screen());
    h.type_text("x").await;
    h.keys("backspace enter").await;
    assert!(h.notice().contains("Tags unchanged"), "{}", h.notice());
}

#[tokio::test]
async fn a_large_queue_counts_its_tags_off_the_ui_task_and_the_prompt_works_meanwhile() {
    use crate::app::effect::Effect;
    use crate::app::msg::Msg;
    use crate::app::state::queue::FILTER_INLINE;
    use crate::keymap::KeyChord;

    let mut h = Harness::new().await;
    let base = h.state.queue.views[2].tickets.to_vec();
    let rows: Vec<TicketSummary> = (0..FILTER_INLINE + 10)
        .map(|i| {
            let mut row = base[i % base.len()].clone();
            row.id = TicketId(100_000 + i as u64);
            if i == FILTER_INLINE {
                row.tags = vec!["zebra-stripes".into()];
            }
            row
        })
        .collect();
    let triage = crate::triage::Triage::default();
    let order = triage.order(crate::testkit::fixed_now());
    let _ = h.state.queue.views[0].receive(rows, true, "", &order, &[]);
    while h.selected().tags.contains(&"zebra-stripes".to_string()) {
        h.keys("j").await;
    }

    let fx = update(&mut h.state, Msg::Key(KeyChord::char('t')));
    assert!(
        fx.iter().any(|e| matches!(e, Effect::CountTags { .. })),
        "counted off the UI task"
    );
    assert!(h.screen().contains("counting the tags"), "{}", h.screen());
    h.type_text("zeb").await;
    h.settle(fx).await;
    h.keys("tab").await;
    assert!(
        prompt_text(&h).ends_with(" zebra-stripes "),
        "once counted, a tag on the 5,001st ticket completes: {:?}",
        prompt_text(&h)
    );
}

#[test]
fn a_status_that_hides_the_ticket_is_asked_about_once_more() {
    use crate::app::effect::Effect;
    use crate::backend::{Status, StatusKind};
    let mut pure = crate::testkit::pure::Pure::with_rows(&[(1, "Spam about pills")]);
    pure.state
        .session
        .capabilities
        .statuses
        .push(Status::new("deleted", StatusKind::Closed));
    let update = |pure: &crate::testkit::pure::Pure| {
        pure.find(|e| match e {
            Effect::Apply { changes, .. } => changes.status.clone(),
            _ => None,
        })
    };
    pure.keys("s");
    pure.type_text("deleted");
    pure.keys("enter");
    match &pure.state.overlay {
        Some(Overlay::Menu(menu)) => {
            assert!(menu.title.contains("leaves every view"), "{}", menu.title)
        }
        other => panic!("asked again, not {other:?}"),
    }
    assert_eq!(update(&pure), None, "nothing changed yet");
    pure.keys("enter");
    assert!(pure.state.overlay.is_none());
    assert_eq!(update(&pure), None, "the answer preselected is no");
    pure.keys("s");
    pure.type_text("deleted");
    pure.keys("enter up enter");
    assert_eq!(update(&pure).as_deref(), Some("deleted"));
    // Solving is not asked about.
    pure.keys("s");
    pure.type_text("solved");
    pure.keys("enter");
    assert_eq!(update(&pure).as_deref(), Some("solved"));
}

#[tokio::test]
async fn the_palette_speaks_in_peoples_words_with_the_keys() {
    let mut h = Harness::sized(100, 30).await;
    h.keys(":").await;
    h.type_text("search").await;
    let screen = h.screen();
    assert!(screen.contains("Search the desk…"), "{screen}");
    assert!(screen.contains("ctrl-f"), "{screen}");
    h.keys("esc :").await;
    h.type_text("go to ticket").await;
    assert!(h.screen().contains("Go to ticket #…"), "{}", h.screen());
    h.keys("esc :").await;
    h.type_text("set_status").await;
    assert!(
        h.screen().contains("Set status…"),
        "the keymap's name still finds it: {}",
        h.screen()
    );
}

/// The words agents of each desk use find the action they mean, first: in English, and in
/// the interface's language.
#[tokio::test]
async fn the_palette_knows_each_desk_s_words() {
    async fn first(h: &mut Harness, typed: &str) -> crate::action::Action {
        h.keys("esc :").await;
        h.type_text(typed).await;
        let Some(crate::app::state::overlay::Overlay::Palette(p)) = &h.state.overlay else {
            panic!("the palette is open");
        };
        p.matches.first().map(|(a, _)| *a).expect("something found")
    }
    use crate::action::Action;
    let mut h = Harness::sized(100, 30).await;
    h.keys("enter").await;
    for (typed, wanted) in [
        ("close", Action::SetStatus),
        ("resolve", Action::SetStatus),
        ("solve", Action::SetStatus),
        ("comment", Action::Note),
        ("private", Action::Note),
        ("template", Action::ReplyWithCanned),
        ("macro", Action::ReplyWithCanned),
        ("duplicate", Action::MergeTicket),
        ("timesheet", Action::LogTime),
    ] {
        assert_eq!(first(&mut h, typed).await, wanted, "{typed}");
    }
    let _finnish = crate::i18n::speak_here(crate::i18n::Language::Fi);
    assert_eq!(first(&mut h, "sulje").await, Action::SetStatus);
    assert_eq!(first(&mut h, "makro").await, Action::ReplyWithCanned);
    assert_eq!(
        first(&mut h, "close").await,
        Action::SetStatus,
        "English words work in every language"
    );
}

#[test]
fn the_status_menu_takes_the_desks_own_statuses_once_they_are_listed() {
    use crate::app::msg::{Loaded, Msg};
    use crate::backend::{Error, Status, StatusKind};
    let mut pure = crate::testkit::pure::Pure::with_rows(&[(1, "Drucker")]);
    let stock = pure.state.session.capabilities.statuses.clone();
    pure.on(Msg::Loaded(Loaded::Statuses(Err(Error::Forbidden(
        "no".into(),
    )))));
    assert_eq!(
        pure.state.session.capabilities.statuses, stock,
        "a desk that will not list them keeps the stock list"
    );
    let own = vec![
        Status::new("Neu", StatusKind::New),
        Status::new("Warten auf Kunde", StatusKind::Pending),
    ];
    pure.on(Msg::Loaded(Loaded::Statuses(Ok(own.clone()))));
    assert_eq!(pure.state.session.capabilities.statuses, own);
    pure.on(Msg::Loaded(Loaded::Statuses(Ok(Vec::new()))));
    assert_eq!(
        pure.state.session.capabilities.statuses, own,
        "an empty answer changes nothing"
    );
}

/// Where the desk lists no agents (RT for an agent who may not see its groups), the assign
/// menu still offers everyone seen owning a loaded ticket.
#[test]
fn the_assign_menu_offers_owners_seen_on_loaded_tickets() {
    use crate::backend::{Agent, AgentId, Page};
    let mut pure = crate::testkit::pure::Pure::new();
    let bob = Agent {
        id: AgentId("bob".into()),
        name: "Bob Lindqvist".into(),
        email: "bob@lab.example".into(),
        signature: String::new(),
    };
    let mut owned = crate::testkit::pure::row(7, "Printer on fire");
    owned.assignee = Some(bob.clone());
    let unowned = crate::testkit::pure::row(8, "Export is slow");
    pure.answer_view(
        0,
        Ok(Page {
            tickets: vec![unowned, owned],
            total: Some(2),
            next: None,
        }),
    );
    assert!(
        pure.state.session.agents.is_empty(),
        "the desk listed nobody"
    );
    pure.keys("A");
    let labels: Vec<String> = match &pure.state.overlay {
        Some(Overlay::Menu(menu)) => menu.items.iter().map(|(l, _)| l.clone()).collect(),
        other => panic!("the assign menu, not {other:?}"),
    };
    assert!(labels.contains(&"Bob Lindqvist".to_string()), "{labels:?}");
}
