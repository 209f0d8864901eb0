//! The support playbook's habits as settings: response and resolution targets per priority,
//! what counts as a quick win, and how close to a target a ticket must be to rise.

use std::cmp::Ordering;

use jiff::{SignedDuration, Timestamp};

use crate::model::{Priority, TicketSummary};

/// A duration per priority level; `None` where there is no target.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PerPriority {
    pub low: Option<SignedDuration>,
    pub normal: Option<SignedDuration>,
    pub high: Option<SignedDuration>,
    pub urgent: Option<SignedDuration>,
}

impl PerPriority {
    /// The target for `priority`.
    pub fn get(&self, priority: Priority) -> Option<SignedDuration> {
        match priority {
            Priority::Low => self.low,
            Priority::Normal => self.normal,
            Priority::High => self.high,
            Priority::Urgent => self.urgent,
        }
    }

    fn set(&mut self, level: &str, value: SignedDuration) -> Result<(), String> {
        let slot = match level {
            "low" => &mut self.low,
            "normal" => &mut self.normal,
            "high" => &mut self.high,
            "urgent" => &mut self.urgent,
            other => {
                return Err(format!(
                    "unknown priority level \"{other}\" (use low, normal, high, urgent)"
                ));
            }
        };
        *slot = Some(value);
        Ok(())
    }
}

/// How a profile triages: targets, quick wins, and the warning window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Triage {
    /// Time from the customer's unanswered message to our answer.
    pub first_response: PerPriority,
    /// Time from the ticket's creation to its resolution.
    pub resolution: PerPriority,
    /// A ticket this close to its target is "near" it: it rises and is coloured.
    pub near: SignedDuration,
    /// A quick win has at most this many replies...
    pub quick_replies: u32,
    /// ...or one of these tags.
    pub quick_tags: Vec<String>,
}

impl Default for Triage {
    fn default() -> Self {
        Self {
            first_response: PerPriority::default(),
            resolution: PerPriority::default(),
            near: SignedDuration::from_hours(1),
            quick_replies: 1,
            quick_tags: vec!["quick".into(), "howto".into()],
        }
    }
}

/// Where a ticket stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Past its target.
    Breached,
    /// Within the warning window of its target.
    Near,
    /// A target, not close yet.
    Later,
    /// No target.
    None,
}

impl Triage {
    /// Fills in the ticket's target from the configured ones when the help desk gave none:
    /// the first-response target while the customer waits, and the resolution target while
    /// the ticket is open, whichever comes first.
    pub fn apply(&self, t: &mut TicketSummary) {
        // The desk's own clock (even a paused one) is its target; the playbook's are for
        // desks that keep none.
        if t.due_at.is_some() || t.clock.is_some() || !t.status.kind.is_active() {
            return;
        }
        let response = t
            .waiting_since
            .zip(self.first_response.get(t.priority))
            .map(|(since, target)| since + target);
        let resolution = self
            .resolution
            .get(t.priority)
            .map(|target| t.created_at + target);
        t.due_at = match (response, resolution) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }

    /// Where `t` stands against its target at `now`.
    pub fn urgency(&self, t: &TicketSummary, now: Timestamp) -> Urgency {
        match t.due_at {
            None => Urgency::None,
            Some(due) if due <= now => Urgency::Breached,
            Some(due) if due.duration_since(now) <= self.near => Urgency::Near,
            Some(_) => Urgency::Later,
        }
    }

    /// The queue's order at `now`: urgent first; within a level, tickets past or near their
    /// target first, then by the help desk's own number (RT's 0–150), the target that comes
    /// soonest, and whoever has waited longest.
    pub fn order(
        &self,
        now: Timestamp,
    ) -> impl Fn(&TicketSummary, &TicketSummary) -> Ordering + '_ {
        let pressing = move |t: &TicketSummary| match self.urgency(t, now) {
            Urgency::Breached => 0,
            Urgency::Near => 1,
            Urgency::Later | Urgency::None => 2,
        };
        move |a, b| {
            b.priority
                .cmp(&a.priority)
                .then_with(|| pressing(a).cmp(&pressing(b)))
                .then_with(|| b.priority_value.cmp(&a.priority_value))
                .then_with(|| soonest(a.due_at, b.due_at))
                .then_with(|| soonest(a.waiting_since, b.waiting_since))
                .then_with(|| b.id.cmp(&a.id))
        }
    }

    /// Whether `t` looks like a simple question: few replies, or a quick-win tag.
    pub fn is_quick(&self, t: &TicketSummary) -> bool {
        t.replies.is_some_and(|n| n <= self.quick_replies)
            || t.tags.iter().any(|tag| self.quick_tags.contains(tag))
    }

    /// Reads `[profiles.NAME.targets]`: `first_response` and `resolution` tables of durations
    /// per priority (`urgent = "1h"`), and `near`.
    pub fn parse_targets(&mut self, value: &toml::Value) -> Result<(), String> {
        let table = value
            .as_table()
            .ok_or("targets must be a table: [profiles.NAME.targets]")?;
        for (key, value) in table {
            match key.as_str() {
                "first_response" | "resolution" => {
                    let levels = value.as_table().ok_or(format!(
                        "targets.{key} must be a table, e.g. urgent = \"1h\""
                    ))?;
                    let mut parsed = PerPriority::default();
                    for (level, d) in levels {
                        parsed.set(level, duration(d, &format!("targets.{key}.{level}"))?)?;
                    }
                    if key == "first_response" {
                        self.first_response = parsed;
                    } else {
                        self.resolution = parsed;
                    }
                }
                "near" => self.near = duration(value, "targets.near")?,
                other => {
                    return Err(format!(
                        "unknown setting targets.{other} (use first_response, resolution, near)"
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Known values before unknown ones, earliest first.
fn soonest<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// A duration written as `"90s"`, `"15m"`, `"4h"`, `"2d"` or `"1h 30m"`.
pub fn duration(value: &toml::Value, key: &str) -> Result<SignedDuration, String> {
    let text = value
        .as_str()
        .ok_or(format!("{key} must be a duration in quotes, e.g. \"4h\""))?;
    let wrong = || format!("{key} = \"{text}\" is not a duration (try \"90s\", \"4h\", \"2d\")");
    // A target counts days of 24 hours, whatever the calendar does.
    let parsed = text
        .trim()
        .parse::<jiff::Span>()
        .and_then(|span| span.to_duration(jiff::SpanRelativeTo::days_are_24_hours()))
        .map_err(|_| wrong())?;
    if parsed.is_negative() {
        return Err(format!("{key} must not be negative"));
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests;
