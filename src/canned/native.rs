//! Placeholders as the help desks write them, translated into frontdesk's `{{…}}` syntax.
//! A placeholder frontdesk has no value for is still turned into `{{…}}` form (never left in
//! a native syntax the composer would not recognise), so it is highlighted and blocks sending.

/// Zendesk's Liquid names (`{{ticket.requester.first_name}}`, `{{current_user.name}}`).
const ZENDESK: &[(&str, &str)] = &[
    ("ticket.requester.first_name", "requester.first_name"),
    ("ticket.requester.last_name", "requester.last_name"),
    ("ticket.requester.name", "requester.name"),
    ("ticket.requester.email", "requester.email"),
    ("ticket.id", "ticket.id"),
    ("ticket.title", "ticket.subject"),
    ("ticket.status", "ticket.status"),
    ("ticket.priority", "ticket.priority"),
    ("ticket.link", "ticket.url"),
    ("ticket.url", "ticket.url"),
    ("current_user.name", "agent.name"),
    ("current_user.first_name", "agent.first_name"),
    ("current_user.signature", "agent.signature"),
];

/// Freshdesk's names (`{{ticket.requester.firstname}}`). `ticket.agent` is the assigned agent,
/// who is almost always the one answering.
const FRESHDESK: &[(&str, &str)] = &[
    ("ticket.requester.firstname", "requester.first_name"),
    ("ticket.requester.lastname", "requester.last_name"),
    ("ticket.requester.name", "requester.name"),
    ("ticket.requester.email", "requester.email"),
    ("ticket.id", "ticket.id"),
    ("ticket.subject", "ticket.subject"),
    ("ticket.status", "ticket.status"),
    ("ticket.priority", "ticket.priority"),
    ("ticket.url", "ticket.url"),
    ("ticket.portal_url", "ticket.url"),
    ("ticket.agent.name", "agent.name"),
    ("ticket.agent.firstname", "agent.first_name"),
    ("ticket.agent.signature", "agent.signature"),
];

/// Zammad's Ruby-style names (`#{ticket.customer.firstname}`, `#{user.firstname}`).
const ZAMMAD: &[(&str, &str)] = &[
    ("ticket.customer.firstname", "requester.first_name"),
    ("ticket.customer.lastname", "requester.last_name"),
    ("ticket.customer.fullname", "requester.name"),
    ("ticket.customer.email", "requester.email"),
    ("ticket.id", "ticket.id"),
    ("ticket.title", "ticket.subject"),
    ("ticket.state.name", "ticket.status"),
    ("ticket.priority.name", "ticket.priority"),
    ("user.fullname", "agent.name"),
    ("user.firstname", "agent.first_name"),
];

/// Help Scout's names (`{%customer.firstName%}`, `{%user.fullName%}`).
const HELPSCOUT: &[(&str, &str)] = &[
    ("customer.firstName", "requester.first_name"),
    ("customer.lastName", "requester.last_name"),
    ("customer.fullName", "requester.name"),
    ("customer.email", "requester.email"),
    ("conversation.number", "ticket.id"),
    ("conversation.subject", "ticket.subject"),
    ("user.firstName", "agent.first_name"),
    ("user.fullName", "agent.name"),
];

/// A Zendesk macro or Help Center text in frontdesk's syntax.
pub fn from_zendesk(text: &str) -> String {
    braces(text, ZENDESK)
}

/// A Freshdesk canned response in frontdesk's syntax.
pub fn from_freshdesk(text: &str) -> String {
    braces(text, FRESHDESK)
}

/// A Zammad text module in frontdesk's syntax: `#{a.b}` becomes `{{…}}`.
pub fn from_zammad(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("#{") {
        let Some(close) = rest[open..].find('}').map(|i| i + open) else {
            break;
        };
        out.push_str(&rest[..open]);
        let name = rest[open + 2..close].trim();
        out.push_str("{{");
        out.push_str(lookup(name, ZAMMAD).unwrap_or(name));
        out.push_str("}}");
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A Help Scout saved reply in frontdesk's syntax: `{%name,fallback=text%}` becomes
/// `{{ours | default: "text"}}`.
pub fn from_helpscout(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("{%") {
        let Some(close) = rest[open..].find("%}").map(|i| i + open) else {
            break;
        };
        out.push_str(&rest[..open]);
        let inner = rest[open + 2..close].trim();
        let (name, fallback) = match inner.split_once(',') {
            Some((name, option)) => (
                name.trim(),
                option.trim().strip_prefix("fallback=").map(str::trim),
            ),
            None => (inner, None),
        };
        let ours = lookup(name, HELPSCOUT).unwrap_or(name);
        match fallback {
            Some(text) => {
                let text = text.replace('"', "'");
                out.push_str(&format!("{{{{{ours} | default: \"{text}\"}}}}"));
            }
            None => out.push_str(&format!("{{{{{ours}}}}}")),
        }
        rest = &rest[close + 2..];
    }
    out.push_str(rest);
    out
}

/// Renames the variable of every `{{name | filters}}` found in `table`; filters are kept.
fn braces(text: &str, table: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for span in super::placeholder::spans(text) {
        out.push_str(&text[last..span.start]);
        let inner = &text[span.start + 2..span.end - 2];
        let (name, filters) = inner.split_once('|').unwrap_or((inner, ""));
        match lookup(name.trim(), table) {
            Some(ours) if filters.is_empty() => out.push_str(&format!("{{{{{ours}}}}}")),
            Some(ours) => out.push_str(&format!("{{{{{ours} |{filters}}}}}")),
            None => out.push_str(&text[span.clone()]),
        }
        last = span.end;
    }
    out.push_str(&text[last..]);
    out
}

fn lookup<'a>(name: &str, table: &[(&'a str, &'a str)]) -> Option<&'a str> {
    table
        .iter()
        .find(|(theirs, _)| *theirs == name)
        .map(|(_, ours)| *ours)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zendesk_names_and_filters_carry_over() {
        assert_eq!(
            from_zendesk(
                "Hi {{ticket.requester.first_name | default: \"there\"}}, re #{{ticket.id}}. {{current_user.signature}}"
            ),
            "Hi {{requester.first_name | default: \"there\"}}, re #{{ticket.id}}. {{agent.signature}}"
        );
        assert_eq!(
            from_zendesk("{{dc.greeting}}"),
            "{{dc.greeting}}",
            "unknown names stay visible"
        );
    }

    #[test]
    fn freshdesk_firstname_has_no_underscore() {
        assert_eq!(
            from_freshdesk("Hei {{ticket.requester.firstname}} ({{ticket.subject}})"),
            "Hei {{requester.first_name}} ({{ticket.subject}})"
        );
    }

    #[test]
    fn helpscout_variables_and_fallbacks_become_ours() {
        assert_eq!(
            from_helpscout("Hi {%customer.firstName,fallback=there%}, {%user.fullName%}"),
            "Hi {{requester.first_name | default: \"there\"}}, {{agent.name}}"
        );
        assert_eq!(from_helpscout("{%mailbox.name%}"), "{{mailbox.name}}");
        assert_eq!(from_helpscout("50{% off"), "50{% off");
    }

    #[test]
    fn zammad_variables_become_ours_and_unknown_ones_still_block() {
        assert_eq!(
            from_zammad("Hallo #{ticket.customer.firstname}, #{user.firstname}"),
            "Hallo {{requester.first_name}}, {{agent.first_name}}"
        );
        assert_eq!(
            from_zammad("Ticket #{ticket.number}"),
            "Ticket {{ticket.number}}"
        );
        assert_eq!(from_zammad("costs #{ unclosed"), "costs #{ unclosed");
    }
}
