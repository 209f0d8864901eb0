//! A key with its modifiers, spelt the way keymap files spell it: `j`, `G`, `ctrl-d`,
//! `shift-tab`, `pagedown`, `f1`.

use std::fmt;
use std::str::FromStr;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Char(char),
    Enter,
    Esc,
    Tab,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    F(u8),
}

/// A key plus modifiers. Shift is folded into the character for printable keys (`G`, not
/// `shift-g`), so the same chord compares equal however the terminal reported it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyChord {
    pub key: Key,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

const NAMED: &[(&str, Key)] = &[
    ("enter", Key::Enter),
    ("esc", Key::Esc),
    ("tab", Key::Tab),
    ("backspace", Key::Backspace),
    ("delete", Key::Delete),
    ("insert", Key::Insert),
    ("up", Key::Up),
    ("down", Key::Down),
    ("left", Key::Left),
    ("right", Key::Right),
    ("home", Key::Home),
    ("end", Key::End),
    ("pageup", Key::PageUp),
    ("pagedown", Key::PageDown),
    ("space", Key::Char(' ')),
    ("minus", Key::Char('-')),
];

impl KeyChord {
    /// A chord without modifiers.
    pub const fn plain(key: Key) -> Self {
        Self {
            key,
            ctrl: false,
            alt: false,
            shift: false,
        }
    }

    /// A printable character without modifiers.
    pub const fn char(c: char) -> Self {
        Self::plain(Key::Char(c))
    }

    /// `ctrl` plus a character.
    pub const fn ctrl(c: char) -> Self {
        Self {
            key: Key::Char(c),
            ctrl: true,
            alt: false,
            shift: false,
        }
    }

    /// The character this chord types into a text field, if it types one.
    pub fn typed_char(&self) -> Option<char> {
        match self.key {
            Key::Char(c) if !self.ctrl && !self.alt => Some(c),
            _ => None,
        }
    }

    /// Whether the chord is "a printable key" that text fields take for themselves.
    pub fn is_plain_text(&self) -> bool {
        self.typed_char().is_some()
    }

    /// Converts a terminal key event; `None` for keys frontdesk has no name for.
    pub fn from_event(event: &KeyEvent) -> Option<Self> {
        let mods = event.modifiers;
        let mut chord = KeyChord {
            key: Key::Enter,
            ctrl: mods.contains(KeyModifiers::CONTROL),
            alt: mods.contains(KeyModifiers::ALT),
            shift: mods.contains(KeyModifiers::SHIFT),
        };
        chord.key = match event.code {
            KeyCode::Char(c) => {
                // Terminals report ctrl-H as ctrl-h with SHIFT; a typed 'G' carries SHIFT too.
                chord.shift = false;
                if chord.ctrl {
                    Key::Char(c.to_ascii_lowercase())
                } else {
                    Key::Char(c)
                }
            }
            KeyCode::BackTab => {
                chord.shift = true;
                Key::Tab
            }
            KeyCode::Enter => Key::Enter,
            KeyCode::Esc => Key::Esc,
            KeyCode::Tab => Key::Tab,
            KeyCode::Backspace => Key::Backspace,
            KeyCode::Delete => Key::Delete,
            KeyCode::Insert => Key::Insert,
            KeyCode::Up => Key::Up,
            KeyCode::Down => Key::Down,
            KeyCode::Left => Key::Left,
            KeyCode::Right => Key::Right,
            KeyCode::Home => Key::Home,
            KeyCode::End => Key::End,
            KeyCode::PageUp => Key::PageUp,
            KeyCode::PageDown => Key::PageDown,
            KeyCode::F(n) => Key::F(n),
            _ => return None,
        };
        Some(chord)
    }
}

/// Why a key name could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown key \"{0}\" (write keys like j, G, ctrl-d, shift-tab, pagedown, f1)")]
pub struct BadKey(pub String);

impl FromStr for KeyChord {
    type Err = BadKey;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || BadKey(text.to_string());
        let mut chord = KeyChord::plain(Key::Enter);
        let mut rest = text;
        // A lone "-" is the minus key, so only split on a '-' that has something after it.
        while let Some((prefix, tail)) = rest.split_once('-').filter(|(_, t)| !t.is_empty()) {
            match prefix.to_ascii_lowercase().as_str() {
                "ctrl" | "c" => chord.ctrl = true,
                "alt" | "a" | "meta" | "m" => chord.alt = true,
                "shift" | "s" => chord.shift = true,
                _ => return Err(bad()),
            }
            rest = tail;
        }
        let mut chars = rest.chars();
        chord.key = match (chars.next(), chars.next()) {
            (Some(c), None) => Key::Char(c),
            _ => {
                let lower = rest.to_ascii_lowercase();
                if let Some((_, key)) = NAMED.iter().find(|(name, _)| *name == lower) {
                    *key
                } else if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse().ok()) {
                    Key::F(n)
                } else {
                    return Err(bad());
                }
            }
        };
        if let Key::Char(c) = chord.key {
            if chord.shift && !chord.ctrl && c.is_ascii_lowercase() {
                chord.key = Key::Char(c.to_ascii_uppercase());
            }
            if chord.ctrl {
                chord.key = Key::Char(c.to_ascii_lowercase());
            }
            if !chord.ctrl {
                chord.shift = false;
            }
        }
        Ok(chord)
    }
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        if self.shift {
            f.write_str("shift-")?;
        }
        match self.key {
            Key::Char(' ') => f.write_str("space"),
            Key::Char(c) => write!(f, "{c}"),
            Key::F(n) => write!(f, "f{n}"),
            key => {
                let name = NAMED
                    .iter()
                    .find(|(_, k)| *k == key)
                    .map_or("?", |(name, _)| name);
                f.write_str(name)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> KeyChord {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn names_round_trip() {
        for name in [
            "j",
            "G",
            "ctrl-d",
            "shift-tab",
            "pagedown",
            "f1",
            "?",
            "/",
            "1",
            "-",
            "space",
        ] {
            assert_eq!(parse(name).to_string(), name);
        }
    }

    #[test]
    fn shift_letter_is_the_capital() {
        assert_eq!(parse("shift-g"), parse("G"));
    }

    #[test]
    fn terminal_events_compare_equal_to_parsed_names() {
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&ev), Some(parse("G")));
        let ev = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&ev), Some(parse("shift-tab")));
        let ev = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(KeyChord::from_event(&ev), Some(parse("ctrl-c")));
    }

    #[test]
    fn nonsense_is_rejected() {
        assert!("hyper-x".parse::<KeyChord>().is_err());
        assert!("pgdn".parse::<KeyChord>().is_err());
        assert!("".parse::<KeyChord>().is_err());
    }
}
