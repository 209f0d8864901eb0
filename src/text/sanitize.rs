//! Text from a help desk is written by strangers. It is cleaned once, where it enters the
//! program, so that nothing downstream (screen, terminal title, clipboard, editor, log) can be
//! made to emit an escape sequence or reorder what the agent reads.

use super::emoji;

/// Cleans multi-line text (message bodies): escape sequences and control characters are
/// removed, carriage returns become line breaks, tabs become spaces, and bidi controls are
/// shown as visible marks instead of being applied.
pub fn clean_text(input: &str) -> String {
    clean(input, false)
}

/// Cleans one-line text (names, subjects, tags): as [`clean_text`], and line breaks become
/// spaces and invisible zero-width characters are dropped, so two names that look the same are
/// the same.
pub fn clean_line(input: &str) -> String {
    let cleaned = clean(input, true);
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A ticket subject for the screen: cleaned like [`clean_line`], and `(no subject)` when
/// nothing readable is left (empty, blank, or nothing but control sequences).
pub fn clean_subject(input: &str) -> String {
    let cleaned = clean_line(input);
    if cleaned.is_empty() {
        "(no subject)".into()
    } else {
        cleaned
    }
}

/// Cleans a list of tags: each as [`clean_line`], and tags with nothing readable left dropped.
pub fn clean_tags<S: AsRef<str>>(tags: &[S]) -> Vec<String> {
    tags.iter()
        .map(|t| clean_line(t.as_ref()))
        .filter(|t| !t.is_empty())
        .collect()
}

const ESC: char = '\u{1b}';
const BEL: char = '\u{07}';
/// 8-bit string terminator.
const ST8: char = '\u{9c}';

fn clean(input: &str, one_line: bool) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ESC => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push(if one_line { ' ' } else { '\n' });
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push(if one_line { ' ' } else { '\n' }),
            '\t' => out.push_str(if one_line { " " } else { "    " }),
            c if is_bidi_control(c) => out.push_str(bidi_mark(c)),
            // Terminals disagree on how wide a joined emoji (👩‍💻) is: ratatui counts 2 columns,
            // many terminals draw 4, and every column after it shifts. Apart, each emoji is
            // 2 columns everywhere.
            '\u{200d}' => {}
            // Likewise for the rest of emoji's width tricks; see `emoji`.
            c if emoji::is_width_trick(c) => emoji::plain(c, &mut chars, &mut out),
            c if one_line && is_invisible(c) => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

pub(super) type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After an ESC: drops the sequence it starts. Only characters that can belong to an escape
/// sequence are taken; anything else (text, another ESC) is left for the caller.
fn skip_escape(chars: &mut Chars<'_>) {
    match chars.peek().copied() {
        // CSI: parameters and intermediates, then one final byte in @..~.
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        // OSC, DCS, SOS, PM, APC: a string up to BEL or ST.
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        // Intermediates (charset selection, …), then a final byte.
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            while chars
                .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
                .is_some()
            {}
            chars.next_if(|c| ('\u{30}'..='\u{7e}').contains(c));
        }
        // A two-character escape (RIS, keypad modes, index…).
        Some(c) if ('\u{30}'..='\u{7e}').contains(&c) => {
            chars.next();
        }
        _ => {}
    }
}

fn skip_csi(chars: &mut Chars<'_>) {
    // Parameters and intermediates, then the final byte. Anything else means the sequence
    // was malformed: it ends there and what follows is ordinary text again.
    while chars
        .next_if(|c| ('\u{20}'..='\u{3f}').contains(c))
        .is_some()
    {}
    chars.next_if(|c| ('\u{40}'..='\u{7e}').contains(c));
}

fn skip_string(chars: &mut Chars<'_>) {
    while let Some(c) = chars.next() {
        match c {
            BEL | ST8 => return,
            ESC if chars.peek() == Some(&'\\') => {
                chars.next();
                return;
            }
            _ => {}
        }
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

fn bidi_mark(c: char) -> &'static str {
    match c {
        '\u{202a}' => "⟨LRE⟩",
        '\u{202b}' => "⟨RLE⟩",
        '\u{202c}' => "⟨PDF⟩",
        '\u{202d}' => "⟨LRO⟩",
        '\u{202e}' => "⟨RLO⟩",
        '\u{2066}' => "⟨LRI⟩",
        '\u{2067}' => "⟨RLI⟩",
        '\u{2068}' => "⟨FSI⟩",
        '\u{2069}' => "⟨PDI⟩",
        '\u{200e}' => "⟨LRM⟩",
        '\u{200f}' => "⟨RLM⟩",
        _ => "⟨ALM⟩",
    }
}

/// Characters with no width that can make two different names look alike.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{180e}' | '\u{ad}'
            | '\u{e0000}'..='\u{e007f}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Pieces hostile text is made of: escape introducers and terminators in 7- and 8-bit
    /// form, controls, bidi and invisible characters, and ordinary text in several scripts.
    fn fragment() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("\u{1b}".to_string()),
            Just("\u{1b}[".to_string()),
            Just("\u{1b}]".to_string()),
            Just("\u{1b}P".to_string()),
            Just("\u{1b}_".to_string()),
            Just("\u{1b}\\".to_string()),
            Just("\u{7}".to_string()),
            Just("\u{9b}".to_string()),
            Just("\u{9c}".to_string()),
            Just("\u{9d}".to_string()),
            Just("\r".to_string()),
            Just("\u{202e}".to_string()),
            Just("\u{2066}".to_string()),
            Just("\u{200b}".to_string()),
            Just("你好".to_string()),
            Just("👩\u{200d}💻".to_string()),
            "[0-9;?]{0,4}[A-Za-z]?",
            any::<char>().prop_map(String::from),
            ".{0,8}",
        ]
    }

    fn hostile() -> impl Strategy<Value = String> {
        prop::collection::vec(fragment(), 0..24).prop_map(|v| v.concat())
    }

    fn bytes_as_text() -> impl Strategy<Value = String> {
        prop::collection::vec(any::<u8>(), 0..64)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned())
    }

    proptest! {
        #[test]
        fn cleaned_text_holds_no_control_but_line_breaks(s in prop_oneof![hostile(), bytes_as_text()]) {
            let text = clean_text(&s);
            prop_assert!(text.chars().all(|c| c == '\n' || !c.is_control()), "{text:?}");
            prop_assert!(!text.chars().any(is_bidi_control), "{text:?}");
            prop_assert_eq!(clean_text(&text), text.clone(), "cleaning twice changes nothing");
        }

        #[test]
        fn cleaned_lines_hold_no_control_and_nothing_invisible(s in prop_oneof![hostile(), bytes_as_text()]) {
            let line = clean_line(&s);
            prop_assert!(!line.chars().any(|c| c.is_control() || is_invisible(c) || is_bidi_control(c)), "{line:?}");
            prop_assert_eq!(clean_line(&line), line.clone());
        }
    }

    #[test]
    fn a_subject_with_nothing_readable_says_so() {
        assert_eq!(clean_subject("  \u{1b}[2J \u{7} "), "(no subject)");
        assert_eq!(clean_subject(""), "(no subject)");
        assert_eq!(clean_subject(" Hei  maailma "), "Hei maailma");
    }

    #[test]
    fn escape_sequences_are_removed_and_text_kept() {
        assert_eq!(clean_text("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(clean_text("x\u{1b}]0;pwned\u{7}y"), "xy");
        assert_eq!(clean_text("x\u{1b}]52;c;Zm9v\u{1b}\\y"), "xy");
        assert_eq!(clean_text("x\u{1b}P1$r\u{1b}\\y"), "xy");
        assert_eq!(clean_text("x\u{9b}2Jy"), "xy");
        assert_eq!(clean_text("x\u{9d}0;t\u{9c}y"), "xy");
        assert_eq!(clean_text("x\u{1b}_apc\u{1b}\\y"), "xy");
    }

    #[test]
    fn carriage_returns_cannot_overwrite_a_line() {
        assert_eq!(
            clean_text("Refund approved\rRefund denied"),
            "Refund approved\nRefund denied"
        );
        assert_eq!(clean_text("a\r\nb"), "a\nb");
    }

    #[test]
    fn bidi_overrides_are_shown_not_applied() {
        assert_eq!(clean_line("invoice\u{202e}fdp.exe"), "invoice⟨RLO⟩fdp.exe");
    }

    #[test]
    fn names_lose_line_breaks_and_zero_width_characters() {
        assert_eq!(clean_line("Maija\u{200b} Virta\nnen\t"), "Maija Virta nen");
        assert_eq!(clean_line("Ma\u{200d}ija 👩\u{200d}💻"), "Maija 👩💻");
    }

    #[test]
    fn a_second_escape_starts_its_own_sequence() {
        assert_eq!(clean_text("a\u{1b}\u{1b}[2Jb"), "ab");
        assert_eq!(clean_text("a\u{1b}(0lqk\u{1b}(Bb"), "alqkb");
        assert_eq!(clean_text("a\u{1b}cb"), "ab");
        assert_eq!(
            clean_text("a\u{1b}[12\nb"),
            "a\nb",
            "a broken CSI keeps what follows"
        );
    }

    #[test]
    fn cjk_and_emoji_in_bodies_survive_with_joined_emoji_apart() {
        let s = "你好 👍 Grüße Привет";
        assert_eq!(clean_text(s), s);
        assert_eq!(clean_text("👍🏽"), "👍", "a skin tone is a width trick");
        assert_eq!(clean_text("👩\u{200d}💻"), "👩💻");
    }
}
