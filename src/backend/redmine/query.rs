//! A Redmine view is the query string of `/issues.json` as written in the profile
//! (`query_id=4`, `status_id=open&assigned_to_id=me`, `project_id=support&tracker_id=1`), with
//! two of frontdesk's own on top, which searches make: `q=<words>`, Redmine's full-text search
//! over subjects, descriptions and notes, and `requester=<address>`, the issues a person
//! opened.

use crate::backend::{View, query_string};

/// Issues per page: Redmine's most.
pub const PER_PAGE: usize = 100;

/// The order when a view names none: most urgent first, then the most recently changed.
const ORDER: &str = "priority:desc,updated_on:desc";

/// What a view asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// `/issues.json` with these parameters.
    Filter(Vec<(String, String)>),
    /// Full-text search for these words (with any filters beside them for the issues found).
    Words(String, Vec<(String, String)>),
    /// The issues of the person with this address.
    Requester(String, Vec<(String, String)>),
}

impl Query {
    /// Reads a view's query. Parameters as written, percent-escapes decoded.
    pub fn parse(text: &str) -> Query {
        let mut pairs = query_string::pairs(text);
        if let Some(words) = query_string::take(&mut pairs, "q") {
            Query::Words(words, pairs)
        } else if let Some(address) = query_string::take(&mut pairs, "requester") {
            Query::Requester(address, pairs)
        } else {
            Query::Filter(pairs)
        }
    }
}

/// The parameters of one page of `/issues.json` for `filters`: every status where a search
/// asks (`all`), the view's own order or ours, a page of [`PER_PAGE`] from `offset`.
pub fn page_params(
    filters: &[(String, String)],
    all: bool,
    offset: usize,
) -> Vec<(String, String)> {
    let mut params = filters.to_vec();
    let has = |k: &str| filters.iter().any(|(key, _)| key == k);
    if all && !has("status_id") && !has("query_id") {
        params.push(("status_id".into(), "*".into()));
    }
    if !has("sort") {
        params.push(("sort".into(), ORDER.into()));
    }
    params.push(("limit".into(), PER_PAGE.to_string()));
    params.push(("offset".into(), offset.to_string()));
    params
}

/// The next page's offset, if there is one.
pub fn next(offset: usize, shown: usize, total: Option<usize>) -> Option<String> {
    let end = offset + shown;
    let more = match total {
        Some(total) => end < total,
        None => shown >= PER_PAGE,
    };
    (more && shown > 0).then(|| end.to_string())
}

pub use crate::backend::query_string::borrowed;

/// Mine, unassigned and all open issues, as Redmine's own issue list filters them.
pub fn default_views() -> Vec<View> {
    View::list(&[
        ("Mine", "assigned_to_id=me"),
        ("Unassigned", "assigned_to_id=!*"),
        ("All open", "status_id=open"),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_view_reads_as_written_and_searches_as_ours() {
        assert_eq!(
            Query::parse("status_id=open&assigned_to_id=me"),
            Query::Filter(pairs(&[("status_id", "open"), ("assigned_to_id", "me")]))
        );
        assert_eq!(
            Query::parse("subject=~%3E%3D1"),
            Query::Filter(pairs(&[("subject", "~>=1")]))
        );
        assert_eq!(
            Query::parse("q=printer+fire&project_id=support"),
            Query::Words("printer fire".into(), pairs(&[("project_id", "support")]))
        );
        assert_eq!(
            Query::parse("requester=ann%40example.com"),
            Query::Requester("ann@example.com".into(), vec![])
        );
        assert_eq!(Query::parse("  "), Query::Filter(vec![]));
    }

    #[test]
    fn a_page_keeps_the_views_order_and_status() {
        let own = page_params(&pairs(&[("sort", "id"), ("status_id", "closed")]), true, 0);
        assert!(own.contains(&("sort".into(), "id".into())));
        assert!(!own.iter().any(|(k, v)| k == "status_id" && v == "*"));
        let ours = page_params(&[], true, 100);
        assert!(ours.contains(&("status_id".into(), "*".into())));
        assert!(ours.contains(&("sort".into(), ORDER.into())));
        assert!(ours.contains(&("offset".into(), "100".into())));
    }

    #[test]
    fn the_last_page_says_so() {
        assert_eq!(next(0, 100, Some(101)).as_deref(), Some("100"));
        assert_eq!(next(100, 1, Some(101)), None);
        assert_eq!(next(0, 100, None).as_deref(), Some("100"));
        assert_eq!(next(0, 0, Some(5)), None);
    }
}
