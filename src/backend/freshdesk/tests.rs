use super::*;
use crate::backend::{MessageKind, Priority, StatusKind};

#[test]
fn numbers_map_to_statuses_and_priorities_and_back() {
    assert_eq!(convert::status(3).kind, StatusKind::Pending);
    assert_eq!(convert::status(4).name, "resolved");
    assert_eq!(convert::status(7).kind, StatusKind::Open, "custom statuses");
    assert_eq!(convert::status_number("Resolved"), Some(4));
    assert_eq!(convert::status_number("status 7"), Some(7));
    assert_eq!(convert::status_number("bogus"), None);
    for p in Priority::ALL {
        assert_eq!(convert::priority(convert::priority_number(p)), p);
    }
}

#[test]
fn replies_are_sent_as_escaped_html_with_their_lines() {
    assert_eq!(
        convert::to_html("a < b & c\n\nbye"),
        "<div>a &lt; b &amp; c</div><div><br></div><div>bye</div>"
    );
}

#[test]
fn the_description_opens_the_conversation() {
    let ticket: wire::Ticket = serde_json::from_str(
        r#"{"id": 5, "subject": "Printer", "status": 2, "priority": 1, "requester_id": 7,
            "created_at": "2026-11-20T09:00:00Z", "updated_at": "2026-11-20T10:00:00Z",
            "description": "<div>It <b>jams</b></div>", "description_text": "It jams",
            "requester": {"id": 7, "name": "Ann Example", "email": "ann@example.com"}}"#,
    )
    .expect("ticket");
    let items: Vec<wire::Conversation> = serde_json::from_str(
        r#"[{"id": 11, "body": "<div>Which model?</div>", "incoming": false, "private": false, "user_id": 9, "created_at": "2026-11-20T09:30:00Z"},
            {"id": 12, "body_text": "VIP", "incoming": false, "private": true, "user_id": 9, "created_at": "2026-11-20T09:31:00Z"},
            {"id": 13, "body_text": "HP 4000", "incoming": true, "private": false, "user_id": 7, "created_at": "2026-11-20T09:40:00Z"}]"#,
    )
    .expect("conversations");
    let agents = HashMap::from([(
        "9".to_string(),
        Agent {
            name: "Bob Agent".into(),
            ..Agent::default()
        },
    )]);
    let summary = convert::summary(&ticket, None, &agents);
    assert_eq!(summary.requester.name, "Ann Example");
    let conversation = convert::conversation(&ticket, &summary.requester, &items, &agents);
    let seen: Vec<(MessageKind, &str, &str)> = conversation
        .iter()
        .map(|m| (m.kind, m.author.as_str(), m.body.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            (MessageKind::Customer, "Ann Example", "It jams"),
            (MessageKind::Public, "Bob Agent", "Which model?"),
            (MessageKind::Internal, "Bob Agent", "VIP"),
            (MessageKind::Customer, "Ann Example", "HP 4000"),
        ]
    );
}

#[test]
fn tags_are_replaced_as_a_whole_list() {
    let now: wire::Ticket =
        serde_json::from_str(r#"{"id": 1, "tags": ["vip", "triage"]}"#).expect("ticket");
    let changes = Changes {
        tags_add: vec!["billing".into()],
        tags_remove: vec!["triage".into()],
        ..Changes::default()
    };
    let body = FreshdeskDesk::put_body(&changes, &now).expect("body");
    assert_eq!(body["tags"], json!(["vip", "billing"]));
}
