use serde_json::json;

use super::convert;
use super::wire;
use crate::backend::{MessageKind, Priority, StatusKind};

#[test]
fn statuses_and_priorities_are_read_by_category_and_name() {
    assert_eq!(
        convert::status("Waiting for customer", "indeterminate").kind,
        StatusKind::Pending
    );
    assert_eq!(convert::status("Resolved", "done").kind, StatusKind::Solved);
    assert_eq!(convert::status("Canceled", "done").kind, StatusKind::Closed);
    assert_eq!(convert::status("Open", "new").kind, StatusKind::New);
    assert_eq!(convert::level("Highest"), Some(Priority::Urgent));
    assert_eq!(convert::level("Lowest"), Some(Priority::Low));
    let all: Vec<wire::Priority> = ["Highest", "High", "Medium", "Low", "Lowest"]
        .iter()
        .enumerate()
        .map(|(i, name)| wire::Priority {
            id: (i + 1).to_string(),
            name: (*name).into(),
            is_default: *name == "Medium",
        })
        .collect();
    assert_eq!(
        convert::priority_id(&all, Priority::Urgent).as_deref(),
        Some("1")
    );
    assert_eq!(
        convert::priority_id(&all, Priority::Normal).as_deref(),
        Some("3")
    );
    assert_eq!(
        convert::priority_id(&all, Priority::Low).as_deref(),
        Some("4")
    );
    assert!(convert::parse_time("2026-11-20T10:30:00.000+0000").is_some());
}

#[test]
fn comments_tell_the_customer_replies_and_internal_notes_apart() {
    let issue: wire::Issue = serde_json::from_value(json!({
        "id": "10001", "key": "SUP-1",
        "fields": { "summary": "Printer", "reporter": { "accountId": "c1", "displayName": "Ann" },
                    "description": { "type": "doc", "content": [{ "type": "paragraph",
                        "content": [{ "type": "text", "text": "It smokes" }] }] },
                    "created": "2026-11-20T10:00:00.000+0000",
                    "attachment": [{ "id": "5", "filename": "photo.jpg", "mimeType": "image/jpeg",
                                     "size": 10, "content": "https://x/rest/api/3/attachment/content/5" }] }
    }))
    .expect("issue");
    let comments: Vec<wire::Comment> = serde_json::from_value(json!([
        { "id": "1", "body": "On it", "public": true, "author": { "accountId": "a1", "displayName": "Sam" },
          "created": { "iso8601": "2026-11-20T10:05:00+0000" } },
        { "id": "2", "body": "Check toner", "public": false, "author": { "accountId": "a1" } },
        { "id": "3", "body": "Thanks", "public": true, "author": { "accountId": "c1" } }
    ]))
    .expect("comments");
    let messages = convert::conversation(&issue, &comments);
    let kinds: Vec<MessageKind> = messages.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            MessageKind::Customer,
            MessageKind::Public,
            MessageKind::Internal,
            MessageKind::Customer
        ]
    );
    assert_eq!(messages[0].body, "It smokes");
    assert_eq!(messages[0].attachments[0].name, "photo.jpg");
}
