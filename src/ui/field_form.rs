//! The custom-fields form: one row per field (its name, its value in the widget its type
//! takes), the selected row's dropdown under it, and a line saying what is wrong or what
//! the keys do.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::hints::key_for;
use super::input_line;
use super::overlay::{centred, clear, frame_block};
use crate::action::Action;
use crate::app::state::State;
use crate::app::state::field_form::{FieldForm, FormRow};
use crate::backend::FieldKind;
use crate::keymap::Context;
use crate::text::{fit, width};
use crate::theme::Theme;

/// The most options a dropdown shows at once.
const OPTIONS_SHOWN: usize = 8;

pub fn draw(frame: &mut Frame<'_>, state: &State, theme: &Theme, form: &FieldForm, screen: Rect) {
    let names = form
        .rows
        .iter()
        .map(|r| width(&r.def.name))
        .max()
        .unwrap_or(8)
        .clamp(8, 24);
    let dropdown = dropdown_lines(form, theme);
    let h = (form.rows.len() + dropdown.len() + 4) as u16;
    let area = centred(screen, 90, h);
    let inner = usize::from(area.width.saturating_sub(2));
    let mut lines: Vec<Line<'_>> = Vec::new();
    // Rows above the selection scroll away where the window is too short for all.
    let room = usize::from(area.height.saturating_sub(4)).saturating_sub(dropdown.len());
    let first = form.selected.saturating_sub(room.saturating_sub(1));
    for (i, row) in form.rows.iter().enumerate().skip(first).take(room.max(1)) {
        lines.push(row_line(row, i == form.selected, names, inner, theme));
        if i == form.selected {
            lines.extend(dropdown.iter().cloned());
        }
    }
    lines.push(Line::raw(""));
    lines.push(match &form.problem {
        Some(problem) => Line::styled(
            fit(&format!(" {problem}"), inner),
            theme.get("ui.status.error"),
        ),
        None => Line::styled(fit(&keys_line(state, form), inner), theme.get("ui.dim")),
    });
    clear(frame, area);
    frame.render_widget(
        Paragraph::new(lines).block(frame_block(format!(" {} ", form.title), theme)),
        area,
    );
}

/// `▸ Plan           Growth ▾`, the value in the widget its kind takes.
fn row_line(
    row: &FormRow,
    selected: bool,
    names: usize,
    inner: usize,
    theme: &Theme,
) -> Line<'static> {
    let marker = if selected { "▸ " } else { "  " };
    let name = fit(&row.def.name, names);
    let head = format!("{marker}{name}  ");
    let room = inner.saturating_sub(width(&head) + 1);
    let editing = selected && row.def.editable && row.def.kind.is_typed();
    if editing {
        let mut line = input_line(&head, row.input.text(), row.input.cursor(), theme);
        if let Some(reason) = &row.reason {
            line.push_span(Span::styled(format!("  {reason}"), theme.get("ui.dim")));
        }
        return line;
    }
    let value = match row.def.kind {
        FieldKind::Checkbox => {
            let on = row
                .chosen
                .first()
                .is_some_and(|v| crate::backend::fields::truthy(v));
            if on { "[x]" } else { "[ ]" }.to_string()
        }
        FieldKind::Choice | FieldKind::Choices => format!("{} ▾", row.shown()),
        FieldKind::Paragraph => format!("{} ✎", row.shown()),
        _ => row.shown(),
    };
    let value = if row.def.editable {
        value
    } else {
        format!("{value}  ({})", crate::fl!("form-read-only"))
    };
    let reason = row.reason.as_ref().map(|r| format!("  {r}"));
    let room = room.saturating_sub(reason.as_deref().map_or(0, width));
    let mut spans = vec![
        Span::styled(
            head,
            if selected {
                theme.get("menu.selected")
            } else {
                theme.get("detail.field")
            },
        ),
        Span::raw(crate::text::truncate(&value, room)),
    ];
    if let Some(reason) = reason {
        spans.push(Span::styled(reason, theme.get("ui.dim")));
    }
    Line::from(spans)
}

/// The open dropdown: what is typed, then the options it leaves.
fn dropdown_lines(form: &FieldForm, theme: &Theme) -> Vec<Line<'static>> {
    let (Some(row), Some(dropdown)) = (form.row(), &form.dropdown) else {
        return Vec::new();
    };
    let shown = form.options();
    let mut lines = vec![input_line(
        "    / ",
        dropdown.query.text(),
        dropdown.query.cursor(),
        theme,
    )];
    let first = dropdown.selected.saturating_sub(OPTIONS_SHOWN - 1);
    for (at, &i) in shown.iter().enumerate().skip(first).take(OPTIONS_SHOWN) {
        let option = &row.def.options[i];
        let tick = match row.def.kind {
            FieldKind::Choices if row.chosen.contains(&option.value) => "[x] ",
            FieldKind::Choices => "[ ] ",
            _ => "",
        };
        let style = if at == dropdown.selected {
            theme.get("menu.selected")
        } else {
            Default::default()
        };
        lines.push(Line::styled(format!("    {tick}{}", option.label), style));
    }
    if shown.is_empty() {
        lines.push(Line::styled(
            format!("    {}", crate::fl!("form-nothing-matches")),
            theme.get("ui.dim"),
        ));
    } else if shown.len() > first + OPTIONS_SHOWN {
        let more = shown.len() - first - OPTIONS_SHOWN;
        lines.push(Line::styled(
            format!("    {}", crate::fl!("form-more", count = more)),
            theme.get("ui.dim"),
        ));
    }
    lines
}

/// What the keys do on the selected row.
fn keys_line(state: &State, form: &FieldForm) -> String {
    let keymap = &state.session.keymap;
    let key = |a: Action| key_for(keymap, Context::Form, a).unwrap_or_default();
    let enter = match (form.row().map(|r| r.def.kind), form.dropdown.is_some()) {
        (Some(FieldKind::Choices), true) => "adds",
        (_, true) => "chooses",
        (Some(FieldKind::Choice | FieldKind::Choices), _) => "opens-list",
        (Some(FieldKind::Checkbox), _) => "toggles",
        (Some(FieldKind::Paragraph), _) => "editor",
        _ => "next",
    };
    crate::fl!(
        "form-keys",
        enter = key(Action::Confirm),
        enter_does = crate::fl!("form-enter-does", what = enter),
        save = key(Action::Send),
        cancel = key(Action::Cancel),
        list = if form.dropdown.is_some() { "yes" } else { "no" }
    )
}
