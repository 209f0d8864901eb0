//! A Help Scout view is the query string of `/v2/conversations` as written in the profile
//! (`mailbox=85&folder=993&status=active`, `tag=vip`, `query=(subject:"refund")`), with two
//! words of frontdesk's: `assigned_to=me` is the agent whose credentials are in use, and a
//! folder given by its type or name (`folder=unassigned`, `folder=mine`) is looked up in the
//! view's mailbox (the first one when the view names none).

use crate::backend::View;

/// The order when a view names none: most recently changed first.
const ORDER: [(&str, &str); 2] = [("sortField", "modifiedAt"), ("sortOrder", "desc")];

pub use crate::backend::query_string::{borrowed, get, pairs as parse, set};

/// Whether a folder is given by its type or name, to be looked up.
pub fn folder_by_name(pairs: &[(String, String)]) -> Option<&str> {
    get(pairs, "folder").filter(|f| f.parse::<u64>().is_err())
}

/// One page of `/v2/conversations` for `pairs`: the view's order or ours, page `page`.
pub fn page_params(pairs: &[(String, String)], page: usize) -> Vec<(String, String)> {
    let mut params = pairs.to_vec();
    if get(pairs, "sortField").is_none() {
        params.extend(ORDER.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    }
    set(&mut params, "page", page.to_string());
    params
}

/// The next page, if there is one.
pub fn next(number: Option<usize>, total_pages: Option<usize>) -> Option<String> {
    let number = number.unwrap_or(1);
    total_pages
        .filter(|total| number < *total)
        .map(|_| (number + 1).to_string())
}

/// Mine, the unassigned folder and every open conversation.
pub fn default_views() -> Vec<View> {
    View::list(&[
        ("Mine", "status=open&assigned_to=me"),
        ("Unassigned", "status=active&folder=unassigned"),
        ("All open", "status=open"),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_reads_as_written_with_folders_by_name() {
        let pairs = parse("mailbox=85&folder=unassigned&query=(subject%3A%22refund%22)");
        assert_eq!(get(&pairs, "mailbox"), Some("85"));
        assert_eq!(folder_by_name(&pairs), Some("unassigned"));
        assert_eq!(get(&pairs, "query"), Some("(subject:\"refund\")"));
        assert_eq!(folder_by_name(&parse("folder=993")), None);
    }

    #[test]
    fn pages_follow_the_count_and_keep_the_views_order() {
        let own = page_params(&parse("sortField=number&sortOrder=asc"), 2);
        assert_eq!(get(&own, "sortField"), Some("number"));
        assert_eq!(get(&own, "page"), Some("2"));
        let ours = page_params(&parse("status=open"), 1);
        assert_eq!(get(&ours, "sortField"), Some("modifiedAt"));
        assert_eq!(next(Some(1), Some(2)).as_deref(), Some("2"));
        assert_eq!(next(Some(2), Some(2)), None);
        assert_eq!(next(None, None), None);
    }
}
