//! The queue: one row per ticket, columns fitted to the pane, only the visible rows built.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{clip, highlighted, input_line};
use crate::app::layout::queue_parts;
use crate::app::state::{Focus, State, ViewState};
use crate::backend::{Priority, TicketSummary, is_long};
use crate::canned::rank::matcher;
use crate::text::{fit, time};
use crate::theme::Theme;
use crate::triage::Urgency;

/// Column widths for a pane width; a width of 0 hides the column.
struct Columns {
    id: usize,
    subject: usize,
    requester: usize,
    status: usize,
    /// The customer's language (`fi`, `de?` where guessed from the subject).
    language: usize,
    target: usize,
    tags: usize,
}

impl Columns {
    fn new(pane: usize, view: &ViewState, has_tags: bool) -> Self {
        let id = view.id_width;
        let status = if pane >= 60 { 8 } else { 0 };
        // "13h over": time left or past the target, where some ticket has one. It says what
        // to answer first, so it stays when the pane is narrow (side by side at 120 columns)
        // and the requester goes instead.
        let target = if view.targets && pane >= 44 { 8 } else { 0 };
        let tags = if has_tags && pane >= 100 { 20 } else { 0 };
        let language = if pane >= 96 { 4 } else { 0 };
        let gap = |w: usize| w + usize::from(w > 0);
        // mark + priority, then each column and the space after it, and the right margin.
        let fixed = 1
            + 2
            + 1
            + gap(id)
            + gap(status)
            + gap(language)
            + gap(7)
            + gap(target)
            + 3
            + gap(tags)
            + 1;
        let mut requester = (pane / 5).clamp(10, 20);
        // The subject says most: below 28 columns it takes back room from the requester.
        let short = 28usize.saturating_sub(pane.saturating_sub(fixed + requester + 1));
        requester -= short.min(requester.saturating_sub(12));
        if target > 0 && pane.saturating_sub(fixed + gap(requester)) < 24 {
            requester = 0;
        }
        let fixed = fixed + gap(requester);
        Self {
            id,
            subject: pane.saturating_sub(fixed).max(8),
            requester,
            status,
            language,
            target,
            tags,
        }
    }
}

/// Draws the queue pane.
pub fn draw(frame: &mut Frame<'_>, state: &State, theme: &Theme, area: Rect) {
    let parts = queue_parts(state, area);
    let Some(view) = state.queue.current() else {
        frame.render_widget(
            Paragraph::new(crate::fl!("queue-no-views")).style(theme.get("queue.empty")),
            parts.rows,
        );
        return;
    };
    let tags = state.session.capabilities.tags;
    let cols = Columns::new(usize::from(area.width), view, tags);
    frame.render_widget(Paragraph::new(header(&cols, theme)), parts.header);
    if let Some(filter_area) = parts.filter {
        let q = &state.queue.filter;
        let mut line = if state.queue.filtering {
            input_line("/", q.text(), q.cursor(), theme)
        } else {
            Line::from(vec![
                Span::styled("/", theme.get("ui.hint.key")),
                Span::styled(q.text().to_string(), theme.get("ui.input")),
            ])
        };
        let loaded = view.tickets.len();
        let unloaded = view.total.is_some_and(|t| t > loaded) || view.next_page.is_some();
        let count = if view.filter_req.is_some() {
            format!("  {}", crate::fl!("queue-filtering"))
        } else if unloaded {
            // The filter sees loaded rows only: say so, and where the rest can be found.
            let key = super::hints::key_for(
                &state.session.keymap,
                crate::keymap::Context::Queue,
                crate::action::Action::Search,
            )
            .unwrap_or_else(|| crate::action::Action::Search.name().into());
            let shown = view.visible.len();
            let said = crate::fl!(
                "queue-shown-of-loaded-search",
                shown = shown,
                loaded = loaded,
                key = key
            );
            format!("  {said}")
        } else {
            let shown = view.visible.len();
            let said = crate::fl!("queue-shown-of-loaded", shown = shown, loaded = loaded);
            format!("  {said}")
        };
        line.spans.push(Span::styled(count, theme.get("ui.dim")));
        frame.render_widget(
            Paragraph::new(clip(line, usize::from(area.width))),
            filter_area,
        );
    }
    if view.visible.is_empty() {
        let text = if let Some(err) = &view.error {
            let said = crate::fl!(
                "queue-could-not-load",
                view = view.view.name.as_str(),
                error = err.as_str()
            );
            format!(" {said}")
        } else if !view.loaded {
            format!(" {}", crate::fl!("queue-loading"))
        } else if !state.queue.filter.text().is_empty() {
            let said = crate::fl!(
                "queue-no-match",
                view = view.view.name.as_str(),
                filter = state.queue.filter.text()
            );
            format!(" {said}")
        } else {
            let said = crate::fl!("queue-empty", view = view.view.name.as_str());
            format!(" {said}")
        };
        let style = if view.error.is_some() {
            theme.get("ui.status.error")
        } else {
            theme.get("queue.empty")
        };
        frame.render_widget(
            Paragraph::new(text).style(style).wrap(Wrap { trim: true }),
            parts.rows,
        );
        return;
    }
    let filter = state.queue.filter.text().trim();
    let focused = state.focus == Focus::Queue;
    let rows: Vec<Line<'_>> = view
        .visible
        .iter()
        .enumerate()
        .skip(view.scroll)
        .take(usize::from(parts.rows.height))
        .map(|(n, &i)| {
            let t = &view.tickets[i];
            let selected = n == view.selected;
            row(state, theme, &cols, t, view, selected, focused, filter)
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), parts.rows);
}

fn header(cols: &Columns, theme: &Theme) -> Line<'static> {
    let mut text = format!(
        " P  {} {} ",
        fit("#", cols.id),
        fit(&crate::fl!("queue-subject"), cols.subject)
    );
    if cols.requester > 0 {
        text.push_str(&fit(&crate::fl!("queue-requester"), cols.requester));
        text.push(' ');
    }
    if cols.status > 0 {
        text.push_str(&fit(&crate::fl!("queue-status"), cols.status));
        text.push(' ');
    }
    if cols.language > 0 {
        text.push_str(&fit(&crate::fl!("queue-language"), cols.language));
        text.push(' ');
    }
    // Seven cells, as the column's values (`12m`, `3 ч`).
    text.push_str(&fit(&crate::fl!("queue-waiting"), 7));
    text.push(' ');
    if cols.target > 0 {
        let target = crate::text::fit_right(&crate::fl!("queue-target"), cols.target);
        text.push_str(&format!("{target} "));
    }
    text.push_str("  ↩");
    if cols.tags > 0 {
        text.push_str("  Tags");
    }
    Line::styled(text, theme.get("queue.header"))
}

/// A row's customer language: the desk's for them, else guessed from the subject (`fi?`),
/// among the team's languages; blank when neither says.
fn row_language(view: &ViewState, t: &TicketSummary) -> String {
    match view.languages.get(&t.id) {
        Some(s) if s.detected => format!("{}?", s.code),
        Some(s) => s.code.clone(),
        None => String::new(),
    }
}

pub(crate) fn priority_style(p: Priority, theme: &Theme) -> Style {
    theme.get(match p {
        Priority::Urgent => "queue.priority.urgent",
        Priority::High => "queue.priority.high",
        Priority::Normal => "queue.priority.normal",
        Priority::Low => "queue.priority.low",
    })
}

#[allow(clippy::too_many_arguments)]
fn row(
    state: &State,
    theme: &Theme,
    cols: &Columns,
    t: &TicketSummary,
    view: &ViewState,
    selected: bool,
    focused: bool,
    filter: &str,
) -> Line<'static> {
    let now = state.session.now;
    let fresh = view.fresh.contains(&t.id) || state.watch.news.contains_key(&t.id);
    let base = if fresh {
        theme.get("queue.row.new")
    } else {
        theme.get("queue.row")
    };
    let sel = if selected && focused {
        theme.get("queue.row.selected")
    } else if selected {
        // The row stays findable, plainly not what the keys act on.
        theme.get("queue.row.selected.away")
    } else {
        Style::default()
    };
    let paint = |style: Style| base.patch(style).patch(sel);
    let waiting = t
        .waiting_since
        .map_or_else(|| "—".to_string(), |w| time::age(now, w));
    let flagged = is_long(t.replies, state.session.long_thread);
    let replies = match t.replies {
        Some(n) if flagged => format!("{n}!"),
        Some(n) => n.to_string(),
        None => "·".to_string(),
    };

    // One column says the most pressing thing about the row: a reply still in the outbox, a
    // draft in progress, or news.
    let has_draft = state
        .compose
        .drafts
        .get(&t.id)
        .is_some_and(|d| !d.is_blank());
    let marked = state.queue.marks.contains(t.id);
    let mark = if marked {
        "✓"
    } else if state.outbox.has(t.id) {
        "⇪"
    } else if has_draft {
        "✎"
    } else if fresh {
        "•"
    } else {
        " "
    };
    // A blank mark carries no style: an unstyled cell costs no bytes on the wire.
    let mark_style = if mark == " " {
        Style::default()
    } else if marked {
        theme.get("queue.row.marked")
    } else {
        theme.get("queue.row.new")
    };
    let mut spans = vec![
        Span::styled(mark, paint(mark_style)),
        Span::styled(
            fit(t.priority.marker(), 2),
            paint(priority_style(t.priority, theme)),
        ),
        Span::styled(" ", paint(Style::default())),
        Span::styled(fit(&t.id.to_string(), cols.id), paint(theme.get("ui.dim"))),
        Span::styled(" ", paint(Style::default())),
    ];
    let subject = fit(&t.subject, cols.subject);
    let hits = if filter.is_empty() {
        Vec::new()
    } else {
        matcher()
            .hits(&subject, filter)
            .map(|(_, h)| h)
            .unwrap_or_default()
    };
    spans.extend(highlighted(
        &subject,
        &hits,
        paint(Style::default()),
        theme.get("ui.match"),
    ));
    let requester = if cols.requester > 0 {
        format!(" {} ", fit(t.requester.display_name(), cols.requester))
    } else {
        " ".to_string()
    };
    spans.push(Span::styled(requester, paint(Style::default())));
    if cols.status > 0 {
        spans.push(Span::styled(
            format!("{} ", fit(&t.status.name, cols.status)),
            paint(theme.get("ui.dim")),
        ));
    }
    if cols.language > 0 {
        spans.push(Span::styled(
            format!("{} ", fit(&row_language(view, t), cols.language)),
            paint(theme.get("ui.dim")),
        ));
    }
    let wait_style = match state.session.triage.urgency(t, now) {
        Urgency::Breached => theme.get("queue.overdue"),
        Urgency::Near => theme.get("queue.near"),
        Urgency::Later | Urgency::None => Style::default(),
    };
    if cols.target > 0 {
        let paused = t.clock.as_ref().is_some_and(|c| c.paused);
        let target = match t.due_at {
            Some(due) => time::until_short(now, due),
            None if paused => crate::fl!("queue-paused"),
            None => String::new(),
        };
        spans.push(Span::styled(
            format!("{} ", crate::text::fit_right(&waiting, 7)),
            paint(Style::default()),
        ));
        spans.push(Span::styled(
            format!("{} ", crate::text::fit_right(&target, cols.target)),
            paint(wait_style),
        ));
    } else {
        // Without room for the target, the wait carries its colour.
        let waiting = crate::text::fit_right(&waiting, 7);
        spans.push(Span::styled(format!("{waiting} "), paint(wait_style)));
    }
    let reply_style = if flagged {
        theme.get("queue.replies.flagged")
    } else {
        theme.get("ui.dim")
    };
    spans.push(Span::styled(format!("{replies:>3}"), paint(reply_style)));
    if cols.tags > 0 {
        spans.push(Span::styled(
            format!("  {}", fit(&t.tags.join(", "), cols.tags)),
            paint(theme.get("ui.dim")),
        ));
    }
    spans.push(Span::styled(" ".repeat(3), paint(Style::default())));
    Line::from(spans)
}
