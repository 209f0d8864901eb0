//! HTML from strangers, made safe to hand to the converter: nesting deeper than any real mail
//! (5,000 quotes, 100,000 divs) is flattened in one linear pass, and when conversion fails
//! anyway the tags are dropped rather than shown as source.

/// Deeper than this, tags are left out and only their text kept. Real mail quotes a thread a
/// dozen levels deep at most.
pub const MAX_DEPTH: usize = 40;

/// Elements that never have content, so never deepen the tree.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// One piece of an HTML text: a tag that opens an element, one that closes one, or anything
/// else (text, void and self-closing tags, comments).
enum Piece<'a> {
    Open(&'a str),
    Close(&'a str),
    Other(&'a str),
}

/// Splits `html` into tags and text, in order. A `<` that starts no tag is text.
fn pieces(html: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = html;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let Some(start) = rest.find('<') else {
            let text = rest;
            rest = "";
            return Some(Piece::Other(text));
        };
        if start > 0 {
            let text = &rest[..start];
            rest = &rest[start..];
            return Some(Piece::Other(text));
        }
        let end = tag_end(rest);
        let tag = &rest[..end];
        rest = &rest[end..];
        let inner = tag.trim_start_matches('<');
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .flat_map(|c| c.to_lowercase())
            .collect();
        Some(if name.is_empty() {
            Piece::Other(tag)
        } else if closing {
            Piece::Close(tag)
        } else if tag.ends_with("/>") || VOID.contains(&name.as_str()) {
            Piece::Other(tag)
        } else {
            Piece::Open(tag)
        })
    })
}

/// Where the tag at the start of `text` ends (after its `>`), quotes respected; the whole
/// text if it never does.
fn tag_end(text: &str) -> usize {
    let mut quote = None;
    for (i, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    text.len()
}

/// `html` with every tag nested deeper than [`MAX_DEPTH`] left out (their text stays).
pub fn flatten(html: &str) -> std::borrow::Cow<'_, str> {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    for piece in pieces(html) {
        match piece {
            Piece::Open(_) => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            Piece::Close(_) => depth = depth.saturating_sub(1),
            Piece::Other(_) => {}
        }
    }
    if deepest <= MAX_DEPTH {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut depth = 0usize;
    for piece in pieces(html) {
        match piece {
            Piece::Open(tag) => {
                depth += 1;
                if depth <= MAX_DEPTH {
                    out.push_str(tag);
                }
            }
            Piece::Close(tag) => {
                if depth <= MAX_DEPTH {
                    out.push_str(tag);
                }
                depth = depth.saturating_sub(1);
            }
            Piece::Other(text) => out.push_str(text),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The text of `html` without any tags: what is shown when conversion fails.
pub fn strip(html: &str) -> String {
    pieces(html)
        .filter_map(|p| match p {
            Piece::Other(text) if !text.starts_with('<') => Some(text),
            _ => None,
        })
        .collect()
}
