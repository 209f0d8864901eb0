//! Screen geometry, shared by the views (to draw) and by `update` (to know how many rows a
//! page is and how wide the conversation wraps). Pure arithmetic on the terminal size.

use ratatui::layout::Rect;

use crate::app::state::{Focus, State};

/// From this width on, queue and detail sit side by side.
pub const WIDE: u16 = 120;

/// How many lines of what a yes-or-no question would change it shows on a screen `height` rows
/// tall: what is left beside the frame, the answers and the lines saying more follow.
pub fn listing_rows(height: u16) -> usize {
    usize::from(height.saturating_sub(10)).clamp(1, 20)
}

/// Rows of other tickets shown under the conversation.
const HISTORY_ROWS: u16 = 5;

/// Where each pane goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    /// The whole screen.
    pub screen: Rect,
    pub queue: Option<Rect>,
    /// The column between queue and detail when both show.
    pub divider: Option<Rect>,
    pub detail: Option<Rect>,
}

/// The panes for the current size and focus.
pub fn panes(state: &State) -> Panes {
    let (w, h) = state.session.size;
    let screen = Rect::new(0, 0, w, h);
    let body = Rect::new(1.min(w), 1.min(h), w.saturating_sub(2), h.saturating_sub(2));
    if w >= WIDE {
        let qw = body.width / 2;
        let queue = Rect { width: qw, ..body };
        let divider = Rect {
            x: body.x + qw,
            width: 1,
            ..body
        };
        let detail = Rect {
            x: body.x + qw + 1,
            width: body.width.saturating_sub(qw + 1),
            ..body
        };
        return Panes {
            screen,
            queue: Some(queue),
            divider: Some(divider),
            detail: Some(detail),
        };
    }
    match state.focus {
        Focus::Queue => Panes {
            screen,
            queue: Some(body),
            divider: None,
            detail: None,
        },
        Focus::Detail | Focus::Compose => Panes {
            screen,
            queue: None,
            divider: None,
            detail: Some(body),
        },
    }
}

/// The queue pane's parts: column header, ticket rows, and the filter line when shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueParts {
    pub header: Rect,
    pub rows: Rect,
    pub filter: Option<Rect>,
}

/// Splits the queue pane.
pub fn queue_parts(state: &State, pane: Rect) -> QueueParts {
    let header = Rect {
        height: 1.min(pane.height),
        ..pane
    };
    let show_filter = state.queue.filtering || !state.queue.filter.text().is_empty();
    let filter_h = u16::from(show_filter);
    let rows = Rect {
        y: pane.y + 1,
        height: pane.height.saturating_sub(1 + filter_h),
        ..pane
    };
    let filter = show_filter.then(|| Rect {
        y: pane.bottom().saturating_sub(1),
        height: 1,
        ..pane
    });
    QueueParts {
        header,
        rows,
        filter,
    }
}

/// How many ticket rows the queue shows: one page.
pub fn queue_rows(state: &State) -> usize {
    let pane = panes(state).queue.unwrap_or(Rect::new(0, 0, 80, 22));
    usize::from(queue_parts(state, pane).rows.height).max(1)
}

/// The detail pane's parts, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailParts {
    pub header: Rect,
    pub conversation: Rect,
    pub history: Option<Rect>,
    pub compose: Option<Rect>,
}

/// Splits the detail pane: header, conversation, then either the composer or the requester's
/// other tickets.
pub fn detail_parts(state: &State, pane: Rect) -> DetailParts {
    // A fifth line names the ticket's links, where it has some, and another its filled
    // custom fields.
    let loaded = state.detail.loaded();
    let linked = loaded.is_some_and(|t| !t.links.is_empty());
    let fielded = loaded.is_some_and(|t| t.fields.iter().any(|f| f.is_filled()));
    let header = Rect {
        height: (4 + u16::from(linked) + u16::from(fielded)).min(pane.height),
        ..pane
    };
    let rest_y = pane.y + header.height;
    let rest_h = pane.height.saturating_sub(header.height);
    let composing = state.focus == Focus::Compose && state.compose.current().is_some();
    let bottom_h = if composing {
        // Half the pane: the recipients line takes one of the composer's rows.
        (rest_h / 2).max(7).min(rest_h.saturating_sub(3))
    } else {
        let others = state.detail.others().len() as u16;
        if others == 0 {
            0
        } else {
            (1 + others.min(HISTORY_ROWS)).min(rest_h / 2)
        }
    };
    let conversation = Rect {
        y: rest_y,
        height: rest_h.saturating_sub(bottom_h),
        ..pane
    };
    let bottom = Rect {
        y: rest_y + conversation.height,
        height: bottom_h,
        ..pane
    };
    DetailParts {
        header,
        conversation,
        history: (!composing && bottom_h > 0).then_some(bottom),
        compose: composing.then_some(bottom),
    }
}

/// How many conversation lines fit, and how wide they wrap.
pub fn conversation_size(state: &State) -> (usize, u16) {
    let pane = panes(state).detail.unwrap_or_else(|| {
        // Narrow screen showing the queue: the detail pane would take the whole body.
        let (w, h) = state.session.size;
        Rect::new(1, 1, w.saturating_sub(2), h.saturating_sub(2))
    });
    let conv = detail_parts(state, pane).conversation;
    (
        usize::from(conv.height).max(1),
        conv.width.saturating_sub(1).max(10),
    )
}

/// How wide a read-only panel's text is: the panel is at most 96 columns, less its borders
/// and a column of margin.
pub fn panel_width(state: &State) -> usize {
    usize::from(state.session.size.0.min(96))
        .saturating_sub(3)
        .max(20)
}
