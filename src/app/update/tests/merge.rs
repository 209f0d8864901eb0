//! `M`: merging a duplicate into another ticket.

use super::*;
use crate::app::state::overlay::{Overlay, PromptFor};
use crate::backend::{MessageKind, StatusKind};

fn menu_title(h: &Harness) -> String {
    match &h.state.overlay {
        Some(Overlay::Menu(menu)) => menu.title.clone(),
        other => panic!("a menu, not {other:?}"),
    }
}

#[tokio::test]
async fn m_merges_into_one_of_the_requesters_other_tickets_once_confirmed() {
    let mut h = Harness::sized(120, 40).await;
    h.keys("enter").await;
    let source = h.state.detail.id.expect("open");
    let target = h.state.detail.others()[0].id;
    h.keys("M").await;
    assert_eq!(menu_title(&h), format!("Merge #{source} into"));
    h.keys("enter").await;
    let title = menu_title(&h);
    assert!(title.contains(&format!("Merge #{source} “")), "{title}");
    assert!(
        title.contains(&format!("into #{target} “")),
        "both subjects: {title}"
    );
    h.keys("enter").await;
    assert!(h.state.overlay.is_none(), "no, preselected, keeps both");
    let untouched = h.desk.ticket(source).await.expect("source");
    assert!(untouched.summary.status.kind.is_active());

    h.keys("M enter up enter").await;
    assert!(
        h.notice()
            .contains(&format!("Merged #{source} into #{target}")),
        "{}",
        h.notice()
    );
    assert_eq!(h.state.detail.id, Some(target), "the target opens");
    let merged = h.desk.ticket(source).await.expect("source");
    assert_eq!(merged.summary.status.kind, StatusKind::Closed);
    let last = merged.conversation.last().expect("a note");
    assert_eq!(
        (last.kind, last.body.as_str()),
        (
            MessageKind::Internal,
            format!("Merged into #{target}.").as_str()
        )
    );
}

#[tokio::test]
async fn a_target_can_be_typed_and_a_ticket_never_merges_into_itself() {
    let mut h = Harness::new().await;
    h.keys("enter").await;
    let source = h.state.detail.id.expect("open");
    h.keys("M").await;
    h.type_text("another").await;
    h.keys("enter").await;
    assert!(matches!(
        &h.state.overlay,
        Some(Overlay::Prompt(p)) if p.purpose == PromptFor::MergeInto { source }
    ));
    h.type_text(&source.to_string()).await;
    h.keys("enter").await;
    assert!(
        h.notice().contains("cannot be merged into itself"),
        "{}",
        h.notice()
    );
}
