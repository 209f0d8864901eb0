//! The contract desk as Redmine's REST API serves it: `/issues.json` pages by offset, an issue
//! with its journals, the statuses and priorities once, one `PUT /issues/{id}.json` carrying
//! the note and the fields (answered 204), the key in `X-Redmine-API-Key`.

use async_trait::async_trait;
use frontdesk::backend::View;
use frontdesk::config::{BackendKind, Profile};
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{Errors, Fixture, REPLY, VERSION, json};

/// Redmine.
pub struct Redmine;

/// The people of the contract desk, as issues name them.
fn person(id: u64) -> Value {
    let name = match id {
        7 => "Jürgen Müller",
        8 => "Ольга Смирнова",
        9 => "Sam Rivera",
        _ => "王芳",
    };
    json!({ "id": id, "name": name })
}

/// An issue as lists and the single-issue endpoint give it. Statuses: 1 New, 2 In Progress,
/// 4 Feedback, 5 Closed; priorities by position: 1 Low, 2 Normal (default), 3 High, 4 Urgent.
pub fn issue(id: u64, subject: &str, status: u64, priority: u64, author: u64) -> Value {
    let (status_name, closed) = match status {
        1 => ("New", false),
        4 => ("Feedback", false),
        5 => ("Closed", true),
        _ => ("In Progress", false),
    };
    let mut issue = json!({
        "id": id, "project": { "id": 1, "name": "Support" },
        "tracker": { "id": 3, "name": "Support" },
        "status": { "id": status, "name": status_name, "is_closed": closed },
        "priority": { "id": priority, "name": "?" },
        "author": person(author), "subject": subject, "description": "",
        "due_date": if id == 101 { json!("2026-11-21") } else { Value::Null },
        "created_on": format!("2026-11-{:02}T08:00:00Z", if id == 90 { 1 } else { 20 }),
        "updated_on": if id == 101 { VERSION } else { "2026-11-20T08:00:00Z" },
    });
    if id == 101 {
        issue["assigned_to"] = person(9);
    }
    issue
}

pub fn authorized(m: wiremock::MockBuilder) -> wiremock::MockBuilder {
    m.and(header("x-redmine-api-key", Redmine::secret()))
}

pub async fn mount_catalog(server: &MockServer) {
    authorized(Mock::given(method("GET")))
        .and(path("/issue_statuses.json"))
        .respond_with(json(
            200,
            json!({ "issue_statuses": [
                { "id": 1, "name": "New", "is_closed": false },
                { "id": 2, "name": "In Progress", "is_closed": false },
                { "id": 3, "name": "Resolved", "is_closed": false },
                { "id": 4, "name": "Feedback", "is_closed": false },
                { "id": 5, "name": "Closed", "is_closed": true }] }),
        ))
        .mount(server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/enumerations/issue_priorities.json"))
        .respond_with(json(
            200,
            json!({ "issue_priorities": [
                { "id": 1, "name": "Low", "is_default": false, "active": true },
                { "id": 2, "name": "Normal", "is_default": true, "active": true },
                { "id": 3, "name": "High", "is_default": false, "active": true },
                { "id": 4, "name": "Urgent", "is_default": false, "active": true }] }),
        ))
        .mount(server)
        .await;
}

/// Issue 101 with `extra` merged in (journals, files, watchers), as `include=` brings it.
pub async fn mount_issue(server: &MockServer, extra: Value) {
    mount_catalog(server).await;
    let mut one = issue(101, "Rechnung doppelt — 二重請求", 2, 4, 7);
    one["description"] = json!("I was charged twice & need help.");
    one["allowed_statuses"] = json!([
        { "id": 2, "name": "In Progress", "is_closed": false },
        { "id": 3, "name": "Resolved", "is_closed": false },
        { "id": 4, "name": "Feedback", "is_closed": false },
        { "id": 5, "name": "Closed", "is_closed": true }]);
    if let (Value::Object(into), Value::Object(from)) = (&mut one, extra) {
        into.extend(from);
    }
    authorized(Mock::given(method("GET")))
        .and(path("/issues/101.json"))
        .and(query_param(
            "include",
            "journals,attachments,watchers,relations,allowed_statuses",
        ))
        .respond_with(json(200, json!({ "issue": one })))
        .mount(server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/users/7.json"))
        .respond_with(json(
            200,
            json!({ "user": { "id": 7, "login": "jurgen", "firstname": "Jürgen",
                              "lastname": "Müller", "mail": "jurgen@example.de" } }),
        ))
        .mount(server)
        .await;
}

/// A note as Redmine answers it: 204, no body.
pub fn no_content() -> ResponseTemplate {
    ResponseTemplate::new(204)
}

impl Errors for Redmine {
    fn profile(url: &str) -> Profile {
        let mut p = Profile::new("redmine", BackendKind::Redmine);
        p.url = Some(url.to_string());
        p
    }
    fn secret() -> &'static str {
        "0c8b3c1d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b"
    }
    fn auth() -> String {
        Self::secret().into()
    }
    fn auth_header() -> &'static str {
        "x-redmine-api-key"
    }
    fn me_path() -> &'static str {
        "/users/current.json"
    }
    fn me_body() -> Value {
        json!({ "user": { "id": 9, "login": "sam", "firstname": "Sam", "lastname": "Rivera",
                          "mail": "sam@example.com" } })
    }
    fn unauthorized() -> (Value, &'static str) {
        // Redmine answers a wrong key with an empty body.
        (Value::Null, "Unauthorized")
    }
    fn unprocessable() -> (Value, &'static str) {
        (
            json!({ "errors": ["Due date must be greater than start date"] }),
            "Due date must be greater than start date",
        )
    }
    fn required() -> Option<(u16, Value, &'static str)> {
        Some((
            422,
            json!({ "errors": ["Product cannot be blank"] }),
            "Product",
        ))
    }
}

#[async_trait]
impl Fixture for Redmine {
    async fn mount_queue(server: &MockServer) -> View {
        mount_catalog(server).await;
        let page = |offset: &str| {
            authorized(Mock::given(method("GET")))
                .and(path("/issues.json"))
                .and(query_param("project_id", "support"))
                .and(query_param("status_id", "open"))
                .and(query_param("sort", "priority:desc,updated_on:desc"))
                .and(query_param("limit", "100"))
                .and(query_param("offset", offset))
        };
        let mut first = vec![
            issue(101, "Rechnung doppelt — 二重請求", 2, 4, 7),
            issue(102, "Не могу войти", 1, 1, 8),
        ];
        first.extend((0..98).map(|n| issue(1000 + n, "Filler", 2, 2, 8)));
        page("0")
            .respond_with(json(
                200,
                json!({ "issues": first, "total_count": 101, "offset": 0, "limit": 100 }),
            ))
            .mount(server)
            .await;
        page("100")
            .respond_with(json(
                200,
                json!({ "issues": [issue(103, "打印机坏了", 1, 3, 10)], "total_count": 101,
                        "offset": 100, "limit": 100 }),
            ))
            .mount(server)
            .await;
        View {
            name: "Support".into(),
            query: "project_id=support&status_id=open".into(),
            quick: false,
        }
    }

    async fn mount_ticket(server: &MockServer) {
        let journal = |id: u64, user: u64, notes: &str, private: bool, min: u32| {
            json!({ "id": id, "user": person(user), "notes": notes, "private_notes": private,
                    "created_on": format!("2026-11-20T10:{min:02}:00Z"), "details": [] })
        };
        let mut status_change = journal(10, 9, "", false, 1);
        status_change["details"] = json!([{ "property": "attr", "name": "status_id",
                                            "old_value": "1", "new_value": "2" }]);
        mount_issue(
            server,
            json!({ "journals": [
                status_change,
                journal(11, 9, "Wir prüfen das.", false, 5),
                journal(12, 9, "Refund in Stripe?", true, 6),
                journal(13, 7, "Danke! 谢谢", false, 20),
            ] }),
        )
        .await;
    }

    async fn mount_history(server: &MockServer) {
        authorized(Mock::given(method("GET")))
            .and(path("/issues.json"))
            .and(query_param("author_id", "7"))
            .and(query_param("status_id", "*"))
            .and(query_param("sort", "created_on:desc"))
            .respond_with(json(
                200,
                json!({ "issues": [issue(101, "Rechnung doppelt — 二重請求", 2, 4, 7),
                                   issue(90, "Alte Rechnung", 5, 2, 7)],
                        "total_count": 2, "offset": 0, "limit": 100 }),
            ))
            .mount(server)
            .await;
    }

    async fn mount_canned(_server: &MockServer) {
        // Redmine has no canned responses; nothing is mounted and nothing may be asked.
    }

    async fn expect_reply(server: &MockServer, public: bool) {
        mount_issue(server, json!({})).await;
        let mut issue = json!({ "notes": REPLY, "private_notes": !public });
        if public {
            // "solved" is Redmine's Resolved.
            issue["status_id"] = json!(3);
        }
        authorized(Mock::given(method("PUT")))
            .and(path("/issues/101.json"))
            .and(body_partial_json(json!({ "issue": issue })))
            .respond_with(no_content())
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_update(server: &MockServer) {
        mount_issue(server, json!({})).await;
        authorized(Mock::given(method("PUT")))
            .and(path("/issues/101.json"))
            .and(body_partial_json(json!({ "issue": {
                "status_id": 4, "priority_id": 3, "assigned_to_id": 9 } })))
            .respond_with(no_content())
            .expect(1)
            .mount(server)
            .await;
    }

    async fn mount_conflict(server: &MockServer) {
        mount_issue(server, json!({})).await;
    }

    fn pending() -> &'static str {
        "Feedback"
    }
    fn target() -> Option<&'static str> {
        // A due date is a day; it runs out at that day's end.
        Some("2026-11-21T23:59:59Z")
    }
    fn tags() -> bool {
        false
    }
    fn canned() -> bool {
        false
    }
}

/// A status the agent's role may not set is refused in words, and nothing is written
/// (Redmine itself would answer 204 and leave the status as it was).
pub async fn a_status_the_workflow_forbids_is_refused() {
    let server = MockServer::start().await;
    mount_issue(
        &server,
        json!({ "allowed_statuses": [
        { "id": 2, "name": "In Progress", "is_closed": false },
        { "id": 4, "name": "Feedback", "is_closed": false }] }),
    )
    .await;
    let desk = super::connect::<Redmine>(&server);
    let changes = frontdesk::backend::Changes {
        status: Some("Closed".into()),
        ..Default::default()
    };
    let err = desk
        .update(frontdesk::backend::TicketId(101), changes, None)
        .await
        .expect_err("refused");
    let text = err.to_string();
    assert!(
        text.contains("workflow") && text.contains("In Progress, Feedback"),
        "{text}"
    );
    let writes = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.method != wiremock::http::Method::GET)
        .count();
    assert_eq!(writes, 0);
}

/// The status menu lists Redmine's own statuses, with what each means.
pub async fn the_statuses_are_redmines_own() {
    let server = MockServer::start().await;
    mount_catalog(&server).await;
    let desk = super::connect::<Redmine>(&server);
    let statuses = desk.statuses().await.expect("statuses");
    let seen: Vec<(&str, frontdesk::backend::StatusKind)> =
        statuses.iter().map(|s| (s.name.as_str(), s.kind)).collect();
    use frontdesk::backend::StatusKind::*;
    assert_eq!(
        seen,
        [
            ("New", New),
            ("In Progress", Open),
            ("Resolved", Solved),
            ("Feedback", Pending),
            ("Closed", Closed)
        ]
    );
}
