//! Reading an answer's body: never more than a set size (a runaway or hostile server must not
//! take the agent's memory), and JSON mended where JavaScript front ends cut a character in
//! half.

use std::borrow::Cow;

use reqwest::{Response, Url};

use super::errors::transport_error;
use crate::backend::Error;

/// The most of one answer frontdesk reads: far above any page a help desk sends (a page of 100
/// tickets with everything sideloaded is about a megabyte), far below what hurts.
pub const MAX_ANSWER: usize = 32 * 1024 * 1024;

/// The body of `response`, read in chunks up to `limit` bytes. A larger answer (said by its
/// Content-Length, or found while reading) fails without reading the rest.
pub async fn read(mut response: Response, url: &Url, limit: usize) -> Result<String, Error> {
    let too_large = || Error::TooLarge {
        limit_mb: limit / (1024 * 1024),
    };
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| transport_error(e, url))?
    {
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(match String::from_utf8(body) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// JSON text with every unpaired UTF-16 surrogate escape (`"\ud800"`, which serde_json
/// rightly refuses) replaced by `\ufffd`, so one cut emoji in one subject does not fail the
/// page it is on. Pairs, and everything else, are left as they are.
pub fn mend_surrogates(json: &str) -> Cow<'_, str> {
    let bytes = json.as_bytes();
    let unit = |at: usize| -> Option<u16> {
        let hex = json.get(at + 2..at + 6)?;
        (bytes.get(at) == Some(&b'\\') && bytes.get(at + 1) == Some(&b'u'))
            .then(|| u16::from_str_radix(hex, 16).ok())
            .flatten()
    };
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(code) = unit(i) else {
            // Any other escape: skip the backslash and the character it escapes.
            i += 2;
            continue;
        };
        let high = (0xD800..0xDC00).contains(&code);
        let low = (0xDC00..0xE000).contains(&code);
        if high && unit(i + 6).is_some_and(|next| (0xDC00..0xE000).contains(&next)) {
            i += 12;
            continue;
        }
        if high || low {
            let text = out.get_or_insert_with(|| String::with_capacity(json.len()));
            text.push_str(&json[copied..i]);
            text.push_str("\\ufffd");
            copied = i + 6;
        }
        i += 6;
    }
    match out {
        Some(mut text) => {
            text.push_str(&json[copied..]);
            Cow::Owned(text)
        }
        None => Cow::Borrowed(json),
    }
}

#[cfg(test)]
mod tests {
    use super::mend_surrogates;

    #[test]
    fn lone_surrogates_become_replacement_characters_and_pairs_stay() {
        let json = r#"{"a": "cut \ud83d", "b": "\udc00 alone", "c": "whole \ud83d\ude00", "d": "\\ud800 is text"}"#;
        let mended = mend_surrogates(json);
        let value: serde_json::Value = serde_json::from_str(&mended).expect("parses");
        assert_eq!(value["a"], "cut \u{fffd}");
        assert_eq!(value["b"], "\u{fffd} alone");
        assert_eq!(value["c"], "whole 😀");
        assert_eq!(
            value["d"], "\\ud800 is text",
            "an escaped backslash is not an escape"
        );
        assert!(matches!(
            mend_surrogates(r#"{"x": "fine"}"#),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
