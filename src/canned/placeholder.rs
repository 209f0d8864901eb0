//! Placeholders in canned responses: `{{requester.first_name}}`, with a fallback filter
//! `{{requester.first_name | default: "there"}}`. A placeholder that has no value stays in the
//! text as written, so the agent sees it, and sending is blocked until it is edited away.

use std::ops::Range;

use crate::model::{Agent, TicketSummary};

/// Everything a placeholder can refer to.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub ticket: &'a TicketSummary,
    pub url: Option<&'a str>,
    pub agent: Option<&'a Agent>,
}

/// The names frontdesk understands, for help texts and error messages.
pub const NAMES: &[&str] = &[
    "requester.first_name",
    "requester.last_name",
    "requester.name",
    "requester.email",
    "ticket.id",
    "ticket.subject",
    "ticket.status",
    "ticket.priority",
    "ticket.url",
    "agent.name",
    "agent.first_name",
    "agent.signature",
];

/// A template with its placeholders filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub text: String,
    /// The placeholders that had no value, as written, in order.
    pub unresolved: Vec<String>,
}

/// Fills in every placeholder of `template` that has a value in `ctx`.
pub fn render(template: &str, ctx: &Context<'_>) -> Rendered {
    let mut text = String::with_capacity(template.len());
    let mut unresolved = Vec::new();
    let mut last = 0;
    for span in spans(template) {
        text.push_str(&template[last..span.start]);
        let written = &template[span.clone()];
        match resolve(&written[2..written.len() - 2], ctx) {
            Some(value) => text.push_str(&value),
            None => {
                text.push_str(written);
                unresolved.push(written.to_string());
            }
        }
        last = span.end;
    }
    text.push_str(&template[last..]);
    Rendered { text, unresolved }
}

/// Where the `{{…}}` placeholders are in `text` (byte ranges including the braces).
pub fn spans(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|i| i + from) {
        let Some(close) = text[open + 2..].find("}}").map(|i| i + open + 2) else {
            break;
        };
        // "{{ a {{ b }}" — the inner opening is the real start.
        let start = text[open..close].rfind("{{").map_or(open, |i| i + open);
        found.push(start..close + 2);
        from = close + 2;
    }
    found
}

/// The unresolved placeholders left in a draft, in order: they block sending.
pub fn leftovers(text: &str) -> Vec<String> {
    spans(text)
        .into_iter()
        .map(|r| text[r].to_string())
        .collect()
}

fn resolve(inner: &str, ctx: &Context<'_>) -> Option<String> {
    let mut parts = inner.split('|');
    let name = parts.next()?.trim();
    let mut fallback = None;
    for filter in parts {
        let (filter_name, arg) = filter.split_once(':').unwrap_or((filter, ""));
        match filter_name.trim() {
            "default" => fallback = Some(unquote(arg.trim())?),
            _ => return None,
        }
    }
    value(name, ctx)
        .filter(|v| !v.trim().is_empty())
        .or(fallback)
}

fn unquote(arg: &str) -> Option<String> {
    let quoted = |q: char| arg.strip_prefix(q).and_then(|a| a.strip_suffix(q));
    quoted('"').or_else(|| quoted('\'')).map(str::to_string)
}

fn value(name: &str, ctx: &Context<'_>) -> Option<String> {
    let t = ctx.ticket;
    let r = &t.requester;
    Some(match name {
        "requester.first_name" => r.first_name()?.to_string(),
        "requester.last_name" => r.last_name()?,
        "requester.name" => r.name.clone(),
        "requester.email" => r.email.clone(),
        "ticket.id" => t.id.to_string(),
        "ticket.subject" => t.subject.clone(),
        "ticket.status" => t.status.name.clone(),
        "ticket.priority" => t.priority.name().to_string(),
        "ticket.url" => ctx.url?.to_string(),
        "agent.name" => ctx.agent?.name.clone(),
        "agent.first_name" => ctx.agent?.first_name().to_string(),
        "agent.signature" => ctx.agent?.signature.clone(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contact, Priority, Status, StatusKind, TicketId};

    fn ticket(name: &str) -> TicketSummary {
        TicketSummary {
            id: TicketId(4312),
            subject: "Checkout fails".into(),
            requester: Contact {
                name: name.into(),
                email: "m@example.fi".into(),
                ..Contact::default()
            },
            status: Status::new("open", StatusKind::Open),
            priority: Priority::Urgent,
            priority_value: None,
            assignee: None,
            group: None,
            tags: vec![],
            created_at: jiff::Timestamp::UNIX_EPOCH,
            updated_at: jiff::Timestamp::UNIX_EPOCH,
            waiting_since: None,
            replies: Some(0),
            due_at: None,
            clock: None,
            version: None,
        }
    }

    fn agent() -> Agent {
        Agent {
            name: "Sam Rivera".into(),
            signature: "Sam, Acme support".into(),
            ..Agent::default()
        }
    }

    #[test]
    fn fills_requester_ticket_and_agent_values() {
        let t = ticket("Maija Virtanen");
        let a = agent();
        let ctx = Context {
            ticket: &t,
            url: Some("https://x/4312"),
            agent: Some(&a),
        };
        let out = render(
            "Hi {{requester.first_name}}, re #{{ ticket.id }} ({{ticket.url}})\n{{agent.signature}}",
            &ctx,
        );
        assert_eq!(
            out.text,
            "Hi Maija, re #4312 (https://x/4312)\nSam, Acme support"
        );
        assert!(out.unresolved.is_empty());
    }

    #[test]
    fn default_filter_covers_a_missing_value() {
        let t = ticket("");
        let ctx = Context {
            ticket: &t,
            url: None,
            agent: None,
        };
        let out = render("Hi {{requester.first_name | default: \"there\"}}!", &ctx);
        assert_eq!(out.text, "Hi there!");
        let out = render("Hi {{ requester.first_name | default: 'you' }}!", &ctx);
        assert_eq!(out.text, "Hi you!");
    }

    #[test]
    fn unresolvable_placeholders_stay_visible_and_are_reported() {
        let t = ticket("");
        let ctx = Context {
            ticket: &t,
            url: None,
            agent: None,
        };
        let out = render("Hi {{requester.first_name}}, order {{order.number}}.", &ctx);
        assert_eq!(
            out.text,
            "Hi {{requester.first_name}}, order {{order.number}}."
        );
        assert_eq!(
            out.unresolved,
            ["{{requester.first_name}}", "{{order.number}}"]
        );
        assert_eq!(leftovers(&out.text), out.unresolved);
    }

    #[test]
    fn stray_braces_are_text() {
        let t = ticket("A B");
        let ctx = Context {
            ticket: &t,
            url: None,
            agent: None,
        };
        assert_eq!(render("a {{ b", &ctx).text, "a {{ b");
        assert_eq!(render("{ {x} }", &ctx).text, "{ {x} }");
        assert_eq!(leftovers("{{ a {{requester.name}}"), ["{{requester.name}}"]);
    }
}
