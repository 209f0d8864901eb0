//! The queue's filter: close matches on a ticket's number, subject, requester and tags, best
//! first, and `lang:fi` on the customer languages found when the tickets arrived.

use std::collections::{HashMap, HashSet};

use crate::backend::{TicketId, TicketSummary};
use crate::canned::rank::{close_match, matcher};
use crate::text::language::Spoken;

/// The customer's language per ticket, where it is known or can be guessed.
pub type Languages = HashMap<TicketId, Spoken>;

/// The customer languages of `tickets`: the one the desk keeps for each, else the one the
/// subject is written in among `allowed` (the team's languages).
pub fn languages_of(tickets: &[TicketSummary], allowed: &[String]) -> Languages {
    let allowed: Vec<&str> = allowed.iter().map(String::as_str).collect();
    tickets
        .iter()
        .filter_map(|t| {
            let kept = t.requester.language.as_deref();
            crate::text::language::of_customer(kept, &t.subject, &[], &allowed).map(|s| (t.id, s))
        })
        .collect()
}

/// Indices of tickets matching `filter` closely (typos forgiven, scattered letters not) on id,
/// subject, requester and tags: the best matches first, equally good ones in triage order.
/// `lang:fi` keeps the tickets whose customer writes Finnish (the desk's language for them,
/// else their subject's).
pub fn filtered(tickets: &[TicketSummary], languages: &Languages, filter: &str) -> Vec<usize> {
    let (language, filter) = language_in(filter);
    let rows = (0..tickets.len()).filter(|&i| speaks(&tickets[i], languages, language.as_deref()));
    if filter.is_empty() {
        return rows.collect();
    }
    best_first(tickets, rows, &filter)
}

/// The `lang:xx` of a filter, and the rest of it.
fn language_in(filter: &str) -> (Option<String>, String) {
    let mut language = None;
    let mut rest = Vec::new();
    for word in filter.split_whitespace() {
        match word.strip_prefix("lang:") {
            Some(code) if !code.is_empty() => language = Some(code.to_lowercase()),
            _ => rest.push(word),
        }
    }
    (language, rest.join(" "))
}

/// Whether the ticket's customer writes `language` (any, when none is asked for).
fn speaks(t: &TicketSummary, languages: &Languages, language: Option<&str>) -> bool {
    let Some(wanted) = language else {
        return true;
    };
    languages.get(&t.id).is_some_and(|s| s.code == wanted)
}

/// `indices` (rows that pass `filter`, in triage order) with the best matches first.
pub(super) fn ranked(
    tickets: &[TicketSummary],
    languages: &Languages,
    indices: Vec<usize>,
    filter: &str,
) -> Vec<usize> {
    let (language, filter) = language_in(filter);
    let indices: Vec<usize> = indices
        .into_iter()
        .filter(|&i| speaks(&tickets[i], languages, language.as_deref()))
        .collect();
    let filter = filter.as_str();
    if filter.is_empty() {
        return indices;
    }
    // A row that passed before but does not match now (its text changed) stays, last.
    let mut best = best_first(tickets, indices.iter().copied(), filter);
    let ranked: HashSet<usize> = best.iter().copied().collect();
    best.extend(indices.into_iter().filter(|i| !ranked.contains(i)));
    best
}

/// Those of `indices` whose ticket matches `filter` closely, the best first, equally good ones
/// in the order given.
fn best_first(
    tickets: &[TicketSummary],
    indices: impl IntoIterator<Item = usize>,
    filter: &str,
) -> Vec<usize> {
    let matcher = matcher();
    let mut scored: Vec<(i64, usize)> = indices
        .into_iter()
        .filter_map(|i| close_match(&matcher, &haystack(&tickets[i]), filter).map(|s| (s, i)))
        .collect();
    scored.sort_by_key(|&(score, i)| (std::cmp::Reverse(score), i));
    scored.into_iter().map(|(_, i)| i).collect()
}

/// The text the filter searches for one ticket.
pub fn haystack(t: &TicketSummary) -> String {
    format!(
        "{} {} {} {} {}",
        t.id,
        t.subject,
        t.requester.display_name(),
        t.requester.email,
        t.tags.join(" ")
    )
}
