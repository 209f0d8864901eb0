//! Canned responses: the help desk's own and the agent's local files, merged in one picker,
//! rendered for the ticket at hand.

pub mod local;
pub mod native;
pub mod placeholder;
pub mod rank;

use crate::backend::{Agent, Changes, Priority};

/// Where a canned response came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// From the help desk (macro, canned response, text module, article…).
    Backend,
    /// From a file in `<config dir>/responses/`.
    Local(String),
}

/// Field changes a canned response applies together with its text.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actions {
    /// A status by the help desk's name for it.
    pub status: Option<String>,
    pub priority: Option<Priority>,
    /// `me`, `none`, or an agent's name, e-mail or id.
    pub assignee: Option<String>,
    #[serde(default)]
    pub tags_add: Vec<String>,
    #[serde(default)]
    pub tags_remove: Vec<String>,
}

impl Actions {
    /// Whether the response changes nothing but the text.
    pub fn is_empty(&self) -> bool {
        self.status.is_none()
            && self.priority.is_none()
            && self.assignee.is_none()
            && self.tags_add.is_empty()
            && self.tags_remove.is_empty()
    }

    /// The actions as ticket changes. An assignee is looked up among `agents` (`me` is `me`);
    /// one that cannot be found is returned as the error, so the agent can be told.
    pub fn to_changes(&self, me: Option<&Agent>, agents: &[Agent]) -> Result<Changes, String> {
        let assignee = match self.assignee.as_deref().map(str::trim) {
            None => None,
            Some("none" | "nobody" | "") => Some(None),
            Some("me") => Some(Some(me.map(|a| a.id.clone()).ok_or("you (not known yet)")?)),
            Some(who) => {
                let found = agents.iter().find(|a| {
                    a.id.0 == who
                        || a.email.eq_ignore_ascii_case(who)
                        || a.name.eq_ignore_ascii_case(who)
                });
                Some(Some(
                    found.map(|a| a.id.clone()).ok_or_else(|| who.to_string())?,
                ))
            }
        };
        Ok(Changes {
            status: self.status.clone(),
            priority: self.priority,
            assignee,
            tags_add: self.tags_add.clone(),
            tags_remove: self.tags_remove.clone(),
        })
    }
}

/// Who a canned response is written for, where its source says so. A response for agents
/// must never go out to a customer by the composer's default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    /// Either: it goes out as whatever the composer is.
    #[default]
    Any,
    /// A reply the customer reads.
    Public,
    /// An internal note, agents only.
    Internal,
}

impl Audience {
    /// The audience of a composer that is public or not.
    pub fn of(public: bool) -> Self {
        if public { Self::Public } else { Self::Internal }
    }

    /// Whether text for this audience may go into a composer that is public or not without
    /// asking.
    pub fn fits(self, public: bool) -> bool {
        self == Self::Any || self == Self::of(public)
    }

    /// The audience in words, as the composer's title says it.
    pub fn words(self) -> &'static str {
        match self {
            Self::Any => "either a reply or a note",
            Self::Public => "a public reply: the customer sees it",
            Self::Internal => "an internal note: agents only",
        }
    }
}

/// A canned response as the help desk rendered it for one ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub text: String,
    /// Who the rendered comment is for, where the desk said (Zendesk's `comment.public`).
    pub audience: Audience,
}

/// One canned response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canned {
    /// Unique across sources, e.g. `local:refund.md` or `demo:12`; keys the usage counts.
    pub id: String,
    pub title: String,
    pub keywords: Vec<String>,
    /// Typed in the composer then `tab` to insert the response, e.g. `;refund`.
    pub abbrev: Option<String>,
    /// The text, with placeholders in frontdesk's `{{…}}` syntax.
    pub body: String,
    pub actions: Actions,
    pub source: Source,
    /// Who it is written for: a private macro or an internal note opens as a note.
    pub audience: Audience,
}

/// Local responses first (an agent's own wording wins), then the help desk's; a local file
/// with the same title as a backend response replaces it.
pub fn merge(local: Vec<Canned>, backend: Vec<Canned>) -> Vec<Canned> {
    let mut all = local;
    for canned in backend {
        if !all
            .iter()
            .any(|c| c.title.eq_ignore_ascii_case(&canned.title))
        {
            all.push(canned);
        }
    }
    all
}

/// The response whose abbreviation ends `before_cursor`, with the abbreviation's length in
/// bytes. The abbreviation must stand alone: at the start or after white space.
pub fn abbreviation_at<'a>(
    before_cursor: &str,
    canned: &'a [Canned],
) -> Option<(&'a Canned, usize)> {
    let token = before_cursor
        .rsplit(char::is_whitespace)
        .next()
        .filter(|t| !t.is_empty())?;
    let found = canned.iter().find(|c| c.abbrev.as_deref() == Some(token))?;
    Some((found, token.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::AgentId;

    fn canned(title: &str, abbrev: Option<&str>) -> Canned {
        Canned {
            id: title.to_string(),
            title: title.to_string(),
            keywords: vec![],
            abbrev: abbrev.map(str::to_string),
            body: String::new(),
            actions: Actions::default(),
            source: Source::Backend,
            audience: Audience::Any,
        }
    }

    #[test]
    fn abbreviation_must_be_a_whole_word_before_the_cursor() {
        let all = [
            canned("Refund", Some(";refund")),
            canned("Hello", Some(";hi")),
        ];
        assert_eq!(
            abbreviation_at("Thanks! ;refund", &all).map(|(c, n)| (c.title.as_str(), n)),
            Some(("Refund", 7))
        );
        assert_eq!(
            abbreviation_at(";hi", &all).map(|(c, _)| c.title.as_str()),
            Some("Hello")
        );
        assert!(abbreviation_at("x;hi", &all).is_none());
        assert!(abbreviation_at(";hi ", &all).is_none());
    }

    #[test]
    fn local_responses_shadow_backend_ones_with_the_same_title() {
        let mut local = canned("Refund", None);
        local.source = Source::Local("refund.md".into());
        let merged = merge(
            vec![local],
            vec![canned("refund", None), canned("Other", None)],
        );
        assert_eq!(merged.len(), 2);
        assert!(matches!(merged[0].source, Source::Local(_)));
    }

    #[test]
    fn actions_resolve_agents_by_name_email_or_me() {
        let me = Agent {
            id: AgentId("7".into()),
            name: "Sam Rivera".into(),
            ..Agent::default()
        };
        let bob = Agent {
            id: AgentId("9".into()),
            name: "Bob Lind".into(),
            email: "bob@x".into(),
            ..Agent::default()
        };
        let agents = [me.clone(), bob];
        let with = |who: &str| Actions {
            assignee: Some(who.into()),
            ..Actions::default()
        };
        let assigned = |a: &Actions| a.to_changes(Some(&me), &agents).map(|c| c.assignee);
        assert_eq!(assigned(&with("me")), Ok(Some(Some(AgentId("7".into())))));
        assert_eq!(
            assigned(&with("BOB@x")),
            Ok(Some(Some(AgentId("9".into()))))
        );
        assert_eq!(assigned(&with("none")), Ok(Some(None)));
        assert_eq!(assigned(&with("Zed")), Err("Zed".to_string()));
    }
}
