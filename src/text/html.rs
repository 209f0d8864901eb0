//! HTML mail as text an agent reads in a terminal: paragraphs, lists and quotes kept, no
//! emphasis markers, links as `[text][1]` with their addresses listed at the end (an agent
//! needs to see where a link goes before a customer is told to click it).

use html2text::render::{TaggedLine, TextDecorator};

/// Renders HTML as readable, cleaned text. Lines are not wrapped; the screen wraps them.
pub fn to_text(html: &str) -> String {
    // Escape sequences go before parsing: the parser drops a lone ESC and would leave the
    // rest of a sequence ("]0;title") behind as text.
    let html = super::clean_text(html);
    let html = super::html_depth::flatten(&html);
    let text = html2text::config::with_decorator(Mail)
        .link_footnotes(true)
        .string_from_read(html.as_bytes(), 10_000)
        .map(|text| text.trim_end().to_string())
        .unwrap_or_else(|_| super::html_depth::strip(&html));
    super::clean_text(&text)
}

/// The decorations of plain mail text.
#[derive(Debug, Clone, Default)]
struct Mail;

impl TextDecorator for Mail {
    type Annotation = ();

    fn decorate_link_start(&mut self, _url: &str) -> (String, ()) {
        ("[".into(), ())
    }
    fn decorate_link_end(&mut self) -> String {
        "]".into()
    }
    fn decorate_em_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_em_end(&self) -> String {
        String::new()
    }
    fn decorate_strong_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strong_end(&self) -> String {
        String::new()
    }
    fn decorate_strikeout_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strikeout_end(&self) -> String {
        String::new()
    }
    fn decorate_code_start(&self) -> (String, ()) {
        ("`".into(), ())
    }
    fn decorate_code_end(&self) -> String {
        "`".into()
    }
    fn decorate_preformat_first(&self) {}
    fn decorate_preformat_cont(&self) {}
    fn decorate_image(&mut self, _src: &str, title: &str) -> (String, ()) {
        (format!("[image: {title}]"), ())
    }
    fn header_prefix(&self, _level: usize) -> String {
        String::new()
    }
    fn quote_prefix(&self) -> String {
        "> ".into()
    }
    fn unordered_item_prefix(&self) -> String {
        "- ".into()
    }
    fn ordered_item_prefix(&self, i: i64) -> String {
        format!("{i}. ")
    }
    fn make_subblock_decorator(&self) -> Self {
        Mail
    }
    fn finalise(&mut self, urls: Vec<String>) -> Vec<TaggedLine<()>> {
        urls.into_iter()
            .enumerate()
            .map(|(i, url)| TaggedLine::from_string(format!("[{}]: {url}", i + 1), &()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_reads_as_text_with_link_targets_shown() {
        let html = "<p>On it, <b>Alice</b>. Reset at <a href=\"https://shop.example/reset\">this page</a>.</p><ul><li>one</li></ul><blockquote>earlier</blockquote>";
        assert_eq!(
            to_text(html),
            "On it, Alice. Reset at [this page][1].\n- one\n\n> earlier\n\n[1]: https://shop.example/reset"
        );
    }

    #[test]
    fn scripts_and_styles_are_not_text() {
        let text = to_text("<style>p{color:red}</style><script>alert(1)</script><p>Hello</p>");
        assert_eq!(text, "Hello");
    }

    #[test]
    fn thousands_of_nested_quotes_read_as_text_not_source() {
        let html = format!(
            "{}the innermost words{}",
            "<blockquote>".repeat(5_000),
            "</blockquote>".repeat(5_000)
        );
        let text = to_text(&html);
        assert!(
            text.contains("the innermost words"),
            "{}",
            &text[..200.min(text.len())]
        );
        assert!(!text.contains("<blockquote"), "shown as HTML source");
    }

    #[test]
    fn a_hundred_thousand_nested_divs_convert() {
        let html = format!(
            "{}deep{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        assert_eq!(to_text(&html), "deep");
    }
}
