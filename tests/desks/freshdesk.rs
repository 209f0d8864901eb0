//! The contract desk as Freshdesk API v2 serves it: lists with `include=requester,stats` and
//! `Link` pages, the description plus conversations, folders of canned responses, separate
//! reply and note endpoints, tags replaced as a whole list.

use async_trait::async_trait;
use base64::Engine;
use frontdesk::backend::View;
use frontdesk::config::{BackendKind, Profile};
use serde_json::{Value, json};
use wiremock::matchers::{body_json, body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer};

use super::{Errors, Fixture, REPLY, VERSION, json};

/// Freshdesk.
pub struct Freshdesk;

fn requester(id: u64) -> Value {
    match id {
        7 => json!({ "id": 7, "name": "Jürgen Müller", "email": "jurgen@example.de" }),
        8 => json!({ "id": 8, "name": "Ольга Смирнова", "email": "olga@example.ru" }),
        _ => json!({ "id": 10, "name": "王芳", "email": "wang@example.cn" }),
    }
}

pub fn ticket(id: u64, subject: &str, status: u8, priority: u8, who: u64) -> Value {
    json!({
        "id": id, "subject": subject, "status": status, "priority": priority,
        "requester_id": who, "responder_id": if id == 101 { json!(9) } else { Value::Null },
        "tags": ["billing", "vip"],
        "created_at": format!("2026-11-{:02}T08:00:00Z", if id == 90 { 1 } else { 20 }),
        "updated_at": if id == 101 { VERSION } else { "2026-11-20T08:00:00Z" },
        "fr_due_by": "2026-11-21T08:00:00Z", "due_by": "2026-11-23T08:00:00Z",
        "custom_fields": { "cf_product": "Billing", "cf_order_number": null },
        "requester": requester(who),
        "stats": { "agent_responded_at": "2026-11-20T10:05:00Z",
                   "requester_responded_at": "2026-11-20T10:20:00Z" },
        "description": "<p>I was charged <b>twice</b> &amp; need help.</p>",
        "description_text": "I was charged twice & need help."
    })
}

pub fn authorized(m: wiremock::MockBuilder) -> wiremock::MockBuilder {
    m.and(header("authorization", Freshdesk::auth().as_str()))
}

async fn mount_agents(server: &MockServer) {
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/agents"))
        .respond_with(json(
            200,
            json!([{ "id": 9, "contact": { "name": "Sam Rivera", "email": "sam@example.com" },
                     "signature": "<p>Sam</p>" }]),
        ))
        .mount(server)
        .await;
}

async fn mount_current(server: &MockServer) {
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/tickets/101"))
        .and(query_param("include", "requester,stats"))
        .respond_with(json(
            200,
            ticket(101, "Rechnung doppelt — 二重請求", 2, 4, 7),
        ))
        .mount(server)
        .await;
}

impl Errors for Freshdesk {
    fn profile(url: &str) -> Profile {
        let mut p = Profile::new("freshdesk", BackendKind::Freshdesk);
        p.url = Some(url.to_string());
        p
    }
    fn secret() -> &'static str {
        "fd-api-key"
    }
    fn auth() -> String {
        let pair = base64::engine::general_purpose::STANDARD.encode("fd-api-key:X");
        format!("Basic {pair}")
    }
    fn me_path() -> &'static str {
        "/api/v2/agents/me"
    }
    fn me_body() -> Value {
        json!({ "id": 9, "contact": { "name": "Sam Rivera", "email": "sam@example.com" } })
    }
    fn unauthorized() -> (Value, &'static str) {
        (
            json!({ "code": "invalid_credentials", "message": "You have to be logged in to perform this action." }),
            "You have to be logged in",
        )
    }
    fn unprocessable() -> (Value, &'static str) {
        (
            json!({ "description": "Validation failed", "errors": [
                { "field": "status", "message": "It should be one of these values: '2,3,4,5'", "code": "invalid_value" }] }),
            "status: It should be one of these values",
        )
    }
    fn required() -> Option<(u16, Value, &'static str)> {
        Some((
            400,
            json!({ "description": "Validation failed", "errors": [
                { "field": "cf_product", "message": "Value set is of type Null.It should be a/an String",
                  "code": "datatype_mismatch" }] }),
            "cf_product",
        ))
    }
}

#[async_trait]
impl Fixture for Freshdesk {
    async fn mount_queue(server: &MockServer) -> View {
        mount_agents(server).await;
        let list = |page: &str| {
            authorized(Mock::given(method("GET")))
                .and(path("/api/v2/tickets"))
                .and(query_param("filter", "new_and_my_open"))
                .and(query_param("include", "requester,stats"))
                .and(query_param("per_page", "100"))
                .and(query_param("page", page))
        };
        let next = format!(
            "<{}/api/v2/tickets?filter=new_and_my_open&page=2>; rel=\"next\"",
            server.uri()
        );
        list("1")
            .respond_with(
                json(
                    200,
                    json!([
                        ticket(101, "Rechnung doppelt — 二重請求", 2, 4, 7),
                        ticket(102, "Не могу войти", 2, 1, 8)
                    ]),
                )
                .insert_header("link", next.as_str()),
            )
            .mount(server)
            .await;
        list("2")
            .respond_with(json(200, json!([ticket(103, "打印机坏了", 3, 3, 10)])))
            .mount(server)
            .await;
        View {
            name: "Mine".into(),
            query: "filter=new_and_my_open".into(),
            quick: false,
        }
    }

    async fn mount_ticket(server: &MockServer) {
        mount_agents(server).await;
        mount_current(server).await;
        let item = |id: u64, body: &str, incoming: bool, private: bool, user: u64, min: u32| {
            json!({ "id": id, "ticket_id": 101, "body": body, "incoming": incoming,
                    "private": private, "user_id": user,
                    "created_at": format!("2026-11-20T10:{min:02}:00Z") })
        };
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/tickets/101/conversations"))
            .and(query_param("per_page", "100"))
            .respond_with(json(
                200,
                json!([
                    item(1, "<div>Wir prüfen das.</div>", false, false, 9, 5),
                    item(2, "<div>Refund in Stripe?</div>", false, true, 9, 6),
                    item(3, "<div>Danke! 谢谢</div>", true, false, 7, 20)
                ]),
            ))
            .mount(server)
            .await;
    }

    async fn mount_history(server: &MockServer) {
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/tickets"))
            .and(query_param("requester_id", "7"))
            .and(query_param("order_by", "created_at"))
            .and(query_param("order_type", "desc"))
            .respond_with(json(
                200,
                json!([
                    ticket(101, "Rechnung doppelt — 二重請求", 2, 4, 7),
                    ticket(90, "Alte Rechnung", 5, 2, 7)
                ]),
            ))
            .mount(server)
            .await;
    }

    async fn mount_canned(server: &MockServer) {
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/canned_response_folders"))
            .respond_with(json(
                200,
                json!([{ "id": 1, "name": "Billing", "personal": false, "responses_count": 1 }]),
            ))
            .mount(server)
            .await;
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/canned_response_folders/1/responses"))
            .respond_with(json(
                200,
                json!([{ "id": 5, "title": "Refund issued", "folder_id": 1,
                         "content_html": "<p>Hallo {{ticket.requester.firstname}},</p><p>we refunded you.</p>" }]),
            ))
            .mount(server)
            .await;
    }

    async fn expect_reply(server: &MockServer, public: bool) {
        mount_current(server).await;
        let mut fields = json!({ "tags": ["billing", "vip", "refund"] });
        if public {
            fields["status"] = json!(4);
        }
        authorized(Mock::given(method("PUT")))
            .and(path("/api/v2/tickets/101"))
            .and(body_json(fields))
            .respond_with(json(200, json!({ "id": 101 })))
            .expect(1)
            .mount(server)
            .await;
        let html = "<div>Danke, Jürgen — erstattet.</div>";
        assert!(html.contains(REPLY));
        let (endpoint, body) = if public {
            ("/api/v2/tickets/101/reply", json!({ "body": html }))
        } else {
            (
                "/api/v2/tickets/101/notes",
                json!({ "body": html, "private": true }),
            )
        };
        authorized(Mock::given(method("POST")))
            .and(path(endpoint))
            .and(body_json(body))
            .respond_with(json(201, json!({ "id": 77 })))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_update(server: &MockServer) {
        mount_current(server).await;
        authorized(Mock::given(method("PUT")))
            .and(path("/api/v2/tickets/101"))
            .and(body_partial_json(json!({
                "status": 3, "priority": 3, "responder_id": 9, "tags": ["billing", "refund"] })))
            .respond_with(json(200, json!({ "id": 101 })))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn mount_conflict(server: &MockServer) {
        mount_current(server).await;
    }

    // Answered already: `due_by` (resolution), not `fr_due_by`.
    fn target() -> Option<&'static str> {
        Some("2026-11-23T08:00:00Z")
    }
    fn pending() -> &'static str {
        "pending"
    }
}

/// Search cannot sideload requesters: each is looked up once, then remembered, so a page
/// costs one request once its requesters are known.
pub async fn search_views_look_each_requester_up_once() {
    let server = MockServer::start().await;
    mount_agents(&server).await;
    let mut found = ticket(102, "Не могу войти", 2, 1, 8);
    found["requester"] = Value::Null;
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/search/tickets"))
        .and(query_param("query", "\"status:2 OR status:3\""))
        .and(query_param("page", "1"))
        .respond_with(json(
            200,
            json!({ "results": [found.clone(), found], "total": 2 }),
        ))
        .mount(&server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/contacts/8"))
        .respond_with(json(200, requester(8)))
        .expect(1)
        .mount(&server)
        .await;
    let desk = super::connect::<Freshdesk>(&server);
    let view = View {
        name: "All open".into(),
        query: "status:2 OR status:3".into(),
        quick: false,
    };
    let page = desk.list_view(&view, None).await.expect("search");
    assert_eq!(page.tickets[0].requester.name, "Ольга Смирнова");
    assert_eq!(page.total, Some(2));
    assert!(page.next.is_none());
    let before = super::requests(&server).await;
    desk.list_view(&view, None).await.expect("again");
    assert_eq!(super::requests(&server).await - before, 1);
}

/// An agent who may not list agents still gets the queue, and pages do not keep asking.
pub async fn a_forbidden_agent_list_is_asked_for_once() {
    let server = MockServer::start().await;
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/agents"))
        .respond_with(json(403, json!({ "code": "access_denied", "message": "You are not authorized to perform this action." })))
        .expect(1)
        .mount(&server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/tickets"))
        .and(query_param("filter", "new_and_my_open"))
        .respond_with(json(
            200,
            json!([ticket(101, "Rechnung doppelt — 二重請求", 2, 4, 7)]),
        ))
        .mount(&server)
        .await;
    let desk = super::connect::<Freshdesk>(&server);
    let view = View {
        name: "Mine".into(),
        query: "filter=new_and_my_open".into(),
        quick: false,
    };
    for _ in 0..3 {
        let page = desk
            .list_view(&view, None)
            .await
            .expect("the queue still loads");
        assert_eq!(page.tickets[0].requester.name, "Jürgen Müller");
        assert_eq!(
            page.tickets[0].assignee.as_ref().map(|a| a.name.as_str()),
            Some("agent 9"),
            "the assignee is still shown"
        );
    }
}

/// The requester's language and time zone come from the contact itself (the ticket's
/// embedded requester has neither), its Rails zone name read as IANA; asked once a session.
pub async fn the_requester_s_language_and_zone_come_from_the_contact() {
    let server = MockServer::start().await;
    <Freshdesk as Fixture>::mount_ticket(&server).await;
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/contacts/7"))
        .respond_with(json(
            200,
            json!({ "id": 7, "name": "Jürgen Müller", "email": "jurgen@example.de",
                    "language": "de", "time_zone": "Berlin" }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let desk = super::connect::<Freshdesk>(&server);
    for _ in 0..2 {
        let ticket = desk
            .ticket(frontdesk::backend::TicketId(101))
            .await
            .expect("ticket");
        let requester = &ticket.summary.requester;
        assert_eq!(requester.language.as_deref(), Some("de"));
        assert_eq!(requester.timezone.as_deref(), Some("Europe/Berlin"));
    }
}
