//! Views: `view(frame, &State, &Theme)` draws the state and changes nothing. Styles are looked
//! up by semantic name in the theme, so a theme file restyles everything.

mod compose;
mod compose_head;
mod detail;
mod field_form;
mod files;
mod hints;
mod new_ticket;
mod overlay;
mod prompt;
mod queue;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_files;
#[cfg(test)]
mod tests_hostile;
#[cfg(test)]
mod tests_languages;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::layout;
use crate::app::state::detail::StyledLine;
use crate::app::state::{Level, State};
use crate::text::{truncate, width};
use crate::theme::Theme;

/// Draws the whole screen.
pub fn view(frame: &mut Frame<'_>, state: &State, theme: &Theme) {
    let panes = layout::panes(state);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.get("ui.border"));
    frame.render_widget(block, panes.screen);
    title_bar(frame, state, theme, panes.screen);
    status_bar(frame, state, theme, panes.screen);
    if let Some(area) = panes.queue {
        queue::draw(frame, state, theme, area);
    }
    if let Some(area) = panes.divider {
        let lines: Vec<Line<'_>> = (0..area.height).map(|_| Line::from("│")).collect();
        frame.render_widget(Paragraph::new(lines).style(theme.get("ui.border")), area);
    }
    if let Some(area) = panes.detail {
        detail::draw(frame, state, theme, area);
    }
    overlay::draw(frame, state, theme);
}

/// The top border: program, desk, one tab per view with its count, and what is loading.
/// The title bar's right end with the marks counted before it: `3 marked · updated 10:05`.
fn with_marks(state: &State, right: String) -> String {
    match (state.queue.marks.len(), right.is_empty()) {
        (0, _) => right,
        (n, true) => crate::fl!("title-marked", n = n),
        (n, false) => format!("{} · {right}", crate::fl!("title-marked", n = n)),
    }
}

/// A bulk change under way: `status → solved ▕███░░░░░░░▏ 8/24 · 1 failed`.
fn bulk_progress(state: &State) -> Option<String> {
    let bulk = state.outbox.bulk()?;
    let (had, all) = bulk.progress();
    const CELLS: usize = 10;
    let full = (had * CELLS).checked_div(all).unwrap_or(0);
    let failed = match bulk.failed.len() {
        0 => String::new(),
        n => format!(" · {n} failed"),
    };
    Some(format!(
        "{} ▕{}{}▏ {had}/{all}{failed}",
        crate::text::truncate(&bulk.what, 24),
        "█".repeat(full),
        "░".repeat(CELLS - full)
    ))
}

fn title_bar(frame: &mut Frame<'_>, state: &State, theme: &Theme, screen: Rect) {
    let room = usize::from(screen.width.saturating_sub(4));
    let loading =
        state.queue.views.iter().any(|v| v.pending.is_some()) || state.detail.ticket.is_loading();
    // Rows from the cache say how old they are until live ones replace them.
    let cached = state.session.cached_at.map(|at| {
        let age = crate::text::time::age(state.session.now, at);
        crate::fl!("title-cached", age = age)
    });
    // The time of the last answer alone, where the words around it do not fit.
    let mut bare_time = None;
    let right = if let Some(cached) = cached {
        if loading {
            format!("{cached} · ⟳ {}", crate::fl!("title-loading"))
        } else if let Some(away) = &state.session.away {
            format!("{cached} · {}", away.label())
        } else {
            cached
        }
    } else if loading {
        format!("⟳ {}", crate::fl!("title-loading"))
    } else if let Some(at) = state.session.refreshed_at {
        let away = state
            .session
            .away
            .as_ref()
            .map(|a| format!(" · {}", a.label()))
            .unwrap_or_default();
        let time = crate::i18n::format::clock(&at.to_zoned(state.session.tz.clone()));
        bare_time = Some(time.clone());
        format!("{}{away}", crate::fl!("title-updated", time = time))
    } else if let Some(away) = &state.session.away {
        away.label().to_string()
    } else {
        String::new()
    };
    let marked = !state.queue.marks.is_empty();
    let full_right = with_marks(state, right);
    let mut spans = vec![Span::styled(" frontdesk", theme.get("ui.title"))];
    let desk = format!(" · {}", state.session.desk);
    // Each tab: its number, name and count, then how many of its tickets have news. When
    // they do not all fit beside the freshness on the right, the other tabs' names shorten,
    // then the active one's.
    // `short`: 0 full names, 1 the other tabs' names cut, 2 every name cut.
    let tab = |i: usize, v: &crate::app::state::ViewState, short: usize| {
        let count = if v.loaded {
            // A quick-wins tab counts only what is loaded; more may come.
            let more = if v.total.is_none() && v.next_page.is_some() {
                "+"
            } else {
                ""
            };
            // A refresh that failed leaves the rows as they were, marked.
            let failed = if v.error.is_some() { "!" } else { "" };
            format!("{}{more}{failed}", v.count())
        } else if v.error.is_some() {
            "!".into()
        } else {
            "…".into()
        };
        // Nothing to count most of the time; the scan is only for frames with news.
        let news = if state.watch.news.is_empty() {
            0
        } else {
            let tickets = v.tickets.iter();
            tickets
                .filter(|t| state.watch.news.contains_key(&t.id))
                .count()
        };
        let news = if news > 0 {
            format!("•{news} ")
        } else {
            String::new()
        };
        let active = i == state.queue.active;
        let name = if short > usize::from(active) && width(&v.view.name) > 4 {
            crate::text::truncate(&v.view.name, 4)
        } else {
            v.view.name.clone()
        };
        (format!(" {} {name} {count} ", i + 1), news, active)
    };
    let all = |short: usize| -> Vec<(String, String, bool)> {
        let views = state.queue.views.iter().enumerate();
        views.map(|(i, v)| tab(i, v, short)).collect()
    };
    let measure = |tabs: &[(String, String, bool)]| -> usize {
        tabs.iter().map(|(t, n, _)| width(t) + width(n) + 1).sum()
    };
    let fits = |tabs: &[(String, String, bool)], right: &str| {
        11 + measure(tabs) + width(right) + 2 <= room
    };
    let mut right = full_right;
    let mut tabs = all(0);
    for short in 1..=2 {
        if fits(&tabs, &right) {
            break;
        }
        tabs = all(short);
    }
    // The time says enough where "updated" does not fit (a longer word in some languages).
    if !fits(&tabs, &right)
        && !marked
        && state.session.away.is_none()
        && let Some(time) = bare_time
    {
        right = time;
    }
    // The marks matter more than when the views were read.
    if marked && !fits(&tabs, &right) {
        right = with_marks(state, String::new());
    }
    // Being offline matters more than the time of the last answer.
    let right = match &state.session.away {
        Some(away) if !fits(&tabs, &right) => away.label().to_string(),
        _ => right,
    };
    let tabs_width: usize = tabs.iter().map(|(t, n, _)| width(t) + width(n) + 1).sum();
    let fits_desk = 10 + width(&desk) + 1 + tabs_width + width(&right) + 2 <= room;
    if fits_desk {
        spans.push(Span::styled(desk, theme.get("ui.title")));
    }
    spans.push(Span::raw(" "));
    for (text, news, active) in tabs {
        let style = if active {
            theme.get("ui.tab.active")
        } else {
            theme.get("ui.tab")
        };
        spans.push(Span::styled(text, style));
        if !news.is_empty() {
            spans.push(Span::styled(news, style.patch(theme.get("queue.row.new"))));
        }
        spans.push(Span::raw(" "));
    }
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    let gap = room.saturating_sub(used + width(&right));
    if gap > 0 {
        spans.push(Span::styled("─".repeat(gap), theme.get("ui.border")));
        spans.push(Span::styled(right, theme.get("ui.dim")));
    }
    let area = Rect {
        x: screen.x + 1,
        height: 1.min(screen.height),
        width: screen.width.saturating_sub(2),
        ..screen
    };
    frame.render_widget(
        Paragraph::new(clip(Line::from(spans), usize::from(area.width))),
        area,
    );
}

/// The right end of the status line: replies waiting in the outbox, downloads under way.
fn badge(state: &State) -> String {
    let mut badge = String::new();
    if let Some(d) = state.files.downloads.first() {
        let of = d
            .attachment
            .size
            .map(|s| format!(" of {}", crate::backend::human_size(s)))
            .unwrap_or_default();
        let more = match state.files.downloads.len() {
            1 => String::new(),
            n => format!(" +{}", n - 1),
        };
        badge.push_str(&format!(
            " ⇩ {} {}{of}{more} ",
            crate::text::fit(&d.attachment.name, 24),
            crate::backend::human_size(d.done)
        ));
    }
    if let Some(progress) = bulk_progress(state) {
        badge.push_str(&format!(" {progress} (O) "));
    }
    let replies = state
        .outbox
        .items
        .iter()
        .filter(|i| i.bulk.is_none())
        .count();
    if replies > 0 {
        badge.push_str(&format!(
            " {} ",
            crate::fl!("outbox-badge", count = replies)
        ));
    }
    badge
}

/// The bottom border: the latest notice, else the most useful keys here.
fn status_bar(frame: &mut Frame<'_>, state: &State, theme: &Theme, screen: Rect) {
    if screen.height < 2 {
        return;
    }
    let area = Rect {
        x: screen.x + 1,
        y: screen.bottom() - 1,
        width: screen.width.saturating_sub(2),
        height: 1,
    };
    // Undelivered replies stay in view whatever else the status line says, and so do
    // downloads under way.
    let badge = badge(state);
    let line = match state.status.current() {
        Some(notice) => {
            let style = match notice.level {
                Level::Info => theme.get("ui.status.ok"),
                Level::Warning => theme.get("ui.status.warning"),
                Level::Error => theme.get("ui.status.error"),
            };
            Line::from(vec![
                Span::raw(" "),
                Span::styled(notice.text.clone(), style),
                Span::raw(" "),
            ])
        }
        None => match state.session.throttled_until {
            Some(until) => {
                let secs = until.duration_since(state.session.now).as_secs().max(0);
                Line::from(vec![
                    Span::raw(" "),
                    Span::styled(
                        crate::fl!("rate-limit-holding", seconds = secs),
                        theme.get("ui.status.warning"),
                    ),
                    Span::raw(" "),
                ])
            }
            None => {
                let room = usize::from(area.width).saturating_sub(width(&badge));
                hints::line(state, theme, room)
            }
        },
    };
    let badge_width = (crate::text::width(&badge) as u16).min(area.width);
    let text_area = Rect {
        width: area.width - badge_width,
        ..area
    };
    frame.render_widget(
        Paragraph::new(clip(line, usize::from(text_area.width))),
        text_area,
    );
    if badge_width > 0 {
        let badge_area = Rect {
            x: area.right() - badge_width,
            width: badge_width,
            ..area
        };
        frame.render_widget(
            Paragraph::new(Span::styled(badge, theme.get("ui.status.error"))),
            badge_area,
        );
    }
}

/// The characters on screen, one line per row (wide characters once, not twice): what a
/// person would read, for tests and debugging.
pub fn screen_text(buffer: &ratatui::buffer::Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut skip = 0;
        for x in 0..area.width {
            // A wide character fills two cells; the second holds nothing to print.
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}

/// Cuts a line to `max` columns, ending it with `…` if anything was cut.
pub(crate) fn clip(line: Line<'_>, max: usize) -> Line<'_> {
    let mut used = 0;
    let mut out = Vec::new();
    for span in line.spans {
        let w = width(&span.content);
        if used + w <= max {
            used += w;
            out.push(span);
            continue;
        }
        let room = max.saturating_sub(used);
        if room > 0 {
            out.push(Span::styled(truncate(&span.content, room), span.style));
        }
        break;
    }
    Line::from(out).style(line.style)
}

/// A styled line from the state's theme-free description.
pub(crate) fn styled(line: &StyledLine, theme: &Theme) -> Line<'static> {
    Line::from(
        line.iter()
            .map(|s| Span::styled(s.text.clone(), theme.get(s.style)))
            .collect::<Vec<_>>(),
    )
}

/// A one-line text field with the cursor drawn as a reversed cell.
pub(crate) fn input_line(prefix: &str, text: &str, cursor: usize, theme: &Theme) -> Line<'static> {
    let before: String = text.chars().take(cursor).collect();
    let at: String = text
        .chars()
        .nth(cursor)
        .map_or(" ".into(), |c| c.to_string());
    let after: String = text.chars().skip(cursor + 1).collect();
    let input = theme.get("ui.input");
    Line::from(vec![
        Span::styled(prefix.to_string(), theme.get("ui.hint.key")),
        Span::styled(before, input),
        Span::styled(
            at,
            input.patch(Style::default().add_modifier(ratatui::style::Modifier::REVERSED)),
        ),
        Span::styled(after, input),
    ])
}

/// Spans for `text` with the characters at `hits` in the `hit` style.
pub(crate) fn highlighted(
    text: &str,
    hits: &[usize],
    base: Style,
    hit: Style,
) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    for (i, c) in text.chars().enumerate() {
        let is_hit = hits.contains(&i);
        if is_hit != run_hit && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_hit { base.patch(hit) } else { base },
            ));
        }
        run_hit = is_hit;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(
            run,
            if run_hit { base.patch(hit) } else { base },
        ));
    }
    spans
}
