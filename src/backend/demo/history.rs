//! The demo desk's history of changes: what its scripted tickets went through (opened by the
//! customer, taken up by an agent) and every change made through the desk since it started,
//! found by comparing the ticket before and after.

use jiff::Timestamp;

use super::Tickets;
use super::fields::{Kept, of};
use super::record::{Record, times};
use crate::backend::{Event, MessageKind, TicketId, TicketSummary};

/// The ticket's changes, oldest first.
pub fn of_ticket(tickets: &Tickets, id: TicketId, now: Timestamp) -> Option<Vec<Event>> {
    let catalog = &tickets.catalog;
    let record = tickets.records.iter().find(|r| r.id == id.0)?;
    let mut events = scripted(record, &record.summary(catalog), now);
    events.extend(record.kept.events.iter().cloned());
    Some(events)
}

/// What the scripted conversation implies: the customer opened it, the agent who first
/// answered took it and opened it.
fn scripted(record: &Record, summary: &TicketSummary, now: Timestamp) -> Vec<Event> {
    let event = |at, who: &str, field: &str, to: &str| Event {
        at,
        who: who.into(),
        field: field.into(),
        from: None,
        to: Some(to.into()),
    };
    let customer = summary.requester.display_name().to_string();
    let mut events = vec![event(record.created_at, &customer, "Status", "new")];
    let at = record
        .script
        .iter()
        .zip(times(record.created_at, now, record.script.len()));
    let first_answer = at
        .filter(|(line, _)| line.kind != MessageKind::Customer)
        .map(|(_, at)| at)
        .next();
    if let (Some(at), Some(agent)) = (first_answer, &summary.assignee) {
        events.push(event(at, &agent.name, "Owner", &agent.name));
        events.push(Event {
            from: Some("new".into()),
            ..event(at, &agent.name, "Status", "open")
        });
    }
    events
}

/// Notes on `kept` what changed between `before` and `after` (the ticket's row and fields),
/// made by `who` at `at`.
pub fn note(
    kept: &mut Kept,
    before: (&TicketSummary, &Kept),
    after: &TicketSummary,
    who: &str,
    at: Timestamp,
) {
    let (was, was_kept) = before;
    let fields_after = of(after, kept);
    let mut changed = |field: &str, from: Option<String>, to: Option<String>| {
        if from != to {
            kept.events.push(Event {
                at,
                who: who.into(),
                field: field.into(),
                from,
                to,
            });
        }
    };
    changed(
        "Status",
        Some(was.status.name.clone()),
        Some(after.status.name.clone()),
    );
    changed(
        "Priority",
        Some(was.priority.name().into()),
        Some(after.priority.name().into()),
    );
    let name = |s: &TicketSummary| s.assignee.as_ref().map(|a| a.name.clone());
    changed("Owner", name(was), name(after));
    changed("Group", was.group.clone(), after.group.clone());
    let added: Vec<&String> = after
        .tags
        .iter()
        .filter(|t| !was.tags.contains(t))
        .collect();
    let removed: Vec<&String> = was
        .tags
        .iter()
        .filter(|t| !after.tags.contains(t))
        .collect();
    if !added.is_empty() || !removed.is_empty() {
        let mut words: Vec<String> = added.iter().map(|t| format!("+{t}")).collect();
        words.extend(removed.iter().map(|t| format!("-{t}")));
        changed("Tags", None, Some(words.join(" ")));
    }
    for (old, new) in of(was, was_kept).into_iter().zip(fields_after) {
        let shown = |v: &[String]| (!v.is_empty()).then(|| v.join(", "));
        changed(&new.name, shown(&old.values), shown(&new.values));
    }
}
