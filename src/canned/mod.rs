//! Canned responses: the help desk's own and the agent's local files, merged in one picker,
//! rendered for the ticket at hand.

pub mod local;
pub mod native;
pub mod placeholder;
pub mod rank;
pub mod variants;

pub use crate::model::canned::{Actions, Audience, Canned, FieldSetting, Rendered, Source};

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
    use crate::model::{Agent, AgentId};

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
            language: None,
            family: None,
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
