use super::*;
use crate::backend::{MessageKind, Priority, StatusKind};

fn catalog() -> Catalog {
    let named = |list: &[(&str, &str)]| -> Vec<wire::Named> {
        list.iter()
            .map(|(id, name)| wire::Named {
                id: (*id).into(),
                name: (*name).into(),
            })
            .collect()
    };
    Catalog::new(
        &named(&[
            ("1", "new"),
            ("2", "open"),
            ("3", "pending reminder"),
            ("4", "closed"),
        ]),
        &named(&[("1", "1 low"), ("2", "2 normal"), ("3", "3 high")]),
    )
}

#[test]
fn states_and_priorities_are_read_by_name() {
    assert_eq!(convert::status("pending close").kind, StatusKind::Pending);
    assert_eq!(convert::status("merged").kind, StatusKind::Closed);
    assert_eq!(convert::priority("3 high"), Priority::High);
    assert_eq!(convert::priority("4 urgent"), Priority::Urgent);
    assert_eq!(convert::priority("2 normal"), Priority::Normal);
    let c = catalog();
    assert_eq!(c.priority_id(Priority::Low).as_deref(), Some("1"));
    assert_eq!(
        c.priority_id(Priority::Urgent).as_deref(),
        Some("3"),
        "a desk without urgent gets its highest"
    );
}

#[test]
fn a_macro_becomes_actions_and_a_note() {
    let m: wire::Macro = serde_json::from_str(
        r#"{"id": 3, "name": "Close & tag", "active": true, "perform": {
            "ticket.state_id": {"value": "4"},
            "ticket.priority_id": {"value": "1"},
            "ticket.owner_id": {"pre_condition": "current_user.id", "value": ""},
            "ticket.tags": {"operator": "add", "value": "done, billing"},
            "article.note": {"subject": "", "body": "<p>Closed by macro</p>", "internal": "true"}}}"#,
    )
    .expect("macro");
    let canned = convert::macro_canned(&m, &catalog()).expect("active");
    assert_eq!(canned.actions.status.as_deref(), Some("closed"));
    assert_eq!(canned.actions.priority, Some(Priority::Low));
    assert_eq!(canned.actions.assignee.as_deref(), Some("me"));
    assert_eq!(canned.actions.tags_add, ["done", "billing"]);
    assert_eq!(canned.body, "Closed by macro");
}

#[test]
fn text_modules_use_their_keyword_as_abbreviation() {
    let m: wire::TextModule = serde_json::from_str(
        r#"{"id": 8, "name": "Greeting", "keywords": "hello, hi", "content": "<div>Hallo #{ticket.customer.firstname},</div>", "active": true}"#,
    )
    .expect("module");
    let canned = convert::text_module(&m).expect("active");
    assert_eq!(canned.abbrev.as_deref(), Some("::hello"));
    assert_eq!(canned.body, "Hallo {{requester.first_name}},");
}

#[test]
fn articles_are_told_apart_by_sender_and_internal() {
    let articles: Vec<wire::Article> = serde_json::from_str(
        r#"[{"id": 1, "sender": "Customer", "internal": false, "from": "\"Nicole Braun\" <nicole@example.com>", "content_type": "text/html", "body": "<p>Help</p>", "created_at": "2026-11-20T10:00:00.000Z"},
            {"id": 2, "sender": "Agent", "internal": true, "from": "Agent Smith", "content_type": "text/plain", "body": "check logs", "created_at": "2026-11-20T10:01:00.000Z"},
            {"id": 3, "sender": "Agent", "internal": false, "created_by": "smith@example.com", "content_type": "text/plain", "body": "Fixed", "created_at": "2026-11-20T10:02:00.000Z"}]"#,
    )
    .expect("articles");
    let seen: Vec<(MessageKind, String, String)> = convert::conversation("1", &articles)
        .into_iter()
        .map(|m| (m.kind, m.author, m.body))
        .collect();
    assert_eq!(
        seen,
        [
            (MessageKind::Customer, "Nicole Braun".into(), "Help".into()),
            (
                MessageKind::Internal,
                "Agent Smith".into(),
                "check logs".into()
            ),
            (
                MessageKind::Public,
                "smith@example.com".into(),
                "Fixed".into()
            ),
        ]
    );
}
