//! What every pane may need to know about the session: who you are, your colleagues, what
//! the desk can do and how it defines its fields, the clock and the terminal.

use std::sync::Arc;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui::style::Style;

use super::{Away, Remote};
use crate::backend::{Agent, Capabilities, FieldDef};
use crate::keymap::Keymap;

/// Facts about the session that every pane may need.
#[derive(Debug)]
pub struct Session {
    /// The help desk's name for the title bar.
    pub desk: String,
    pub me: Option<Agent>,
    pub agents: Vec<Agent>,
    /// Owners seen on the tickets loaded, for the assign menu where the desk would not list
    /// its agents (or listed too few).
    pub seen_owners: Vec<Agent>,
    pub capabilities: Capabilities,
    pub keymap: Arc<Keymap>,
    /// The time of the current batch of messages; views measure ages against it.
    pub now: Timestamp,
    /// The agent's time zone, for message times.
    pub tz: TimeZone,
    /// Terminal size in columns and rows.
    pub size: (u16, u16),
    /// A conversation with more replies than this is flagged in the queue.
    pub long_thread: u32,
    /// The style for unresolved placeholders in the composer (the editor draws it itself).
    pub unresolved_style: Style,
    /// When the views were last loaded.
    pub refreshed_at: Option<Timestamp>,
    /// When the cached views on screen were saved, until live data replaces them.
    pub cached_at: Option<Timestamp>,
    /// Why the help desk could not be used for the last refresh or poll; `None` once it
    /// answers. What is on screen is then as of `refreshed_at`.
    pub away: Option<Away>,
    /// Replies and notes delivered today (kept across runs), for the stats panel.
    pub today: crate::app::state::records::Tally,
    /// Until when the help desk has asked frontdesk to wait (HTTP 429), for the countdown.
    pub throttled_until: Option<Timestamp>,
    /// Targets, quick wins: how this profile triages.
    pub triage: crate::triage::Triage,
    /// Who you are or the agent list could not be asked for (the desk was unreachable): ask
    /// again once it answers.
    pub ask_again: bool,
    /// Who you are, the agents and the canned responses wait for every view to answer, so a
    /// desk that serves requests in turn lists the views first.
    pub after_views: bool,
    /// Searches of the whole desk made lately, newest first (kept per profile).
    pub searches: Vec<String>,
    /// Commands the agent allowed to be sent ticket text (kept per profile).
    pub consent: Vec<String>,
    /// The command that translates (`translate_cmd`), if set.
    pub translate_cmd: Option<String>,
    /// The languages customers write in, among which theirs is detected (`languages`).
    pub languages: Vec<String>,
    /// The queues or groups a new ticket can start in, read when first needed.
    pub queues: Remote<Vec<crate::backend::QueueRef>>,
    /// The desk's custom fields, as it defines them (read after the views; again when a
    /// ticket names one not among them).
    pub fields: Vec<FieldDef>,
    /// Where a public reply's signature comes from.
    pub signing: Signing,
    /// Customers' time zones by organisation or language, where the desk keeps none
    /// (`time_zones` in the profile).
    pub time_zones: std::collections::BTreeMap<String, String>,
    /// The ticket (or `MARKED`) whose move menu waits for the desk's queues.
    pub move_waiting: Option<crate::backend::TicketId>,
    /// Field ids a ticket named that the definitions lacked, already asked about once.
    pub fields_unknown: Vec<String>,
}

/// Where a public reply's signature comes from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Signing {
    /// The agent's own at the desk (`Agent::signature`), once who they are is known.
    #[default]
    Desk,
    /// The text of the profile's signature file.
    Text(String),
    Off,
}

impl Session {
    /// The language a ticket's customer writes in, among the team's languages.
    pub fn customer_language(
        &self,
        ticket: &crate::backend::Ticket,
    ) -> Option<crate::text::language::Spoken> {
        let allowed: Vec<&str> = self.languages.iter().map(String::as_str).collect();
        crate::text::language::of_ticket(ticket, &allowed)
    }

    /// The signature a public reply gets, if any.
    pub fn signature(&self) -> Option<&str> {
        let text = match &self.signing {
            Signing::Desk => self.me.as_ref().map(|me| me.signature.as_str()),
            Signing::Text(text) => Some(text.as_str()),
            Signing::Off => None,
        };
        text.map(str::trim).filter(|t| !t.is_empty())
    }

    /// Who a ticket can be assigned to: the desk's agents, then anyone else seen owning a
    /// loaded ticket.
    pub fn team(&self) -> Vec<&Agent> {
        let mut team: Vec<&Agent> = self.agents.iter().collect();
        for owner in &self.seen_owners {
            if !team.iter().any(|a| a.id == owner.id) {
                team.push(owner);
            }
        }
        team
    }

    /// `fields` named as a canned response names them (a field's name, an option's label)
    /// keyed and valued as the desk takes them (its id, the option's value). A name no
    /// definition has stays as it is: Request Tracker takes names, others say what they miss.
    pub fn fields_by_id(
        &self,
        fields: std::collections::BTreeMap<String, Vec<String>>,
    ) -> std::collections::BTreeMap<String, Vec<String>> {
        crate::model::fields::by_id(&self.fields, fields)
    }

    /// The definition of a ticket's field, by its id.
    pub fn field(&self, id: &str) -> Option<&FieldDef> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// Notes the owners of `tickets` (a page just loaded).
    pub fn saw_owners(&mut self, tickets: &[crate::backend::TicketSummary]) {
        for owner in tickets.iter().filter_map(|t| t.assignee.as_ref()) {
            if !self.seen_owners.iter().any(|a| a.id == owner.id) {
                self.seen_owners.push(owner.clone());
            }
        }
    }

    /// What `changes` will change, in words: `status → pending, assign → Sam, +tag billing`.
    pub fn describe(&self, changes: &crate::backend::Changes) -> String {
        let mut parts = Vec::new();
        if let Some(status) = &changes.status {
            parts.push(crate::fl!("describe-status", status = status.as_str()));
        }
        if let Some(priority) = changes.priority {
            let priority = crate::i18n::format::priority(priority);
            parts.push(crate::fl!("describe-priority", priority = priority));
        }
        if let Some(assignee) = &changes.assignee {
            let name = match assignee {
                None => crate::fl!("describe-nobody"),
                Some(id) => self
                    .agents
                    .iter()
                    .find(|a| &a.id == id)
                    .map_or(id.0.clone(), |a| a.name.clone()),
            };
            parts.push(crate::fl!("describe-assign", who = name));
        }
        parts.extend(changes.tags_add.iter().map(|t| format!("+tag {t}")));
        parts.extend(changes.tags_remove.iter().map(|t| format!("-tag {t}")));
        for (id, values) in &changes.fields {
            let def = self.field(id);
            let name = def.map_or(id.as_str(), |d| d.name.as_str());
            let shown: Vec<String> = values
                .iter()
                .map(|v| def.map_or_else(|| v.clone(), |d| d.label_of(v)))
                .collect();
            let shown = if shown.is_empty() {
                "—".into()
            } else {
                shown.join(", ")
            };
            parts.push(format!("{name} = {shown}"));
        }
        if let Some(queue) = &changes.queue {
            parts.push(crate::fl!("describe-move", queue = queue.name.as_str()));
        }
        if let Some(spent) = changes.time_spent {
            let spent = crate::backend::fields::minutes(spent);
            parts.push(crate::fl!("describe-worked", spent = spent));
        }
        parts.join(", ")
    }

    /// What was sent today, in the agent's time zone.
    pub fn sent_today(&self) -> crate::app::state::records::Tally {
        self.today.on(self.local_date())
    }

    /// Counts a delivered reply (`public`) or note for today.
    pub fn count_sent(&mut self, public: bool) {
        let date = self.local_date();
        self.today.count(date, public);
    }

    fn local_date(&self) -> jiff::civil::Date {
        self.now.to_zoned(self.tz.clone()).date()
    }
}

/// The customer's time of day where they are, as the ticket's header says it: `14:05 in
/// Helsinki`, and that it is night there (22:00 to 07:00). The zone is the desk's for them,
/// else the profile's for their organisation, else for their language.
pub fn customer_time(
    session: &Session,
    ticket: &crate::backend::Ticket,
    spoken: Option<&crate::text::language::Spoken>,
    now: jiff::Timestamp,
) -> Option<String> {
    let requester = &ticket.summary.requester;
    let mapped = |key: Option<&str>| key.and_then(|k| session.time_zones.get(k)).cloned();
    let name = requester
        .timezone
        .clone()
        .or_else(|| mapped(requester.organization.as_deref()))
        .or_else(|| mapped(spoken.map(|s| s.code.as_str())))?;
    let zone = jiff::tz::TimeZone::get(&name).ok()?;
    let local = now.to_zoned(zone);
    let place = name.rsplit('/').next().unwrap_or(&name).replace('_', " ");
    let time = crate::i18n::format::clock(&local);
    let said = crate::fl!("detail-local-time-in", time = time, place = place);
    if local.hour() >= 22 || local.hour() < 7 {
        Some(format!("{said} ({})", crate::fl!("detail-night")))
    } else {
        Some(said)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::{Contact, Ticket, TicketId, TicketSummary};

    fn ticket(zone: Option<&str>, organization: Option<&str>) -> Ticket {
        let mut summary = TicketSummary::new(TicketId(7));
        summary.requester = Contact {
            timezone: zone.map(str::to_string),
            organization: organization.map(str::to_string),
            ..Contact::default()
        };
        crate::testkit::pure::ticket(summary)
    }

    fn session() -> Session {
        let mut session = crate::testkit::pure::Pure::new().state.session;
        session.time_zones = [
            ("Luomutila".to_string(), "Europe/Helsinki".to_string()),
            ("zh".to_string(), "Asia/Shanghai".to_string()),
        ]
        .into();
        session
    }

    #[test]
    fn the_header_follows_daylight_saving_and_says_when_it_is_night() {
        let s = session();
        let t = ticket(Some("Europe/Helsinki"), None);
        let at = |utc: &str| utc.parse::<jiff::Timestamp>().expect("time");
        // Summer time begins in Helsinki at 01:00 UTC on 29 March 2026: 03:00 becomes 04:00.
        assert_eq!(
            customer_time(&s, &t, None, at("2026-03-29T00:30:00Z")).as_deref(),
            Some("02:30 in Helsinki (night there)")
        );
        assert_eq!(
            customer_time(&s, &t, None, at("2026-03-29T01:30:00Z")).as_deref(),
            Some("04:30 in Helsinki (night there)")
        );
        assert_eq!(
            customer_time(&s, &t, None, at("2026-03-29T09:00:00Z")).as_deref(),
            Some("12:00 in Helsinki")
        );
    }

    #[test]
    fn the_profile_maps_an_organisation_or_a_language_to_a_zone() {
        let s = session();
        let noon = "2026-06-01T09:00:00Z"
            .parse::<jiff::Timestamp>()
            .expect("time");
        let by_org = ticket(None, Some("Luomutila"));
        assert_eq!(
            customer_time(&s, &by_org, None, noon).as_deref(),
            Some("12:00 in Helsinki")
        );
        let chinese = crate::text::language::Spoken {
            code: "zh".into(),
            detected: true,
        };
        let by_language = ticket(None, None);
        assert_eq!(
            customer_time(&s, &by_language, Some(&chinese), noon).as_deref(),
            Some("17:00 in Shanghai")
        );
        assert_eq!(customer_time(&s, &by_language, None, noon), None);
    }
}
