//! Filtering a large view happens off the UI task: keys keep coming, and only the newest
//! query's answer is shown.

use super::*;
use crate::app::effect::Effect;
use crate::app::msg::Loaded;
use crate::app::state::queue::{FILTER_INLINE, languages_of};
use crate::keymap::KeyChord;

/// The team's languages: the six.
fn team() -> Vec<String> {
    crate::text::language::DEFAULT
        .iter()
        .map(|c| c.to_string())
        .collect()
}

/// The filter's rows for `tickets`, their languages found as the queue finds them.
fn filtered(tickets: &[TicketSummary], filter: &str) -> Vec<usize> {
    let languages = languages_of(tickets, &team());
    crate::app::state::queue::filtered(tickets, &languages, filter)
}

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
    assert!(!h.state.queue.views[0].receive(
        rows.clone(),
        true,
        "",
        &crate::triage::Triage::default().order(crate::testkit::fixed_now()),
        &team()
    ));
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

/// A view of `n` made-up tickets (copies of the demo's, renumbered from `first`).
fn many(h: &Harness, n: usize, first: u64) -> Vec<TicketSummary> {
    let base = h.state.queue.views[2].tickets.to_vec();
    (0..n)
        .map(|i| {
            let mut row = base[i % base.len()].clone();
            row.id = TicketId(first + i as u64);
            row
        })
        .collect()
}

/// A harness whose first view holds more tickets than are filtered on the UI task.
async fn large_first_view() -> Harness {
    let mut h = Harness::new().await;
    let rows = many(&h, FILTER_INLINE + 1_000, 100_000);
    let triage = crate::triage::Triage::default();
    let order = triage.order(crate::testkit::fixed_now());
    assert!(!h.state.queue.views[0].receive(rows, true, "", &order, &team()));
    h
}

/// Hands the view at `index` a later page, as if the help desk answered it.
async fn next_page(h: &mut Harness, index: usize, tickets: Vec<TicketSummary>) -> Vec<Effect> {
    let req = h.state.requests.issue();
    h.state.queue.views[index].pending = Some(req);
    let page = crate::backend::Page {
        tickets,
        total: None,
        next: None,
    };
    update(
        &mut h.state,
        Msg::Loaded(Loaded::View {
            req,
            view: index,
            first_page: false,
            result: Ok(page),
        }),
    )
}

#[tokio::test]
async fn a_page_for_a_large_filtered_view_is_filtered_alone_on_arrival() {
    let mut h = large_first_view().await;
    h.keys("/ v a").await;
    let fx = filters(&update(&mut h.state, Msg::Key(KeyChord::char('l'))));
    let sorted = h.state.queue.views[0].tickets.clone();
    h.msg(Msg::Loaded(Loaded::Filtered {
        req: fx[0].0,
        view: 0,
        visible: filtered(&sorted, "val"),
    }))
    .await;
    let before = h.state.queue.views[0].visible.len();

    let page = many(&h, 100, 900_000);
    let passing = filtered(&page, "val").len();
    assert!(passing > 0 && passing < page.len());
    let fx = next_page(&mut h, 0, page).await;
    assert!(filters(&fx).is_empty(), "no filtering of the whole view");
    let view = &h.state.queue.views[0];
    assert_eq!(view.visible.len(), before + passing);
    assert_eq!(
        view.visible,
        filtered(&view.tickets, "val"),
        "the same rows, in the same order, as filtering everything"
    );
}

#[tokio::test]
async fn a_page_arriving_while_a_filter_runs_asks_for_it_again() {
    let mut h = large_first_view().await;
    h.keys("/").await;
    let asked = filters(&update(&mut h.state, Msg::Key(KeyChord::char('v'))));
    let page = many(&h, 100, 900_000);
    let fx = next_page(&mut h, 0, page).await;
    let again = filters(&fx);
    assert_eq!(
        again.len(),
        1,
        "the answer on its way counts rows that moved"
    );
    assert_eq!(again[0].1, "v");
    let sorted = h.state.queue.views[0].tickets.clone();
    h.msg(Msg::Loaded(Loaded::Filtered {
        req: asked[0].0,
        view: 0,
        visible: vec![0, 1, 2],
    }))
    .await;
    assert_ne!(
        h.state.queue.views[0].visible,
        vec![0, 1, 2],
        "the stale answer is dropped"
    );
    h.msg(Msg::Loaded(Loaded::Filtered {
        req: again[0].0,
        view: 0,
        visible: filtered(&sorted, "v"),
    }))
    .await;
    assert_eq!(h.state.queue.views[0].visible, filtered(&sorted, "v"));
}

#[test]
fn the_filter_puts_the_best_match_first_then_keeps_triage_order() {
    use crate::testkit::pure::row;
    // In triage order: the number inside another number first, then the ticket itself.
    let tickets = vec![
        row(1, "Order 142089 never arrived"),
        row(4208, "Printer jam"),
        row(7, "Order 242081 never arrived"),
        row(9, "Login fails"),
    ];
    let shown: Vec<u64> = filtered(&tickets, "4208")
        .into_iter()
        .map(|i| tickets[i].id.0)
        .collect();
    assert_eq!(
        shown,
        [4208, 1, 7],
        "the ticket itself first, then the rest in triage order"
    );
    assert_eq!(
        filtered(&tickets, "").len(),
        4,
        "no filter, every row in order"
    );
}

/// `lang:fi` keeps the Finnish customers' tickets: the desk's language for them where it
/// keeps one, else their subject's; the rest of the query filters among them.
#[test]
fn lang_keeps_one_language_s_tickets() {
    let mut finnish = TicketSummary::new(TicketId(1));
    finnish.subject = "En pääse kirjautumaan sisään".into();
    let mut kept = TicketSummary::new(TicketId(2));
    kept.subject = "Login".into();
    kept.requester.language = Some("fi-FI".into());
    let mut russian = TicketSummary::new(TicketId(3));
    russian.subject = "Не могу войти в личный кабинет".into();
    let mut english = TicketSummary::new(TicketId(4));
    english.subject = "I cannot log in to my account".into();
    let rows = [finnish, kept, russian, english];
    assert_eq!(filtered(&rows, "lang:fi"), [0, 1]);
    assert_eq!(filtered(&rows, "lang:ru"), [2]);
    assert_eq!(filtered(&rows, "lang:fi kirjau"), [0]);
    assert_eq!(filtered(&rows, "lang:et"), Vec::<usize>::new());
}
