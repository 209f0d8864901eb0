//! The stats panel (`S`): the state of the queue from the tickets already loaded, with no
//! request of its own. The numbers an agent acts on come first, so they show on a small screen.

use std::collections::{BTreeMap, HashMap};

use super::plain;
use crate::app::state::State;
use crate::app::state::detail::StyledLine;
use crate::backend::{Priority, TicketId, TicketSummary, is_long};
use crate::text::{fit, time};
use crate::triage::Urgency;

/// The panel's lines.
pub fn lines(state: &State) -> Vec<StyledLine> {
    let now = state.session.now;
    let triage = &state.session.triage;
    let mut seen: HashMap<TicketId, &TicketSummary> = HashMap::new();
    for t in state.queue.views.iter().flat_map(|v| v.tickets.iter()) {
        seen.insert(t.id, t);
    }
    let open: Vec<&TicketSummary> = seen
        .values()
        .copied()
        .filter(|t| t.status.kind.is_active())
        .collect();
    let count = |keep: &dyn Fn(&TicketSummary) -> bool| open.iter().filter(|t| keep(t)).count();
    let breached = count(&|t| triage.urgency(t, now) == Urgency::Breached);
    let quick = count(&|t| triage.is_quick(t));
    let long = count(&|t| is_long(t.replies, state.session.long_thread));
    let today = state.session.sent_today();
    let plural = crate::text::plural;

    let mut out = vec![
        plain(
            format!(
                " From the {} tickets loaded in your views; no extra requests.",
                seen.len()
            ),
            "ui.dim",
        ),
        Vec::new(),
        plain(
            format!(" Open: {} · past their target: {breached}", open.len()),
            if breached > 0 {
                "queue.overdue"
            } else {
                "help.section"
            },
        ),
        plain(
            format!(
                " You sent today from frontdesk: {}, {}",
                plural(today.replies, "reply", "replies"),
                plural(today.notes, "note", "notes"),
            ),
            "help.section",
        ),
    ];
    // Counting replies or tags needs a desk that reports them (RT's lists do neither).
    let counted = open.iter().any(|t| t.replies.is_some());
    let mut sizes = Vec::new();
    if counted || state.session.capabilities.tags {
        sizes.push(plain(format!(" Quick wins: {quick}"), "help.section"));
    }
    if counted {
        let over = state.session.long_thread;
        let text = format!(" Long conversations (over {over} replies): {long}");
        sizes.push(plain(text, "help.section"));
    }
    // After the open count, before today's tally.
    out.splice(3..3, sizes);
    out.push(Vec::new());
    out.push(plain(" By priority".into(), "help.section"));
    for p in Priority::ALL {
        let level: Vec<_> = open.iter().filter(|t| t.priority == p).collect();
        let urgent = |u: Urgency| level.iter().filter(|t| triage.urgency(t, now) == u).count();
        let (past, near) = (urgent(Urgency::Breached), urgent(Urgency::Near));
        let mut text = format!(
            "   {} {:<8} {:>5}",
            fit(p.marker(), 2),
            p.name(),
            level.len()
        );
        if past + near > 0 {
            text.push_str(&format!("   {past} past target, {near} near"));
        }
        out.push(plain(text, "detail.meta"));
    }

    let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
    for t in &open {
        *by_status.entry(t.status.name.as_str()).or_default() += 1;
    }
    out.push(Vec::new());
    out.push(plain(" By status".into(), "help.section"));
    for (status, n) in by_status {
        out.push(plain(format!("   {status:<11} {n:>5}"), "detail.meta"));
    }

    let mut waiting: Vec<&&TicketSummary> =
        open.iter().filter(|t| t.waiting_since.is_some()).collect();
    waiting.sort_by_key(|t| t.waiting_since);
    out.push(Vec::new());
    out.push(plain(" Waiting longest".into(), "help.section"));
    for t in waiting.iter().take(5) {
        let age = t
            .waiting_since
            .map(|w| time::age(now, w))
            .unwrap_or_default();
        out.push(plain(
            format!("   {age:>4}  #{} {}", t.id, t.subject),
            "detail.meta",
        ));
    }
    out.extend(canned_used_most(state));
    out
}

fn canned_used_most(state: &State) -> Vec<StyledLine> {
    let names: HashMap<&str, &str> = state
        .canned
        .list
        .value
        .iter()
        .flatten()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    let mut used: Vec<(&String, &u32)> = state.canned.usage.iter().collect();
    used.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut out = vec![
        Vec::new(),
        plain(
            " Canned responses you use most (one used again and again may point at a product fix)"
                .into(),
            "help.section",
        ),
    ];
    if used.is_empty() {
        out.push(plain("   none used yet".into(), "ui.dim"));
    }
    for (id, n) in used.into_iter().take(8) {
        out.push(plain(
            format!(
                "   {n:>4}× {}",
                names.get(id.as_str()).copied().unwrap_or(id)
            ),
            "detail.meta",
        ));
    }
    out
}
