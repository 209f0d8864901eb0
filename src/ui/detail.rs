//! The detail pane: header, requester card, conversation, and the requester's other tickets
//! (or the composer while writing).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{clip, compose, styled};
use crate::app::layout::{WIDE, detail_parts};
use crate::app::state::{Focus, State};
use crate::backend::{Ticket, TicketSummary};
use crate::text::{fit, time, width};
use crate::theme::Theme;

/// Draws the detail pane.
pub fn draw(frame: &mut Frame<'_>, state: &State, theme: &Theme, area: Rect) {
    if state.focus == Focus::Compose
        && let Some(draft) = state.compose.current().filter(|d| d.form.is_some())
    {
        super::new_ticket::draw(frame, state, theme, area, draft);
        return;
    }
    let parts = detail_parts(state, area);
    let Some(ticket) = state.detail.loaded() else {
        let text = match (&state.detail.ticket.error, state.detail.id) {
            (Some(err), Some(id)) => format!(
                " {}",
                crate::fl!(
                    "detail-could-not-open",
                    id = id.to_string(),
                    error = err.as_str()
                )
            ),
            (None, Some(id)) => format!(" {}", crate::fl!("detail-loading", id = id.to_string())),
            _ => format!(" {}", crate::fl!("detail-select")),
        };
        let style = if state.detail.ticket.error.is_some() {
            theme.get("ui.status.error")
        } else {
            theme.get("queue.empty")
        };
        // A draft begun before the ticket arrived (or for one that would not load) shows
        // under the message, so what the agent types is never out of sight.
        let above = match parts.compose {
            Some(c) => Rect {
                height: c.y.saturating_sub(area.y),
                ..area
            },
            None => area,
        };
        frame.render_widget(
            Paragraph::new(text).style(style).wrap(Wrap { trim: true }),
            above,
        );
        if let Some(c) = parts.compose {
            compose::draw(frame, state, theme, c);
        }
        return;
    };
    let w = usize::from(area.width);
    let conv = parts.conversation;
    let rows = usize::from(conv.height);
    let below = state
        .detail
        .transcript
        .len()
        .saturating_sub(state.detail.scroll + rows);
    let header: Vec<Line<'_>> = header_lines(state, theme, ticket, w, below)
        .into_iter()
        .map(|l| clip(l, w))
        .collect();
    frame.render_widget(Paragraph::new(header), parts.header);
    let lines: Vec<Line<'_>> = state
        .detail
        .transcript
        .iter()
        .skip(state.detail.scroll)
        .take(rows)
        .map(|l| styled(l, theme))
        .collect();
    frame.render_widget(Paragraph::new(lines), conv);
    if let Some(h) = parts.history {
        history(frame, state, theme, ticket, h);
    }
    if let Some(c) = parts.compose {
        compose::draw(frame, state, theme, c);
    }
}

fn header_lines(
    state: &State,
    theme: &Theme,
    ticket: &Ticket,
    w: usize,
    below: usize,
) -> Vec<Line<'static>> {
    let t = &ticket.summary;
    let now = state.session.now;
    let dim = theme.get("detail.meta");
    let priority = match t.priority_value {
        Some(n) => format!(
            "{} {} ({n})",
            t.priority.marker(),
            crate::i18n::format::priority(t.priority)
        ),
        None => format!(
            "{} {}",
            t.priority.marker(),
            crate::i18n::format::priority(t.priority)
        ),
    };
    let mut meta = vec![
        Span::styled(priority, super::queue::priority_style(t.priority, theme)),
        Span::styled(format!(" · {}", t.status.name), dim),
    ];
    // The target comes before the longer facts, so a narrow pane cuts those, not it.
    // The desk's own clock is named; a paused one says so instead of a target.
    let clock = t.clock.as_ref();
    if let Some(due) = t.due_at {
        let style = if due < now {
            theme.get("queue.overdue")
        } else {
            dim
        };
        let which = clock.map_or(String::new(), |c| format!(" ({})", c.name));
        meta.push(Span::styled(
            format!(
                " · {}{which}",
                crate::fl!("detail-target", when = time::until(now, due))
            ),
            style,
        ));
    } else if let Some(c) = clock.filter(|c| c.paused) {
        let paused = crate::fl!("detail-clock-paused", clock = c.name.as_str());
        meta.push(Span::styled(format!(" · {paused}"), dim));
    }
    let assignee = t
        .assignee
        .as_ref()
        .map_or_else(|| crate::fl!("detail-unassigned"), |a| a.name.clone());
    meta.push(Span::styled(format!(" · {assignee}"), dim));
    if let Some(time) = &ticket.time {
        meta.push(Span::styled(format!(" · {}", time.shown()), dim));
    }
    if let Some(group) = &t.group {
        meta.push(Span::styled(format!(" · {group}"), dim));
    }
    if !t.tags.is_empty() {
        meta.push(Span::styled(format!(" · {}", t.tags.join(", ")), dim));
    }
    let r = &t.requester;
    let mut card = vec![Span::styled(
        r.display_name().to_string(),
        theme.get("detail.requester"),
    )];
    if !r.name.is_empty() {
        card.push(Span::styled(format!(" <{}>", r.email), dim));
    }
    if let Some(org) = &r.organization {
        card.push(Span::styled(format!(" · {org}"), dim));
    }
    // The language to answer in, before their local time: both say how to write back.
    let spoken = state.detail.spoken.clone();
    if let Some(spoken) = &spoken {
        card.push(Span::styled(format!(" · {}", language_said(spoken)), dim));
    }
    if let Some(local) =
        crate::app::state::customer_time(&state.session, ticket, spoken.as_ref(), now)
    {
        card.push(Span::styled(format!(" · {local}"), dim));
    }
    if !ticket.cc.is_empty() {
        // Who else gets the replies: worth knowing before writing one.
        card.push(Span::styled(format!(" · cc {}", ticket.cc.join(", ")), dim));
    }
    let messages = ticket.conversation.len();
    let mut section = if ticket.older_not_shown {
        // Read newest first and cut at a bound: say so, rather than pass it off as the start.
        format!(
            "── {}",
            crate::fl!("detail-conversation-newest", n = messages)
        )
    } else {
        format!("── {}", crate::fl!("detail-conversation", n = messages))
    };
    let long = crate::backend::is_long(t.replies, state.session.long_thread);
    if let (true, Some(n)) = (long, t.replies) {
        section.push_str(&format!(" · {}", crate::fl!("detail-long-thread", n = n)));
    }
    section.push(' ');
    // Where the conversation continues above or below the pane, the rule says so.
    let above = state.detail.scroll;
    let more = match (above, below) {
        (0, 0) => String::new(),
        (0, below) => format!(" {} ─", crate::fl!("detail-more-below", n = below)),
        (above, 0) => format!(" {} ─", crate::fl!("detail-more-above", n = above)),
        (above, below) => format!(" ↑ {above} · ↓ {below} ─"),
    };
    let fill = w.saturating_sub(width(&section) + width(&more));
    let section_style = if long {
        theme.get("queue.replies.flagged")
    } else {
        theme.get("detail.section")
    };
    [
        {
            // Where the copy is from matters more than the subject's last words. Beside
            // the queue, the ticket that takes the keys says so, as the selected row does
            // while the queue has them.
            let (number, from) = (format!("#{} ", t.id), cached(state));
            let keys_here = state.focus != Focus::Queue && state.session.size.0 >= WIDE;
            let (number, number_style) = if keys_here {
                (format!("▶ {number}"), theme.get("queue.row.selected"))
            } else {
                (number, dim)
            };
            let room = w.saturating_sub(width(&number) + width(&from));
            Line::from(vec![
                Span::styled(number, number_style),
                Span::styled(
                    crate::text::truncate(&t.subject, room),
                    theme.get("detail.subject"),
                ),
                Span::styled(from, dim),
            ])
        },
        Line::from(meta),
        Line::from(fit_card(card, w)),
    ]
    .into_iter()
    .chain(links_line(state, theme, ticket))
    .chain(fields_line(state, theme, ticket))
    .chain([Line::from(vec![
        Span::styled(section, section_style),
        Span::styled("─".repeat(fill), theme.get("ui.border")),
        Span::styled(more, theme.get("ui.hint.key")),
    ])])
    .collect()
}

/// The requester's line within `w` columns: their address goes first when all does not fit,
/// since the name, language and local time say more about how to answer.
fn fit_card(mut card: Vec<Span<'static>>, w: usize) -> Vec<Span<'static>> {
    let total: usize = card.iter().map(|s| width(&s.content)).sum();
    if total > w && card.len() > 1 && card[1].content.starts_with(" <") {
        card.remove(1);
    }
    card
}

/// `Finnish`, or `Finnish?` where frontdesk guessed it from the customer's messages; a
/// language frontdesk has no name for is shown by its code.
fn language_said(spoken: &crate::text::language::Spoken) -> String {
    let id = format!("language-{}", spoken.code);
    let name = if crate::i18n::has(&id) {
        crate::i18n::text(&id)
    } else {
        spoken.code.clone()
    };

    if spoken.detected {
        crate::fl!("detail-writes-detected", language = name)
    } else {
        crate::fl!("detail-writes", language = name)
    }
}

/// ` · cached 3m ago · ⟳` while the copy shown is the one kept on disk.
fn cached(state: &State) -> String {
    let Some(at) = state.detail.cached_at else {
        return String::new();
    };
    let age = time::age(state.session.now, at);
    let cached = crate::fl!("detail-cached", age = age);
    if state.detail.ticket.is_loading() {
        format!(" · {cached} · ⟳")
    } else {
        let away = state
            .session
            .away
            .as_ref()
            .map_or_else(|| crate::fl!("title-offline"), |a| a.label());
        format!(" · {cached} · {away}")
    }
}

/// `Linked: refers to #12 · depends on #15 (L opens)`, where the ticket has links.
/// `Order number: SO-2026-0815 · Product: Billing`: the custom fields that hold something,
/// where the ticket has any (all of them, empty ones too, are in the fields panel).
/// The filled fields, each value by its label where the desk stores something else (an
/// option's id or tag, `true` for a checkbox).
fn fields_line(state: &State, theme: &Theme, ticket: &Ticket) -> Option<Line<'static>> {
    let dim = theme.get("detail.meta");
    let mut spans = Vec::new();
    for field in ticket.fields.iter().filter(|f| f.is_filled()) {
        if !spans.is_empty() {
            spans.push(Span::styled(" · ", dim));
        }
        let shown = match state.session.field(&field.id) {
            Some(def) => field
                .values
                .iter()
                .map(|v| def.label_of(v))
                .collect::<Vec<_>>()
                .join(", "),
            None => field.shown(),
        };
        spans.push(Span::styled(format!("{}: ", field.name), dim));
        spans.push(Span::styled(shown, theme.get("detail.field")));
    }
    (!spans.is_empty()).then(|| Line::from(spans))
}

fn links_line(state: &State, theme: &Theme, ticket: &Ticket) -> Option<Line<'static>> {
    if ticket.links.is_empty() {
        return None;
    }
    let dim = theme.get("detail.meta");
    let mut spans = vec![Span::styled(
        format!("{} ", crate::fl!("detail-linked")),
        dim,
    )];
    for (i, link) in ticket.links.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", dim));
        }
        spans.push(Span::styled(format!("{} ", link.kind), dim));
        spans.push(Span::styled(
            format!("#{}", link.id),
            theme.get("detail.requester"),
        ));
    }
    if let Some(key) = super::hints::key_for(
        &state.session.keymap,
        crate::keymap::Context::Detail,
        crate::action::Action::Links,
    ) {
        spans.push(Span::styled(
            format!("  {}", crate::fl!("detail-key-opens", key = key)),
            theme.get("ui.dim"),
        ));
    }
    Some(Line::from(spans))
}

fn history(frame: &mut Frame<'_>, state: &State, theme: &Theme, ticket: &Ticket, area: Rect) {
    let others: Vec<&TicketSummary> = state.detail.others();
    let who = ticket
        .summary
        .requester
        .first_name()
        .map_or_else(|| crate::fl!("detail-the-requester"), str::to_string);
    let title = format!(
        "── {} ",
        crate::fl!("detail-other-tickets", who = who, n = others.len())
    );
    let fill = usize::from(area.width).saturating_sub(width(&title));
    let focused = state.detail.history_focus && state.focus == Focus::Detail;
    let title_style = if focused {
        theme.get("ui.border.focused")
    } else {
        theme.get("detail.section")
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(title, title_style),
        Span::styled("─".repeat(fill), theme.get("ui.border")),
    ])];
    let rows = usize::from(area.height.saturating_sub(1));
    let first = state
        .detail
        .history_selected
        .saturating_sub(rows.saturating_sub(1));
    // As wide as the longest age shown (`29m`, `29 мин`), so subjects line up.
    let ages: Vec<String> = others
        .iter()
        .map(|t| time::age(state.session.now, t.created_at))
        .collect();
    let age_width = ages.iter().map(|a| width(a)).max().unwrap_or(0).max(3);
    for (i, t) in others.iter().enumerate().skip(first).take(rows) {
        let style = if focused && i == state.detail.history_selected {
            theme.get("detail.history.selected")
        } else {
            theme.get("detail.meta")
        };
        let text = format!(
            "#{} {} {}  {}",
            t.id,
            fit(&t.status.name, 8),
            fit(&ages[i], age_width),
            t.subject
        );
        lines.push(Line::styled(fit(&text, usize::from(area.width)), style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
