//! `ctrl-f`: the whole desk searched, the answer in a tab of its own.

use super::*;
use crate::app::state::overlay::{Overlay, PromptFor};

fn search_tab(h: &Harness) -> &crate::app::state::ViewState {
    let view = h.state.queue.current().expect("a tab");
    assert!(
        view.search,
        "the search tab is on screen, not {}",
        view.view.name
    );
    view
}

#[tokio::test]
async fn words_find_tickets_of_every_status_in_a_tab_that_esc_closes() {
    let mut h = Harness::sized(160, 48).await;
    let tabs = h.state.queue.views.len();
    h.keys("ctrl-f").await;
    h.type_text("refund").await;
    assert!(h.screen().contains("enter: text:refund"), "{}", h.screen());
    h.keys("enter").await;
    let view = search_tab(&h);
    assert_eq!(view.view.name, "Search: refund");
    assert!(!view.tickets.is_empty());
    assert!(
        view.tickets.iter().any(|t| !t.status.kind.is_active()),
        "solved and closed tickets are found too"
    );
    for t in view.tickets.iter() {
        let ticket = h.desk.ticket(t.id).await.expect("ticket");
        let said = ticket
            .conversation
            .iter()
            .any(|m| m.body.to_lowercase().contains("refund"));
        assert!(
            said || t.subject.to_lowercase().contains("refund"),
            "#{} mentions refund",
            t.id
        );
    }
    assert_eq!(h.state.queue.views.len(), tabs + 1);
    assert!(h.screen().contains("Search: refund"), "{}", h.screen());
    h.keys("esc").await;
    assert_eq!(h.state.queue.views.len(), tabs, "esc closed the tab");
    assert!(!h.state.queue.current().expect("a tab").search);
}

#[tokio::test]
async fn an_address_finds_the_requesters_tickets_and_a_new_search_replaces_the_tab() {
    let mut h = Harness::new().await;
    let email = h.selected().requester.email.clone();
    h.keys("ctrl-f").await;
    h.type_text("refund").await;
    h.keys("enter ctrl-f").await;
    h.type_text(&email).await;
    h.keys("enter").await;
    let view = search_tab(&h);
    assert!(!view.tickets.is_empty());
    assert!(view.tickets.iter().all(|t| t.requester.email == email));
    assert_eq!(
        h.state.queue.views.iter().filter(|v| v.search).count(),
        1,
        "one search tab at a time"
    );
    let solved_too = h
        .desk
        .requester_tickets(&view.tickets[0].requester)
        .await
        .expect("history")
        .len();
    assert_eq!(view.tickets.len(), solved_too, "every status included");
}

#[tokio::test]
async fn recent_searches_come_back_with_up_and_are_kept() {
    let mut h = Harness::with(80, 24, |setup| {
        setup.searches = vec!["from an earlier run".into()];
    })
    .await;
    h.keys("ctrl-f").await;
    h.type_text("refund").await;
    h.keys("enter").await;
    assert_eq!(
        h.state.session.searches,
        ["refund", "from an earlier run"],
        "newest first"
    );
    h.keys("ctrl-f up").await;
    let text = |h: &Harness| match &h.state.overlay {
        Some(Overlay::Prompt(p)) if matches!(p.purpose, PromptFor::Search { .. }) => {
            p.input.text().to_string()
        }
        other => panic!("the search prompt, not {other:?}"),
    };
    assert_eq!(text(&h), "refund");
    h.keys("up").await;
    assert_eq!(text(&h), "from an earlier run");
    h.keys("down down").await;
    assert_eq!(text(&h), "");
}

#[tokio::test]
async fn an_empty_search_keeps_asking() {
    let mut h = Harness::new().await;
    h.keys("ctrl-f enter").await;
    assert!(matches!(h.state.overlay, Some(Overlay::Prompt(_))));
    assert!(h.notice().contains("Type words"), "{}", h.notice());
}

#[tokio::test]
async fn the_filter_says_when_rows_are_not_loaded_yet() {
    let mut h = Harness::new().await;
    // All open holds 127 tickets, 100 to a page.
    h.keys("3 /").await;
    h.type_text("a").await;
    let screen = h.screen();
    assert!(
        screen.contains("of 100 loaded · ctrl-f searches the desk"),
        "{screen}"
    );
}

#[test]
fn a_search_is_kept_for_the_next_start() {
    use crate::app::effect::Effect;
    let mut pure = crate::testkit::pure::Pure::with_rows(&[(1, "Printer on fire")]);
    pure.keys("ctrl-f");
    pure.type_text("printer");
    pure.keys("enter");
    let saved = pure.find(|e| match e {
        Effect::SaveSearches(s) => Some(s.clone()),
        _ => None,
    });
    assert_eq!(saved, Some(vec!["printer".to_string()]));
    let asked = pure.find(|e| match e {
        Effect::LoadView { spec, .. } if spec.name == "Search: printer" => Some(spec.query.clone()),
        _ => None,
    });
    assert_eq!(
        asked.as_deref(),
        Some("text:printer"),
        "the search is asked of the desk"
    );
}

/// `lang:` in a search asks the desk for customers who write that language, with the words.
#[tokio::test]
async fn a_language_in_a_search_finds_its_customers_tickets() {
    let mut h = Harness::sized(160, 48).await;
    h.keys("ctrl-f").await;
    h.type_text("lang:fi").await;
    assert!(h.screen().contains("enter: lang:fi"), "{}", h.screen());
    h.keys("enter").await;
    let view = search_tab(&h);
    assert!(
        view.tickets.len() > 10,
        "the demo has many Finnish customers"
    );
    for t in view.tickets.iter() {
        let language = crate::text::language::detect(&t.subject, &crate::text::language::DEFAULT);
        assert_eq!(language, Some("fi"), "#{} {}", t.id, t.subject);
    }
}

/// Where the desk's search cannot see a language, the prompt says so and what to do instead.
#[tokio::test]
async fn a_desk_that_cannot_search_languages_says_what_to_do() {
    let mut h = Harness::sized(160, 48).await;
    h.state.session.capabilities.search = crate::model::SearchSyntax::Zendesk;
    h.keys("ctrl-f").await;
    h.type_text("lang:fi refund").await;
    h.keys("enter").await;
    assert!(
        h.notice()
            .contains("/ lang:fi narrows the tickets a view has loaded"),
        "{}",
        h.notice()
    );
    assert!(
        matches!(h.state.overlay, Some(Overlay::Prompt(_))),
        "the prompt stays"
    );
}
