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
            "no view holds a ticket, so opening one was not tried",
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
                format!(
                    "#{id} opens as the interface opens it ({n} message{}, {} ms)",
                    if n == 1 { "" } else { "s" },
                    started.elapsed().as_millis()
                ),
                None,
            )
        }
        Err(err) => report.line(
            Verdict::Fail,
            "open",
            format!("#{id} is listed but does not open: {err}"),
            Some("the views work but tickets will not; frontdesk.log in the data folder (`frontdesk --paths`) says what the desk answered"),
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
    let ms = |d: Duration| d.as_millis();
    let cost = match desk.request_cost(ticket).await {
        None => return,
        Some(Ok(cost)) => cost,
        Some(Err(err)) => {
            return report.line(
                Verdict::Fail,
                "cost",
                format!("a request as frontdesk sends it failed: {err}"),
                None,
            );
        }
    };
    let text = match cost.session {
        Some(session) => format!(
            "a read with the credential takes {} ms on this server (it is hashed every time); the session frontdesk takes brings it to {} ms",
            ms(cost.credential),
            ms(session)
        ),
        None => format!(
            "each request takes {} ms; the server gives no session, so every request carries the credential",
            ms(cost.credential)
        ),
    };
    report.line(Verdict::Ok, "cost", text, None);
    let trials: Vec<(&str, crate::backend::http::Trial)> =
        [("a search", cost.post), ("a change", cost.put)]
            .into_iter()
            .filter_map(|(what, trial)| trial.map(|t| (what, t)))
            .collect();
    if trials.is_empty() || cost.session.is_none() {
        return;
    }
    let timings = trials
        .iter()
        .map(|(what, t)| format!("{what} {} ms", ms(t.took)))
        .collect::<Vec<_>>()
        .join(", ");
    if trials.iter().all(|(_, t)| t.on_session) {
        return report.line(
            Verdict::Ok,
            "writes",
            format!("searches and changes go on the session ({timings})"),
            None,
        );
    }
    let host = match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_string(),
        _ => url.to_string(),
    };
    let fix = format!(
        "to keep them on the session: make the profile's url the address the desk calls itself\n(RT: $WebDomain and $WebPort), or add \"{host}\" to RT's @ReferrerWhitelist"
    );
    report.line(
        Verdict::Warn,
        "writes",
        format!(
            "the desk refuses its session from {host} as a cross-site request, so searches and changes carry the credential: slower, nothing lost ({timings})"
        ),
        Some(&fix),
    );
}
