//! Attachments in the interface: the list of a ticket's files, downloads under way, the
//! built-in viewer, and where saved files go.

use std::path::PathBuf;
use std::sync::Arc;

use jiff::Timestamp;

use super::RequestId;
use crate::backend::{Attachment, MessageKind, Ticket, TicketId};

/// What frontdesk does with a downloaded file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Show it: text in the viewer, a picture in the terminal, anything else with the
    /// desktop's opener (or saved, where there is none).
    Open,
    /// Save it to the download folder.
    Save,
    /// Attach it to the draft of a ticket (a canned response's file).
    Attach(TicketId),
}

/// One file of a ticket, with the message it came on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub attachment: Attachment,
    pub author: String,
    pub kind: MessageKind,
    pub at: Timestamp,
}

/// Every attachment of `ticket`, newest message first.
pub fn listed(ticket: &Ticket) -> Vec<Listed> {
    ticket
        .conversation
        .iter()
        .rev()
        .flat_map(|m| {
            m.attachments.iter().map(|a| Listed {
                attachment: a.clone(),
                author: m.author.clone(),
                kind: m.kind,
                at: m.created_at,
            })
        })
        .collect()
}

/// The attachment list (`o` in the ticket).
#[derive(Debug, Clone)]
pub struct FileList {
    pub ticket: TicketId,
    pub items: Vec<Listed>,
    pub selected: usize,
}

/// A download under way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    pub req: RequestId,
    pub ticket: TicketId,
    pub attachment: Attachment,
    pub purpose: Purpose,
    /// Bytes so far.
    pub done: u64,
}

/// What the viewer shows.
#[derive(Debug, Clone)]
pub enum Viewed {
    /// Text, cleaned like ticket text, as lines.
    Text {
        lines: Vec<String>,
        /// Only the start of a long file is shown.
        cut: bool,
    },
    /// A picture, decoded and bounded in size; drawn by the terminal layer.
    Image(Arc<image::DynamicImage>),
}

/// The built-in viewer: one attachment's contents.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub ticket: TicketId,
    pub attachment: Attachment,
    pub content: Viewed,
    pub scroll: usize,
    /// The list it was opened from, which closing it goes back to.
    pub list: Option<FileList>,
    /// What `/` looks for in a text file, as in `less`; `n` and `N` go to the next and
    /// previous line holding it.
    pub search: Option<super::input::LineInput>,
    /// Whether keys type into the search.
    pub typing: bool,
    /// The lines holding the search, found when it changes (drawing only counts them).
    pub found: Vec<usize>,
}

impl Viewer {
    /// Finds the lines holding the search again, after it changed.
    pub fn research(&mut self) {
        self.found = self.matches();
    }

    /// The lines holding the search (any case), in order; none without one or for a picture.
    fn matches(&self) -> Vec<usize> {
        let query = self
            .search
            .as_ref()
            .map(|s| s.text().trim().to_lowercase())
            .unwrap_or_default();
        match &self.content {
            Viewed::Text { lines, .. } if !query.is_empty() => lines
                .iter()
                .enumerate()
                .filter(|(_, l)| l.to_lowercase().contains(&query))
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Puts the next (`forward`) or previous line holding the search at the top, from
    /// `from`; whether there is one.
    pub fn to_match(&mut self, from: usize, forward: bool) -> bool {
        let next = if forward {
            self.found.iter().find(|&&i| i >= from)
        } else {
            self.found.iter().rev().find(|&&i| i < from)
        };
        match next {
            Some(&line) => {
                self.scroll = line;
                true
            }
            None => false,
        }
    }
}

pub use crate::config::{Graphics, MAX_DOWNLOAD};

/// Attachment settings and downloads.
#[derive(Debug, Clone)]
pub struct FilesState {
    /// Where saved attachments go.
    pub download_dir: PathBuf,
    /// Larger files are fetched only once the agent confirms.
    pub max_download: u64,
    /// Whether the desktop has an opener for other files (`xdg-open`, `open`).
    pub opener: bool,
    /// How pictures are drawn, and the terminal's cell size in pixels.
    pub graphics: Graphics,
    pub cell_pixels: (u16, u16),
    pub downloads: Vec<Download>,
    /// Where files fetched for a draft are kept until it is sent (with the drafts, private).
    pub attach_dir: PathBuf,
    /// Where a relative path the agent types starts, and what `~` means.
    pub cwd: PathBuf,
    pub home: Option<PathBuf>,
}

impl FilesState {
    /// Settings for saving into `download_dir`, nothing under way, pictures in half blocks.
    pub fn new(download_dir: PathBuf) -> Self {
        Self {
            download_dir,
            max_download: MAX_DOWNLOAD,
            opener: false,
            graphics: Graphics::Halfblocks,
            cell_pixels: (10, 20),
            downloads: Vec::new(),
            attach_dir: std::env::temp_dir().join("frontdesk-attachments"),
            cwd: PathBuf::from("."),
            home: None,
        }
    }

    /// A path as the agent typed (or pasted) it, made absolute: quotes a terminal adds around
    /// a dropped file taken off, `file://` and `~` understood, relative to the working folder.
    pub fn resolve(&self, typed: &str) -> PathBuf {
        let mut text = typed.trim();
        for quote in ['\'', '"'] {
            if text.len() >= 2 && text.starts_with(quote) && text.ends_with(quote) {
                text = &text[1..text.len() - 1];
            }
        }
        let text = text.strip_prefix("file://").unwrap_or(text);
        let text = text.replace("\\ ", " ");
        let path = match (text.strip_prefix('~'), &self.home) {
            (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with('/') => {
                home.join(rest.trim_start_matches('/'))
            }
            _ => PathBuf::from(&text),
        };
        if path.is_absolute() {
            path
        } else {
            self.cwd.join(path)
        }
    }

    /// The download that request `req` is for.
    pub fn download_mut(&mut self, req: RequestId) -> Option<&mut Download> {
        self.downloads.iter_mut().find(|d| d.req == req)
    }

    /// Takes the download that request `req` was for.
    pub fn finish(&mut self, req: RequestId) -> Option<Download> {
        let at = self.downloads.iter().position(|d| d.req == req)?;
        Some(self.downloads.remove(at))
    }
}

/// Whether a file is text the viewer can show, by its stated type or its name.
pub fn is_text(attachment: &Attachment) -> bool {
    let mime = attachment.mime.to_ascii_lowercase();
    let name = attachment.name.to_ascii_lowercase();
    mime.starts_with("text/")
        || ["json", "xml", "csv", "yaml", "x-log", "rfc822", "x-sh"]
            .iter()
            .any(|t| mime.ends_with(t))
        || [
            ".txt", ".log", ".csv", ".json", ".xml", ".yaml", ".yml", ".eml", ".md", ".ini",
            ".conf", ".cfg", ".toml", ".har",
        ]
        .iter()
        .any(|ext| name.ends_with(ext))
}

/// Whether a file is a picture the terminal can show, by its stated type or its name.
pub fn is_image(attachment: &Attachment) -> bool {
    let mime = attachment.mime.to_ascii_lowercase();
    let name = attachment.name.to_ascii_lowercase();
    [
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "image/bmp",
    ]
    .contains(&mime.as_str())
        || [".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"]
            .iter()
            .any(|ext| name.ends_with(ext))
}
