//! `T`: a message translated by the agent's own command, shown under the original, cleaned;
//! the first use asks once whether ticket text may go to that command.

use super::*;
use crate::app::effect::Effect;

/// A translate command that marks the languages it was given, shouts the text, and tries to
/// retitle the terminal on the way.
fn command(dir: &std::path::Path) -> String {
    let script = dir.join("translate.sh");
    std::fs::write(
        &script,
        "printf '\\033]0;pwned\\007[%s>%s] ' \"$1\" \"$2\"; tr 'a-zäö' 'A-ZÄÖ'\n",
    )
    .expect("script");
    format!("sh {}", script.display())
}

async fn with_command(command: Option<String>) -> Harness {
    Harness::with(120, 40, move |setup| setup.translate_cmd = command).await
}

#[tokio::test]
async fn without_a_command_the_key_says_how_to_set_one() {
    let mut h = with_command(None).await;
    h.keys("j enter T").await;
    assert!(h.screen().contains("translate_cmd"), "{}", h.screen());
    assert!(h.state.overlay.is_none());
}

#[tokio::test]
async fn the_first_use_asks_once_then_the_translation_shows_under_the_message_cleaned() {
    let dir = tempfile::tempdir().expect("dir");
    let command = command(dir.path());
    let mut h = with_command(Some(command.clone())).await;
    h.keys("j enter T").await;
    assert!(
        h.screen().contains("to translate it?"),
        "asks first: {}",
        h.screen()
    );
    h.keys("y").await;
    let consented = h
        .stored
        .iter()
        .any(|e| matches!(e, Effect::SaveConsent(c) if c == &vec![command.clone()]));
    assert!(consented, "the answer is kept for the profile");
    let screen = h.screen();
    assert!(
        screen.contains("fi → en by sh, a machine translation:"),
        "{screen}"
    );
    assert!(screen.contains("[fi>en] VAIHDOIN SALASANAN"), "{screen}");
    let transcript: String = h
        .state
        .detail
        .transcript
        .iter()
        .flatten()
        .map(|s| s.text.as_str())
        .collect();
    assert!(!transcript.contains('\u{1b}') && !transcript.contains('\u{7}'));
    // The original stays as the customer wrote it.
    assert!(screen.contains("Vaihdoin salasanan, mutta"), "{screen}");
    // Asked once: the next time it simply translates.
    h.keys("[ T").await;
    assert!(h.state.overlay.is_none(), "not asked again");
}

#[tokio::test]
async fn saying_no_sends_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = with_command(Some(command(dir.path()))).await;
    h.keys("j enter T n").await;
    assert!(h.state.detail.translations.is_empty());
    assert!(!h.stored.iter().any(|e| matches!(e, Effect::SaveConsent(_))));
}

#[tokio::test]
async fn the_draft_goes_into_the_customer_s_language_and_opens_in_the_editor_to_be_read() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = with_command(Some(command(dir.path()))).await;
    h.keys("j enter r").await;
    h.type_text("We fixed the login for your team.").await;
    h.keys("alt-l y").await;
    let edited = h.host_effects.iter().find_map(|e| match e {
        Effect::OpenEditor {
            text, field: None, ..
        } => Some(text.clone()),
        _ => None,
    });
    let text = edited.expect("the translation opens in the editor, not in the draft");
    assert_eq!(text, "[en>fi] WE FIXED THE LOGIN FOR YOUR TEAM.");
    let ticket = h.state.compose.current().expect("draft").ticket;
    assert_eq!(
        h.state.compose.current().expect("draft").text(),
        "We fixed the login for your team.",
        "nothing changes until the agent has read it"
    );
    h.msg(Msg::Edited {
        ticket,
        field: None,
        result: Ok(format!("{text}\n")),
    })
    .await;
    let draft = h.state.compose.drafts.get_mut(&ticket).expect("draft");
    assert_eq!(draft.text(), text);
    assert!(
        draft.editor.undo(),
        "the original is in the draft's history"
    );
    assert!(draft.editor.undo());
    assert_eq!(draft.text(), "We fixed the login for your team.");
}
