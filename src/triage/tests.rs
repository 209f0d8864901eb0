use super::*;
use crate::model::{Status, StatusKind, TicketId};

fn now() -> Timestamp {
    "2026-11-22T12:00:00Z".parse().expect("time")
}

fn ticket(priority: Priority, waiting_hours: Option<i64>) -> TicketSummary {
    TicketSummary {
        priority,
        created_at: now() - SignedDuration::from_hours(48),
        updated_at: now(),
        waiting_since: waiting_hours.map(|h| now() - SignedDuration::from_hours(h)),
        ..TicketSummary::new(TicketId(1))
    }
}

fn targets(text: &str) -> Result<Triage, String> {
    let value: toml::Value = toml::from_str::<toml::Table>(text)
        .map(toml::Value::Table)
        .map_err(|e| e.to_string())?;
    let mut triage = Triage::default();
    triage.parse_targets(&value)?;
    Ok(triage)
}

#[test]
fn targets_are_read_per_priority_with_friendly_durations() {
    let t = targets(
        "near = \"30m\"\n[first_response]\nurgent = \"1h\"\nlow = \"2d\"\n[resolution]\nnormal = \"1h 30m\"",
    )
    .expect("parses");
    assert_eq!(t.first_response.urgent, Some(SignedDuration::from_hours(1)));
    assert_eq!(t.first_response.low, Some(SignedDuration::from_hours(48)));
    assert_eq!(t.first_response.high, None);
    assert_eq!(t.resolution.normal, Some(SignedDuration::from_mins(90)));
    assert_eq!(t.near, SignedDuration::from_mins(30));
}

#[test]
fn bad_targets_say_what_to_write() {
    let err = targets("[first_response]\nurgent = \"soon\"").unwrap_err();
    assert!(
        err.contains("first_response.urgent") && err.contains("4h"),
        "{err}"
    );
    let err = targets("[first_response]\nasap = \"1h\"").unwrap_err();
    assert!(err.contains("asap") && err.contains("urgent"), "{err}");
    let err = targets("[first_response]\nurgent = 60").unwrap_err();
    assert!(err.contains("in quotes"), "{err}");
    let err = targets("wobble = 1").unwrap_err();
    assert!(err.contains("targets.wobble"), "{err}");
}

#[test]
fn the_configured_target_fills_in_only_where_the_help_desk_gave_none() {
    let mut triage = Triage::default();
    triage.first_response.high = Some(SignedDuration::from_hours(4));
    triage.resolution.high = Some(SignedDuration::from_hours(72));

    let mut waiting = ticket(Priority::High, Some(1));
    triage.apply(&mut waiting);
    assert_eq!(waiting.due_at, Some(now() + SignedDuration::from_hours(3)));

    // Nobody waiting: the resolution target (created 48h ago + 72h).
    let mut answered = ticket(Priority::High, None);
    triage.apply(&mut answered);
    assert_eq!(
        answered.due_at,
        Some(now() + SignedDuration::from_hours(24))
    );

    let own = now() + SignedDuration::from_mins(5);
    let mut from_desk = ticket(Priority::High, Some(1));
    from_desk.due_at = Some(own);
    triage.apply(&mut from_desk);
    assert_eq!(from_desk.due_at, Some(own), "the help desk's own SLA wins");

    let mut solved = ticket(Priority::High, Some(1));
    solved.status = Status::new("solved", StatusKind::Solved);
    triage.apply(&mut solved);
    assert_eq!(solved.due_at, None);

    let mut low = ticket(Priority::Low, Some(1));
    triage.apply(&mut low);
    assert_eq!(low.due_at, None, "no target for low");
}

#[test]
fn urgency_follows_the_clock() {
    let triage = Triage::default();
    let mut t = ticket(Priority::Normal, Some(1));
    assert_eq!(triage.urgency(&t, now()), Urgency::None);
    t.due_at = Some(now() + SignedDuration::from_hours(3));
    assert_eq!(triage.urgency(&t, now()), Urgency::Later);
    t.due_at = Some(now() + SignedDuration::from_mins(59));
    assert_eq!(triage.urgency(&t, now()), Urgency::Near);
    t.due_at = Some(now() - SignedDuration::from_mins(1));
    assert_eq!(triage.urgency(&t, now()), Urgency::Breached);
}

#[test]
fn quick_wins_are_short_or_tagged() {
    let triage = Triage::default();
    let mut t = ticket(Priority::Normal, Some(1));
    t.replies = Some(1);
    assert!(triage.is_quick(&t));
    t.replies = Some(4);
    assert!(!triage.is_quick(&t));
    t.tags = vec!["howto".into()];
    assert!(triage.is_quick(&t));
    t.tags.clear();
    t.replies = None;
    assert!(!triage.is_quick(&t), "unknown length is not short");
}

fn row(id: u64, priority: Priority, value: Option<i64>, due_in_mins: Option<i64>) -> TicketSummary {
    TicketSummary {
        priority,
        priority_value: value,
        due_at: due_in_mins.map(|m| now() + SignedDuration::from_mins(m)),
        clock: None,
        ..TicketSummary::new(TicketId(id))
    }
}

#[test]
fn the_help_desks_number_orders_tickets_within_a_level() {
    let mut rows = [
        row(1, Priority::High, Some(100), None),
        row(2, Priority::High, Some(140), None),
        row(3, Priority::Urgent, Some(150), None),
    ];
    let triage = Triage::default();
    rows.sort_by(triage.order(now()));
    assert_eq!(rows.map(|t| t.id.0), [3, 2, 1]);
}

#[test]
fn tickets_near_or_past_their_target_rise_within_their_priority_only() {
    let mut rows = [
        row(1, Priority::Normal, Some(60), Some(600)),
        row(2, Priority::Normal, Some(50), Some(30)),
        row(3, Priority::Normal, Some(40), Some(-5)),
        row(4, Priority::High, Some(90), None),
        row(5, Priority::Normal, Some(70), None),
    ];
    let triage = Triage::default();
    rows.sort_by(triage.order(now()));
    assert_eq!(
        rows.map(|t| t.id.0),
        [4, 3, 2, 5, 1],
        "high first; then breached, near, and the rest by the desk's number"
    );
}

#[test]
fn a_desk_clock_even_paused_keeps_the_playbook_targets_out() {
    let triage = Triage {
        first_response: PerPriority {
            urgent: Some(SignedDuration::from_hours(1)),
            ..PerPriority::default()
        },
        ..Triage::default()
    };
    let mut t = ticket(Priority::Urgent, Some(2));
    t.clock = Some(crate::backend::Clock {
        name: "requester wait".into(),
        paused: true,
    });
    triage.apply(&mut t);
    assert_eq!(t.due_at, None, "paused at the desk, not due here");
}
