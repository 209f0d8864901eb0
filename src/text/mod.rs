//! Text handling: neutralising untrusted text, measuring it on screen, and telling time.

mod emoji;
pub mod fuzzy;
pub mod html;
mod html_depth;
pub mod language;
pub mod sanitize;
pub mod time;
pub mod width;

pub use sanitize::{clean_line, clean_subject, clean_tags, clean_text};

/// `n` and the word for that many: `1 reply`, `3 replies`.
pub fn plural(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}
pub use width::{fit, fit_list, fit_right, truncate, width, wrap};
