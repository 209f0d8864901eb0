//! `config.toml`: the user's settings. Read from text so tests need no files; every problem
//! becomes a diagnostic and the setting keeps its default.

use crate::diag::Diagnostic;

/// The user's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// A shipped theme (`default`, `light`, `mono`); `theme.toml` in the config dir overlays it.
    pub theme: String,
    /// A shipped keymap (`default`, `emacs`); `keymap.toml` in the config dir overlays it.
    pub keymap: String,
    /// More replies than this flags a conversation for a second look.
    pub long_thread: u32,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            theme: "default".into(),
            keymap: "default".into(),
            long_thread: 6,
        }
    }
}

impl Config {
    /// Reads `text` (the contents of `file`); what cannot be used is reported and defaulted.
    pub fn parse(file: &str, text: &str) -> (Config, Vec<Diagnostic>) {
        let mut config = Config::default();
        let mut diags = Vec::new();
        let table = match text.parse::<toml::Table>() {
            Ok(table) => table,
            Err(err) => {
                diags.push(Diagnostic::from_toml(file, text, &err));
                return (config, diags);
            }
        };
        for (key, value) in &table {
            match (key.as_str(), value) {
                ("theme", toml::Value::String(s)) => config.theme = s.clone(),
                ("keymap", toml::Value::String(s)) => config.keymap = s.clone(),
                ("long_thread", toml::Value::Integer(n)) if (0..=1000).contains(n) => {
                    config.long_thread = *n as u32
                }
                ("theme" | "keymap", _) => diags.push(Diagnostic::new(
                    file,
                    format!("{key} must be a string such as \"default\""),
                )),
                ("long_thread", _) => diags.push(Diagnostic::new(
                    file,
                    "long_thread must be a whole number of replies, e.g. 6",
                )),
                (other, _) => diags.push(Diagnostic::new(
                    file,
                    format!("unknown setting \"{other}\"; ignored"),
                )),
            }
        }
        (config, diags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_read_and_mistakes_reported_one_by_one() {
        let (config, diags) = Config::parse(
            "config.toml",
            "theme = \"light\"\nlong_thread = \"six\"\ncolour = 1\n",
        );
        assert_eq!(config.theme, "light");
        assert_eq!(config.long_thread, 6);
        assert_eq!(diags.len(), 2, "{diags:?}");
        let (config, diags) = Config::parse("config.toml", "theme = ");
        assert_eq!(config, Config::default());
        assert!(diags[0].message.contains("line 1"));
    }
}
