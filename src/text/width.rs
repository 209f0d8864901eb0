//! Measuring, cutting and wrapping text by the columns it takes on screen, so CJK (two columns)
//! and emoji sequences stay aligned.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Columns `s` takes on screen.
pub fn width(s: &str) -> usize {
    s.graphemes(true).map(grapheme_width).sum()
}

fn grapheme_width(g: &str) -> usize {
    // An emoji sequence joined with ZWJ is drawn as one glyph two columns wide.
    if g.chars().count() > 1 && g.contains('\u{200d}') {
        return 2;
    }
    g.width()
}

/// `s` cut to at most `max` columns, ending in `…` when something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = grapheme_width(g);
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// `s` cut or padded with spaces to exactly `cols` columns.
pub fn fit(s: &str, cols: usize) -> String {
    let mut out = truncate(s, cols);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// `s` cut or padded on the left to exactly `cols` columns: right-aligned by display
/// width, which `format!("{:>7}")` is not (it counts characters, and `12分钟` is six
/// columns in four).
pub fn fit_right(s: &str, cols: usize) -> String {
    let cut = truncate(s, cols);
    let pad = cols.saturating_sub(width(&cut));
    format!("{}{cut}", " ".repeat(pad))
}

/// Wraps `text` into lines of at most `cols` columns at Unicode line-break opportunities
/// (UAX #14): between words, between CJK characters, never before closing punctuation. A
/// word longer than a line is cut. Existing line breaks are kept.
pub fn wrap(text: &str, cols: usize) -> Vec<String> {
    let options = textwrap::Options::new(cols.max(1))
        .word_separator(textwrap::WordSeparator::UnicodeBreakProperties)
        .break_words(true);
    text.split('\n')
        .flat_map(|paragraph| {
            if paragraph.is_empty() {
                return vec![String::new()];
            }
            textwrap::wrap(paragraph, &options)
                .into_iter()
                .map(|l| l.trim_end().to_string())
                .collect()
        })
        .collect()
}

/// As many of `items` as fit in `cols` columns, joined by `, `, and `+N` for the rest
/// (`a.png, b.log, +3`): a list on one line shows how long it is even when it is cut.
pub fn fit_list(items: &[String], cols: usize) -> String {
    let all = items.join(", ");
    if width(&all) <= cols {
        return all;
    }
    for shown in (1..items.len()).rev() {
        let text = format!("{}, +{}", items[..shown].join(", "), items.len() - shown);
        if width(&text) <= cols {
            return text;
        }
    }
    let rest = format!(" +{}", items.len().saturating_sub(1));
    let first = items.first().map_or("", String::as_str);
    format!(
        "{}{rest}",
        truncate(first, cols.saturating_sub(width(&rest)))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_and_emoji_count_two_columns() {
        assert_eq!(width("你好"), 4);
        assert_eq!(width("👩‍💻"), 2);
        assert_eq!(width("Grüße"), 5);
    }

    #[test]
    fn truncate_never_splits_a_wide_character() {
        assert_eq!(truncate("你好世界", 5), "你好…");
        assert_eq!(width(&truncate("你好世界", 5)), 5);
        assert_eq!(truncate("short", 10), "short");
    }

    #[test]
    fn fit_pads_to_exact_width() {
        assert_eq!(width(&fit("你好世界", 5)), 5);
        assert_eq!(fit("ab", 4), "ab  ");
    }

    #[test]
    fn wrap_breaks_at_spaces_and_inside_cjk() {
        assert_eq!(wrap("the quick brown fox", 10), ["the quick", "brown fox"]);
        let cjk = wrap("我无法用信用卡付款了请帮忙", 10);
        assert!(cjk.iter().all(|l| width(l) <= 10), "{cjk:?}");
        assert_eq!(cjk.concat(), "我无法用信用卡付款了请帮忙");
        assert_eq!(wrap("a\n\nb", 10), ["a", "", "b"]);
        assert_eq!(wrap("ship today.", 10), ["ship", "today."]);
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut() {
        let lines = wrap("https://example.com/a/very/long/path", 10);
        assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
    }

    #[test]
    fn a_list_that_does_not_fit_says_how_many_are_left() {
        let items: Vec<String> = ["invoice.pdf", "screenshot.png", "server.log", "notes.txt"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            fit_list(&items, 80),
            "invoice.pdf, screenshot.png, server.log, notes.txt"
        );
        assert_eq!(fit_list(&items, 32), "invoice.pdf, screenshot.png, +2");
        assert_eq!(fit_list(&items, 16), "invoice.pdf, +3");
        assert!(width(&fit_list(&items, 8)) <= 8, "{}", fit_list(&items, 8));
        assert!(fit_list(&items, 8).ends_with(" +3"));
        assert_eq!(fit_list(&[], 10), "");
    }
}
