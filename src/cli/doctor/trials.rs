//! The checks that do what frontdesk does: open a ticket as the interface opens one, and send
//! a search and a change the way frontdesk sends them, saying how the desk takes each and what
//! it costs. A desk that lists tickets but will not open them fails here.

use std::time::Duration;

use crate::backend::{HelpDesk, TicketId};

use super::{Report, Verdict};

/// Opens the first ticket of the views as the interface opens one: a desk that lists tickets
/// but will not show them (RT refusing a search on its session) fails here, not later.
pub(super) async fn open(report: &mut Report, desk: &dyn HelpDesk, first: Option<TicketId>) {
    let Some(id) = first else {
        return report.line(
            Verdict::Warn,
            "open",
            crate::fl!("doctor-open-untried"),
            None,
        );
    };
    let started = std::time::Instant::now();
    match desk.ticket(id).await {
        Ok(ticket) => {
            let n = ticket.conversation.len();
            report.line(
                Verdict::Ok,
                "open",
                crate::fl!(
                    "doctor-open-ok",
                    id = id.to_string(),
                    count = n,
                    ms = started.elapsed().as_millis().to_string()
                ),
                None,
            )
        }
        Err(err) => report.line(
            Verdict::Fail,
            "open",
            crate::fl!(
                "doctor-open-failed",
                id = id.to_string(),
                why = err.to_string()
            ),
            Some(&crate::fl!("doctor-open-failed-fix")),
        ),
    }
}

/// What a request costs on this server, with the credential and with a session, and how the
/// desk takes frontdesk's searches and changes.
pub(super) async fn cost(
    report: &mut Report,
    desk: &dyn HelpDesk,
    ticket: Option<TicketId>,
    url: &reqwest::Url,
) {
    let ms = |d: Duration| d.as_millis().to_string();
    let cost = match desk.request_cost(ticket).await {
        None => return,
        Some(Ok(cost)) => cost,
        Some(Err(err)) => {
            return report.line(
                Verdict::Fail,
                "cost",
                crate::fl!("doctor-cost-failed", why = err.to_string()),
                None,
            );
        }
    };
    let text = match cost.session {
        Some(session) => crate::fl!(
            "doctor-cost-session",
            credential = ms(cost.credential),
            session = ms(session)
        ),
        None => crate::fl!("doctor-cost-no-session", credential = ms(cost.credential)),
    };
    report.line(Verdict::Ok, "cost", text, None);
    let trials: Vec<(&str, crate::backend::http::Trial)> =
        [("search", cost.post), ("change", cost.put)]
            .into_iter()
            .filter_map(|(what, trial)| trial.map(|t| (what, t)))
            .collect();
    if trials.is_empty() || cost.session.is_none() {
        return;
    }
    let timings = trials
        .iter()
        .map(|(what, t)| crate::fl!("doctor-trial", what = what.to_string(), ms = ms(t.took)))
        .collect::<Vec<_>>()
        .join(", ");
    if trials.iter().all(|(_, t)| t.on_session) {
        return report.line(
            Verdict::Ok,
            "writes",
            crate::fl!("doctor-writes-session", timings = timings.as_str()),
            None,
        );
    }
    let host = match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_string(),
        _ => url.to_string(),
    };
    let fix = crate::fl!("doctor-writes-fix", host = host.as_str());
    report.line(
        Verdict::Warn,
        "writes",
        crate::fl!(
            "doctor-writes-cross-site",
            host = host.as_str(),
            timings = timings.as_str()
        ),
        Some(&fix),
    );
}
