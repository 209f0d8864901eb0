//! Windows over the panes: picker with preview, palette, menus, prompts, panels.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::hints::key_for;
use super::{clip, highlighted, input_line, styled};
use crate::app::state::State;
use crate::app::state::overlay::{Menu, Overlay, Palette, Picker};
use crate::canned::placeholder::{Context as PlaceholderContext, render, spans};
use crate::canned::{Canned, Source};
use crate::keymap::Context;
use crate::text::fit;
use crate::theme::Theme;

/// Blanks `area` for a window. A wide (CJK, emoji) character just left of the window would
/// have its right half under the window's border; ratatui then skips drawing the border cell
/// and the row comes out shifted, so that character is blanked. (On the right edge nothing is
/// needed: a terminal erases a wide character whose left half is overwritten.)
pub(super) fn clear(frame: &mut Frame<'_>, area: Rect) {
    frame.render_widget(Clear, area);
    if area.left() == 0 {
        return;
    }
    let buffer = frame.buffer_mut();
    for y in area.top()..area.bottom() {
        let cell = &mut buffer[(area.left() - 1, y)];
        if crate::text::width(cell.symbol()) > 1 {
            cell.set_symbol(" ");
        }
    }
}

/// A rectangle of at most `w`×`h` centred on the screen.
pub(super) fn centred(screen: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(screen.width.saturating_sub(2));
    let h = h.min(screen.height.saturating_sub(2));
    Rect::new(
        screen.x + (screen.width - w) / 2,
        screen.y + (screen.height - h) / 2,
        w,
        h,
    )
}

pub(super) fn frame_block<'a>(title: String, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.get("ui.border.focused"))
        .title(Span::styled(title, theme.get("ui.title")))
}

/// Draws the overlay, if one is open.
pub fn draw(frame: &mut Frame<'_>, state: &State, theme: &Theme) {
    let screen = frame.area();
    match &state.overlay {
        None => {}
        Some(Overlay::Picker(p)) => picker(frame, state, theme, p, screen),
        Some(Overlay::Files(list)) => super::files::list(frame, state, theme, list, screen),
        Some(Overlay::Viewer(v)) => super::files::viewer(frame, state, theme, v, screen),
        Some(Overlay::Palette(p)) => palette(frame, state, theme, p, screen),
        Some(Overlay::Menu(menu)) => menu_window(frame, theme, menu, screen),
        Some(Overlay::Form(form)) => super::field_form::draw(frame, state, theme, form, screen),
        Some(Overlay::Prompt(p)) => {
            let area = centred(screen, 76, 5);
            let lines =
                super::prompt::lines(state, p, theme, usize::from(area.width.saturating_sub(2)));
            clear(frame, area);
            frame.render_widget(
                Paragraph::new(lines).block(frame_block(format!(" {} ", p.title), theme)),
                area,
            );
        }
        Some(Overlay::Panel(p)) => {
            let area = centred(screen, 96, screen.height.saturating_sub(2));
            let lines = crate::app::panel::lines(state, p);
            let rows = usize::from(area.height.saturating_sub(2));
            let scroll = p.scroll.min(lines.len().saturating_sub(rows));
            let shown: Vec<Line<'_>> = lines
                .iter()
                .skip(scroll)
                .take(rows)
                .map(|l| styled(l, theme))
                .collect();
            clear(frame, area);
            frame.render_widget(
                Paragraph::new(shown).block(frame_block(
                    format!(" {} ", crate::app::panel::title(p)),
                    theme,
                )),
                area,
            );
        }
    }
}

/// A small menu: the items the typed query leaves, scrolled to the selection; the query in
/// the title.
fn menu_window(frame: &mut Frame<'_>, theme: &Theme, menu: &Menu, screen: Rect) {
    let query = menu.query.text();
    let title = if query.is_empty() {
        format!(" {} ", menu.title)
    } else {
        format!(" {} · {query}▏", menu.title)
    };
    // What a question would change, above its answers, scrolled with the page keys.
    let listing = menu
        .question
        .as_ref()
        .filter(|q| !q.listing.is_empty())
        .map(|q| {
            let rows = crate::app::layout::listing_rows(screen.height);
            let end = (q.scroll + rows).min(q.listing.len());
            let shown = &q.listing[q.scroll.min(end)..end];
            let more = q.listing.len() - end;
            (shown, q.scroll, more)
        });
    let listing_height = listing.map_or(0, |(shown, above, more)| {
        shown.len() + usize::from(above > 0) + usize::from(more > 0) + 1
    }) as u16;
    // Sized for every item, so narrowing does not make the window jump.
    let h = menu.items.len() as u16 + 2 + listing_height;
    let listed_width = listing
        .map(|(shown, _, _)| {
            shown
                .iter()
                .map(|l| crate::text::width(l) + 2)
                .max()
                .unwrap_or(0)
        })
        .unwrap_or(0)
        .min(usize::from(screen.width.saturating_sub(8)));
    let w = menu
        .items
        .iter()
        .map(|(l, _)| crate::text::width(l))
        .max()
        .unwrap_or(10)
        .max(crate::text::width(&title))
        .max(listed_width) as u16
        + 6;
    let area = centred(screen, w, h);
    let inner = usize::from(w.saturating_sub(2));
    let mut lines: Vec<Line<'_>> = Vec::new();
    if let Some((shown, above, more)) = listing {
        let dim = theme.get("ui.dim");
        if above > 0 {
            lines.push(Line::styled(
                fit(
                    &format!("  {}", crate::fl!("list-more-above", count = above)),
                    inner,
                ),
                dim,
            ));
        }
        lines.extend(
            shown
                .iter()
                .map(|l| Line::raw(fit(&format!("  {l}"), inner))),
        );
        if more > 0 {
            lines.push(Line::styled(
                fit(
                    &format!("  {}", crate::fl!("list-more-below", count = more)),
                    inner,
                ),
                dim,
            ));
        }
        lines.push(Line::raw(""));
    }
    let rows = usize::from(area.height.saturating_sub(2))
        .saturating_sub(lines.len())
        .max(1);
    let shown = menu.shown();
    let first = menu.selected.saturating_sub(rows - 1);
    lines.extend(
        shown
            .iter()
            .enumerate()
            .skip(first)
            .take(rows)
            .map(|(i, &item)| {
                let style = if i == menu.selected {
                    theme.get("menu.selected")
                } else {
                    Default::default()
                };
                Line::styled(fit(&format!(" {}", menu.items[item].0), inner), style)
            }),
    );
    if shown.is_empty() {
        lines.push(Line::styled(
            fit(&crate::fl!("menu-nothing-matches-short"), inner),
            theme.get("ui.dim"),
        ));
    }
    clear(frame, area);
    frame.render_widget(Paragraph::new(lines).block(frame_block(title, theme)), area);
}

fn picker(frame: &mut Frame<'_>, state: &State, theme: &Theme, p: &Picker, screen: Rect) {
    let area = centred(screen, 110, 30);
    clear(frame, area);
    let all = state.canned.list.value.as_deref().unwrap_or_default();
    let title = if p.ticket == crate::app::state::marks::MARKED {
        let said = crate::fl!(
            "picker-title-marked",
            n = state.queue.marks.len(),
            shown = p.matches.len(),
            all = all.len()
        );
        format!(" {said} ")
    } else {
        let said = crate::fl!("picker-title", shown = p.matches.len(), all = all.len());
        format!(" {said} ")
    };
    let block = frame_block(title, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let side_by_side = inner.width >= 80;
    let list_w = if side_by_side {
        inner.width * 2 / 5
    } else {
        inner.width
    };
    let list_h = if side_by_side {
        inner.height
    } else {
        inner.height / 2
    };
    let list_area = Rect {
        width: list_w,
        height: list_h,
        ..inner
    };
    let preview_area = if side_by_side {
        Rect {
            x: inner.x + list_w + 1,
            width: inner.width.saturating_sub(list_w + 1),
            ..inner
        }
    } else {
        Rect {
            y: inner.y + list_h,
            height: inner.height.saturating_sub(list_h),
            ..inner
        }
    };

    let mut lines = vec![input_line("> ", p.query.text(), p.query.cursor(), theme)];
    let rows = usize::from(list_h.saturating_sub(1));
    let first = p.selected.saturating_sub(rows.saturating_sub(1));
    let lw = usize::from(list_w);
    for (i, ranked) in p.matches.iter().enumerate().skip(first).take(rows) {
        let Some(c) = all.get(ranked.index) else {
            continue;
        };
        let base = if i == p.selected {
            theme.get("picker.selected")
        } else {
            Default::default()
        };
        let mut tag = match (&c.source, &c.abbrev) {
            (Source::Local(_), Some(a)) => format!(" {a} · {}", crate::fl!("picker-local")),
            (Source::Local(_), None) => format!(" {}", crate::fl!("picker-local")),

            (Source::Backend, Some(a)) => format!(" {a}"),
            (Source::Backend, None) => String::new(),
        };
        // Which language a variant is in, where the response comes in several.
        if let Some(language) = &c.language {
            tag = format!(" {language} ·{tag}");
        }
        let title = fit(&c.title, lw.saturating_sub(crate::text::width(&tag) + 1));
        let mut spans = vec![Span::styled(" ", base)];
        spans.extend(highlighted(
            &title,
            &ranked.title_hits,
            base,
            theme.get("picker.match"),
        ));
        spans.push(Span::styled(tag, base.patch(theme.get("picker.source"))));
        lines.push(clip(Line::from(spans), lw));
    }
    if p.matches.is_empty() {
        let empty = if state.canned.list.value.is_none() {
            format!(" {}", crate::fl!("picker-loading"))
        } else {
            format!(" {}", crate::fl!("picker-no-match"))
        };
        lines.push(Line::styled(empty, theme.get("queue.empty")));
    }
    frame.render_widget(Paragraph::new(lines), list_area);

    let chosen = p.matches.get(p.selected).and_then(|r| all.get(r.index));
    let (divider, preview_area) = if side_by_side {
        let divider = Borders::LEFT;
        (
            divider,
            Rect {
                x: preview_area.x - 1,
                width: preview_area.width + 1,
                ..preview_area
            },
        )
    } else {
        (Borders::TOP, preview_area)
    };
    let block = Block::default()
        .borders(divider)
        .border_style(theme.get("ui.border"))
        .title(Span::styled(" preview ", theme.get("ui.dim")));
    frame.render_widget(
        Paragraph::new(preview(state, theme, chosen))
            .wrap(Wrap { trim: false })
            .block(block),
        preview_area,
    );
}

/// The selected response as it would be inserted into this ticket's draft.
fn preview(state: &State, theme: &Theme, chosen: Option<&Canned>) -> Vec<Line<'static>> {
    let Some(canned) = chosen else {
        return Vec::new();
    };
    let summary = state
        .detail
        .loaded()
        .map(|t| (t.summary.clone(), t.url.clone()));
    let Some((ticket, url)) = summary else {
        return vec![Line::from(canned.body.clone())];
    };
    let ctx = PlaceholderContext {
        ticket: &ticket,
        url: url.as_deref(),
        agent: state.session.me.as_ref(),
    };
    let rendered = render(&canned.body, &ctx);
    let mut lines: Vec<Line<'static>> = vec![
        Line::styled(canned.title.clone(), theme.get("detail.section")),
        Line::default(),
    ];
    for text in rendered.text.split('\n') {
        let mut spans_out = Vec::new();
        let mut last = 0;
        for r in spans(text) {
            spans_out.push(Span::raw(text[last..r.start].to_string()));
            spans_out.push(Span::styled(
                text[r.clone()].to_string(),
                theme.get("compose.unresolved"),
            ));
            last = r.end;
        }
        spans_out.push(Span::raw(text[last..].to_string()));
        lines.push(Line::from(spans_out));
    }
    let summary = state.session.describe(
        &canned
            .actions
            .to_changes(state.session.me.as_ref(), &state.session.agents)
            .unwrap_or_default(),
    );
    if !summary.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            crate::fl!("picker-on-send", summary = summary),
            theme.get("compose.footer"),
        ));
    }
    if !rendered.unresolved.is_empty() {
        lines.push(Line::styled(
            crate::fl!("picker-placeholders-block"),
            theme.get("ui.status.warning"),
        ));
    }
    lines
}

fn palette(frame: &mut Frame<'_>, state: &State, theme: &Theme, p: &Palette, screen: Rect) {
    let area = centred(screen, 72, 20);
    clear(frame, area);
    let block = frame_block(format!(" {} ", crate::fl!("palette-title")), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = usize::from(inner.width);
    let origin = palette_origin(state);
    let mut lines = vec![input_line(": ", p.query.text(), p.query.cursor(), theme)];
    let rows = usize::from(inner.height.saturating_sub(1));
    let first = p.selected.saturating_sub(rows.saturating_sub(1));
    for (i, (action, hits)) in p.matches.iter().enumerate().skip(first).take(rows) {
        let base = if i == p.selected {
            theme.get("menu.selected")
        } else {
            Default::default()
        };
        let key = key_for(&state.session.keymap, origin, *action).unwrap_or_default();
        let mut spans = vec![Span::styled(" ", base)];
        spans.extend(highlighted(
            &fit(&action.title(), 30),
            hits,
            base,
            theme.get("ui.match"),
        ));
        spans.push(Span::styled(
            fit(&format!(" {}", action.description()), w.saturating_sub(42)),
            base.patch(theme.get("ui.dim")),
        ));
        spans.push(Span::styled(
            format!("{key:>10}"),
            base.patch(theme.get("help.key")),
        ));
        lines.push(clip(Line::from(spans), w));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The context the palette was opened from, whose keys it shows.
fn palette_origin(state: &State) -> Context {
    use crate::app::state::Focus;
    match state.focus {
        Focus::Queue => Context::Queue,
        Focus::Detail => Context::Detail,
        Focus::Compose => Context::Compose,
    }
}
