//! Ranking canned responses against what the agent typed: a fuzzy score (skim algorithm, `text::fuzzy`) over
//! title, keywords, abbreviation and body; ties broken by how often this agent used each one.

use std::collections::HashMap;

use super::Canned;
pub use crate::text::fuzzy::matcher;
use crate::text::fuzzy::{Fuzzy, fold_char};

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
pub fn close_match(matcher: &Fuzzy, text: &str, query: &str) -> Option<i64> {
    let query_chars: Vec<char> = query.chars().map(fold_char).collect();
    close_match_of(matcher, text, query, &query_chars)
}

/// [`close_match`] with the query's lower-cased characters worked out once by the caller.
fn close_match_of(matcher: &Fuzzy, text: &str, query: &str, query_chars: &[char]) -> Option<i64> {
    let needed = CLOSE_PER_CHAR * query_chars.len() as i64;
    // Only the stretches where the query's letters come close together can hold a close
    // match; scoring those instead of the whole text keeps a keystroke cheap on long texts.
    let mut from = 0;
    while let Some((start, end)) = stretch(text, from, query_chars) {
        // One character of context before the stretch, for the word-boundary bonus.
        let context = text[..start]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i);
        if let Some(score) = matcher
            .score(&text[context..end], query)
            .filter(|s| *s >= needed)
        {
            return Some(score);
        }
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// How far a close match can stretch per query character. Skim scores a matched character
/// at most 16 plus a bonus of 8 (doubled for the first) and charges every skipped character,
/// so a match that averages `CLOSE_PER_CHAR` skips at most about 10 characters per query
/// character; 12 leaves room.
const REACH_PER_CHAR: usize = 12;

/// The first stretch of `text` at or after byte `from` that starts with the query's first
/// character (lower-cased `query`) and holds the rest in order within reach of a close
/// match, as byte offsets.
fn stretch(text: &str, from: usize, query: &[char]) -> Option<(usize, usize)> {
    let (&first, rest) = query.split_first()?;
    let reach = query.len() * REACH_PER_CHAR + 16;
    // As the matcher compares: one lower-case character for one.
    let same = |c: char, q: char| c == q || fold_char(c) == q;
    for (offset, c) in text[from..].char_indices() {
        if !same(c, first) {
            continue;
        }
        let start = from + offset;
        let mut wanted = rest.iter().copied().peekable();
        for c in text[start + c.len_utf8()..].chars().take(reach) {
            match wanted.peek() {
                None => break,
                Some(&q) if same(c, q) => {
                    wanted.next();
                }
                Some(_) => {}
            }
        }
        if wanted.peek().is_none() {
            // Take the whole reach: the best alignment may use later letters.
            let tail: usize = text[start..]
                .chars()
                .take(reach + 1)
                .map(char::len_utf8)
                .sum();
            return Some((start, start + tail));
        }
    }
    None
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

/// What ranking reads of each response, prepared once when the responses load rather than
/// on every keystroke.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    /// Each response's text, lower-cased, with its placeholders blanked out.
    bodies: Vec<String>,
}

impl Index {
    /// The index of `canned`, in the same order.
    pub fn new(canned: &[Canned]) -> Self {
        Self {
            bodies: canned
                .iter()
                .map(|c| without_placeholders(&c.body))
                .collect(),
        }
    }

    /// How many responses it covers.
    pub fn len(&self) -> usize {
        self.bodies.len()
    }

    /// Whether it covers none.
    pub fn is_empty(&self) -> bool {
        self.bodies.is_empty()
    }
}

/// Only the best matches are drawn, so only they get their matched letters worked out.
const HIGHLIGHTED: usize = 200;

/// Lists longer than this are scored on every core.
const PARALLEL_FROM: usize = 2_000;

/// Responses matching `query`, best first. An empty query lists everything, most used first.
pub fn rank(query: &str, canned: &[Canned], usage: &HashMap<String, u32>) -> Vec<Ranked> {
    rank_with(query, canned, &Index::new(canned), usage)
}

/// [`rank`] with an [`Index`] of `canned` made beforehand.
pub fn rank_with(
    query: &str,
    canned: &[Canned],
    index: &Index,
    usage: &HashMap<String, u32>,
) -> Vec<Ranked> {
    rank_among(query, canned, index, usage, None)
}

/// [`rank_with`] over only the responses at `among` (indices into `canned`), when given.
/// Whatever matches a query also matches every query it starts with, so as the agent types,
/// each keystroke need only look at what the previous one found.
pub fn rank_among(
    query: &str,
    canned: &[Canned],
    index: &Index,
    usage: &HashMap<String, u32>,
    among: Option<&[usize]>,
) -> Vec<Ranked> {
    let query = query.trim();
    let lower = query.to_lowercase();
    let everything: Vec<usize>;
    let candidates = match among {
        Some(among) => among,
        None => {
            everything = (0..canned.len()).collect();
            &everything
        }
    };
    let score_some = |some: &[usize]| -> Vec<Ranked> {
        let matcher = matcher();
        some.iter()
            .filter_map(|&i| {
                let c = canned.get(i)?;
                let score = score(&matcher, c, index.bodies.get(i), query, &lower)?;
                Some(Ranked {
                    index: i,
                    score,
                    title_hits: Vec::new(),
                })
            })
            .collect()
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut ranked = if candidates.len() >= PARALLEL_FROM && cores > 1 && !query.is_empty() {
        let chunk = candidates.len().div_ceil(cores);
        std::thread::scope(|scope| {
            let parts: Vec<_> = candidates
                .chunks(chunk)
                .map(|some| scope.spawn(move || score_some(some)))
                .collect();
            parts
                .into_iter()
                .flat_map(|p| p.join().unwrap_or_default())
                .collect::<Vec<_>>()
        })
    } else {
        score_some(candidates)
    };
    let used = |r: &Ranked| usage.get(&canned[r.index].id).copied().unwrap_or(0);
    ranked.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| used(b).cmp(&used(a)))
            .then_with(|| canned[a.index].title.cmp(&canned[b.index].title))
            .then_with(|| a.index.cmp(&b.index))
    });
    if !query.is_empty() {
        let matcher = matcher();
        for r in ranked.iter_mut().take(HIGHLIGHTED) {
            r.title_hits = title_hits(&matcher, &canned[r.index].title, query);
        }
    }
    ranked
}

/// One response's score for `query`, if it matches at all. Words may come in any order:
/// "reset password" finds "Password reset instructions". Each word must match somewhere and
/// the scores add up; the query read whole, in order, counts where it scores more.
fn score(
    matcher: &Fuzzy,
    c: &Canned,
    body: Option<&String>,
    query: &str,
    lower: &str,
) -> Option<i64> {
    let whole = score_one(matcher, c, body, query, lower);
    let words: Vec<&str> = query.split_whitespace().collect();
    if words.len() < 2 {
        return whole;
    }
    let mut sum = 0;
    for word in words {
        sum += score_one(matcher, c, body, word, &word.to_lowercase())?;
    }
    Some(whole.map_or(sum, |w| w.max(sum)))
}

/// The character positions of `title` that the query's words match, for highlighting.
fn title_hits(matcher: &Fuzzy, title: &str, query: &str) -> Vec<usize> {
    if let Some((_, hits)) = matcher.hits(title, query) {
        return hits;
    }
    let mut all: Vec<usize> = query
        .split_whitespace()
        .filter_map(|w| matcher.hits(title, w))
        .flat_map(|(_, hits)| hits)
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// [`score`] for one word (or the whole query).
fn score_one(
    matcher: &Fuzzy,
    c: &Canned,
    body: Option<&String>,
    query: &str,
    lower: &str,
) -> Option<i64> {
    if query.is_empty() {
        return Some(0);
    }
    // What the agent sees and remembers ranks first: the title, then keywords and the
    // abbreviation, then the text itself.
    let title_score = matcher.score(&c.title, query).map(|s| s * 3);
    let keyword_score = c
        .keywords
        .iter()
        .chain(c.abbrev.iter())
        .filter_map(|k| matcher.score(k, query))
        .max()
        .map(|s| s * 2);
    let body_score = match body {
        Some(body) => in_text(body, lower),
        None => in_text(&without_placeholders(&c.body).to_lowercase(), lower),
    };
    [title_score, keyword_score, body_score]
        .into_iter()
        .flatten()
        .max()
}

/// The score of the query in a response's text: the text must hold it as written (any case).
/// Titles and keywords forgive typos; a text is long enough to hold most letter sequences
/// somewhere, so fuzzy matching there finds noise, and it would cost most of a keystroke's
/// time. Scored like a run of matched letters, a little more at the start of a word.
fn in_text(body: &str, lower: &str) -> Option<i64> {
    let at = body.find(lower)?;
    let starts_word = body[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    Some(16 * lower.chars().count() as i64 + if starts_word { 8 } else { 0 })
}

#[cfg(test)]
mod tests;
