//! Word completion for one-line prompts: the words a field may hold (tags seen on loaded
//! tickets, most used first), and which of them fit the word being typed.

use std::collections::{HashMap, HashSet};

use std::sync::Arc;

use crate::backend::TicketSummary;
use crate::text::fuzzy::fold_char;

/// A word Tab can complete to, and how many loaded tickets carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub uses: usize,
}

/// While Tab cycles: the candidates, and which one is in the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cycle {
    pub candidates: Vec<String>,
    pub index: usize,
}

/// Counts `words` (one list per ticket; a word counted once per ticket), most used first,
/// then alphabetically whatever the case; `also` adds words nobody uses yet (a canned response's tags, say).
pub fn vocabulary<'a>(
    per_ticket: impl IntoIterator<Item = &'a [String]>,
    also: impl IntoIterator<Item = &'a str>,
) -> Vec<Word> {
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for words in per_ticket {
        for (i, w) in words.iter().enumerate() {
            // A ticket has a handful of tags: a look back is cheaper than a set per ticket.
            if !words[..i].contains(w) {
                *uses.entry(w.as_str()).or_default() += 1;
            }
        }
    }
    for w in also {
        uses.entry(w).or_default();
    }
    let mut out: Vec<Word> = uses
        .into_iter()
        .filter(|(w, _)| !w.trim().is_empty())
        .map(|(text, uses)| Word {
            text: text.to_string(),
            uses,
        })
        .collect();
    let folded = |w: &Word| w.text.chars().map(fold_char).collect::<String>();
    out.sort_by(|a, b| {
        b.uses
            .cmp(&a.uses)
            .then_with(|| folded(a).cmp(&folded(b)))
            .then_with(|| a.text.cmp(&b.text))
    });
    out
}

/// The tags on the tickets of `views` (a ticket in several views counted once), and `also`
/// (tags canned responses set, say). Linear in the tickets loaded: a large queue counts them
/// off the UI task.
pub fn tags_of(views: &[Arc<Vec<TicketSummary>>], also: &[String]) -> Vec<Word> {
    let mut ids = HashSet::new();
    let tickets = views
        .iter()
        .flat_map(|v| v.iter())
        .filter(|t| views.len() == 1 || ids.insert(t.id));
    vocabulary(
        tickets.map(|t| t.tags.as_slice()),
        also.iter().map(String::as_str),
    )
}

/// The part of the word before the cursor (`cursor` in characters).
pub fn partial(text: &str, cursor: usize) -> &str {
    let end = text
        .char_indices()
        .nth(cursor)
        .map_or(text.len(), |(i, _)| i);
    let before = &text[..end];
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

/// The words that fit `partial` and are not in the field yet: those starting with it first,
/// then those containing it, each in vocabulary order; case is ignored.
pub fn candidates<'a>(vocabulary: &'a [Word], field: &str, partial: &str) -> Vec<&'a str> {
    let taken: HashSet<&str> = field.split_whitespace().collect();
    let fold = |s: &str| s.chars().map(fold_char).collect::<String>();
    let want = fold(partial);
    let open: Vec<(&str, String)> = vocabulary
        .iter()
        .map(|w| w.text.as_str())
        .filter(|w| !taken.contains(w))
        .map(|w| (w, fold(w)))
        .collect();
    let starting = open.iter().filter(|(_, f)| f.starts_with(&want));
    let inside = open
        .iter()
        .filter(|(_, f)| !f.starts_with(&want) && f.contains(&want));
    starting.chain(inside).map(|(w, _)| *w).collect()
}

/// `("~/logs/", "app")` for `~/logs/app`: the folder as typed, and the part being typed.
pub fn split_path(text: &str) -> (&str, &str) {
    match text.rfind('/') {
        Some(at) => text.split_at(at + 1),
        None => ("", text),
    }
}

/// The entries of the prompt's folder that the typed part starts (hidden ones only when it
/// starts with a dot).
pub fn path_candidates<'a>(words: &'a [Word], part: &str) -> Vec<&'a str> {
    words
        .iter()
        .map(|w| w.text.as_str())
        .filter(|w| w.starts_with(part) && (part.starts_with('.') || !w.starts_with('.')))
        .collect()
}

/// The addresses in a recipients field: separated by commas, semicolons or spaces.
pub fn addresses(field: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in field.split([',', ';', ' ', '\t']).filter(|a| !a.is_empty()) {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(a)) {
            out.push(a.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(lists: &[&[&str]]) -> Vec<Vec<String>> {
        lists
            .iter()
            .map(|l| l.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    #[test]
    fn the_vocabulary_counts_tickets_and_puts_the_most_used_first() {
        let lists = tags(&[&["billing", "vip"], &["billing", "billing"], &["bug"]]);
        let words = vocabulary(lists.iter().map(Vec::as_slice), ["refund", "bug"]);
        let shown: Vec<(&str, usize)> = words.iter().map(|w| (w.text.as_str(), w.uses)).collect();
        assert_eq!(
            shown,
            [("billing", 2), ("bug", 1), ("vip", 1), ("refund", 0)]
        );
    }

    #[test]
    fn paths_split_at_the_last_slash_and_hidden_entries_wait_for_a_dot() {
        assert_eq!(split_path("~/logs/app"), ("~/logs/", "app"));
        assert_eq!(split_path("notes"), ("", "notes"));
        let words: Vec<Word> = ["app.log", "app-old/", ".env", "zeta"]
            .iter()
            .map(|w| Word {
                text: w.to_string(),
                uses: 0,
            })
            .collect();
        assert_eq!(path_candidates(&words, "app"), ["app.log", "app-old/"]);
        assert_eq!(path_candidates(&words, ""), ["app.log", "app-old/", "zeta"]);
        assert_eq!(path_candidates(&words, "."), [".env"]);
    }

    #[test]
    fn addresses_are_split_on_commas_and_spaces_once_each() {
        assert_eq!(
            addresses("a@x.com, b@y.org;c@z.net  A@X.com,"),
            ["a@x.com", "b@y.org", "c@z.net"]
        );
    }

    #[test]
    fn the_partial_word_is_what_precedes_the_cursor() {
        assert_eq!(partial("billing re", 10), "re");
        assert_eq!(partial("billing re", 8), "");
        assert_eq!(partial("billing re", 3), "bil");
        assert_eq!(partial("zoë ärg", 7), "ärg");
        assert_eq!(partial("", 0), "");
    }

    #[test]
    fn prefixes_come_before_inner_matches_and_present_words_are_left_out() {
        let lists = tags(&[
            &["refund", "billing"],
            &["prerelease"],
            &["refund"],
            &["Regression"],
        ]);
        let words = vocabulary(lists.iter().map(Vec::as_slice), []);
        assert_eq!(
            candidates(&words, "billing re", "re"),
            ["refund", "Regression", "prerelease"]
        );
        assert_eq!(
            candidates(&words, "refund ", ""),
            ["billing", "prerelease", "Regression"],
            "an empty word offers what is not in the field, most used first"
        );
        assert!(candidates(&words, "refund", "refund").is_empty());
    }
}
