use super::convert::{self, PriorityFrom};
use super::wire;
use crate::backend::{MessageKind, Priority};

fn tagged(tags: &[&str]) -> wire::Conversation {
    wire::Conversation {
        id: 7,
        tags: tags
            .iter()
            .map(|t| wire::Tag { tag: (*t).into() })
            .collect(),
        ..wire::Conversation::default()
    }
}

#[test]
fn a_priority_is_read_from_tags_or_a_field_and_written_back_as_tags() {
    assert_eq!(
        convert::priority(&tagged(&["vip", "High"]), &PriorityFrom::Tags),
        Priority::High
    );
    assert_eq!(
        convert::priority(&tagged(&["low", "priority:urgent"]), &PriorityFrom::Tags),
        Priority::Urgent,
        "the most urgent tag wins"
    );
    assert_eq!(
        convert::priority(&tagged(&["billing"]), &PriorityFrom::Tags),
        Priority::Normal
    );
    let mut c = tagged(&["urgent"]);
    c.custom_fields = vec![wire::CustomField {
        name: "Priority".into(),
        text: "Low".into(),
        ..wire::CustomField::default()
    }];
    assert_eq!(
        convert::priority(&c, &PriorityFrom::Field("priority".into())),
        Priority::Low,
        "the field, not the tags, where the profile says so"
    );
    let tags = vec!["vip".to_string(), "urgent".to_string()];
    assert_eq!(convert::tags_for(&tags, Priority::High), ["vip", "high"]);
    assert_eq!(convert::tags_for(&tags, Priority::Normal), ["vip"]);
}

#[test]
fn threads_become_the_conversation_without_history_lines() {
    let thread = |id: &str, kind: &str, by: &str, body: &str, min: u32| wire::Thread {
        id: id.into(),
        kind: kind.into(),
        body: body.into(),
        created_by: Some(wire::Person {
            kind: by.into(),
            first: "A".into(),
            ..wire::Person::default()
        }),
        created_at: format!("2026-11-20T10:{min:02}:00Z").parse().ok(),
        embedded: None,
        action: None,
    };
    // Help Scout lists the newest first.
    let threads = [
        thread("4", "note", "user", "Check <b>Stripe</b>", 3),
        thread("3", "lineitem", "user", "Assigned to Sam", 2),
        thread("2", "reply", "user", "On it", 1),
        thread("1", "customer", "customer", "<p>Help &amp; thanks</p>", 0),
    ];
    let messages = convert::conversation(7, &threads);
    let kinds: Vec<MessageKind> = messages.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            MessageKind::Customer,
            MessageKind::Public,
            MessageKind::Internal
        ]
    );
    assert_eq!(messages[0].body, "Help & thanks");
    assert_eq!(messages[2].body, "Check Stripe");
}

#[test]
fn statuses_take_other_desks_words() {
    assert_eq!(convert::status_name("solved"), Some("closed"));
    assert_eq!(convert::status_name("Open"), Some("active"));
    assert_eq!(convert::status_name("frobnicated"), None);
    assert_eq!(convert::to_html("a < b\nc & d"), "a &lt; b<br>\nc &amp; d");
}
