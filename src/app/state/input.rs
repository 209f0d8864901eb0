//! Text fields. Every field, one line or many, edits with the same keys (those of
//! ratatui-textarea: ctrl-w deletes a word, ctrl-k to the end of the line, ctrl-u undoes…),
//! so an agent learns them once.

use ratatui_textarea::{Input, Key as TaKey, TextArea, WrapMode};

use crate::keymap::{Key, KeyChord};

/// The editing input a key chord stands for.
pub fn to_input(chord: &KeyChord) -> Input {
    let key = match chord.key {
        Key::Char(c) => TaKey::Char(c),
        Key::Enter => TaKey::Enter,
        Key::Esc => TaKey::Esc,
        Key::Tab => TaKey::Tab,
        Key::Backspace => TaKey::Backspace,
        Key::Delete => TaKey::Delete,
        Key::Insert => TaKey::Null,
        Key::Up => TaKey::Up,
        Key::Down => TaKey::Down,
        Key::Left => TaKey::Left,
        Key::Right => TaKey::Right,
        Key::Home => TaKey::Home,
        Key::End => TaKey::End,
        Key::PageUp => TaKey::PageUp,
        Key::PageDown => TaKey::PageDown,
        Key::F(n) => TaKey::F(n),
    };
    Input {
        key,
        ctrl: chord.ctrl,
        alt: chord.alt,
        shift: chord.shift,
    }
}

/// A new multi-line editor set up for prose: soft-wrapped, no line numbers, no cursor-line
/// underline.
pub fn editor(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(text.split('\n').map(str::to_string).collect());
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    area.set_cursor_line_style(ratatui::style::Style::default());
    area.set_max_histories(200);
    area
}

/// The text of a multi-line editor.
pub fn text_of(area: &TextArea<'_>) -> String {
    area.lines().join("\n")
}

/// A one-line text field (filter, palette, prompt, picker query).
#[derive(Debug, Clone)]
pub struct LineInput {
    area: TextArea<'static>,
}

impl Default for LineInput {
    fn default() -> Self {
        let mut area = TextArea::default();
        area.set_cursor_line_style(ratatui::style::Style::default());
        Self { area }
    }
}

impl LineInput {
    /// A field holding `text`, cursor at the end.
    pub fn with_text(text: &str) -> Self {
        let mut input = Self::default();
        input.area.insert_str(text.replace('\n', " "));
        input
    }

    /// The text typed so far.
    pub fn text(&self) -> &str {
        self.area.lines().first().map_or("", String::as_str)
    }

    /// Applies an editing key; returns whether the text changed. Keys that would add a line
    /// are ignored: this field has one.
    pub fn key(&mut self, chord: &KeyChord) -> bool {
        let input = to_input(chord);
        if matches!(input.key, TaKey::Enter) || (input.ctrl && input.key == TaKey::Char('m')) {
            return false;
        }
        let before = self.text().to_string();
        self.area.input(input);
        if self.area.lines().len() > 1 {
            let joined = self.area.lines().join(" ");
            *self = Self::with_text(&joined);
        }
        before != self.text()
    }

    /// Inserts pasted text, with line breaks turned into spaces.
    pub fn paste(&mut self, text: &str) {
        self.area.insert_str(text.replace(['\r', '\n'], " "));
    }

    /// Replaces the `chars` characters before the cursor with `with` (a completed word).
    pub fn replace_before_cursor(&mut self, chars: usize, with: &str) {
        for _ in 0..chars {
            self.area.delete_char();
        }
        self.area.insert_str(with.replace(['\r', '\n'], " "));
    }

    /// Empties the field.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// The cursor's position in characters, for drawing.
    pub fn cursor(&self) -> usize {
        self.area.cursor().1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(input: &mut LineInput, keys: &[&str]) {
        for k in keys {
            input.key(&k.parse().expect("key"));
        }
    }

    #[test]
    fn typing_editing_and_word_deletion() {
        let mut input = LineInput::default();
        typed(&mut input, &["r", "e", "f", "space", "x", "ctrl-w"]);
        assert_eq!(input.text(), "ref ");
        typed(&mut input, &["backspace", "enter", "n", "d"]);
        assert_eq!(input.text(), "refnd");
    }

    #[test]
    fn paste_stays_on_one_line() {
        let mut input = LineInput::with_text("a ");
        input.paste("b\nc\r\nd");
        assert_eq!(input.text(), "a b c  d");
    }
}
