//! Conversions on JSON shaped as RT 5.0.3 returns it (see docs/backends.md §4).

use super::*;
use crate::backend::rt::wire::Collection;
use crate::backend::waiting_and_replies;

fn row(json: serde_json::Value) -> TicketRow {
    serde_json::from_value(json).expect("a ticket row")
}

fn ticket(priority: &str, extra: serde_json::Value) -> TicketRow {
    let mut base = serde_json::json!({
        "id": "7", "Subject": "Printer \u{1b}[31mon fire", "Status": "open", "Priority": priority,
        "Owner": {"id": "Nobody", "Name": "Nobody", "RealName": "Nobody in particular"},
        "Requestor": [{"id": "maija@example.fi", "Name": "maija@example.fi", "RealName": "Maija Virtanen",
                       "EmailAddress": "maija@example.fi", "Organization": "", "Timezone": "Europe/Helsinki"}],
        "Queue": {"id": "1", "Name": "General"},
        "Created": "2026-11-22T10:00:00Z", "LastUpdated": "2026-11-22T11:00:00Z",
        "LastUpdatedBy": {"id": "maija@example.fi", "Name": "maija@example.fi"},
        "Due": "1970-01-01T00:00:00Z", "Told": "2026-11-22T10:30:00Z"
    });
    if let (Some(base), Some(extra)) = (base.as_object_mut(), extra.as_object()) {
        base.extend(extra.clone());
    }
    row(base)
}

#[test]
fn priority_numbers_map_to_levels_by_the_scale_and_are_kept() {
    let scale = PriorityScale::default();
    for (n, p) in [
        ("0", Priority::Low),
        ("49", Priority::Low),
        ("50", Priority::Normal),
        ("99", Priority::Normal),
        ("100", Priority::High),
        ("150", Priority::Urgent),
        ("900", Priority::Urgent),
        ("-5", Priority::Low),
    ] {
        let t = summary(&ticket(n, serde_json::json!({})), &scale).expect("summary");
        assert_eq!(
            (t.priority, t.priority_value),
            (p, n.parse().ok()),
            "priority {n}"
        );
    }
    let tight = PriorityScale {
        low: 0,
        normal: 10,
        high: 20,
        urgent: 30,
    };
    assert_eq!(level(25, &tight), Priority::High);
    assert_eq!(number(Priority::Urgent, &tight), 30);
}

#[test]
fn a_row_becomes_a_clean_summary() {
    let t = summary(
        &ticket("50", serde_json::json!({})),
        &PriorityScale::default(),
    )
    .expect("summary");
    assert_eq!(t.id, TicketId(7));
    assert_eq!(t.subject, "Printer on fire", "escape sequences removed");
    assert_eq!(t.requester.name, "Maija Virtanen");
    assert_eq!(
        t.requester.organization, None,
        "an empty organisation is none"
    );
    assert_eq!(t.requester.timezone.as_deref(), Some("Europe/Helsinki"));
    assert_eq!(t.assignee, None, "Nobody owns it: unassigned");
    assert_eq!(t.due_at, None, "the epoch means no due date");
    assert_eq!(t.group.as_deref(), Some("General"));
    assert_eq!(t.replies, None, "a list row does not know its replies");
    assert_eq!(
        t.waiting_since,
        "2026-11-22T11:00:00Z".parse().ok(),
        "the requester changed it last"
    );
}

#[test]
fn waiting_is_estimated_from_told_and_the_last_updater() {
    let scale = PriorityScale::default();
    let never_told = ticket("0", serde_json::json!({"Told": "1970-01-01T00:00:00Z"}));
    assert_eq!(
        summary(&never_told, &scale).and_then(|t| t.waiting_since),
        "2026-11-22T10:00:00Z".parse().ok()
    );
    let agent_last = ticket(
        "0",
        serde_json::json!({"LastUpdatedBy": {"id": "root", "Name": "root"}}),
    );
    assert_eq!(
        summary(&agent_last, &scale).and_then(|t| t.waiting_since),
        None
    );
    let stalled = ticket("0", serde_json::json!({"Status": "stalled"}));
    let t = summary(&stalled, &scale).expect("summary");
    assert_eq!(
        (t.status.kind, t.waiting_since),
        (StatusKind::Pending, None)
    );
}

fn history() -> Vec<Transaction> {
    serde_json::from_value(serde_json::json!([
        {"id": "33", "Type": "Create", "Creator": {"id": "maija@example.fi", "Name": "maija@example.fi", "RealName": "Maija Virtanen", "Privileged": "0"}, "Created": "2026-11-22T10:00:00Z"},
        {"id": "34", "Type": "EmailRecord", "Creator": {"id": "RT_System"}, "Created": "2026-11-22T10:00:01Z"},
        {"id": "35", "Type": "Correspond", "Creator": {"id": "root", "Name": "root", "RealName": "Enoch Root", "Privileged": 1}, "Created": "2026-11-22T10:30:00Z"},
        {"id": "36", "Type": "Status", "Creator": {"id": "RT_System"}, "Created": "2026-11-22T10:30:00Z"},
        {"id": "37", "Type": "Comment", "Creator": {"id": "root", "Name": "root", "RealName": "Enoch Root"}, "Created": "2026-11-22T10:31:00Z"},
        {"id": "38", "Type": "Correspond", "Creator": {"id": "maija@example.fi", "Name": "maija@example.fi", "RealName": "Maija Virtanen"}, "Created": "2026-11-22T11:00:00Z"}
    ]))
    .expect("history")
}

fn parts() -> Vec<Part> {
    let parts: Collection<Part> = serde_json::from_value(serde_json::json!({"items": [
        {"TransactionId": "33", "ContentType": "text/plain", "Filename": "", "Content": "Hei,\r\nkassa ei toimi.\u{202e}"},
        {"TransactionId": "34", "ContentType": "text/plain", "Filename": "", "Content": "Greetings, this message has been automatically generated"},
        {"TransactionId": "35", "ContentType": "multipart/alternative", "Filename": "", "Content": ""},
        {"TransactionId": "35", "ContentType": "text/html", "Filename": "", "Content": "<p>On it, <b>Maija</b>.</p>"},
        {"TransactionId": "37", "ContentType": "text/plain", "Filename": "", "Content": "SSO cache again?"},
        {"TransactionId": "38", "ContentType": "text/plain", "Filename": "", "Content": "Still broken."},
        {"id": "91", "TransactionId": "38", "ContentType": "image/png", "Filename": "screen shot.png", "ContentLength": "24576", "Content": "binary"}
    ], "total": 7, "page": 1, "pages": 1}))
    .expect("parts");
    parts.items
}

#[test]
fn the_conversation_keeps_messages_and_tells_who_wrote_them() {
    let messages = conversation(
        TicketId(7),
        &history(),
        &parts(),
        &["maija@example.fi".to_string()],
        "http://rt.example/",
    );
    let summary: Vec<(MessageKind, &str, &str)> = messages
        .iter()
        .map(|m| (m.kind, m.author.as_str(), m.body.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (
                MessageKind::Customer,
                "Maija Virtanen",
                "Hei,\nkassa ei toimi.⟨RLO⟩"
            ),
            (MessageKind::Public, "Enoch Root", "On it, Maija."),
            (MessageKind::Internal, "Enoch Root", "SSO cache again?"),
            (MessageKind::Customer, "Maija Virtanen", "Still broken."),
        ]
    );
    let files: Vec<_> = messages.iter().map(|m| m.attachments.len()).collect();
    assert_eq!(
        files,
        [0, 0, 0, 1],
        "only the part with a file name is a file"
    );
    let file = &messages[3].attachments[0];
    assert_eq!(file.describe(), "screen shot.png · image/png · 24 KB");
    assert_eq!(
        file.source, "http://rt.example/Ticket/Attachment/38/91/screen%20shot.png",
        "raw bytes come from the web interface's path, the name escaped"
    );
    let (waiting, replies) = waiting_and_replies(&messages);
    assert_eq!(
        waiting,
        "2026-11-22T11:00:00Z".parse().ok(),
        "the customer's message after our reply"
    );
    assert_eq!(replies, 2);
}

#[test]
fn an_article_is_a_canned_response() {
    let article: Article = serde_json::from_value(serde_json::json!({
        "id": "3", "Name": "Refund approved", "Summary": "refund, money back",
        "CustomFields": [{"id": "1", "name": "Content", "values": ["Hi {{requester.first_name}},\n\nDone."]}]
    }))
    .expect("article");
    let c = canned(&article).expect("canned");
    assert_eq!(
        (c.id.as_str(), c.title.as_str()),
        ("rt:3", "Refund approved")
    );
    assert_eq!(c.keywords, ["refund", "money back"]);
    assert_eq!(c.body, "Hi {{requester.first_name}},\n\nDone.");
    let empty: Article =
        serde_json::from_value(serde_json::json!({"id": "4", "Name": "x", "CustomFields": []}))
            .expect("article");
    assert!(
        canned(&empty).is_none(),
        "an article without text is not offered"
    );
}
