//! Problems found in user files. They are shown on screen and the program carries on with the
//! defaults, so a typo in a keymap never stops anyone from working.

use std::fmt;

/// One problem in one file, said so that the user knows what to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file (or shipped preset) the problem is in.
    pub file: String,
    /// What is wrong and what frontdesk did instead.
    pub message: String,
    /// For a file that could not be parsed at all: the syntax error alone, with its place
    /// (the message adds what frontdesk did about it).
    pub syntax: Option<String>,
}

impl Diagnostic {
    /// A problem in `file`.
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            message: message.into(),
            syntax: None,
        }
    }

    /// A TOML syntax error, reduced to one line with its position.
    pub fn from_toml(file: &str, text: &str, err: &toml::de::Error) -> Self {
        let position = err.span().map(|span| {
            let before = text.get(..span.start.min(text.len())).unwrap_or(text);
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            crate::fl!("config-at", line = line, column = column)
        });
        let first_line = err.message().lines().next().unwrap_or("syntax error");
        let syntax = format!("{}{first_line}", position.unwrap_or_default());
        Self {
            file: file.to_string(),
            message: crate::fl!("config-syntax-ignored", why = syntax.as_str()),
            syntax: Some(syntax),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}
