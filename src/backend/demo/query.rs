//! The demo desk's view language: space-separated `field:value` terms that must all hold, e.g.
//! `assignee:me status:active tag:billing`. Fields: `assignee` (me, none, or an agent id),
//! `status` (active, or a status name), `priority` (a name, or `>=high`), `tag`, `group`,
//! `requester` (an e-mail address), `text` (a word in the subject or any message), `lang` (the
//! customer's language: the one kept for them, else the one their subject is written in).

use super::record::{Catalog, Record};
use crate::backend::{Agent, Error, Priority, Result};

/// A parsed view query.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    terms: Vec<Term>,
}

#[derive(Debug, Clone, PartialEq)]
enum Term {
    Assignee(Option<String>),
    Active,
    Status(String),
    Priority { at_least: bool, priority: Priority },
    Tag(String),
    Group(String),
    Requester(String),
    Text(String),
    Lang(String),
}

/// Reads a view query; `me` resolves `assignee:me`.
pub fn parse(query: &str, me: &Agent) -> Result<Filter> {
    let terms = query
        .split_whitespace()
        .map(|word| {
            let (field, value) = word
                .split_once(':')
                .ok_or_else(|| Error::Invalid(format!("\"{word}\" is not a field:value term")))?;
            Ok(match field {
                "assignee" => Term::Assignee(match value {
                    "me" => Some(me.id.0.clone()),
                    "none" => None,
                    id => Some(id.to_string()),
                }),
                "status" if value == "active" => Term::Active,
                "status" => Term::Status(value.to_string()),
                "priority" => {
                    let (at_least, name) = value
                        .strip_prefix(">=")
                        .map_or((false, value), |v| (true, v));
                    Term::Priority {
                        at_least,
                        priority: name.parse().map_err(Error::Invalid)?,
                    }
                }
                "tag" => Term::Tag(value.to_string()),
                "group" => Term::Group(value.replace('_', " ")),
                "requester" => Term::Requester(value.to_string()),
                "text" => Term::Text(value.to_lowercase()),
                "lang" => Term::Lang(value.to_lowercase()),
                other => {
                    return Err(Error::Invalid(format!(
                        "unknown field \"{other}\" in the view query"
                    )));
                }
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Filter { terms })
}

impl Filter {
    /// Whether a ticket belongs in the view.
    pub fn matches(&self, r: &Record, catalog: &Catalog) -> bool {
        self.terms.iter().all(|term| match term {
            Term::Assignee(who) => r.assignee_id(catalog) == who.as_deref(),
            Term::Active => r.status(catalog).is_some_and(|s| s.kind.is_active()),
            Term::Status(name) => r.status(catalog).is_some_and(|s| &s.name == name),
            Term::Priority {
                at_least: true,
                priority,
            } => r.priority >= *priority,
            Term::Priority {
                at_least: false,
                priority,
            } => r.priority == *priority,
            Term::Tag(tag) => catalog.find_tag(tag).is_some_and(|t| r.tags.contains(&t)),
            Term::Group(group) => r
                .group(catalog)
                .is_some_and(|g| g.eq_ignore_ascii_case(group)),
            Term::Requester(email) => r
                .requester(catalog)
                .is_some_and(|c| c.email.eq_ignore_ascii_case(email)),
            Term::Text(word) => r.mentions(catalog, word),
            Term::Lang(code) => r.language(catalog).is_some_and(|l| l == *code),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_queries_are_explained() {
        let me = Agent::default();
        assert!(
            matches!(parse("colour:blue", &me), Err(Error::Invalid(m)) if m.contains("colour"))
        );
        assert!(
            matches!(parse("urgent", &me), Err(Error::Invalid(m)) if m.contains("field:value"))
        );
        assert!(
            matches!(parse("priority:asap", &me), Err(Error::Invalid(m)) if m.contains("asap"))
        );
    }
}
