//! Text handling: neutralising untrusted text, measuring it on screen, and telling time.

mod emoji;
pub mod fuzzy;
pub mod html;
mod html_depth;
pub mod sanitize;
pub mod time;
pub mod width;

pub use sanitize::{clean_line, clean_subject, clean_tags, clean_text};
pub use width::{fit, truncate, width, wrap};
