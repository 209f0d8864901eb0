use super::convert::{self, Catalog};
use super::wire;
use crate::backend::{MessageKind, Priority, StatusKind, TicketId};

fn catalog(default: usize, names: &[&str]) -> Catalog {
    let priorities = names
        .iter()
        .enumerate()
        .map(|(i, name)| wire::Priority {
            id: (i + 1).to_string(),
            name: name.to_string(),
            is_default: i == default,
            active: Some(true),
        })
        .collect();
    let statuses = [
        ("1", "New", false),
        ("3", "Resolved", false),
        ("4", "Feedback", false),
        ("5", "Closed", true),
    ]
    .iter()
    .map(|(id, name, closed)| wire::Status {
        id: (*id).into(),
        name: (*name).into(),
        is_closed: *closed,
    })
    .collect();
    Catalog::new(
        statuses,
        wire::Priorities {
            issue_priorities: priorities,
        },
    )
}

#[test]
fn priorities_are_read_by_position_around_the_default() {
    let c = catalog(1, &["Low", "Normal", "High", "Urgent", "Immediate"]);
    let levels: Vec<Priority> = (1..=5).map(|id| c.level(&id.to_string())).collect();
    assert_eq!(
        levels,
        [
            Priority::Low,
            Priority::Normal,
            Priority::High,
            Priority::Urgent,
            Priority::Urgent
        ]
    );
    assert_eq!(c.priority_id(Priority::Urgent).as_deref(), Some("4"));
    assert_eq!(c.priority_id(Priority::Low).as_deref(), Some("1"));
    // An admin's own names mean nothing; the order does.
    let c = catalog(0, &["P3", "P2", "P1"]);
    assert_eq!(c.level("1"), Priority::Normal);
    assert_eq!(c.level("3"), Priority::Urgent);
    assert_eq!(c.priority_id(Priority::Low).as_deref(), Some("1"));
    assert_eq!(c.priority_id(Priority::Urgent).as_deref(), Some("3"));
}

#[test]
fn statuses_are_found_by_name_or_meaning() {
    let c = catalog(1, &["Low", "Normal"]);
    assert_eq!(c.status_id("closed").map(|s| s.id.as_str()), Some("5"));
    assert_eq!(c.status_id("solved").map(|s| s.id.as_str()), Some("3"));
    assert_eq!(c.status_id("pending").map(|s| s.id.as_str()), Some("4"));
    assert_eq!(c.status_id("FEEDBACK").map(|s| s.id.as_str()), Some("4"));
    assert!(c.status_id("frobnicated").is_none());
    assert_eq!(convert::status("Rejected", true).kind, StatusKind::Closed);
    assert_eq!(convert::status("In Progress", false).kind, StatusKind::Open);
}

fn named(id: &str, name: &str) -> Option<wire::Named> {
    Some(wire::Named {
        id: id.into(),
        name: name.into(),
    })
}

#[test]
fn journals_become_the_conversation_with_their_files() {
    let file = |id: &str, name: &str| wire::File {
        id: id.into(),
        filename: name.into(),
        content_url: format!("http://rm/attachments/download/{id}/{name}"),
        ..wire::File::default()
    };
    let journal =
        |id: &str, user: &str, notes: &str, private: bool, files: &[&str]| wire::Journal {
            id: id.into(),
            user: named(user, "Someone"),
            notes: notes.into(),
            private_notes: private,
            details: files
                .iter()
                .map(|f| wire::Detail {
                    property: "attachment".into(),
                    name: (*f).into(),
                    ..wire::Detail::default()
                })
                .collect(),
            ..wire::Journal::default()
        };
    let issue = wire::Issue {
        id: 7,
        author: named("6", "Jürgen Müller"),
        description: "It \u{1b}[31msmokes\u{1b}[0m.".into(),
        attachments: vec![file("1", "photo.jpg"), file("2", "log.txt")],
        journals: vec![
            journal("10", "5", "On it.", false, &[]),
            journal("11", "5", "", false, &[]),
            journal("12", "5", "Check the fuse?", true, &[]),
            journal("13", "6", "Here is the log", false, &["2"]),
        ],
        ..wire::Issue::default()
    };
    let messages = convert::conversation(&issue);
    let kinds: Vec<MessageKind> = messages.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            MessageKind::Customer,
            MessageKind::Public,
            MessageKind::Internal,
            MessageKind::Customer
        ],
        "a journal of field changes alone says nothing"
    );
    assert!(!messages[0].body.contains('\u{1b}'), "{}", messages[0].body);
    assert_eq!(messages[0].attachments.len(), 1);
    assert_eq!(messages[0].attachments[0].name, "photo.jpg");
    assert_eq!(messages[3].attachments[0].name, "log.txt");
}

#[test]
fn relations_read_from_this_issues_side() {
    let rel = |from: u64, to: u64, kind: &str| wire::Relation {
        issue_id: from,
        issue_to_id: to,
        relation_type: kind.into(),
    };
    let links = convert::links(
        5,
        &[
            rel(5, 9, "blocks"),
            rel(2, 5, "blocks"),
            rel(3, 5, "duplicates"),
        ],
    );
    let seen: Vec<(&str, u64)> = links.iter().map(|l| (l.kind.as_str(), l.id.0)).collect();
    assert_eq!(
        seen,
        [("blocks", 9), ("blocked by", 2), ("duplicated by", 3)]
    );
    assert_eq!(links[0].id, TicketId(9));
}
