//! A ticket's history of changes on the desks we cannot run, from their documented JSON:
//! Zendesk's audits, Zammad's ticket history, Jira's changelog, Help Scout's line items.
//! Messages stay out of it, people are named, and it comes oldest first. Also Jira's SLA
//! cycles, read with the ticket.

use frontdesk::backend::{Event, TicketId};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer};

use super::helpscout::HelpScout;
use super::jira::Jira;
use super::zammad::Zammad;
use super::zendesk::Zendesk;
use super::{Errors, connect, json, start};

fn lines(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .map(|e| format!("{}: {}", e.who, e.shown()))
        .collect()
}

async fn mounted(server: &MockServer, at: &str, body: Value) {
    Mock::given(method("GET"))
        .and(path(at))
        .respond_with(json(200, body))
        .expect(1)
        .mount(server)
        .await;
}

async fn history_of<F: Errors>(at: &str, body: Value) -> Vec<String> {
    let server = start::<F>().await;
    mounted(&server, at, body).await;
    // Definitions a desk names fields by, where it reads them: none here.
    Mock::given(method("GET"))
        .and(path("/api/v2/ticket_fields"))
        .respond_with(json(
            200,
            json!({ "ticket_fields": [], "meta": { "has_more": false } }),
        ))
        .mount(&server)
        .await;
    let desk = connect::<F>(&server);
    lines(&desk.changes(TicketId(101)).await.expect("history"))
}

pub async fn zendesk_history_comes_from_its_audits() {
    let shown = history_of::<Zendesk>(
        "/api/v2/tickets/101/audits",
        json!({
            "audits": [
                { "id": 1, "author_id": 9, "created_at": "2026-11-20T10:05:00Z", "events": [
                    { "type": "Comment", "body": "Wir prüfen das." },
                    { "type": "Change", "field_name": "status", "value": "open", "previous_value": "new" },
                    { "type": "Change", "field_name": "assignee_id", "value": "9", "previous_value": null } ] },
                { "id": 2, "author_id": 9, "created_at": "2026-11-20T10:06:00Z", "events": [
                    { "type": "Change", "field_name": "tags", "value": ["billing", "refund"], "previous_value": ["billing"] } ] }
            ],
            "users": [{ "id": 9, "name": "Sam Rivera" }],
            "meta": { "has_more": false }
        }),
    )
    .await;
    assert_eq!(
        shown,
        [
            "Sam Rivera: Status new → open",
            "Sam Rivera: Assignee → Sam Rivera",
            "Sam Rivera: Tags billing → billing refund"
        ]
    );
}

pub async fn zammad_history_comes_from_its_ticket_history() {
    let shown = history_of::<Zammad>(
        "/api/v1/ticket_history/101",
        json!({
            "history": [
                { "id": 1, "o_id": 101, "history_type": "created", "history_object": "Ticket",
                  "created_by_id": 3, "created_at": "2026-11-20T10:00:00Z" },
                { "id": 2, "o_id": 101, "history_type": "updated", "history_object": "Ticket",
                  "history_attribute": "state", "value_from": "new", "value_to": "open",
                  "created_by_id": 3, "created_at": "2026-11-20T10:05:00Z" },
                { "id": 3, "o_id": 55, "history_type": "updated", "history_object": "Ticket::Article",
                  "history_attribute": "body", "created_by_id": 3, "created_at": "2026-11-20T10:06:00Z" }
            ],
            "assets": { "User": { "3": { "id": 3, "firstname": "Sam", "lastname": "Rivera" } } }
        }),
    )
    .await;
    assert_eq!(shown, ["Sam Rivera: State new → open"]);
}

pub async fn jira_history_comes_from_its_changelog() {
    let shown = history_of::<Jira>(
        "/rest/api/3/issue/101/changelog",
        json!({ "values": [
            { "id": "1", "author": { "accountId": "a9", "displayName": "Sam Rivera" },
              "created": "2026-11-20T10:05:00.000+0000",
              "items": [{ "field": "status", "fromString": "Waiting for support", "toString": "In progress" },
                        { "field": "Product", "fromString": null, "toString": "Billing" }] }
        ], "isLast": true }),
    )
    .await;
    assert_eq!(
        shown,
        [
            "Sam Rivera: Status Waiting for support → In progress",
            "Sam Rivera: Product → Billing"
        ]
    );
}

pub async fn helpscout_history_is_its_line_items() {
    let thread = |id: u64, kind: &str, body: &str, action: Option<&str>, min: u32| {
        json!({ "id": id, "type": kind, "status": "active", "state": "published", "body": body,
                "action": action.map(|t| json!({ "type": "changed-ticket-assignee", "text": t })),
                "createdBy": { "id": 9, "type": "user", "first": "Sam", "last": "Rivera" },
                "createdAt": format!("2026-11-20T10:{min:02}:00Z") })
    };
    let mut c = super::helpscout::conversation(101, "Rechnung doppelt", "active", "urgent", 7);
    c["_embedded"] = json!({ "threads": [
        thread(1, "customer", "I was charged twice.", None, 0),
        thread(2, "lineitem", "", Some("Assigned to Sam Rivera"), 1),
        thread(3, "reply", "Wir prüfen das.", None, 5),
    ] });
    let shown = history_of::<HelpScout>("/v2/conversations/101", c).await;
    assert_eq!(shown, ["Sam Rivera: Assigned to Sam Rivera"]);
}

/// Jira's SLA cycles come with the ticket: the ongoing one that breaches first is its
/// target, named.
pub async fn jira_sla_cycles_set_the_target() {
    let server = MockServer::start().await;
    super::jira::mount_issue(&server, json!({}), Vec::new(), Vec::new()).await;
    mounted(
        &server,
        "/rest/servicedeskapi/request/101/sla",
        json!({ "values": [
            { "name": "Time to resolution", "ongoingCycle": { "paused": false, "breached": false,
              "breachTime": { "iso8601": "2026-11-24T10:00:00+0000" } } },
            { "name": "Time to first response", "ongoingCycle": { "paused": false, "breached": false,
              "breachTime": { "iso8601": "2026-11-21T10:00:00+0000" } } },
            { "name": "Time to close", "completedCycles": [] }
        ] }),
    )
    .await;
    let desk = connect::<Jira>(&server);
    let summary = desk.ticket(TicketId(101)).await.expect("ticket").summary;
    assert_eq!(
        summary.clock.map(|c| c.name),
        Some("Time to first response".to_string())
    );
    assert_eq!(
        summary.due_at,
        "2026-11-21T10:00:00Z".parse::<jiff::Timestamp>().ok()
    );
}
