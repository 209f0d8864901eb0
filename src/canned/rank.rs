//! Ranking canned responses against what the agent typed: a fuzzy score (skim algorithm) over
//! title, keywords, abbreviation and body; ties broken by how often this agent used each one.

use std::collections::HashMap;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::Canned;

/// One ranked response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    /// Index into the list that was ranked.
    pub index: usize,
    pub score: i64,
    /// Character positions in the title that matched, for highlighting.
    pub title_hits: Vec<usize>,
}

/// In long text a close match must score at least this much per query character: whole
/// words and runs of letters, not letters scattered across a paragraph.
const CLOSE_PER_CHAR: i64 = 14;

/// The fuzzy score of `query` in `text` if it is a close match (see `CLOSE_PER_CHAR`). Long
/// text holds most short letter sequences somewhere; this keeps only what a person would call
/// a match.
pub fn close_match(matcher: &SkimMatcherV2, text: &str, query: &str) -> Option<i64> {
    let needed = CLOSE_PER_CHAR * query.chars().count() as i64;
    matcher.fuzzy_match(text, query).filter(|s| *s >= needed)
}

fn without_placeholders(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut last = 0;
    for span in super::placeholder::spans(body) {
        out.push_str(&body[last..span.start]);
        out.push(' ');
        last = span.end;
    }
    out.push_str(&body[last..]);
    out
}

/// A fuzzy matcher set up the way frontdesk uses it everywhere: case-insensitive.
pub fn matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default().ignore_case()
}

/// Responses matching `query`, best first. An empty query lists everything, most used first.
pub fn rank(query: &str, canned: &[Canned], usage: &HashMap<String, u32>) -> Vec<Ranked> {
    let matcher = matcher();
    let query = query.trim();
    let mut ranked: Vec<Ranked> = canned
        .iter()
        .enumerate()
        .filter_map(|(index, c)| {
            if query.is_empty() {
                return Some(Ranked {
                    index,
                    score: 0,
                    title_hits: vec![],
                });
            }
            let title = matcher.fuzzy_indices(&c.title, query);
            // What the agent sees and remembers ranks first: the title, then keywords and the
            // abbreviation, then the text itself.
            let title_score = title.as_ref().map(|(s, _)| s * 3);
            let keyword_score = c
                .keywords
                .iter()
                .chain(c.abbrev.iter())
                .filter_map(|k| matcher.fuzzy_match(k, query))
                .max()
                .map(|s| s * 2);
            // Placeholder names would match almost any short query, and a body is long enough
            // to hold most letter sequences somewhere, so only a close match in the prose counts.
            let body_score = close_match(&matcher, &without_placeholders(&c.body), query);
            let score = [title_score, keyword_score, body_score]
                .into_iter()
                .flatten()
                .max()?;
            Some(Ranked {
                index,
                score,
                title_hits: title.map(|(_, hits)| hits).unwrap_or_default(),
            })
        })
        .collect();
    let used = |r: &Ranked| usage.get(&canned[r.index].id).copied().unwrap_or(0);
    ranked.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| used(b).cmp(&used(a)))
            .then_with(|| canned[a.index].title.cmp(&canned[b.index].title))
    });
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canned::{Actions, Source};

    fn canned(id: &str, title: &str, body: &str) -> Canned {
        Canned {
            id: id.into(),
            title: title.into(),
            keywords: vec![],
            abbrev: None,
            body: body.into(),
            actions: Actions::default(),
            source: Source::Backend,
        }
    }

    fn titles(query: &str, all: &[Canned], usage: &HashMap<String, u32>) -> Vec<String> {
        rank(query, all, usage)
            .into_iter()
            .map(|r| all[r.index].title.clone())
            .collect()
    }

    #[test]
    fn a_misspelt_query_still_finds_the_response() {
        let all = [
            canned("1", "Password reset", "Use the link"),
            canned("2", "Refund approved", "Money back"),
        ];
        assert_eq!(titles("refnd", &all, &HashMap::new())[0], "Refund approved");
    }

    #[test]
    fn matched_title_characters_are_reported() {
        let all = [canned("1", "Refund approved", "")];
        let r = rank("rfd", &all, &HashMap::new());
        assert_eq!(r[0].title_hits.len(), 3);
    }

    #[test]
    fn ties_go_to_the_response_used_most() {
        let all = [
            canned("a", "Shipping delay", ""),
            canned("b", "Shipping delay", ""),
        ];
        let usage = HashMap::from([("b".to_string(), 5)]);
        let ranked = rank("ship", &all, &usage);
        assert_eq!(all[ranked[0].index].id, "b");
        let ranked = rank("", &all, &usage);
        assert_eq!(all[ranked[0].index].id, "b");
    }

    #[test]
    fn titles_outrank_keywords_and_placeholders_do_not_match() {
        let mut keyworded = canned(
            "1",
            "Erstattung veranlasst",
            "Guten Tag {{requester.first_name | default: \"x\"}}",
        );
        keyworded.keywords = vec!["refund".into()];
        let all = [
            keyworded,
            canned("2", "Refund approved", "Done."),
            canned("3", "Other", "Hi {{requester.first_name}}"),
        ];
        assert_eq!(
            titles("refnd", &all, &HashMap::new()),
            ["Refund approved", "Erstattung veranlasst"]
        );
    }

    #[test]
    fn non_matches_are_left_out() {
        let all = [canned("1", "Password reset", "Use the link")];
        assert!(titles("zzz", &all, &HashMap::new()).is_empty());
    }
}
