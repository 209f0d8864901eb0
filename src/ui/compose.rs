//! The composer. Its title says who will read the text, in words and in colour, so a public
//! reply and an internal note cannot be confused; its footer says what else happens on send.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{clip, compose_head};
use crate::app::state::State;
use crate::theme::Theme;

/// Draws the open draft in `area`.
pub fn draw(frame: &mut Frame<'_>, state: &State, theme: &Theme, area: Rect) {
    let Some(draft) = state.compose.current() else {
        return;
    };
    // From the queue's row while the ticket itself has not arrived.
    let requester = state
        .detail
        .loaded()
        .filter(|t| t.summary.id == draft.ticket)
        .map(|t| &t.summary)
        .or_else(|| state.queue.find(draft.ticket))
        .map(|t| t.requester.display_name().to_string())
        .unwrap_or_else(|| crate::fl!("compose-the-requester"));
    let on = draft.ticket;
    let (title, style) = if draft.form.is_some() {
        let words = if draft.public {
            crate::fl!("compose-first-public")
        } else {
            crate::fl!("compose-first-internal")
        };
        let style = if draft.public {
            theme.get("compose.title.reply")
        } else {
            theme.get("compose.title.note")
        };
        (format!(" {words} "), style)
    } else if let Some(forward) = &draft.forward {
        (
            format!(
                " {} ",
                crate::fl!(
                    "compose-forward",
                    on = on.to_string(),
                    to = forward.to.join(", ")
                )
            ),
            theme.get("compose.title.reply"),
        )
    } else if draft.public {
        (
            format!(
                " {} ",
                crate::fl!("compose-reply", requester = requester, on = on.to_string())
            ),
            theme.get("compose.title.reply"),
        )
    } else {
        (
            format!(" {} ", crate::fl!("compose-note", on = on.to_string())),
            theme.get("compose.title.note"),
        )
    };
    let w = usize::from(area.width);
    let block = Block::default()
        .borders(Borders::TOP | Borders::BOTTOM)
        .border_style(style)
        .title(clip(
            Line::from(Span::styled(title, style)),
            w.saturating_sub(2),
        ));
    let mut inner = block.inner(area);
    frame.render_widget(block, area);
    if !draft.changed.is_empty() && inner.height > 2 {
        // What happened since the agent started writing, above their text, until they send.
        let room = (inner.height / 2).max(1);
        let shown = (draft.changed.len() as u16 + 1).min(room);
        let style = theme.get("ui.status.warning");
        let mut lines = vec![Line::from(Span::styled(
            crate::fl!("compose-changed-head"),
            style,
        ))];
        lines.extend(
            draft
                .changed
                .iter()
                .map(|c| clip(Line::from(Span::styled(format!("  {c}"), style)), w)),
        );
        let top = Rect {
            height: shown,
            ..inner
        };
        frame.render_widget(Paragraph::new(lines), top);
        inner.y += shown;
        inner.height -= shown;
    }
    let heads = compose_head::recipients(state, draft, theme, w, inner.height);
    if !heads.is_empty() {
        let n = heads.len() as u16;
        frame.render_widget(Paragraph::new(heads), Rect { height: n, ..inner });
        inner.y += n;
        inner.height -= n;
    }
    // The signature a public reply gets when sent, where the text does not carry it yet.
    let signature = state
        .signature_for(draft.ticket)
        .filter(|s| draft.public && !crate::app::state::compose::signed(&draft.text(), s));
    if let Some(signature) = signature
        && inner.height > 3
    {
        let one_line: Vec<&str> = signature.lines().filter(|l| !l.trim().is_empty()).collect();
        let line = Line::from(vec![
            Span::styled("-- ", theme.get("compose.footer")),
            Span::styled(one_line.join(" · "), theme.get("compose.footer")),
            Span::styled(crate::fl!("compose-signature-note"), theme.get("ui.dim")),
        ]);
        let at = Rect {
            y: inner.bottom() - 1,
            height: 1,
            ..inner
        };
        frame.render_widget(Paragraph::new(clip(line, w)), at);
        inner.height -= 1;
    }
    if !draft.files.is_empty() && inner.height > 2 {
        let line = compose_head::files_line(state, draft, theme, w);
        let at = Rect {
            y: inner.bottom() - 1,
            height: 1,
            ..inner
        };
        frame.render_widget(Paragraph::new(line), at);
        inner.height -= 1;
    }
    frame.render_widget(&draft.editor, inner);

    let footer_area = Rect {
        y: area.bottom().saturating_sub(1),
        height: 1.min(area.height),
        ..area
    };
    let footer = if let Some(err) = &draft.error {
        Line::from(Span::styled(
            format!(" {err} "),
            theme.get("ui.status.error"),
        ))
    } else {
        let summary = state.session.describe(&draft.changes);
        let on_send = if summary.is_empty() {
            String::new()
        } else {
            crate::fl!("compose-on-send", summary = summary)
        };
        Line::from(vec![Span::styled(on_send, theme.get("compose.footer"))])
    };
    frame.render_widget(Paragraph::new(clip(footer, w)), footer_area);
}
