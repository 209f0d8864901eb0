//! A Jira Service Management view is JQL as written in the profile, or one of frontdesk's
//! two words: `queue:<id or name>`, a service desk queue (its JQL, looked up once), and
//! `requester:<address>`, the requests a person raised.

use crate::backend::View;

/// Requests per page: Jira's most for a search with fields.
pub const PER_PAGE: u32 = 100;

/// What a view asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    Jql(String),
    Queue(String),
    Requester(String),
}

impl Query {
    pub fn parse(text: &str) -> Query {
        let text = text.trim();
        if let Some(queue) = text.strip_prefix("queue:") {
            Query::Queue(queue.trim().to_string())
        } else if let Some(address) = text.strip_prefix("requester:") {
            Query::Requester(address.trim().to_string())
        } else {
            Query::Jql(text.to_string())
        }
    }
}

/// JQL for a quoted value.
pub fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `jql` ordered most urgent first where it names no order.
pub fn ordered(jql: &str) -> String {
    if jql.to_ascii_uppercase().contains("ORDER BY") {
        jql.to_string()
    } else if jql.trim().is_empty() {
        "ORDER BY priority DESC, updated DESC".to_string()
    } else {
        format!("{jql} ORDER BY priority DESC, updated DESC")
    }
}

/// Mine, unassigned and every open request of the service desks.
pub fn default_views() -> Vec<View> {
    const OPEN: &str = "projectType = service_desk AND statusCategory != Done";
    let mine = format!("{OPEN} AND assignee = currentUser()");
    let unassigned = format!("{OPEN} AND assignee is EMPTY");
    View::list(&[
        ("Mine", &ordered(&mine)),
        ("Unassigned", &ordered(&unassigned)),
        ("All open", &ordered(OPEN)),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_is_jql_or_one_of_ours() {
        assert_eq!(
            Query::parse(" queue: Triage "),
            Query::Queue("Triage".into())
        );
        assert_eq!(
            Query::parse("requester:ann@example.com"),
            Query::Requester("ann@example.com".into())
        );
        assert_eq!(
            Query::parse("project = SUP"),
            Query::Jql("project = SUP".into())
        );
        assert_eq!(
            ordered("project = SUP"),
            "project = SUP ORDER BY priority DESC, updated DESC"
        );
        assert_eq!(ordered("x ORDER BY created"), "x ORDER BY created");
        assert_eq!(quoted("a\"b"), "\"a\\\"b\"");
    }
}
