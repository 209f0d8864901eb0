//! Views written as URL query strings (Redmine's `/issues.json` filters, Help Scout's
//! `/v2/conversations` ones): read into decoded pairs, written back with values escaped.
//! Pure, so a search is planned without asking the desk.

/// `text`'s `key=value` pairs, percent-escapes and `+` decoded, pairs without a key left out.
pub fn pairs(text: &str) -> Vec<(String, String)> {
    let url = reqwest::Url::parse(&format!("http://view.invalid/?{}", text.trim()));
    let mut pairs: Vec<(String, String)> = url
        .map(|u| u.query_pairs().into_owned().collect())
        .unwrap_or_default();
    pairs.retain(|(k, _)| !k.is_empty());
    pairs
}

/// The value of `key`, if the pairs give it.
pub fn get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Sets `key` to `value`, replacing what the pairs said.
pub fn set(pairs: &mut Vec<(String, String)>, key: &str, value: String) {
    pairs.retain(|(k, _)| k != key);
    pairs.push((key.to_string(), value));
}

/// Takes `key` out of the pairs, returning its value.
pub fn take(pairs: &mut Vec<(String, String)>, key: &str) -> Option<String> {
    let at = pairs.iter().position(|(k, _)| k == key)?;
    Some(pairs.remove(at).1)
}

/// Borrowed pairs, as `Http` takes them.
pub fn borrowed(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
    pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// `text` as a value: what is not a letter, a digit or `-._~@` percent-escaped, so
/// [`pairs`] reads back exactly `text`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_escaped_value_reads_back_as_written() {
        let typed = "ann+it@example.com & (subject:\"ü\")";
        let read = pairs(&format!("q={}&status_id=*", escape(typed)));
        assert_eq!(get(&read, "q"), Some(typed));
        assert_eq!(get(&read, "status_id"), Some("*"));
        let mut read = read;
        assert_eq!(take(&mut read, "q").as_deref(), Some(typed));
        set(&mut read, "status_id", "open".into());
        assert_eq!(borrowed(&read), [("status_id", "open")]);
        assert!(pairs("=x&&").is_empty());
    }
}
