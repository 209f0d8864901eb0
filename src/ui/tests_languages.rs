//! The main screens in each language frontdesk speaks, at 80x24 and 160x48: the queue, a
//! ticket, the composer, help, the palette (found by a word in that language), the new-ticket
//! form and the fields form. Each test
//! speaks its language on its own thread, so they run beside the English ones.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::i18n::{Language, speak_here};
use crate::testkit::Harness;
use crate::theme::Theme;

fn screen(h: &Harness) -> String {
    let (theme, _) = Theme::shipped("default").expect("theme");
    let (w, ht) = h.state.session.size;
    let mut terminal = Terminal::new(TestBackend::new(w, ht)).expect("test terminal");
    terminal
        .draw(|f| super::view(f, &h.state, &theme))
        .expect("draw");
    super::screen_text(terminal.backend().buffer())
}

/// The screens, each with the keys that reach it and what is typed there.
fn screens(palette_word: &str) -> [(&'static str, &'static str, String); 7] {
    [
        ("queue", "", String::new()),
        ("detail", "j enter", String::new()),
        ("composer", "enter r", "Kiitos, ".to_string()),
        ("help", "?", String::new()),
        ("palette", ":", palette_word.to_string()),
        ("new_ticket", "N", "maija".to_string()),
        ("fields", "enter f", String::new()),
    ]
}

async fn snapshots(language: Language, palette_word: &str) {
    let _here = speak_here(language);
    for (name, keys, typed) in screens(palette_word) {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut harness = Harness::sized(w, h).await;
            harness.keys(keys).await;
            harness.type_text(&typed).await;
            insta::assert_snapshot!(
                format!("{}_{name}_{w}x{h}", language.code()),
                screen(&harness)
            );
        }
    }
}

#[tokio::test]
async fn finnish() {
    snapshots(Language::Fi, "osoita").await;
}

#[tokio::test]
async fn russian() {
    snapshots(Language::Ru, "назнач").await;
}

#[tokio::test]
async fn german() {
    snapshots(Language::De, "zuweis").await;
}

#[tokio::test]
async fn estonian() {
    snapshots(Language::Et, "määra").await;
}

#[tokio::test]
async fn chinese() {
    snapshots(Language::Zh, "分配").await;
}

/// At 80 columns the hint line drops hints rather than cutting a word, and keeps help.
#[tokio::test]
async fn the_hint_line_fits_80_columns_in_every_language() {
    for language in Language::ALL {
        let _here = speak_here(language);
        for keys in ["", "enter", "enter r"] {
            let mut h = Harness::sized(80, 24).await;
            h.keys(keys).await;
            let screen = screen(&h);
            let hints = screen.lines().last().unwrap_or_default().to_string();
            let help = crate::i18n::text(if keys == "enter r" {
                "hint-leave"
            } else {
                "hint-help"
            });
            assert!(hints.contains(&help), "{language} [{keys}]: {hints}");
            assert!(
                !hints.contains('…'),
                "{language} [{keys}] cut a word: {hints}"
            );
        }
    }
}

/// The palette finds an action by its English words whatever the interface speaks.
#[tokio::test]
async fn the_palette_finds_actions_by_english_words_too() {
    let _here = speak_here(Language::Ru);
    let mut h = Harness::sized(120, 40).await;
    h.keys(":").await;
    h.type_text("set status").await;
    assert!(screen(&h).contains("Изменить статус"), "{}", screen(&h));
}
