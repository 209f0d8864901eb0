//! The attachment windows: the list of a ticket's files, and the viewer for one of them
//! (text cleaned like ticket text; pictures through ratatui-image, in half blocks unless the
//! terminal is known to take a graphics protocol).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui_image::picker::{Picker, ProtocolType};
use ratatui_image::{Image, Resize};

use super::overlay::{centred, clear, frame_block};
use crate::app::state::State;
use crate::app::state::detail::when;
use crate::app::state::files::{FileList, Graphics, Viewed, Viewer};
use crate::backend::MessageKind;
use crate::text::{truncate, width, wrap};
use crate::theme::Theme;

/// The attachment list: newest first, each with who sent it and when.
pub fn list(frame: &mut Frame<'_>, state: &State, theme: &Theme, list: &FileList, screen: Rect) {
    let h = (list.items.len() as u16 + 4).min(screen.height.saturating_sub(2));
    let area = centred(screen, 100, h);
    let inner = usize::from(area.width.saturating_sub(2));
    let rows = usize::from(area.height.saturating_sub(4)).max(1);
    let first = list.selected.saturating_sub(rows - 1);
    let tz = &state.session.tz;
    let mut lines: Vec<Line<'_>> = Vec::new();
    for (i, item) in list.items.iter().enumerate().skip(first).take(rows) {
        let who = match item.kind {
            MessageKind::Internal => crate::fl!("files-note-by", who = item.author.as_str()),
            _ => item.author.clone(),
        };
        let from = format!(" {} · {}", who, when(item.at, state.session.now, tz));
        let name = format!(" 📎 {}", item.attachment.describe());
        let room = inner.saturating_sub(width(&from));
        let style = if i == list.selected {
            theme.get("menu.selected")
        } else {
            theme.get("message.attachment")
        };
        let gap = room.saturating_sub(width(&truncate(&name, room)));
        lines.push(Line::from(vec![
            Span::styled(truncate(&name, room), style),
            Span::styled(" ".repeat(gap), style),
            Span::styled(truncate(&from, inner), theme.get("ui.dim")),
        ]));
    }
    lines.push(Line::default());
    let folder = state.files.download_dir.display().to_string();
    lines.push(Line::styled(
        truncate(&crate::fl!("files-list-keys", folder = folder), inner),
        theme.get("ui.dim"),
    ));
    clear(frame, area);
    let title = crate::fl!(
        "files-list-title",
        id = list.ticket.to_string(),
        count = list.items.len()
    );
    frame.render_widget(Paragraph::new(lines).block(frame_block(title, theme)), area);
}

/// The viewer: a text file's lines (wrapped, scrolled by line), or a picture fitted to the
/// window.
pub fn viewer(frame: &mut Frame<'_>, state: &State, theme: &Theme, v: &Viewer, screen: Rect) {
    let area = centred(screen, screen.width.saturating_sub(4), screen.height);
    clear(frame, area);
    let mut title = crate::fl!("files-viewer-title", file = v.attachment.describe());
    if let Some(search) = &v.search {
        let cursor = if v.typing { "▏" } else { "" };
        let said = crate::fl!(
            "viewer-search",
            query = format!("{}{cursor}", search.text()),
            count = v.found.len()
        );
        title = format!("{} · {said} ", title.trim_end());
    }
    let block = frame_block(truncate(&title, usize::from(area.width) - 2), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    match &v.content {
        Viewed::Text { lines, cut } => {
            let cols = usize::from(inner.width.saturating_sub(1)).max(1);
            let rows = usize::from(inner.height);
            let mut shown: Vec<Line<'_>> = Vec::new();
            for line in lines.iter().skip(v.scroll) {
                for part in wrap(line, cols) {
                    shown.push(Line::styled(format!(" {part}"), theme.get("message.body")));
                }
                if shown.len() >= rows {
                    break;
                }
            }
            let end = v.scroll + rows >= lines.len();
            if *cut && end && shown.len() < rows {
                shown.push(Line::styled(
                    crate::fl!("files-only-start"),
                    theme.get("ui.dim"),
                ));
            }
            shown.truncate(rows);
            frame.render_widget(Paragraph::new(shown), inner);
        }
        Viewed::Image(image) => picture(frame, state, theme, image, inner),
    }
}

/// A picture fitted into `area`, centred. The picture is first scaled to about the pixels the
/// area holds, so each frame works on a small copy, never on the full decoded image.
fn picture(
    frame: &mut Frame<'_>,
    state: &State,
    theme: &Theme,
    image: &image::DynamicImage,
    area: Rect,
) {
    let files = &state.files;
    // Half blocks draw two pixels a cell, one above the other: the picture only needs that
    // many pixels, which keeps each frame's work small.
    let (cw, ch) = match files.graphics {
        Graphics::Halfblocks => (1, 2),
        _ => files.cell_pixels,
    };
    #[allow(deprecated)] // the replacement asks the terminal, which the input reader owns
    let mut picker = Picker::from_fontsize((cw.max(1), ch.max(1)).into());
    picker.set_protocol_type(match files.graphics {
        Graphics::Halfblocks => ProtocolType::Halfblocks,
        Graphics::Kitty => ProtocolType::Kitty,
        Graphics::Sixel => ProtocolType::Sixel,
        Graphics::Iterm2 => ProtocolType::Iterm2,
    });
    let (px_w, px_h) = (
        u32::from(area.width) * u32::from(cw.max(1)),
        u32::from(area.height) * u32::from(ch.max(1)),
    );
    let small = image.thumbnail(px_w.max(1), px_h.max(1));
    let size = ratatui::layout::Size::new(area.width, area.height);
    match picker.new_protocol(small, size, Resize::Fit(None)) {
        Ok(protocol) => {
            let used = protocol.size();
            let placed = Rect {
                x: area.x + area.width.saturating_sub(used.width) / 2,
                y: area.y + area.height.saturating_sub(used.height) / 2,
                width: used.width.min(area.width),
                height: used.height.min(area.height),
            };
            frame.render_widget(Image::new(&protocol), placed);
        }
        Err(err) => frame.render_widget(
            Paragraph::new(crate::fl!("files-picture-failed", why = err.to_string()))
                .style(theme.get("ui.status.error")),
            area,
        ),
    }
}
