//! The new-ticket form: who, subject, queue and priority above the first message, which is
//! drawn by the composer like any draft. The field taking keys shows its cursor; the others
//! show their text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{clip, compose, input_line};
use crate::action::Action;
use crate::app::state::new_ticket::{Field, NewForm};
use crate::app::state::{Draft, State};
use crate::keymap::Context;
use crate::text::width;
use crate::theme::Theme;

/// Draws the form and, below it, the first message.
pub fn draw(frame: &mut Frame<'_>, state: &State, theme: &Theme, area: Rect, draft: &Draft) {
    let Some(form) = &draft.form else {
        return;
    };
    let w = usize::from(area.width);
    let labels = Labels::new();
    let mut lines = vec![title(state, draft, theme), Line::default()];
    lines.push(field(
        &labels.person,
        form.requester.text(),
        form,
        Field::Requester,
        theme,
    ));
    if form.field == Field::Requester {
        lines.extend(suggestions(form, &labels.indent, theme));
    } else if !form.name.is_empty() {
        lines.push(Line::styled(
            format!("{}{}", labels.indent, form.name),
            theme.get("detail.requester"),
        ));
    }
    lines.push(field(
        &labels.subject,
        form.subject.text(),
        form,
        Field::Subject,
        theme,
    ));
    lines.push(settings(state, form, &labels.queue, theme));
    let lines: Vec<Line<'_>> = lines.into_iter().map(|l| clip(l, w)).collect();
    let used = (lines.len() as u16).min(area.height);
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            height: used,
            ..area
        },
    );
    let rest = Rect {
        y: area.y + used,
        height: area.height - used,
        ..area
    };
    if rest.height >= 3 {
        compose::draw(frame, state, theme, rest);
    }
}

/// The form's labels in the interface's language, padded to one width so the fields line up.
struct Labels {
    person: String,
    subject: String,
    queue: String,
    /// Blank as wide as a label, for the lines under the person field.
    indent: String,
}

impl Labels {
    fn new() -> Self {
        let words = [
            crate::fl!("new-label-for"),
            crate::fl!("new-label-subject"),
            crate::fl!("new-label-queue"),
        ];
        let wide = words.iter().map(|w| width(w)).max().unwrap_or(0) + 3;
        let pad = |w: &str| format!(" {w}{}", " ".repeat(wide - 1 - width(w)));
        let [person, subject, queue] = words;
        Self {
            person: pad(&person),
            subject: pad(&subject),
            queue: pad(&queue),
            indent: " ".repeat(wide),
        }
    }
}

fn title(state: &State, draft: &Draft, theme: &Theme) -> Line<'static> {
    let public = if draft.public { "yes" } else { "no" };
    let words = crate::fl!("new-title", public = public);
    let style = if draft.public {
        theme.get("compose.title.reply")
    } else {
        theme.get("compose.title.note")
    };
    let key = super::hints::key_for(
        &state.session.keymap,
        Context::Compose,
        Action::ToggleAudience,
    )
    .unwrap_or_else(|| Action::ToggleAudience.name().to_string());
    Line::from(vec![
        Span::styled(words, style),
        Span::styled(
            crate::fl!("new-toggle", public = public, key = key),
            theme.get("ui.dim"),
        ),
    ])
}

fn field(label: &str, text: &str, form: &NewForm, which: Field, theme: &Theme) -> Line<'static> {
    let cursor = match which {
        Field::Requester => form.requester.cursor(),
        _ => form.subject.cursor(),
    };
    if form.field == which {
        input_line(label, text, cursor, theme)
    } else {
        let empty = text.trim().is_empty();
        Line::from(vec![
            Span::styled(label.to_string(), theme.get("compose.footer")),
            if empty {
                Span::styled("—", theme.get("ui.dim"))
            } else {
                Span::raw(text.to_string())
            },
        ])
    }
}

/// The known people matching what is typed, the highlighted one marked.
fn suggestions(form: &NewForm, indent: &str, theme: &Theme) -> Vec<Line<'static>> {
    let found = &form.suggested;
    if found.is_empty() {
        let hint = if form.requester.text().trim().is_empty() {
            crate::fl!("new-type-someone")
        } else {
            crate::fl!("new-no-one-known")
        };
        return vec![Line::styled(format!("{indent}{hint}"), theme.get("ui.dim"))];
    }
    let marker = format!("{}▸ ", &indent[2..]);
    found
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let text = if c.name.is_empty() {
                c.email.clone()
            } else {
                format!("{} <{}>", c.name, c.email)
            };
            if i == form.suggestion {
                Line::from(vec![
                    Span::raw(marker.clone()),
                    Span::styled(text, theme.get("menu.selected")),
                    Span::styled(crate::fl!("new-tab-takes-it"), theme.get("ui.dim")),
                ])
            } else {
                Line::from(vec![Span::raw(indent.to_string()), Span::raw(text)])
            }
        })
        .collect()
}

/// Queue, priority and audience, each with the key that changes it.
fn settings(state: &State, form: &NewForm, queue_label: &str, theme: &Theme) -> Line<'static> {
    let key = |action| {
        super::hints::key_for(&state.session.keymap, Context::Compose, action)
            .unwrap_or_else(|| action.name().to_string())
    };
    let label = theme.get("compose.footer");
    let dim = theme.get("ui.dim");
    let mut spans = Vec::new();
    if state.session.capabilities.create.is_some_and(|c| c.queues) {
        let queue = form
            .queue
            .as_ref()
            .map_or_else(|| crate::fl!("new-queue-default"), |q| q.name.clone());
        spans.push(Span::styled(queue_label.to_string(), label));
        spans.push(Span::raw(queue));
        spans.push(Span::styled(format!(" ({})  ", key(Action::SetQueue)), dim));
    }
    spans.push(Span::styled(
        format!("{} ", crate::fl!("new-label-priority")),
        label,
    ));
    spans.push(Span::raw(format!(
        "{} {}",
        form.priority.marker(),
        crate::i18n::format::priority(form.priority)
    )));

    spans.push(Span::styled(
        format!(" ({})", key(Action::SetPriority)),
        dim,
    ));
    Line::from(spans)
}
