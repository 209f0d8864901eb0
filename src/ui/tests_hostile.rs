//! Hostile ticket text, cleaned where it enters as the backends clean it, drawn on ratatui's
//! TestBackend: no cell may hold a control character, a bidi control or an escape sequence,
//! and the readable part of the text must still be there.

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::update::relayout;
use crate::testkit::Harness;
use crate::text::{clean_line, clean_subject, clean_text};
use crate::theme::Theme;

/// The corpus shared with the end-to-end test of the real binary.
fn corpus() -> Vec<String> {
    serde_json::from_str(include_str!("../../tests/data/hostile.json")).expect("corpus")
}

/// Puts `texts` into the open ticket (subject, author names, bodies) and the queue rows, as
/// a backend would deliver them, and draws the screen.
fn draw_with(h: &mut Harness, texts: &[String]) -> String {
    if let Some(ticket) = h.state.detail.ticket.value.as_mut() {
        ticket.summary.subject = clean_subject(&texts[0]);
        ticket.summary.tags = texts.iter().take(3).map(|t| clean_line(t)).collect();
        for (message, text) in ticket.conversation.iter_mut().zip(texts.iter().cycle()) {
            message.author = clean_line(text);
            message.body = clean_text(text);
        }
        let extra = texts.iter().map(|t| crate::backend::Message {
            id: format!("hostile-{}", t.len()),
            kind: crate::backend::MessageKind::Customer,
            author: clean_line(t),
            body: clean_text(t),
            created_at: h.state.session.now,
            attachments: Vec::new(),
        });
        ticket.conversation.extend(extra);
    }
    for view in &mut h.state.queue.views {
        for (row, text) in std::sync::Arc::make_mut(&mut view.tickets)
            .iter_mut()
            .zip(texts.iter().cycle())
        {
            row.subject = clean_subject(text);
            row.requester.name = clean_line(text);
        }
    }
    h.state.detail.transcript_width = 0;
    relayout(&mut h.state);
    let (w, ht) = h.state.session.size;
    let (theme, _) = Theme::shipped("default").expect("theme");
    let mut terminal = Terminal::new(TestBackend::new(w, ht)).expect("terminal");
    terminal
        .draw(|f| super::view(f, &h.state, &theme))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    for cell in buffer.content() {
        assert!(
            !cell.symbol().chars().any(|c| c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "a cell holds {:?}",
            cell.symbol()
        );
    }
    super::screen_text(buffer)
}

fn harness() -> Harness {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let mut h = Harness::sized(200, 100).await;
        h.keys("enter").await;
        h
    })
}

#[test]
fn the_corpus_draws_as_plain_text() {
    let mut h = harness();
    let screen = draw_with(&mut h, &corpus());
    for readable in [
        "Invoice question",
        "Cleared your screen",
        "Refund approved",
        "Refund DENIED",
        "invoice⟨RLO⟩gnp.exe",
        "你好，世界 👩💻 Grüße",
        "click here",
    ] {
        assert!(
            screen.contains(readable),
            "{readable} is readable:\n{screen}"
        );
    }
    for leaked in ["pwned", "52;c;", "[2J", "6n", "Gf=24"] {
        assert!(!screen.contains(leaked), "{leaked} leaked:\n{screen}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn any_text_draws_without_controls(texts in prop::collection::vec(".{0,40}|[\\x00-\\x1f\\x7f-\\x9f\\u{202a}-\\u{202e}a-z\\[\\];]{0,40}", 1..6)) {
        let mut h = harness();
        draw_with(&mut h, &texts);
    }
}
