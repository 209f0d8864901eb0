//! Emoji whose width terminals cannot agree on, made plain. ratatui measures a grapheme with
//! unicode-width; tmux, xterm and most terminals add up their code points one by one. Where the
//! two differ every column after the emoji shifts, leaving another row's glyphs behind and
//! borders missing. So, as ticket text enters:
//!
//! - presentation selectors (U+FE0E, U+FE0F) go: `❤️` (2 columns to ratatui, 1 to tmux)
//!   becomes `❤`, one column everywhere;
//! - skin-tone modifiers after another character go: `👍🏽` (2 or 4) becomes `👍`;
//! - a flag, a pair of regional indicators (2 columns, 1, or 4, by terminal), becomes its
//!   country code in brackets: `🇫🇮` → `[FI]`; a lone indicator, its letter;
//! - tag characters (the invisible tail of subdivision flags) go.

use super::sanitize::Chars;

const REGIONAL: std::ops::RangeInclusive<char> = '\u{1f1e6}'..='\u{1f1ff}';
const SKIN_TONE: std::ops::RangeInclusive<char> = '\u{1f3fb}'..='\u{1f3ff}';
const TAGS: std::ops::RangeInclusive<char> = '\u{e0000}'..='\u{e007f}';

/// Whether `c` is one of the characters [`plain`] handles.
pub fn is_width_trick(c: char) -> bool {
    matches!(c, '\u{fe0e}' | '\u{fe0f}')
        || REGIONAL.contains(&c)
        || SKIN_TONE.contains(&c)
        || TAGS.contains(&c)
}

/// Writes what `c` (one of [`is_width_trick`]'s, with `chars` after it) becomes to `out`.
pub fn plain(c: char, chars: &mut Chars<'_>, out: &mut String) {
    if REGIONAL.contains(&c) {
        match chars.next_if(|n| REGIONAL.contains(n)) {
            Some(second) => {
                out.push('[');
                out.push(letter(c));
                out.push(letter(second));
                out.push(']');
            }
            None => out.push(letter(c)),
        }
    } else if SKIN_TONE.contains(&c) {
        // Alone it is a colour swatch, two columns everywhere; after an emoji, a modifier.
        if out.chars().next_back().is_none_or(char::is_whitespace) {
            out.push(c);
        }
    }
}

/// The letter a regional indicator stands for.
fn letter(c: char) -> char {
    char::from_u32(u32::from(c) - 0x1f1e6 + u32::from(b'A')).unwrap_or('?')
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

    use crate::text::clean_text;

    #[test]
    fn width_tricks_become_plain_text() {
        assert_eq!(clean_text("I ❤️ it"), "I ❤ it");
        assert_eq!(clean_text("🏳️ 🏳️‍🌈"), "🏳 🏳🌈");
        assert_eq!(clean_text("Terveisiä 🇫🇮!"), "Terveisiä [FI]!");
        assert_eq!(clean_text("👍🏽 and 🏽"), "👍 and 🏽");
        assert_eq!(clean_text("1️⃣ ✔️ ⚠️"), "1⃣ ✔ ⚠");
        assert_eq!(
            clean_text("🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}"),
            "🏴"
        );
        assert_eq!(clean_text("\u{1f1eb}"), "F");
    }

    /// Columns as a terminal that adds up code points (tmux, xterm) counts them.
    fn terminal_width(s: &str) -> usize {
        s.chars().map(|c| c.width().unwrap_or(0)).sum()
    }

    /// Columns as ratatui counts them: grapheme by grapheme.
    fn ratatui_width(s: &str) -> usize {
        s.graphemes(true).map(UnicodeWidthStr::width).sum()
    }

    proptest! {
        #[test]
        fn cleaned_text_measures_the_same_to_ratatui_and_to_a_terminal(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("❤️"), Just("🏳️"), Just("🇫🇮"), Just("🇩🇪"), Just("👍🏽"),
                    Just("👩‍💻"), Just("🏳️‍🌈"), Just("1️⃣"), Just("☺︎"), Just("a"),
                    Just("你"), Just(" "), Just("\u{1f1eb}"), Just("e\u{301}"),
                ],
                0..24,
            )
        ) {
            let text: String = parts.concat();
            let cleaned = clean_text(&text);
            prop_assert_eq!(ratatui_width(&cleaned), terminal_width(&cleaned), "{:?}", cleaned);
            prop_assert_eq!(crate::text::width(&cleaned), terminal_width(&cleaned));
        }
    }
}
