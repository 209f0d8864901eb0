//! A refresh or poll the help desk does not answer is said, and what is shown is marked as
//! old until it answers again.

use super::*;
use crate::backend::Error;

fn refused() -> Error {
    Error::Network("connection refused".into())
}

#[tokio::test]
async fn a_failed_refresh_is_said_and_the_views_are_marked_offline_until_the_desk_answers() {
    let mut h = Harness::new().await;
    let views = h.state.queue.views.len();
    assert!(h.screen().contains("updated "), "{}", h.screen());
    h.faults.views((0..views).map(|_| refused()));
    h.keys("ctrl-r").await;
    let screen = h.screen();
    assert!(
        screen.contains("─offline"),
        "the title bar says so:\n{screen}"
    );
    assert!(
        h.notice().contains("The help desk did not answer")
            && h.notice().contains("ctrl-r tries again"),
        "{}",
        h.notice()
    );
    let first_tab = screen.lines().next().unwrap_or_default();
    assert!(first_tab.contains("31!"), "the tab is marked: {first_tab}");
    assert_eq!(
        h.state
            .status
            .history
            .iter()
            .filter(|n| n.text.contains("did not answer"))
            .count(),
        1,
        "said once, not once per view"
    );

    h.keys("ctrl-r").await;
    assert!(!h.screen().contains("offline"), "{}", h.screen());
    assert!(h.notice().contains("answers again"), "{}", h.notice());
}

#[tokio::test]
async fn a_failed_poll_is_said_too() {
    let mut h = Harness::new().await;
    h.faults.polls([refused()]);
    h.fire_poll().await;
    assert!(h.screen().contains("offline"), "{}", h.screen());
    assert!(h.notice().contains("did not answer"), "{}", h.notice());
    h.fire_poll().await;
    assert!(!h.screen().contains("offline"));
}

/// A refused credential is not a desk that is away: the title says "signed out" and the
/// status line says what to run, never that the desk did not answer or to press ctrl-r.
#[tokio::test]
async fn a_refused_credential_reads_signed_out_with_what_to_run() {
    let mut h = Harness::new().await;
    let views = h.state.queue.views.len();
    h.faults
        .views((0..views).map(|_| Error::Auth("Unauthorized".into())));
    h.keys("ctrl-r").await;
    let screen = h.screen();
    let title = screen.lines().next().unwrap_or_default();
    assert!(title.contains("signed out"), "{title}");
    assert!(!screen.contains("offline"), "{screen}");
    let notice = h.notice();
    assert!(
        notice.starts_with("Signed out") && notice.contains("frontdesk login"),
        "{notice}"
    );
    assert!(
        !notice.contains("did not answer") && !notice.contains("ctrl-r"),
        "{notice}"
    );
    h.keys("ctrl-r").await;
    assert!(!h.screen().contains("signed out"), "{}", h.screen());
    assert!(h.notice().contains("Signed in again"), "{}", h.notice());
}
