use super::*;
use crate::app::msg::Loaded;
use crate::app::state::Focus;
use crate::backend::{Page, Priority};

#[tokio::test]
async fn every_view_loads_with_its_count() {
    let h = Harness::new().await;
    let names: Vec<&str> = h
        .state
        .queue
        .views
        .iter()
        .map(|v| v.view.name.as_str())
        .collect();
    assert_eq!(names, ["Mine", "Unassigned", "All open", "Quick wins"]);
    for view in &h.state.queue.views {
        assert!(
            view.loaded && view.error.is_none(),
            "{} loaded",
            view.view.name
        );
        assert!(view.count() > 0, "{} has tickets", view.view.name);
    }
    let all = &h.state.queue.views[2];
    assert!(all.count() > 100, "All open spans more than one page");
    let quick = &h.state.queue.views[3];
    let triage = &h.state.session.triage;
    assert!(quick.tickets.iter().all(|t| triage.is_quick(t)));
    assert!(
        quick.tickets.len() < all.tickets.len() && !quick.tickets.is_empty(),
        "quick wins are some of All open: {} of {}",
        quick.tickets.len(),
        all.tickets.len()
    );
}

#[tokio::test]
async fn the_queue_is_urgent_first_then_soonest_target_then_longest_wait() {
    let h = Harness::new().await;
    let view = h.state.queue.current().expect("view");
    let rows: Vec<&TicketSummary> = view.visible.iter().map(|&i| &view.tickets[i]).collect();
    assert_eq!(rows[0].priority, Priority::Urgent);
    for pair in rows.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        assert!(a.priority >= b.priority, "#{} before #{}", a.id, b.id);
        if a.priority == b.priority {
            if let (Some(x), Some(y)) = (a.due_at, b.due_at) {
                assert!(x <= y, "#{} is due before #{}", a.id, b.id);
            }
            assert!(
                !(a.due_at.is_none() && b.due_at.is_some()),
                "a ticket with a target comes first"
            );
        }
    }
}

#[tokio::test]
async fn moving_clamps_at_both_ends_and_pages_by_the_screen() {
    let mut h = Harness::new().await;
    let first = h.selected().id;
    h.keys("k k").await;
    assert_eq!(h.selected().id, first, "k at the top stays");
    h.keys("j j").await;
    assert_eq!(h.state.queue.current().map(|v| v.selected), Some(2));
    h.keys("G").await;
    let last = h.visible_ids().len() - 1;
    assert_eq!(h.state.queue.current().map(|v| v.selected), Some(last));
    h.keys("j").await;
    assert_eq!(
        h.state.queue.current().map(|v| v.selected),
        Some(last),
        "j at the bottom stays"
    );
    h.keys("g ctrl-d").await;
    let page = crate::app::layout::queue_rows(&h.state);
    assert_eq!(h.state.queue.current().map(|v| v.selected), Some(page));
    assert!(
        h.state.queue.current().is_some_and(|v| v.scroll > 0),
        "the page scrolled"
    );
    h.keys("pageup").await;
    assert_eq!(
        h.state.queue.current().map(|v| (v.selected, v.scroll)),
        Some((0, 0))
    );
}

#[tokio::test]
async fn paging_to_the_end_loads_the_next_page() {
    let mut h = Harness::new().await;
    h.keys("3").await;
    let loaded_before = h.state.queue.current().map(|v| v.tickets.len());
    assert_eq!(loaded_before, Some(100));
    h.keys("G G G").await;
    let view = h.state.queue.current().expect("view");
    assert_eq!(Some(view.tickets.len()), view.total, "every page loaded");
    assert!(view.next_page.is_none());
}

#[tokio::test]
async fn views_switch_with_tab_shift_tab_and_numbers() {
    let mut h = Harness::new().await;
    h.keys("tab").await;
    assert_eq!(h.state.queue.active, 1);
    h.keys("shift-tab shift-tab").await;
    assert_eq!(h.state.queue.active, 3, "wraps around");
    h.keys("1").await;
    assert_eq!(h.state.queue.active, 0);
    h.keys("9").await;
    assert_eq!(h.state.queue.active, 0);
    assert_eq!(h.notice(), "There is no view 9");
}

#[tokio::test]
async fn the_filter_narrows_by_subject_requester_id_and_tag() {
    let mut h = Harness::new().await;
    h.keys("3 /").await;
    assert_eq!(h.state.context(), crate::keymap::Context::Filter);
    h.type_text("refnd").await;
    let ids = h.visible_ids();
    assert!(!ids.is_empty());
    let view = h.state.queue.current().expect("view");
    assert!(
        ids.len() * 2 < view.tickets.len(),
        "{} of {} left",
        ids.len(),
        view.tickets.len()
    );
    assert!(
        view.visible
            .iter()
            .any(|&i| view.tickets[i].subject.contains("Refund"))
    );
    // Typed keys went to the filter, not to the queue's bindings (r would reply).
    assert_eq!(h.state.focus, Focus::Queue);
    h.keys("enter").await;
    assert!(
        !h.state.queue.filtering && h.state.queue.filter.text() == "refnd",
        "enter keeps the filter"
    );
    h.keys("/ ctrl-u esc").await;
    assert_eq!(h.state.queue.filter.text(), "", "esc clears it");

    let some = h
        .state
        .queue
        .current()
        .and_then(|v| v.tickets.get(5))
        .cloned()
        .expect("a ticket");
    for query in [some.id.to_string(), some.requester.email.clone()] {
        h.keys("/").await;
        h.type_text(&query).await;
        assert!(
            h.visible_ids().contains(&some.id),
            "{query} finds #{}",
            some.id
        );
        h.keys("esc").await;
    }
    h.keys("/").await;
    h.type_text("gdpr").await;
    let view = h.state.queue.current().expect("view");
    assert!(
        view.visible
            .iter()
            .any(|&i| view.tickets[i].tags.contains(&"gdpr".to_string()))
    );
}

#[tokio::test]
async fn a_filter_matching_nothing_leaves_an_empty_list_and_a_safe_selection() {
    let mut h = Harness::new().await;
    h.keys("/").await;
    h.type_text("zzzzqqq").await;
    assert!(h.visible_ids().is_empty());
    h.keys("down enter").await;
    assert!(h.state.queue.selected().is_none());
    assert_eq!(
        h.state.focus,
        Focus::Queue,
        "enter on nothing opens nothing"
    );
}

#[tokio::test]
async fn a_stale_page_is_dropped_and_the_selection_follows_its_ticket() {
    let mut h = Harness::new().await;
    h.keys("j j j").await;
    let chosen = h.selected().id;
    // A refresh is under way; an answer to an older request arrives meanwhile.
    let fx = update(&mut h.state, Msg::Key("ctrl-r".parse().expect("key")));
    let stale = Page {
        tickets: Vec::new(),
        total: Some(0),
        next: None,
    };
    update(
        &mut h.state,
        Msg::Loaded(Loaded::View {
            req: crate::app::state::RequestId(2),
            view: 0,
            first_page: true,
            result: Ok(stale),
        }),
    );
    assert!(
        h.state.queue.views[0].count() > 0,
        "the stale empty page was ignored"
    );
    h.settle(fx).await;
    assert_eq!(
        h.selected().id,
        chosen,
        "the refreshed list keeps the same ticket selected"
    );
}

#[tokio::test]
async fn tickets_new_since_the_last_refresh_are_marked() {
    let mut h = Harness::new().await;
    assert!(
        h.state.queue.views[0].fresh.is_empty(),
        "nothing is new on the first load"
    );
    let fx = update(&mut h.state, Msg::Key("ctrl-r".parse().expect("key")));
    let req = fx
        .iter()
        .find_map(|e| match e {
            crate::app::effect::Effect::LoadView { req, view: 0, .. } => Some(*req),
            _ => None,
        })
        .expect("Mine reloads");
    let mut tickets = h.state.queue.views[0].tickets.to_vec();
    let mut arrived = tickets[0].clone();
    arrived.id = TicketId(9999);
    tickets.push(arrived);
    let page = Page {
        total: Some(tickets.len()),
        tickets,
        next: None,
    };
    h.msg(Msg::Loaded(Loaded::View {
        req,
        view: 0,
        first_page: true,
        result: Ok(page),
    }))
    .await;
    let view = &h.state.queue.views[0];
    assert_eq!(
        view.fresh.iter().copied().collect::<Vec<_>>(),
        [TicketId(9999)]
    );
}

#[tokio::test]
async fn the_views_start_from_the_cache_and_live_data_replaces_it() {
    let earlier = Harness::new().await;
    let saved_at = crate::testkit::fixed_now() - jiff::SignedDuration::from_mins(30);
    let mut cache = earlier.state.queue.to_cache(saved_at);
    assert!(
        cache
            .views
            .iter()
            .all(|v| v.tickets.len() <= crate::app::state::records::CACHED_ROWS)
    );
    // Since then one ticket arrived (not in the cache) and one was renamed.
    let arrived = cache.views[0].tickets.remove(0).id;
    cache.views[0].tickets[0].subject = "An old subject".into();
    let live_subject = earlier.state.queue.views[0].tickets[1].subject.clone();

    let views = earlier.desk.default_views();
    let from_cache = crate::app::state::QueueState::from_cache(
        views,
        Some(cache.clone()),
        &crate::triage::Triage::default().order(crate::testkit::fixed_now()),
        &[],
    );
    assert_eq!(from_cache.views[0].tickets[0].subject, "An old subject");

    assert!(
        from_cache.views.iter().all(|v| v.loaded),
        "painted before any answer"
    );

    let h = Harness::with(80, 24, |setup| setup.cache = Some(cache)).await;
    let view = &h.state.queue.views[0];
    assert!(view.tickets.iter().any(|t| t.subject == live_subject));
    assert!(!view.tickets.iter().any(|t| t.subject == "An old subject"));
    assert!(
        view.fresh.contains(&arrived),
        "new since last time is marked"
    );
    assert_eq!(h.state.session.cached_at, None);
    assert!(
        h.stored
            .iter()
            .any(|e| matches!(e, crate::app::effect::Effect::SaveCache(c) if c.saved_at == crate::testkit::fixed_now())),
        "the live views are cached for next time"
    );
}

#[tokio::test]
async fn long_conversations_are_flagged_past_the_configured_threshold() {
    // The reply counts flagged on screen (`8!`).
    let flagged = |h: &Harness| -> Vec<u32> {
        h.screen()
            .lines()
            .filter_map(|l| {
                let cell = l.trim_end_matches('│').trim_end().strip_suffix('!')?;
                cell.rsplit(' ').next()?.parse().ok()
            })
            .collect()
    };
    let h = Harness::new().await;
    let by_default = flagged(&h);
    assert!(!by_default.is_empty(), "{}", h.screen());
    assert!(by_default.iter().all(|&n| n > 6), "{by_default:?}");
    let mut h = Harness::with(80, 24, |setup| setup.long_thread = 2).await;
    let strict = flagged(&h);
    assert!(strict.len() > by_default.len(), "{strict:?}");
    assert!(
        strict.iter().all(|&n| n > 2) && strict.contains(&3),
        "{strict:?}"
    );

    let id = h.state.queue.current().and_then(|v| {
        v.visible
            .iter()
            .map(|&i| &v.tickets[i])
            .find(|t| t.replies == Some(3))
            .map(|t| t.id)
    });
    let id = id.expect("a conversation of three replies");
    while h.selected().id != id {
        h.keys("j").await;
    }
    h.keys("enter").await;
    assert!(
        h.screen().contains("3 replies: worth a second look"),
        "the detail says so too: {}",
        h.screen()
    );
}
