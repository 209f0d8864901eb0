//! A request's SLA clocks (`/servicedeskapi/request/{key}/sla`), read with the ticket: the
//! ongoing cycle that breaches first sets the target and names the clock; a paused one is
//! shown as paused.

use serde::Deserialize;

use super::{DESK, JiraDesk};
use crate::backend::lenient;
use crate::backend::{Clock, TicketId};
use crate::text::clean_line;

#[derive(Debug, Deserialize)]
struct Slas {
    #[serde(default, deserialize_with = "lenient::list")]
    values: Vec<Sla>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Sla {
    #[serde(default, deserialize_with = "lenient::text")]
    name: String,
    #[serde(default)]
    ongoing_cycle: Option<Cycle>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Cycle {
    #[serde(default)]
    paused: bool,
    #[serde(default)]
    breach_time: Option<When>,
}

#[derive(Debug, Deserialize)]
struct When {
    #[serde(default, deserialize_with = "lenient::opt_time")]
    iso8601: Option<jiff::Timestamp>,
}

impl JiraDesk {
    /// The clock that runs out first (else a paused one), with when; `None` where the
    /// request has no SLA or it cannot be read (the ticket still opens).
    pub(super) async fn sla(&self, id: TicketId) -> Option<(Clock, Option<jiff::Timestamp>)> {
        let read: Slas = self
            .shell
            .http
            .get(&format!("{DESK}/request/{id}/sla"), &[])
            .await
            .ok()?;
        let ongoing = read
            .values
            .iter()
            .filter_map(|s| Some((s, s.ongoing_cycle.as_ref()?)));
        let running = ongoing
            .clone()
            .filter(|(_, c)| !c.paused)
            .filter_map(|(s, c)| Some((s, c.breach_time.as_ref()?.iso8601?)))
            .min_by_key(|(_, at)| *at);
        if let Some((sla, at)) = running {
            return Some((Clock::running(&clean_line(&sla.name)), Some(at)));
        }
        let (sla, _) = ongoing.into_iter().find(|(_, c)| c.paused)?;
        let paused = Clock {
            name: clean_line(&sla.name),
            paused: true,
        };
        Some((paused, None))
    }
}
