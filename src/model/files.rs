//! Files and recipients of messages: what a help desk lists on a message it received, and
//! what a reply takes with it (files from the agent's disk, copies to other people).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// A file on a message, as the help desk lists it. `name` and `mime` come from strangers and
/// are cleaned by the backend like all ticket text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Attachment {
    pub name: String,
    /// The media type the desk states (`image/png`); may be empty or wrong, so what the bytes
    /// are is sniffed again before anything is shown.
    pub mime: String,
    /// Bytes, when the desk says.
    pub size: Option<u64>,
    /// Shown inside the message's HTML (a pasted screenshot) rather than attached to it.
    pub inline: bool,
    /// How the backend fetches it: a URL or the desk's own ids. Opaque outside the backend.
    /// Never written to disk: some desks' URLs carry a signature that grants access.
    #[serde(skip)]
    pub source: String,
}

impl Attachment {
    /// `screenshot.png · image/png · 240 KB`, for the message and the attachment list.
    pub fn describe(&self) -> String {
        let mut parts = vec![self.name.clone()];
        if !self.mime.is_empty() {
            parts.push(self.mime.clone());
        }
        if let Some(size) = self.size {
            parts.push(human_size(size));
        }
        parts.join(" · ")
    }
}

/// A file from the agent's disk that goes with a reply. Kept with the draft and the outbox as
/// the path with the size and checksum it had when attached, so a retry or a restart sends
/// the same bytes, and a file changed meanwhile is noticed instead of sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingFile {
    pub path: PathBuf,
    /// The name the customer sees: the path's last part.
    pub name: String,
    pub mime: String,
    pub size: u64,
    /// SHA-256 of the contents, lower-case hex.
    pub sha256: String,
}

/// Limits a help desk puts on the files of one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileLimits {
    /// The largest single file, in bytes.
    pub per_file: Option<u64>,
    /// The most all files of one message may add up to.
    pub total: Option<u64>,
}

impl FileLimits {
    /// Why `files` cannot go with one message, naming the limit; `None` if they can. The
    /// interface words it in the agent's language.
    pub fn refusal(&self, files: &[OutgoingFile]) -> Option<FileRefusal> {
        if let Some(limit) = self.per_file
            && let Some(big) = files.iter().find(|f| f.size > limit)
        {
            return Some(FileRefusal::TooLarge {
                name: big.name.clone(),
                size: big.size,
                limit,
            });
        }
        let sum: u64 = files.iter().map(|f| f.size).sum();
        match self.total {
            Some(limit) if sum > limit => Some(FileRefusal::TooMuch { sum, limit }),
            _ => None,
        }
    }
}

/// Why the files of one message are more than the help desk takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileRefusal {
    /// One file is larger than the desk takes.
    TooLarge { name: String, size: u64, limit: u64 },
    /// The files together are more than one message may carry.
    TooMuch { sum: u64, limit: u64 },
}

/// Who a reply can be copied to, beyond the requester, on a given help desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RecipientSupport {
    /// CC addresses can be given with a reply.
    pub cc: bool,
    /// BCC addresses can be given with a reply.
    pub bcc: bool,
    /// A CC given with a reply stays on the ticket and receives later replies too (Request
    /// Tracker's Cc role, Zendesk's email CCs), rather than this reply only.
    pub cc_stays: bool,
}

/// A byte count as people read it: `812 B`, `240 KB`, `3.4 MB` (powers of 1024, as file
/// managers show them).
pub fn human_size(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    if bytes < 1024 {
        format!("{bytes} B")
    } else if b < KB * KB {
        format!("{:.0} KB", (b / KB).max(1.0))
    } else if b < KB * KB * KB {
        let mb = b / (KB * KB);
        if mb < 10.0 {
            format!("{mb:.1} MB")
        } else {
            format!("{mb:.0} MB")
        }
    } else {
        format!("{:.1} GB", b / (KB * KB * KB))
    }
}

/// Whether `address` looks like an e-mail address a help desk will take: one `@`, something
/// before it, a dotted domain after it, no spaces or angle brackets.
pub fn is_address(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !address
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"()[]\\".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_a_file_manager() {
        assert_eq!(human_size(812), "812 B");
        assert_eq!(human_size(240 * 1024), "240 KB");
        assert_eq!(human_size(3_565_158), "3.4 MB");
        assert_eq!(human_size(50 * 1024 * 1024), "50 MB");
    }

    #[test]
    fn addresses_are_checked_for_shape() {
        assert!(is_address("dave@example.com"));
        assert!(!is_address("dave"));
        assert!(!is_address("dave@localhost"));
        assert!(!is_address("Dave <dave@example.com>"));
        assert!(!is_address("a@b@c.com"));
        assert!(!is_address("dave@example.com,eve@example.com"));
    }

    #[test]
    fn limits_name_the_file_and_the_limit() {
        let file = |name: &str, size| OutgoingFile {
            path: name.into(),
            name: name.into(),
            mime: String::new(),
            size,
            sha256: String::new(),
        };
        let limits = FileLimits {
            per_file: Some(10 * 1024 * 1024),
            total: Some(20 * 1024 * 1024),
        };
        let big = [file("dump.bin", 11 * 1024 * 1024)];
        assert_eq!(
            limits.refusal(&big),
            Some(FileRefusal::TooLarge {
                name: "dump.bin".into(),
                size: 11 << 20,
                limit: 10 << 20
            })
        );
        let many = [file("a", 9 << 20), file("b", 9 << 20), file("c", 9 << 20)];
        assert_eq!(
            limits.refusal(&many),
            Some(FileRefusal::TooMuch {
                sum: 27 << 20,
                limit: 20 << 20
            })
        );
        assert_eq!(limits.refusal(&many[..2]), None);
    }
}
