use std::collections::{HashMap, HashSet};

use super::*;
use crate::backend::{Priority, StatusKind, is_long};

fn fixed_now() -> Timestamp {
    "2026-11-22T12:00:00Z".parse().expect("valid timestamp")
}

fn desk() -> DemoDesk {
    DemoDesk::new(fixed_now(), fixed_now).expect("demo data parses")
}

/// Every ticket of the desk with its conversation.
fn all_tickets(desk: &DemoDesk) -> Vec<Full> {
    let now = desk.now;
    let all = desk.with_tickets(|t| {
        let catalog = &t.catalog;
        let records = t.records.iter();
        records
            .map(|r| Full {
                summary: r.summary(catalog),
                conversation: r.conversation(catalog, now),
            })
            .collect()
    });
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime")
        .block_on(all)
}

struct Full {
    summary: TicketSummary,
    conversation: Vec<Message>,
}

#[test]
fn the_desk_is_big_multilingual_and_varied() {
    let desk = desk();
    let tickets = all_tickets(&desk);
    assert!(tickets.len() >= 300, "{} tickets", tickets.len());

    let material = data::load().expect("parses");
    let languages: HashSet<&str> = material
        .scenarios
        .iter()
        .map(|s| s.language.as_str())
        .collect();
    assert_eq!(
        languages,
        HashSet::from(["fi", "ru", "de", "et", "zh", "en"])
    );

    let priorities: HashSet<Priority> = tickets.iter().map(|r| r.summary.priority).collect();
    assert_eq!(priorities.len(), 4);
    let statuses: HashSet<&str> = tickets
        .iter()
        .map(|r| r.summary.status.name.as_str())
        .collect();
    assert!(statuses.len() >= 5, "{statuses:?}");
    assert!(
        tickets.iter().any(|r| is_long(r.summary.replies, 6)),
        "some conversations run long"
    );

    let mut per_contact: HashMap<&str, usize> = HashMap::new();
    for r in &tickets {
        *per_contact
            .entry(r.summary.requester.email.as_str())
            .or_default() += 1;
    }
    assert!(
        per_contact.values().all(|&n| n >= 2),
        "every contact has several tickets"
    );

    let kinds: HashSet<MessageKind> = tickets
        .iter()
        .flat_map(|r| r.conversation.iter().map(|m| m.kind))
        .collect();
    assert_eq!(kinds.len(), 3, "customer, public and internal messages");
}

#[test]
fn canned_responses_have_placeholders_actions_and_abbreviations() {
    let canned = desk().canned;
    assert!(canned.len() >= 40, "{}", canned.len());
    assert!(canned.iter().filter(|c| c.body.contains("{{")).count() >= 30);
    assert!(canned.iter().filter(|c| !c.actions.is_empty()).count() >= 20);
    assert!(canned.iter().filter(|c| c.abbrev.is_some()).count() >= 10);
    let statuses: Vec<String> = seed::statuses().into_iter().map(|s| s.name).collect();
    for c in &canned {
        if let Some(status) = &c.actions.status {
            assert!(statuses.contains(status), "{}: status {status}", c.title);
        }
    }
}

#[test]
fn the_desk_is_the_same_on_every_run() {
    let a: Vec<_> = all_tickets(&desk())
        .into_iter()
        .map(|r| (r.summary, r.conversation))
        .collect();
    let b: Vec<_> = all_tickets(&desk())
        .into_iter()
        .map(|r| (r.summary, r.conversation))
        .collect();
    assert_eq!(a, b);
}

#[tokio::test]
async fn views_page_through_all_matching_tickets() {
    let desk = desk();
    let view = View {
        name: "All open".into(),
        query: "status:active".into(),
        quick: false,
    };
    let first = desk.list_view(&view, None).await.expect("page 1");
    let total = first.total.expect("total known");
    assert_eq!(first.tickets.len(), PAGE_SIZE.min(total));
    let mut seen = first.tickets.len();
    let mut next = first.next;
    while let Some(token) = next {
        let page = desk
            .list_view(&view, Some(&token))
            .await
            .expect("next page");
        seen += page.tickets.len();
        next = page.next;
    }
    assert_eq!(seen, total);
    assert!(total > PAGE_SIZE, "the open view spans pages");
}

#[tokio::test]
async fn a_reply_with_actions_changes_the_ticket() {
    let desk = desk();
    let view = View {
        name: "Unassigned".into(),
        query: "assignee:none status:new".into(),
        quick: false,
    };
    let id = desk.list_view(&view, None).await.expect("list").tickets[0].id;
    let before = desk.ticket(id).await.expect("ticket");
    let changes = Changes {
        status: Some("pending".into()),
        tags_add: vec!["refund".into()],
        ..Changes::default()
    };
    let reply = Reply {
        body: "Hello\u{1b}[2J there".into(),
        public: true,
        changes,
        expected_version: before.summary.version.clone(),
        ..Reply::default()
    };
    desk.reply(id, reply).await.expect("reply");
    let after = desk.ticket(id).await.expect("ticket");
    let last = after.conversation.last().expect("has messages");
    assert_eq!(
        (last.kind, last.body.as_str()),
        (MessageKind::Public, "Hello there")
    );
    assert_eq!(after.summary.status.kind, StatusKind::Pending);
    assert!(after.summary.tags.contains(&"refund".to_string()));
    assert_eq!(after.summary.waiting_since, None);
    assert_ne!(after.summary.version, before.summary.version);
}

#[tokio::test]
async fn a_stale_version_is_a_conflict_and_changes_nothing() {
    let desk = desk();
    let id = TicketId(4000);
    let changes = Changes {
        priority: Some(Priority::Urgent),
        ..Changes::default()
    };
    desk.update(id, changes.clone(), None)
        .await
        .expect("first update");
    let err = desk
        .update(id, Changes::default(), Some("1".into()))
        .await
        .unwrap_err();
    assert_eq!(err, Error::Conflict);
    let bad = Changes {
        status: Some("on-fire".into()),
        ..Changes::default()
    };
    assert!(
        matches!(desk.update(id, bad, None).await, Err(Error::Invalid(m)) if m.contains("on-fire"))
    );
}

/// The customer's language is detected right on every ticket of the demo desk, in each of
/// its six languages, from the customer's own messages.
#[test]
fn each_ticket_s_language_is_detected_from_its_customer() {
    let desk = desk();
    let material = data::load().expect("parses");
    let now = desk.now;
    let found = desk.with_tickets(|t| {
        t.records
            .iter()
            .map(|r| {
                let scene = &t.catalog.scenes[r.scene as usize];
                let want = material.scenarios[scene.language].language.clone();
                let ticket = crate::backend::Ticket {
                    summary: r.summary(&t.catalog),
                    conversation: r.conversation(&t.catalog, now),
                    older_not_shown: false,
                    cc: Vec::new(),
                    url: None,
                    links: Vec::new(),
                    fields: Vec::new(),
                    time: None,
                    queue: None,
                    signature: None,
                };
                let got =
                    crate::text::language::of_ticket(&ticket, &crate::text::language::DEFAULT)
                        .map(|s| s.code);
                (r.id, want, got)
            })
            .collect::<Vec<_>>()
    });
    let found = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime")
        .block_on(found);
    let wrong: Vec<_> = found
        .iter()
        .filter(|(_, want, got)| got.as_deref() != Some(want.as_str()))
        .collect();
    let languages: HashSet<&str> = found.iter().map(|(_, want, _)| want.as_str()).collect();
    assert_eq!(languages.len(), 6);
    assert!(
        wrong.is_empty(),
        "{} of {}: {wrong:?}",
        wrong.len(),
        found.len()
    );
}
