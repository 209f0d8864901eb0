//! Local canned responses: one Markdown file per response in `<config dir>/responses/`, with
//! optional TOML front matter between `+++` lines:
//!
//! ```text
//! +++
//! title = "Refund approved"
//! keywords = ["refund", "money back"]
//! abbrev = ";refund"
//! [actions]
//! status = "pending"
//! tags_add = ["refund"]
//! attach = ["~/support/refund-form.pdf"]
//! +++
//! Hi {{requester.first_name | default: "there"}}, …
//! ```
//!
//! The same response in another language sits beside it as `refund.fi.md` (or with
//! `lang = "fi"` and the same `id = "refund"` in its front matter).

use std::path::Path;

use super::{Actions, Audience, Canned, Source};
use crate::diag::Diagnostic;

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: Option<String>,
    #[serde(default)]
    keywords: Vec<String>,
    abbrev: Option<String>,
    #[serde(default)]
    actions: Actions,
    /// `"internal"` or `"public"`; without it the response fits either.
    #[serde(default)]
    audience: Audience,
    /// The language it is written in (`"fi"`), where the file name does not say
    /// (`refund.fi.md`).
    lang: Option<String>,
    /// What the same response in other languages shares; else the file name without its
    /// language.
    id: Option<String>,
}

/// Reads one response file; `file_name` names it in messages and gives the default title.
pub fn parse(file_name: &str, text: &str) -> Result<Canned, Diagnostic> {
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n");
    let (front, body) = match text.strip_prefix("+++\n") {
        Some(rest) => match rest
            .split_once("\n+++\n")
            .or_else(|| rest.strip_suffix("\n+++").map(|f| (f, "")))
        {
            Some((front, body)) => (front.to_string(), body.to_string()),
            None => {
                return Err(Diagnostic::new(file_name, crate::fl!("canned-unclosed")));
            }
        },
        None => (String::new(), text.clone()),
    };
    let meta: FrontMatter = toml::from_str(&front)
        .map_err(|err| Diagnostic::from_toml(file_name, &front, &err))
        .map_err(|d| {
            let why = d.syntax.unwrap_or(d.message);
            Diagnostic::new(d.file, crate::fl!("canned-file-skipped", why = why))
        })?;
    let stem = file_name.rsplit('/').next().unwrap_or(file_name);
    let stem = stem.strip_suffix(".md").unwrap_or(stem);
    let (name, named_language) = super::variants::split_stem(stem);
    let language = meta
        .lang
        .as_deref()
        .or(named_language)
        .map(crate::text::language::base)
        .filter(|l| !l.is_empty());
    let family = meta.id.as_deref().unwrap_or(name).trim().to_string();
    let body = without_final_newline(&body);
    if body.trim().is_empty() {
        return Err(Diagnostic::new(file_name, crate::fl!("canned-no-text")));
    }
    Ok(Canned {
        id: format!("local:{stem}"),
        title: meta.title.unwrap_or_else(|| name.replace(['-', '_'], " ")),
        keywords: meta.keywords,
        abbrev: meta.abbrev.filter(|a| !a.trim().is_empty()),
        body,
        actions: meta.actions,
        source: Source::Local(file_name.to_string()),
        audience: meta.audience,
        language,
        family: Some(format!("local:{family}")),
    })
}

/// A text file ends with a line break by convention; that one is not part of the response, but
/// any further blank line is (a greeting followed by an empty line leaves the cursor there).
pub fn without_final_newline(text: &str) -> String {
    text.strip_suffix('\n').unwrap_or(text).to_string()
}

/// Reads every `*.md` file in `dir`, sorted by name. A missing folder is simply empty; a bad
/// file is reported and skipped.
pub fn load_dir(dir: &Path) -> (Vec<Canned>, Vec<Diagnostic>) {
    let mut canned = Vec::new();
    let mut diags = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return (canned, diags),
        Err(err) => {
            diags.push(Diagnostic::new(
                dir.display().to_string(),
                crate::fl!("canned-cannot-read", why = err.to_string()),
            ));
            return (canned, diags);
        }
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    paths.sort();
    for path in paths {
        let name = format!(
            "responses/{}",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        );
        match std::fs::read_to_string(&path) {
            Ok(text) => match parse(&name, &text) {
                Ok(c) => canned.push(c),
                Err(d) => diags.push(d),
            },
            Err(err) => diags.push(Diagnostic::new(
                name,
                crate::fl!("canned-cannot-read-skipped", why = err.to_string()),
            )),
        }
    }
    (canned, diags)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Priority;

    #[test]
    fn front_matter_and_body_are_read() {
        let text = "+++\ntitle = \"Refund approved\"\nkeywords = [\"money\"]\nabbrev = \";refund\"\n[actions]\nstatus = \"pending\"\npriority = \"low\"\ntags_add = [\"refund\"]\n+++\nHi {{requester.first_name}},\n\nDone.\n";
        let c = parse("responses/refund.md", text).expect("parses");
        assert_eq!(c.id, "local:refund");
        assert_eq!(c.title, "Refund approved");
        assert_eq!(c.abbrev.as_deref(), Some(";refund"));
        assert_eq!(c.body, "Hi {{requester.first_name}},\n\nDone.");
        let greeting = parse("responses/hi.md", "Hi,\n\n").expect("parses");
        assert_eq!(greeting.body, "Hi,\n");
        assert_eq!(c.actions.status.as_deref(), Some("pending"));
        assert_eq!(c.actions.priority, Some(Priority::Low));
        assert_eq!(c.actions.tags_add, ["refund"]);
    }

    #[test]
    fn a_file_without_front_matter_takes_its_name_as_title() {
        let c = parse("responses/password-reset.md", "Use the link.\n").expect("parses");
        assert_eq!(c.title, "password reset");
        assert_eq!(c.body, "Use the link.");
    }

    #[test]
    fn bad_files_are_explained() {
        let unclosed = parse("responses/a.md", "+++\ntitle = \"x\"\nbody").unwrap_err();
        assert!(unclosed.message.contains("never closed"), "{unclosed}");
        let bad_toml = parse("responses/b.md", "+++\ntitle = \n+++\nbody").unwrap_err();
        assert!(bad_toml.message.contains("line 1"), "{bad_toml}");
        let unknown = parse("responses/c.md", "+++\ntitel = \"x\"\n+++\nbody").unwrap_err();
        assert!(unknown.message.contains("titel"), "{unknown}");
        let bad_priority = parse(
            "responses/d.md",
            "+++\n[actions]\npriority = \"asap\"\n+++\nx",
        )
        .unwrap_err();
        assert!(bad_priority.message.contains("asap"), "{bad_priority}");
    }

    #[test]
    fn a_directory_is_read_in_name_order_and_bad_files_skipped() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("b.md"), "Second").expect("write");
        std::fs::write(dir.path().join("a.md"), "First").expect("write");
        std::fs::write(dir.path().join("c.md"), "+++\nnope").expect("write");
        std::fs::write(dir.path().join("notes.txt"), "ignored").expect("write");
        let (canned, diags) = load_dir(dir.path());
        assert_eq!(
            canned.iter().map(|c| c.body.as_str()).collect::<Vec<_>>(),
            ["First", "Second"]
        );
        assert_eq!(diags.len(), 1);
        let (none, diags) = load_dir(&dir.path().join("missing"));
        assert!(none.is_empty() && diags.is_empty());
    }
}
