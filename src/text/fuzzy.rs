//! Fuzzy matching (the skim algorithm of `fuzzy-matcher`), case-insensitive, the way frontdesk
//! uses it everywhere.
//!
//! Every match gets a fresh scoring matrix. `fuzzy-matcher` 0.3.7 keeps its matrix between
//! calls and reads cells it has not written in this one (a matched cell's bonus; in its
//! two-row mode, the first cell of each row), so a text's score depended on the texts scored
//! before it: rankings changed with their order and with the number of threads that scored
//! them. The tests below pin that down.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// A case-insensitive fuzzy matcher.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fuzzy;

/// A matcher, ready to use.
pub fn matcher() -> Fuzzy {
    Fuzzy
}

fn fresh() -> SkimMatcherV2 {
    SkimMatcherV2::default().ignore_case()
}

impl Fuzzy {
    /// The score of `query` in `text`, if every query character appears in order.
    pub fn score(&self, text: &str, query: &str) -> Option<i64> {
        self.hits(text, query).map(|(score, _)| score)
    }

    /// The score and the character positions of `text` that matched.
    pub fn hits(&self, text: &str, query: &str) -> Option<(i64, Vec<usize>)> {
        // Most texts do not hold the query at all: say so before setting up a matrix.
        if !holds_in_order(text, query) {
            return None;
        }
        if text.is_ascii() && query.is_ascii() {
            return fresh().fuzzy_indices(text, query);
        }
        // The matcher ignores only ASCII case; "возврат" must find "Возврат" all the same.
        fresh().fuzzy_indices(&fold(text), &fold(query))
    }
}

/// Lower case, one character for one, so that matched positions still point into the text.
fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// One character lower-cased to one character (the first, where lower case takes more).
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// Whether `text` holds every character of `query` in order, ignoring case.
fn holds_in_order(text: &str, query: &str) -> bool {
    let mut wanted = query.chars().map(fold_char).peekable();
    for c in text.chars() {
        let Some(&q) = wanted.peek() else { break };
        if c == q || fold_char(c) == q {
            wanted.next();
        }
    }
    wanted.peek().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_is_ignored_and_order_matters() {
        let m = matcher();
        assert!(m.score("Refund approved", "REFUND").is_some());
        assert!(
            m.score("Straße", "STRASSE").is_none(),
            "one character for one"
        );
        assert!(m.score("ÄRGER", "ärger").is_some());
        assert!(m.score("Возврат средств", "возврат").is_some());
        assert_eq!(
            m.hits("Möbel Ärger", "ärg").map(|(_, at)| at),
            Some(vec![6, 7, 8])
        );
        assert!(m.score("Refund", "dnuf").is_none());
        assert_eq!(m.score("anything", ""), Some(0));
    }

    #[test]
    fn a_score_does_not_depend_on_what_was_scored_before() {
        let text = "aR{aéé{RRc-}aa }-R a}RaRéaa-{a";
        let alone = matcher().score(text, "RRRc");
        let m = matcher();
        assert!(
            m.score("R a{-{ } -é -a}}-}-RRa - }}} c{a- éR{-", "RR")
                .is_some()
        );
        assert_eq!(m.score(text, "RRRc"), alone);
        assert!(alone.is_some());
    }
}
