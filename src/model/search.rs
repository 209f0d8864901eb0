//! Searching the whole desk from what the agent typed: the desk's own query language passes
//! as written, an e-mail address finds the requester's tickets, other words are looked for
//! where the desk looks for words. Pure, so the interface plans a search without asking the
//! desk; the plan is then loaded like any view (every status included, paged).

use super::is_address;

pub use super::SearchSyntax;

/// A search as a view query, with what the agent should know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchPlan {
    /// The view's query, in the backend's view language.
    pub query: String,
    /// What was searched, where it is less than the agent may think.
    pub note: Option<SearchNote>,
}

/// Where a search looks less far than the agent may think; the interface words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchNote {
    /// Request Tracker: subjects, and message text only where full-text search is on.
    SubjectsAndText,
}

/// Why a desk cannot search for what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchRefusal {
    /// Nothing was typed.
    Empty,
    /// Freshdesk's API finds no words; `example` is a query it would take.
    NoWords { example: String },
    /// `lang:` asked of a desk whose search cannot see a customer's language. Request
    /// Tracker keeps `Lang` on users but TicketSQL refuses it as a requestor subfield
    /// ("Invalid watcher subfield"), and the SaaS desks' searches have no such term.
    NoLanguage,
}

/// The search for `typed`, or why this desk cannot search for it. `lang:fi` among the words
/// asks for customers who speak Finnish, where the desk's search can tell (the demo's).
pub fn plan(syntax: SearchSyntax, typed: &str) -> Result<SearchPlan, SearchRefusal> {
    let (language, rest) = language_in(typed);
    let Some(code) = language else {
        return plan_words(syntax, typed);
    };
    if syntax != SearchSyntax::Demo {
        return Err(SearchRefusal::NoLanguage);
    }

    let query = if rest.is_empty() {
        format!("lang:{code}")
    } else {
        format!("{} lang:{code}", plan_words(syntax, &rest)?.query)
    };
    Ok(SearchPlan { query, note: None })
}

/// The `lang:xx` word of what was typed (a two- or three-letter code), and the other words.
fn language_in(typed: &str) -> (Option<String>, String) {
    let mut language = None;
    let mut rest = Vec::new();
    for word in typed.split_whitespace() {
        match word.strip_prefix("lang:") {
            Some(code)
                if (2..=3).contains(&code.len())
                    && code.chars().all(|c| c.is_ascii_alphabetic()) =>
            {
                language = Some(code.to_ascii_lowercase());
            }
            _ => rest.push(word),
        }
    }
    (language, rest.join(" "))
}

fn plan_words(syntax: SearchSyntax, typed: &str) -> Result<SearchPlan, SearchRefusal> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(SearchRefusal::Empty);
    }
    let quote = |s: &str, q: char| s.replace('\\', "\\\\").replace(q, &format!("\\{q}"));
    let words: Vec<&str> = typed.split_whitespace().collect();
    let (query, note) = match syntax {
        SearchSyntax::Demo if typed.contains(':') => (typed.to_string(), None),
        SearchSyntax::Demo if is_address(typed) => (format!("requester:{typed}"), None),
        SearchSyntax::Demo => (
            words
                .iter()
                .map(|w| format!("text:{w}"))
                .collect::<Vec<_>>()
                .join(" "),
            None,
        ),
        SearchSyntax::TicketSql if looks_like_ticketsql(typed) => (typed.to_string(), None),
        SearchSyntax::TicketSql if is_address(typed) => (
            format!("Requestor.EmailAddress = '{}'", quote(typed, '\'')),
            None,
        ),
        // Content is matched only where RT has full-text search on; where it is off, RT turns
        // the Content clause into `id = 0`, so the subject alone decides.
        SearchSyntax::TicketSql => (
            words
                .iter()
                .map(|w| {
                    let w = quote(w, '\'');
                    format!("(Subject LIKE '{w}' OR Content LIKE '{w}')")
                })
                .collect::<Vec<_>>()
                .join(" AND "),
            Some(SearchNote::SubjectsAndText),
        ),
        SearchSyntax::Zendesk if is_address(typed) => {
            (format!("type:ticket requester:{typed}"), None)
        }
        SearchSyntax::Zendesk if typed.contains("type:") => (typed.to_string(), None),
        SearchSyntax::Zendesk => (format!("type:ticket {typed}"), None),
        SearchSyntax::Freshdesk if is_address(typed) => (
            format!("email={typed}&updated_since=2000-01-01T00:00:00Z&order_by=updated_at"),
            None,
        ),
        SearchSyntax::Freshdesk if typed.contains(':') => (typed.to_string(), None),
        SearchSyntax::Freshdesk => {
            return Err(SearchRefusal::NoWords {
                example: format!("tag:'{}'", words.first().copied().unwrap_or("refund")),
            });
        }
        SearchSyntax::Zammad if is_address(typed) => (format!("customer.email:\"{typed}\""), None),
        SearchSyntax::Zammad => (typed.to_string(), None),
        SearchSyntax::Redmine if typed.contains('=') => {
            let has = |key: &str| {
                typed
                    .split('&')
                    .any(|pair| pair.split('=').next() == Some(key))
            };
            if has("status_id") || has("query_id") {
                (typed.to_string(), None)
            } else {
                (format!("{typed}&status_id=*"), None)
            }
        }
        SearchSyntax::Redmine if is_address(typed) => (
            format!("requester={}", super::query_string::escape(typed)),
            None,
        ),
        SearchSyntax::Redmine => (format!("q={}", super::query_string::escape(typed)), None),
        SearchSyntax::Jira if is_address(typed) => (format!("requester:{typed}"), None),
        SearchSyntax::Jira if looks_like_jql(typed) => (typed.to_string(), None),
        SearchSyntax::Jira => (
            format!(
                "projectType = service_desk AND text ~ \"{}\" ORDER BY updated DESC",
                quote(typed, '"')
            ),
            None,
        ),
        SearchSyntax::HelpScout if typed.contains('=') => {
            if typed.split('&').any(|pair| pair.starts_with("status=")) {
                (typed.to_string(), None)
            } else {
                (format!("{typed}&status=all"), None)
            }
        }
        SearchSyntax::HelpScout => {
            let query = if typed.contains('(') || typed.contains(':') {
                typed.to_string()
            } else if is_address(typed) {
                format!("(email:\"{}\")", quote(typed, '"'))
            } else {
                words
                    .iter()
                    .map(|w| {
                        let w = quote(w, '"');
                        format!("(subject:\"{w}\" OR body:\"{w}\")")
                    })
                    .collect::<Vec<_>>()
                    .join(" AND ")
            };
            (
                format!("status=all&query={}", super::query_string::escape(&query)),
                None,
            )
        }
    };
    Ok(SearchPlan { query, note })
}

/// Whether text is already JQL: a comparison, a `~`, or a clause joined by AND/OR.
fn looks_like_jql(typed: &str) -> bool {
    let upper = typed.to_ascii_uppercase();
    ["=", "~", "<", ">", " AND ", " OR ", " IN ", " IS "]
        .iter()
        .any(|m| upper.contains(m))
}

/// Whether text is already TicketSQL: a comparison, or a clause joined by AND/OR.
fn looks_like_ticketsql(typed: &str) -> bool {
    let upper = typed.to_ascii_uppercase();
    ["=", "<", ">", " LIKE ", " AND ", " OR "]
        .iter()
        .any(|m| upper.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(syntax: SearchSyntax, typed: &str) -> String {
        plan(syntax, typed)
            .map(|p| p.query)
            .unwrap_or_else(|e| format!("{e:?}"))
    }

    #[test]
    fn words_become_each_desks_query() {
        assert_eq!(
            query(SearchSyntax::TicketSql, "printer jam"),
            "(Subject LIKE 'printer' OR Content LIKE 'printer') AND (Subject LIKE 'jam' OR Content LIKE 'jam')"
        );
        assert_eq!(
            query(SearchSyntax::Zendesk, "printer jam"),
            "type:ticket printer jam"
        );
        assert_eq!(query(SearchSyntax::Zammad, "printer"), "printer");
        assert_eq!(
            query(SearchSyntax::Demo, "refund twice"),
            "text:refund text:twice"
        );
        assert_eq!(
            plan(SearchSyntax::Freshdesk, "printer"),
            Err(SearchRefusal::NoWords {
                example: "tag:'printer'".into()
            })
        );
        assert_eq!(
            query(SearchSyntax::Jira, "printer \"jam\""),
            "projectType = service_desk AND text ~ \"printer \\\"jam\\\"\" ORDER BY updated DESC"
        );
        assert_eq!(
            query(SearchSyntax::HelpScout, "printer"),
            "status=all&query=%28subject%3A%22printer%22%20OR%20body%3A%22printer%22%29"
        );
        assert_eq!(
            query(SearchSyntax::Redmine, "printer & fire+smoke"),
            "q=printer%20%26%20fire%2Bsmoke"
        );
    }

    #[test]
    fn an_address_finds_the_requesters_tickets() {
        let a = "ann@example.com";
        assert_eq!(
            query(SearchSyntax::TicketSql, a),
            "Requestor.EmailAddress = 'ann@example.com'"
        );
        assert_eq!(
            query(SearchSyntax::Zendesk, a),
            "type:ticket requester:ann@example.com"
        );
        assert_eq!(
            query(SearchSyntax::Zammad, a),
            "customer.email:\"ann@example.com\""
        );
        assert_eq!(query(SearchSyntax::Demo, a), "requester:ann@example.com");
        assert!(query(SearchSyntax::Freshdesk, a).starts_with("email=ann@example.com&"));
        assert_eq!(query(SearchSyntax::Jira, a), "requester:ann@example.com");
        assert_eq!(
            query(SearchSyntax::HelpScout, a),
            "status=all&query=%28email%3A%22ann@example.com%22%29"
        );
        assert_eq!(
            query(SearchSyntax::Redmine, "ann+it@example.com"),
            "requester=ann%2Bit@example.com"
        );
    }

    #[test]
    fn the_desks_own_language_passes_as_written() {
        let sql = "Queue = 'General' AND Status = 'resolved'";
        assert_eq!(query(SearchSyntax::TicketSql, sql), sql);
        assert_eq!(
            query(SearchSyntax::Zendesk, "type:ticket status:closed"),
            "type:ticket status:closed"
        );
        assert_eq!(query(SearchSyntax::Freshdesk, "tag:'vip'"), "tag:'vip'");
        assert_eq!(
            query(SearchSyntax::Jira, "project = SUP AND labels = vip"),
            "project = SUP AND labels = vip"
        );
        assert_eq!(
            query(SearchSyntax::HelpScout, "tag=vip"),
            "tag=vip&status=all"
        );
        assert_eq!(
            query(SearchSyntax::HelpScout, "(tag:\"vip\")"),
            "status=all&query=%28tag%3A%22vip%22%29"
        );
        assert_eq!(
            query(SearchSyntax::Redmine, "tracker_id=2"),
            "tracker_id=2&status_id=*",
            "a search looks at closed issues too"
        );
        assert_eq!(
            query(SearchSyntax::Redmine, "status_id=closed&tracker_id=2"),
            "status_id=closed&tracker_id=2"
        );
        assert_eq!(query(SearchSyntax::Demo, "status:solved"), "status:solved");
    }

    #[test]
    fn quotes_in_words_cannot_break_out_of_a_literal() {
        assert_eq!(
            query(SearchSyntax::TicketSql, "o'brien"),
            "(Subject LIKE 'o\\'brien' OR Content LIKE 'o\\'brien')"
        );
        assert_eq!(
            query(SearchSyntax::TicketSql, "a\\'"),
            "(Subject LIKE 'a\\\\\\'' OR Content LIKE 'a\\\\\\'')",
            "a backslash cannot undo the escape"
        );
        assert!(plan(SearchSyntax::Zendesk, "  ").is_err());
    }

    #[test]
    fn a_language_is_searched_where_the_desk_can_see_it() {
        assert_eq!(
            query(SearchSyntax::Demo, "lang:ET kassa"),
            "text:kassa lang:et"
        );
        assert_eq!(query(SearchSyntax::Demo, "lang:fi"), "lang:fi");
        for desk in [
            SearchSyntax::TicketSql,
            SearchSyntax::Zendesk,
            SearchSyntax::Freshdesk,
            SearchSyntax::Jira,
        ] {
            assert_eq!(plan(desk, "lang:fi refund"), Err(SearchRefusal::NoLanguage));
        }
        assert_eq!(
            query(SearchSyntax::TicketSql, "lang:x'--"),
            "(Subject LIKE 'lang:x\\'--' OR Content LIKE 'lang:x\\'--')",
            "only a language code is taken as one"
        );
    }
}
