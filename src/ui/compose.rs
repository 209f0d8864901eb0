//! The composer. Its title says who will read the text, in words and in colour, so a public
//! reply and an internal note cannot be confused; its footer says what else happens on send.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::clip;
use crate::app::state::State;
use crate::backend::Changes;
use crate::theme::Theme;

/// What sending will change besides adding the text, e.g. `status → pending, +tag billing`.
pub fn changes_summary(changes: &Changes, state: &State) -> String {
    let mut parts = Vec::new();
    if let Some(status) = &changes.status {
        parts.push(format!("status → {status}"));
    }
    if let Some(priority) = changes.priority {
        parts.push(format!("priority → {priority}"));
    }
    if let Some(assignee) = &changes.assignee {
        let name = match assignee {
            None => "nobody".to_string(),
            Some(id) => state
                .session
                .agents
                .iter()
                .find(|a| &a.id == id)
                .map_or(id.0.clone(), |a| a.name.clone()),
        };
        parts.push(format!("assign → {name}"));
    }
    parts.extend(changes.tags_add.iter().map(|t| format!("+tag {t}")));
    parts.extend(changes.tags_remove.iter().map(|t| format!("-tag {t}")));
    parts.join(", ")
}

/// Draws the open draft in `area`.
pub fn draw(frame: &mut Frame<'_>, state: &State, theme: &Theme, area: Rect) {
    let Some(draft) = state.compose.current() else {
        return;
    };
    let requester = state
        .detail
        .loaded()
        .map(|t| t.summary.requester.display_name().to_string())
        .unwrap_or_else(|| "the requester".into());
    let (title, style) = if draft.public {
        (
            format!(" Reply to {requester} — the customer sees this "),
            theme.get("compose.title.reply"),
        )
    } else {
        (
            " Internal note — agents only ".to_string(),
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
            "Changed since you started writing:",
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
        let summary = changes_summary(&draft.changes, state);
        let on_send = if summary.is_empty() {
            String::new()
        } else {
            format!(" on send: {summary} ")
        };
        Line::from(vec![Span::styled(on_send, theme.get("compose.footer"))])
    };
    frame.render_widget(Paragraph::new(clip(footer, w)), footer_area);
}
