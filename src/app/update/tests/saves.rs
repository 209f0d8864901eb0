//! A failed save stays in view until a save succeeds, and quitting with replies that exist
//! only in memory asks what to do with them.

use super::*;
use crate::app::effect::Effect;
use crate::app::msg::Loaded;
use crate::app::state::Kept;

fn outbox_failed() -> Msg {
    Msg::Loaded(Loaded::Stored {
        kind: Some(Kept::Outbox),
        result: Err("No space left on device (os error 28)".into()),
    })
}

/// A reply on the top ticket that the desk does not take at once: it stays in the outbox.
async fn reply_waiting_in_the_outbox(h: &mut Harness) {
    h.keys("enter r").await;
    h.type_text("Danke, Jürgen").await;
    let send: crate::keymap::KeyChord = "ctrl-s".parse().expect("key");
    // The send effect is left unanswered: the reply is under way.
    let fx = update(&mut h.state, Msg::Key(send));
    assert!(fx.iter().any(|e| matches!(e, Effect::Send { .. })));
    assert_eq!(h.state.outbox.items.len(), 1);
}

#[tokio::test]
async fn a_failed_save_stays_on_the_status_line_until_one_succeeds() {
    let mut h = Harness::new().await;
    h.msg(outbox_failed()).await;
    h.keys("j j").await;
    assert!(
        h.screen()
            .contains("Could not save the outbox: No space left"),
        "other keys do not take the problem away:\n{}",
        h.screen()
    );
    h.msg(Msg::Loaded(Loaded::Stored {
        kind: Some(Kept::Outbox),
        result: Ok(()),
    }))
    .await;
    assert!(h.notice().contains("Saved the outbox again"));
    h.keys("j").await;
    assert!(!h.screen().contains("Could not save"), "{}", h.screen());
}

#[tokio::test]
async fn quitting_with_an_unsaved_reply_asks_and_can_print_it() {
    let mut h = Harness::new().await;
    reply_waiting_in_the_outbox(&mut h).await;
    h.msg(outbox_failed()).await;
    h.keys("esc esc q").await;
    assert!(!h.state.quit, "not without asking");
    let screen = h.screen();
    assert!(
        screen.contains("1 reply could not be saved: quitting now loses them"),
        "{screen}"
    );
    // Try again first: the outbox and drafts are written anew.
    let fx = update(&mut h.state, Msg::Key("enter".parse().expect("key")));
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::SaveOutbox(items, _) if items.len() == 1))
    );
    // Still failing: this time print them and quit.
    h.msg(outbox_failed()).await;
    h.keys("q down down enter").await;
    assert!(h.state.quit);
    let printed = h.state.farewell.clone().unwrap_or_default();
    assert!(printed.contains("Danke, Jürgen"), "{printed}");
}

#[tokio::test]
async fn without_a_failed_save_quitting_warns_only_about_the_outbox() {
    let mut h = Harness::new().await;
    reply_waiting_in_the_outbox(&mut h).await;
    h.keys("esc esc q").await;
    assert!(h.notice().contains("still in the outbox"), "{}", h.notice());
    h.keys("q").await;
    assert!(h.state.quit && h.state.farewell.is_none());
}

#[tokio::test]
async fn quitting_with_an_unsaved_reply_can_keep_a_copy_outside_the_data_folder() {
    let mut h = Harness::new().await;
    reply_waiting_in_the_outbox(&mut h).await;
    h.msg(outbox_failed()).await;
    h.keys("esc esc q down enter").await;
    // The harness's runner writes the copy for real, in the system's temporary folder.
    assert!(h.state.quit, "{}", h.notice());
    let farewell = h.state.farewell.clone().expect("says where");
    let path = farewell
        .rsplit(" is in ")
        .next()
        .map(std::path::PathBuf::from)
        .expect("a path");
    let copy = std::fs::read_to_string(&path).expect("the copy is there");
    assert!(copy.contains("Danke, Jürgen"), "{copy}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "customers' words are the user's alone");
    }
    let _ = std::fs::remove_file(path);
}
