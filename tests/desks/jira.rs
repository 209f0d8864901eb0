//! The contract desk as Jira Service Management Cloud serves it: JQL searches with fields
//! (`POST /rest/api/3/search/jql`, paged by token), an issue with its description in
//! Atlassian Document Format, comments from the service desk API with their public flag,
//! a status change as a workflow transition, fields and labels in one edit, Basic auth with
//! the agent's e-mail and an API token.

use async_trait::async_trait;
use base64::Engine;
use frontdesk::backend::{TicketId, View};
use frontdesk::config::{BackendKind, Profile};
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{Errors, Fixture, REPLY, VERSION, json};

/// Jira Service Management.
pub struct Jira;

fn person(id: u64) -> Value {
    let (name, email) = match id {
        7 => ("Jürgen Müller", "jurgen@example.de"),
        8 => ("Ольга Смирнова", "olga@example.ru"),
        9 => ("Sam Rivera", "sam@example.com"),
        _ => ("王芳", "wang@example.cn"),
    };
    json!({ "accountId": id.to_string(), "displayName": name, "emailAddress": email,
            "accountType": "atlassian", "active": true })
}

/// An issue as searches and reads give it.
pub fn issue(id: u64, summary: &str, status: &str, priority: &str, reporter: u64) -> Value {
    let category = match status {
        "Resolved" => "done",
        _ => "indeterminate",
    };
    let mut fields = json!({
        "summary": summary,
        "status": { "name": status, "statusCategory": { "key": category } },
        "priority": { "id": "3", "name": priority },
        "reporter": person(reporter), "assignee": Value::Null,
        "project": { "id": "10000", "key": "SUP", "name": "Support" },
        "labels": if id == 101 { json!(["billing", "vip"]) } else { json!([]) },
        "created": format!("2026-11-{:02}T08:00:00.000+0000", if id == 90 { 1 } else { 20 }),
        "updated": if id == 101 { VERSION } else { "2026-11-20T08:00:00.000+0000" },
        "duedate": if id == 101 { json!("2026-11-21") } else { Value::Null },
    });
    if id == 101 {
        fields["assignee"] = person(9);
    }
    json!({ "id": id.to_string(), "key": format!("SUP-{id}"), "fields": fields })
}

pub fn authorized(m: wiremock::MockBuilder) -> wiremock::MockBuilder {
    m.and(header("authorization", Jira::auth().as_str()))
}

/// A search answer.
fn found(issues: Vec<Value>, next: Option<&str>) -> Value {
    let mut answer = json!({ "issues": issues, "isLast": next.is_none() });
    if let Some(token) = next {
        answer["nextPageToken"] = json!(token);
    }
    answer
}

/// Issue 101 read whole, with `extra` fields merged in, its `comments`, its participants
/// and the priority list.
pub async fn mount_issue(
    server: &MockServer,
    extra: Value,
    comments: Vec<Value>,
    people: Vec<Value>,
) {
    let mut one = issue(
        101,
        "Rechnung doppelt — 二重請求",
        "Waiting for support",
        "Highest",
        7,
    );
    one["fields"]["description"] = json!({ "type": "doc", "version": 1, "content": [
        { "type": "paragraph", "content": [{ "type": "text", "text": "I was charged twice & need help." }] }] });
    if let (Value::Object(into), Value::Object(from)) = (&mut one["fields"], extra) {
        into.extend(from);
    }
    authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/issue/101"))
        .respond_with(json(200, one))
        .mount(server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/rest/servicedeskapi/request/101/comment"))
        .and(query_param("public", "true"))
        .and(query_param("internal", "true"))
        .respond_with(json(
            200,
            json!({ "size": comments.len(), "start": 0, "limit": 100, "isLastPage": true, "values": comments }),
        ))
        .mount(server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/rest/servicedeskapi/request/101/participant"))
        .respond_with(json(200, json!({ "isLastPage": true, "values": people })))
        .mount(server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/priority/search"))
        .respond_with(json(
            200,
            json!({ "isLast": true, "values": [
                { "id": "1", "name": "Highest" }, { "id": "2", "name": "High" },
                { "id": "3", "name": "Medium", "isDefault": true }, { "id": "4", "name": "Low" },
                { "id": "5", "name": "Lowest" }] }),
        ))
        .mount(server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/issue/101/transitions"))
        .respond_with(json(
            200,
            json!({ "transitions": [
                { "id": "31", "name": "Resolve", "to": { "name": "Resolved", "statusCategory": { "key": "done" } } },
                { "id": "21", "name": "Ask", "to": { "name": "Waiting for customer", "statusCategory": { "key": "indeterminate" } } }] }),
        ))
        .mount(server)
        .await;
}

/// A comment as the service desk API lists it.
pub fn comment(id: u64, by: u64, body: &str, public: bool, min: u32) -> Value {
    json!({ "id": id.to_string(), "body": body, "public": public, "author": person(by),
            "created": { "iso8601": format!("2026-11-20T10:{min:02}:00+0000") } })
}

/// Expects one workflow transition of 101.
async fn expect_transition(server: &MockServer, id: &str) {
    authorized(Mock::given(method("POST")))
        .and(path("/rest/api/3/issue/101/transitions"))
        .and(body_partial_json(json!({ "transition": { "id": id } })))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(server)
        .await;
}

impl Errors for Jira {
    fn profile(url: &str) -> Profile {
        let mut p = Profile::new("jira", BackendKind::Jira);
        p.url = Some(url.to_string());
        p.user = Some("sam@example.com".into());
        p
    }
    fn secret() -> &'static str {
        "ATATT3xFfGF0-jira-api-token"
    }
    fn auth() -> String {
        let pair = format!("sam@example.com:{}", Self::secret());
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(pair)
        )
    }
    fn me_path() -> &'static str {
        "/rest/api/3/myself"
    }
    fn me_body() -> Value {
        person(9)
    }
    fn unauthorized() -> (Value, &'static str) {
        (
            json!({ "errorMessages": ["You are not authenticated. Authentication required to perform this operation."], "errors": {} }),
            "not authenticated",
        )
    }
    fn unprocessable() -> (Value, &'static str) {
        (
            json!({ "errorMessages": [], "errors": { "summary": "You must specify a summary of the issue." } }),
            "summary: You must specify a summary",
        )
    }
    fn required() -> Option<(u16, Value, &'static str)> {
        Some((
            400,
            json!({ "errorMessages": [], "errors": { "customfield_12312": "Story type is required." } }),
            "customfield_12312",
        ))
    }
}

#[async_trait]
impl Fixture for Jira {
    async fn mount_queue(server: &MockServer) -> View {
        let jql = "project = SUP AND statusCategory != Done ORDER BY priority DESC, updated DESC";
        authorized(Mock::given(method("POST")))
            .and(path("/rest/api/3/search/jql"))
            .and(body_partial_json(json!({ "jql": jql, "maxResults": 100 })))
            .respond_with(json(
                200,
                found(
                    vec![
                        issue(
                            101,
                            "Rechnung doppelt — 二重請求",
                            "Waiting for support",
                            "Highest",
                            7,
                        ),
                        issue(102, "Не могу войти", "Waiting for support", "Low", 8),
                    ],
                    Some("page-2"),
                ),
            ))
            .mount(server)
            .await;
        authorized(Mock::given(method("POST")))
            .and(path("/rest/api/3/search/jql"))
            .and(body_partial_json(
                json!({ "jql": jql, "nextPageToken": "page-2" }),
            ))
            .respond_with(json(
                200,
                found(
                    vec![issue(103, "打印机坏了", "In progress", "High", 10)],
                    None,
                ),
            ))
            .with_priority(1)
            .mount(server)
            .await;
        View {
            name: "Support".into(),
            // Without an order of its own: frontdesk adds the most urgent first.
            query: "project = SUP AND statusCategory != Done".into(),
            quick: false,
        }
    }

    async fn mount_ticket(server: &MockServer) {
        mount_issue(
            server,
            json!({}),
            vec![
                comment(1, 9, "Wir prüfen das.", true, 5),
                comment(2, 9, "Refund in Stripe?", false, 6),
                comment(3, 7, "Danke! 谢谢", true, 20),
            ],
            vec![],
        )
        .await;
    }

    async fn mount_history(server: &MockServer) {
        authorized(Mock::given(method("POST")))
            .and(path("/rest/api/3/search/jql"))
            .and(body_partial_json(
                json!({ "jql": "reporter = \"7\" ORDER BY created DESC" }),
            ))
            .respond_with(json(
                200,
                found(
                    vec![
                        issue(
                            101,
                            "Rechnung doppelt — 二重請求",
                            "Waiting for support",
                            "Highest",
                            7,
                        ),
                        issue(90, "Alte Rechnung", "Resolved", "Medium", 7),
                    ],
                    None,
                ),
            ))
            .mount(server)
            .await;
    }

    async fn mount_canned(_server: &MockServer) {
        // Jira Service Management has no canned-response API; nothing may be asked.
    }

    async fn expect_reply(server: &MockServer, public: bool) {
        mount_issue(server, json!({}), vec![], vec![]).await;
        if public {
            // "solved" is the transition to Resolved.
            expect_transition(server, "31").await;
        }
        authorized(Mock::given(method("PUT")))
            .and(path("/rest/api/3/issue/101"))
            .and(body_partial_json(
                json!({ "update": { "labels": [{ "add": "refund" }] } }),
            ))
            .respond_with(ResponseTemplate::new(204))
            .expect(1)
            .mount(server)
            .await;
        authorized(Mock::given(method("POST")))
            .and(path("/rest/servicedeskapi/request/101/comment"))
            .and(body_partial_json(
                json!({ "body": REPLY, "public": public }),
            ))
            .respond_with(json(201, comment(4, 9, REPLY, public, 30)))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_update(server: &MockServer) {
        mount_issue(server, json!({}), vec![], vec![]).await;
        expect_transition(server, "21").await;
        authorized(Mock::given(method("PUT")))
            .and(path("/rest/api/3/issue/101"))
            .and(body_partial_json(json!({
                "fields": { "priority": { "id": "2" }, "assignee": { "accountId": "9" } },
                "update": { "labels": [{ "add": "refund" }, { "remove": "vip" }] } })))
            .respond_with(ResponseTemplate::new(204))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn mount_conflict(server: &MockServer) {
        mount_issue(server, json!({}), vec![], vec![]).await;
    }

    fn pending() -> &'static str {
        "Waiting for customer"
    }
    fn target() -> Option<&'static str> {
        Some("2026-11-21T23:59:59Z")
    }
    fn canned() -> bool {
        false
    }
}

/// The status menu lists the statuses of the service desks' workflows, each once.
pub async fn the_statuses_are_the_service_desks_own() {
    let server = MockServer::start().await;
    authorized(Mock::given(method("GET")))
        .and(path("/rest/servicedeskapi/servicedesk"))
        .respond_with(json(
            200,
            json!({ "isLastPage": true, "values": [{ "id": "1", "projectKey": "SUP", "projectName": "Support" }] }),
        ))
        .mount(&server)
        .await;
    let status = |name: &str, key: &str| json!({ "name": name, "statusCategory": { "key": key } });
    authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/project/SUP/statuses"))
        .respond_with(json(
            200,
            json!([
                { "name": "Get IT help", "statuses": [status("Waiting for support", "new"),
                    status("Waiting for customer", "indeterminate"), status("Resolved", "done")] },
                { "name": "Incident", "statuses": [status("Waiting for support", "new"),
                    status("Escalated", "indeterminate"), status("Closed", "done")] }
            ]),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let desk = super::connect::<Jira>(&server);
    let statuses = desk.statuses().await.expect("statuses");
    let seen: Vec<(&str, frontdesk::backend::StatusKind)> =
        statuses.iter().map(|s| (s.name.as_str(), s.kind)).collect();
    use frontdesk::backend::StatusKind::*;
    assert_eq!(
        seen,
        [
            ("Waiting for support", New),
            ("Waiting for customer", Pending),
            ("Resolved", Solved),
            ("Escalated", Open),
            ("Closed", Closed)
        ]
    );
}

/// The reporter's time zone comes with the issue; the locale from the full user, read once a
/// session. A user whose profile hides it still opens.
pub async fn the_reporter_s_locale_and_zone_are_read_once() {
    let server = MockServer::start().await;
    let mut reporter = person(7);
    reporter["timeZone"] = json!("Europe/Berlin");
    mount_issue(&server, json!({ "reporter": reporter }), vec![], vec![]).await;
    let mut full = person(7);
    full["locale"] = json!("de_DE");
    full["timeZone"] = json!("Europe/Berlin");
    authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/user"))
        .and(query_param("accountId", "7"))
        .respond_with(json(200, full))
        .expect(1)
        .mount(&server)
        .await;
    let desk = super::connect::<Jira>(&server);
    for _ in 0..2 {
        let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
        let requester = &ticket.summary.requester;
        assert_eq!(requester.language.as_deref(), Some("de_DE"));
        assert_eq!(requester.timezone.as_deref(), Some("Europe/Berlin"));
        let spoken =
            frontdesk::text::language::of_ticket(&ticket, &frontdesk::text::language::DEFAULT)
                .expect("a language");
        assert_eq!((spoken.code.as_str(), spoken.detected), ("de", false));
    }

    let hidden = MockServer::start().await;
    mount_issue(&hidden, json!({}), vec![], vec![]).await;
    authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/user"))
        .respond_with(json(403, json!({ "errorMessages": ["hidden"] })))
        .expect(1)
        .mount(&hidden)
        .await;
    let desk = super::connect::<Jira>(&hidden);
    let ticket = desk
        .ticket(TicketId(101))
        .await
        .expect("opens all the same");
    assert_eq!(ticket.summary.requester.language, None);
    assert_eq!(ticket.summary.requester.timezone, None);
}
