//! A one-line prompt: the field, the words Tab would complete to, and what Enter will change.

use ratatui::text::{Line, Span};

use super::hints::key_for;
use super::{clip, input_line};
use crate::action::Action;
use crate::app::state::State;
use crate::app::state::complete;
use crate::app::state::overlay::{Prompt, PromptFor, describe_tags, tag_changes};
use crate::keymap::Context;
use crate::theme::Theme;

/// The prompt's three lines, each fitted to `width`.
pub fn lines(state: &State, p: &Prompt, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let field = input_line(" ", p.input.text(), p.input.cursor(), theme);
    vec![
        clip(field, width),
        clip(suggestions(state, p, theme), width),
        clip(preview(state, p, theme), width),
    ]
}

/// What Tab offers: the cycle's candidates with the one in the field marked, or the words
/// that fit the word before the cursor.
fn suggestions(state: &State, p: &Prompt, theme: &Theme) -> Line<'static> {
    let dim = theme.get("ui.dim");
    let key = key_for(&state.session.keymap, Context::Prompt, Action::Complete)
        .unwrap_or_else(|| "tab".into());
    // Prompts without completion say what to type, with no key in front.
    let mut spans = if p.completes() {
        vec![Span::styled(format!(" {key} "), theme.get("ui.hint.key"))]
    } else {
        vec![Span::raw(" ")]
    };
    let (words, current): (Vec<String>, Option<usize>) = match &p.cycle {
        Some(c) => (c.candidates.clone(), Some(c.index)),
        None if matches!(p.purpose, PromptFor::AttachFile { .. }) => {
            let (folder, part) = complete::split_path(p.input.text());
            let listed = p.words_for.as_deref() == Some(folder);
            let found = if listed {
                complete::path_candidates(&p.words, part)
            } else {
                Vec::new()
            };
            (found.into_iter().map(str::to_string).collect(), None)
        }
        None => {
            let text = p.input.text();
            let partial = complete::partial(text, p.input.cursor());
            let found = complete::candidates(&p.words, text, partial);
            (found.into_iter().map(str::to_string).collect(), None)
        }
    };
    if words.is_empty() {
        let none = match (&p.purpose, p.counting.is_some(), p.words.is_empty()) {
            (PromptFor::AttachFile { .. }, true, _) => crate::fl!("prompt-reading-folder"),
            (PromptFor::AttachFile { .. }, false, _) => crate::fl!("prompt-files-here"),
            (PromptFor::Recipients { .. }, _, true) => crate::fl!("prompt-no-addresses"),
            (PromptFor::Recipients { .. }, _, false) => crate::fl!("prompt-no-other-address"),
            (PromptFor::Tags { .. }, true, _) => crate::fl!("prompt-counting-tags"),
            (PromptFor::Tags { .. }, false, true) => crate::fl!("prompt-no-tags"),
            (PromptFor::Tags { .. }, false, false) => crate::fl!("prompt-no-other-tag"),
            (PromptFor::GoTo, ..) => crate::fl!("prompt-go-to-about"),
            (PromptFor::MergeInto { .. }, ..) => crate::fl!("prompt-merge-about"),
            (PromptFor::TimeSpent { .. }, ..) => crate::fl!("prompt-time-about"),
            (PromptFor::TimeAlone { .. }, ..) => crate::fl!("prompt-time-alone-about"),
            (PromptFor::ForwardTo { .. }, ..) => crate::fl!("prompt-forward-about"),
            (PromptFor::Search { .. }, ..) => crate::fl!("prompt-search-about"),
        };
        spans.push(Span::styled(none, dim));
        return Line::from(spans);
    }
    for (i, w) in words.into_iter().take(12).enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", dim));
        }
        let style = if current == Some(i) {
            theme.get("menu.selected")
        } else {
            theme.get("ui.hint")
        };
        spans.push(Span::styled(w, style));
    }
    Line::from(spans)
}

/// What Enter will do.
fn preview(state: &State, p: &Prompt, theme: &Theme) -> Line<'static> {
    let dim = theme.get("ui.dim");
    let had = match &p.purpose {
        PromptFor::Tags { had, .. } => had,
        PromptFor::Search { .. } => {
            return match crate::model::search::plan(
                state.session.capabilities.search,
                p.input.text(),
            ) {
                Ok(plan) => Line::from(vec![
                    Span::styled(crate::fl!("prompt-enter"), dim),
                    Span::styled(plan.query, theme.get("ui.status.ok")),
                ]),
                Err(why) => {
                    let said = format!(" {}", crate::app::update::search_refused(&why));
                    if p.input.text().trim().is_empty() {
                        Line::styled(said, dim)
                    } else {
                        Line::styled(said, theme.get("ui.status.warning"))
                    }
                }
            };
        }
        PromptFor::MergeInto { source } => {
            return match crate::app::update::ticket_number(p.input.text()) {
                Some(id) => Line::from(vec![
                    Span::styled(
                        crate::fl!("prompt-enter-merge", id = source.to_string()),
                        dim,
                    ),
                    Span::styled(format!("#{id}"), theme.get("ui.status.ok")),
                    Span::styled(crate::fl!("prompt-asks-first"), dim),
                ]),
                None => Line::styled(crate::fl!("prompt-enter-choose"), dim),
            };
        }
        PromptFor::TimeSpent { .. } | PromptFor::TimeAlone { .. } => {
            return match crate::app::update::time_spent(p.input.text()) {
                Ok(Some(m)) => Line::from(vec![
                    Span::styled(crate::fl!("prompt-enter-log"), dim),
                    Span::styled(
                        crate::backend::fields::minutes(m),
                        theme.get("ui.status.ok"),
                    ),
                ]),
                Ok(None) => Line::styled(crate::fl!("prompt-enter-no-time"), dim),
                Err(why) => Line::styled(format!(" {why}"), theme.get("ui.status.warning")),
            };
        }
        PromptFor::ForwardTo { .. } => {
            return Line::styled(crate::fl!("prompt-enter-forward"), dim);
        }
        PromptFor::GoTo => {
            return match crate::app::update::ticket_number(p.input.text()) {
                Some(id) => Line::from(vec![
                    Span::styled(crate::fl!("prompt-enter-open"), dim),
                    Span::styled(format!("#{id}"), theme.get("ui.status.ok")),
                ]),
                None => Line::styled(crate::fl!("prompt-enter-open-number"), dim),
            };
        }
        PromptFor::AttachFile { .. } if p.input.text().trim().is_empty() => {
            return Line::styled(crate::fl!("prompt-enter-attach-named"), dim);
        }
        PromptFor::AttachFile { .. } => {
            let path = state.files.resolve(p.input.text());
            return Line::from(vec![
                Span::styled(crate::fl!("prompt-enter-attach"), dim),
                Span::styled(path.display().to_string(), theme.get("ui.status.ok")),
            ]);
        }
        PromptFor::Recipients { .. } => {
            let list = complete::addresses(p.input.text());
            if list.is_empty() {
                return Line::styled(crate::fl!("prompt-enter-no-copies"), dim);
            }
            let mut spans = vec![Span::styled(crate::fl!("prompt-enter"), dim)];
            for (i, a) in list.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::styled(", ", dim));
                }
                let style = if crate::backend::is_address(a) {
                    theme.get("ui.status.ok")
                } else {
                    theme.get("ui.status.error")
                };
                spans.push(Span::styled(a.clone(), style));
            }
            return Line::from(spans);
        }
    };
    let changes = tag_changes(had, p.input.text());
    if changes.is_empty() {
        return Line::styled(crate::fl!("prompt-enter-no-change"), theme.get("ui.dim"));
    }
    Line::from(vec![
        Span::styled(crate::fl!("prompt-enter"), theme.get("ui.dim")),
        Span::styled(describe_tags(&changes), theme.get("ui.status.ok")),
    ])
}
