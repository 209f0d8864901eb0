//! Atlassian Document Format (Jira's rich text: a tree of typed nodes) read as plain text:
//! paragraphs and headings as lines with a blank line between, lists with their markers,
//! quotes with `> `, mentions and emoji as their text, links as their address. Nesting past
//! a bound is cut off rather than followed, so a hostile document cannot exhaust the stack.

use serde_json::Value;

/// How deep a document is read.
const MAX_DEPTH: usize = 48;

/// The text of an ADF document (or of any node).
pub fn to_text(doc: &Value) -> String {
    let mut out = String::new();
    node(doc, &mut out, 0, "");
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    let mut text = lines.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text.trim().to_string()
}

fn children(n: &Value, out: &mut String, depth: usize, prefix: &str) {
    for child in n
        .get("content")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        node(child, out, depth + 1, prefix);
    }
}

fn attr<'a>(n: &'a Value, name: &str) -> Option<&'a str> {
    n.get("attrs")?.get(name)?.as_str()
}

fn node(n: &Value, out: &mut String, depth: usize, prefix: &str) {
    if depth > MAX_DEPTH {
        return;
    }
    let kind = n.get("type").and_then(Value::as_str).unwrap_or_default();
    match kind {
        "text" => out.push_str(n.get("text").and_then(Value::as_str).unwrap_or_default()),
        "hardBreak" => {
            out.push('\n');
            out.push_str(prefix);
        }
        "mention" => out.push_str(attr(n, "text").unwrap_or("@someone")),
        "emoji" => out.push_str(
            attr(n, "text")
                .or_else(|| attr(n, "shortName"))
                .unwrap_or_default(),
        ),
        "inlineCard" | "blockCard" | "embedCard" => {
            out.push_str(attr(n, "url").unwrap_or_default())
        }
        "date" => out.push_str(attr(n, "timestamp").unwrap_or_default()),
        "status" => out.push_str(attr(n, "text").unwrap_or_default()),
        "media" | "mediaInline" => out.push_str("[file]"),
        "rule" => {
            out.push_str(prefix);
            out.push_str("---\n\n");
        }
        "paragraph" | "heading" | "codeBlock" => {
            out.push_str(prefix);
            children(n, out, depth, prefix);
            out.push_str("\n\n");
        }
        "blockquote" => {
            let quoted = format!("{prefix}> ");
            children(n, out, depth, &quoted);
        }
        "bulletList" | "orderedList" => {
            let start = n
                .get("attrs")
                .and_then(|a| a.get("order"))
                .and_then(Value::as_u64)
                .unwrap_or(1);
            let items = n.get("content").and_then(Value::as_array);
            for (i, item) in items.into_iter().flatten().enumerate() {
                let marker = if kind == "bulletList" {
                    "- ".to_string()
                } else {
                    format!("{}. ", start + i as u64)
                };
                let mut inner = String::new();
                children(item, &mut inner, depth + 1, "");
                let inner = inner.trim();
                out.push_str(prefix);
                out.push_str(&marker);
                let indent = format!("{prefix}{}", " ".repeat(marker.len()));
                out.push_str(&inner.replace('\n', &format!("\n{indent}")));
                out.push('\n');
            }
            out.push('\n');
        }
        "tableRow" => {
            let mut cells = Vec::new();
            for cell in n
                .get("content")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let mut text = String::new();
                children(cell, &mut text, depth + 1, "");
                cells.push(text.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            out.push_str(prefix);
            out.push_str(&cells.join(" | "));
            out.push('\n');
        }
        _ => children(n, out, depth, prefix),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(t: &str) -> Value {
        json!({ "type": "text", "text": t })
    }

    fn para(content: Vec<Value>) -> Value {
        json!({ "type": "paragraph", "content": content })
    }

    #[test]
    fn paragraphs_lists_and_quotes_read_as_text() {
        let doc = json!({ "type": "doc", "version": 1, "content": [
            para(vec![text("Printer "), json!({ "type": "mention", "attrs": { "text": "@Sam" } }),
                      json!({ "type": "hardBreak" }), text("is on fire")]),
            { "type": "bulletList", "content": [
                { "type": "listItem", "content": [para(vec![text("smoke")])] },
                { "type": "listItem", "content": [para(vec![text("noise")])] } ] },
            { "type": "orderedList", "attrs": { "order": 3 }, "content": [
                { "type": "listItem", "content": [para(vec![text("unplug")])] } ] },
            { "type": "blockquote", "content": [para(vec![text("quoted")])] },
            para(vec![json!({ "type": "inlineCard", "attrs": { "url": "https://x.example" } })]),
        ] });
        assert_eq!(
            to_text(&doc),
            "Printer @Sam\nis on fire\n\n- smoke\n- noise\n\n3. unplug\n\n> quoted\n\nhttps://x.example"
        );
    }

    #[test]
    fn a_document_nested_past_the_bound_is_cut_off_not_followed() {
        let mut doc = text("deep");
        for _ in 0..100 {
            doc = json!({ "type": "blockquote", "content": [doc] });
        }
        assert!(!to_text(&doc).contains("deep"));
        assert_eq!(to_text(&json!(null)), "");
    }
}
