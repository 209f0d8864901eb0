//! The contract desk as Zammad REST API v1 serves it: search with `full=true` assets,
//! overviews, articles, tags, text modules, one PUT carrying the article and the fields.

use async_trait::async_trait;
use frontdesk::backend::View;
use frontdesk::config::{BackendKind, Profile};
use serde_json::{Map, Value, json};
use wiremock::matchers::{body_json, body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer};

use super::{Errors, Fixture, REPLY, VERSION, json};

/// Zammad.
pub struct Zammad;

pub fn ticket(id: u64, title: &str, state: u8, priority: u8, customer: u64) -> Value {
    json!({
        "id": id, "number": format!("{}", 20000 + id), "title": title,
        "state_id": state, "priority_id": priority, "group_id": 2,
        "owner_id": if id == 101 { 9 } else { 1 }, "customer_id": customer,
        "article_count": 4,
        "created_at": format!("2026-11-{:02}T08:00:00.000Z", if id == 90 { 1 } else { 20 }),
        "updated_at": if id == 101 { VERSION } else { "2026-11-20T08:00:00.000Z" },
        "last_contact_customer_at": "2026-11-20T10:20:00.000Z",
        "last_contact_agent_at": "2026-11-20T10:05:00.000Z",
        "escalation_at": if id == 101 { json!("2026-11-21T10:20:00.000Z") } else { Value::Null },
        "product": if id == 101 { json!("billing") } else { Value::Null }
    })
}

fn users() -> Value {
    json!({
        "7": { "id": 7, "firstname": "Jürgen", "lastname": "Müller", "email": "jurgen@example.de",
               "login": "jurgen@example.de", "organization_id": 55 },
        "8": { "id": 8, "firstname": "Ольга", "lastname": "Смирнова", "email": "olga@example.ru" },
        "9": { "id": 9, "firstname": "Sam", "lastname": "Rivera", "email": "sam@example.com" },
        "10": { "id": 10, "firstname": "王芳", "lastname": "", "email": "wang@example.cn" }
    })
}

pub fn assets(tickets: &[Value]) -> Value {
    let by_id: Map<String, Value> = tickets
        .iter()
        .map(|t| (t["id"].to_string(), t.clone()))
        .collect();
    json!({ "Ticket": by_id, "User": users(),
            "Group": { "2": { "id": 2, "name": "Billing", "signature_id": 3 } },
            "Organization": { "55": { "id": 55, "name": "Müller GmbH" } } })
}

pub fn authorized(m: wiremock::MockBuilder) -> wiremock::MockBuilder {
    m.and(header("authorization", Zammad::auth().as_str()))
}

pub async fn mount_catalog(server: &MockServer) {
    authorized(Mock::given(method("GET")))
        .and(path("/api/v1/ticket_states"))
        .respond_with(json(
            200,
            json!([{ "id": 1, "name": "new" }, { "id": 2, "name": "open" },
                   { "id": 3, "name": "pending reminder" }, { "id": 4, "name": "closed" },
                   { "id": 7, "name": "pending close" }]),
        ))
        .mount(server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/api/v1/ticket_priorities"))
        .respond_with(json(
            200,
            json!([{ "id": 1, "name": "1 low" }, { "id": 2, "name": "2 normal" },
                   { "id": 3, "name": "3 high" }, { "id": 4, "name": "4 urgent" }]),
        ))
        .mount(server)
        .await;
}

pub async fn mount_current(server: &MockServer) {
    mount_catalog(server).await;
    let t = ticket(101, "Rechnung doppelt — 二重請求", 2, 4, 7);
    authorized(Mock::given(method("GET")))
        .and(path("/api/v1/tickets/101"))
        .and(query_param("full", "true"))
        .respond_with(json(200, json!({ "id": 101, "assets": assets(&[t]) })))
        .mount(server)
        .await;
}

impl Errors for Zammad {
    fn profile(url: &str) -> Profile {
        let mut p = Profile::new("zammad", BackendKind::Zammad);
        p.url = Some(url.to_string());
        p
    }
    fn secret() -> &'static str {
        "zm-access-token"
    }
    fn auth() -> String {
        "Token token=zm-access-token".into()
    }
    fn me_path() -> &'static str {
        "/api/v1/users/me"
    }
    fn me_body() -> Value {
        json!({ "id": 9, "firstname": "Sam", "lastname": "Rivera", "email": "sam@example.com" })
    }
    fn unauthorized() -> (Value, &'static str) {
        (
            json!({ "error": "authentication failed", "error_human": "Authentication failed" }),
            "Authentication failed",
        )
    }
    fn unprocessable() -> (Value, &'static str) {
        (
            json!({ "error": "Exception", "error_human": "Invalid value 'soon' for field 'pending_time'!" }),
            "pending_time",
        )
    }
    fn required() -> Option<(u16, Value, &'static str)> {
        Some((
            422,
            json!({ "error": "Missing required value for field 'product'!" }),
            "product",
        ))
    }
}

#[async_trait]
impl Fixture for Zammad {
    async fn mount_queue(server: &MockServer) -> View {
        mount_catalog(server).await;
        let query = "state.name:(new OR open)";
        let search = |page: &str| {
            authorized(Mock::given(method("GET")))
                .and(path("/api/v1/tickets/search"))
                .and(query_param("query", query))
                .and(query_param("full", "true"))
                .and(query_param("sort_by", "priority_id"))
                .and(query_param("order_by", "desc"))
                .and(query_param("per_page", "100"))
                .and(query_param("page", page))
        };
        // A full first page: 101, 102 and 98 more, so there is a second.
        let mut first = vec![
            ticket(101, "Rechnung doppelt — 二重請求", 2, 4, 7),
            ticket(102, "Не могу войти", 1, 1, 8),
        ];
        first.extend((0..98).map(|n| ticket(1000 + n, "Filler", 2, 2, 8)));
        let ids: Vec<Value> = first.iter().map(|t| t["id"].clone()).collect();
        search("1")
            .respond_with(json(
                200,
                json!({ "tickets": ids, "tickets_count": 101, "assets": assets(&first) }),
            ))
            .mount(server)
            .await;
        let last = [ticket(103, "打印机坏了", 3, 3, 10)];
        search("2")
            .respond_with(json(
                200,
                json!({ "tickets": [103], "tickets_count": 101, "assets": assets(&last) }),
            ))
            .mount(server)
            .await;
        View {
            name: "Open".into(),
            query: query.into(),
            quick: false,
        }
    }

    async fn mount_ticket(server: &MockServer) {
        mount_current(server).await;
        let article =
            |id: u64, sender: &str, internal: bool, from: &str, ct: &str, body: &str, min: u32| {
                json!({ "id": id, "ticket_id": 101, "sender": sender, "internal": internal,
                    "from": from, "content_type": ct, "body": body, "type": "email",
                    "created_at": format!("2026-11-20T10:{min:02}:00.000Z") })
            };
        authorized(Mock::given(method("GET")))
            .and(path("/api/v1/ticket_articles/by_ticket/101"))
            .and(query_param("expand", "true"))
            .respond_with(json(
                200,
                json!([
                    article(
                        1,
                        "Customer",
                        false,
                        "\"Jürgen Müller\" <jurgen@example.de>",
                        "text/html",
                        "<p>I was charged <b>twice</b> &amp; need help.</p>",
                        0
                    ),
                    article(
                        2,
                        "Agent",
                        false,
                        "Sam Rivera",
                        "text/plain",
                        "Wir prüfen das.",
                        5
                    ),
                    article(
                        3,
                        "Agent",
                        true,
                        "Sam Rivera",
                        "text/plain",
                        "Refund in Stripe?",
                        6
                    ),
                    article(
                        4,
                        "Customer",
                        false,
                        "Jürgen Müller <jurgen@example.de>",
                        "text/plain",
                        "Danke! 谢谢",
                        20
                    )
                ]),
            ))
            .mount(server)
            .await;
        authorized(Mock::given(method("GET")))
            .and(path("/api/v1/tags"))
            .and(query_param("object", "Ticket"))
            .and(query_param("o_id", "101"))
            .respond_with(json(200, json!({ "tags": ["billing", "vip"] })))
            .mount(server)
            .await;
    }

    async fn mount_history(server: &MockServer) {
        let tickets = [
            ticket(101, "Rechnung doppelt — 二重請求", 2, 4, 7),
            ticket(90, "Alte Rechnung", 4, 2, 7),
        ];
        authorized(Mock::given(method("GET")))
            .and(path("/api/v1/tickets/search"))
            .and(query_param("query", "customer_id:7"))
            .and(query_param("sort_by", "created_at"))
            .and(query_param("order_by", "desc"))
            .respond_with(json(
                200,
                json!({ "tickets": [101, 90], "tickets_count": 2, "assets": assets(&tickets) }),
            ))
            .mount(server)
            .await;
    }

    async fn mount_canned(server: &MockServer) {
        mount_catalog(server).await;
        authorized(Mock::given(method("GET")))
            .and(path("/api/v1/text_modules"))
            .respond_with(json(
                200,
                json!([{ "id": 8, "name": "Refund issued", "keywords": "refund", "active": true,
                         "content": "<p>Hallo #{ticket.customer.firstname},</p><p>we refunded you.</p>" }]),
            ))
            .mount(server)
            .await;
        authorized(Mock::given(method("GET")))
            .and(path("/api/v1/macros"))
            .respond_with(json(200, json!([])))
            .mount(server)
            .await;
    }

    async fn expect_reply(server: &MockServer, public: bool) {
        mount_current(server).await;
        authorized(Mock::given(method("POST")))
            .and(path("/api/v1/tags/add"))
            .and(body_json(
                json!({ "object": "Ticket", "o_id": 101, "item": "refund" }),
            ))
            .respond_with(json(200, json!(true)))
            .expect(1)
            .mount(server)
            .await;
        let body = if public {
            json!({ "state": "closed", "article": { "type": "email", "internal": false,
                    "sender": "Agent", "to": "jurgen@example.de", "content_type": "text/plain",
                    "body": REPLY } })
        } else {
            json!({ "article": { "type": "note", "internal": true, "body": REPLY } })
        };
        authorized(Mock::given(method("PUT")))
            .and(path("/api/v1/tickets/101"))
            .and(body_partial_json(body))
            .respond_with(json(200, json!({ "id": 101 })))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_update(server: &MockServer) {
        mount_current(server).await;
        for (verb, endpoint, tag) in [
            ("POST", "/api/v1/tags/add", "refund"),
            ("DELETE", "/api/v1/tags/remove", "vip"),
        ] {
            authorized(Mock::given(method(verb)))
                .and(path(endpoint))
                .and(body_json(
                    json!({ "object": "Ticket", "o_id": 101, "item": tag }),
                ))
                .respond_with(json(200, json!(true)))
                .expect(1)
                .mount(server)
                .await;
        }
        authorized(Mock::given(method("PUT")))
            .and(path("/api/v1/tickets/101"))
            .and(body_partial_json(
                json!({ "state": "pending reminder", "priority_id": 3, "owner_id": 9 }),
            ))
            .respond_with(json(200, json!({ "id": 101 })))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn mount_conflict(server: &MockServer) {
        mount_current(server).await;
    }

    fn target() -> Option<&'static str> {
        Some("2026-11-21T10:20:00Z")
    }
    fn pending() -> &'static str {
        "pending reminder"
    }
}

/// Zammad's own overviews are the default views: one request each, people in the assets.
pub async fn overviews_are_the_default_views() {
    let server = MockServer::start().await;
    mount_catalog(&server).await;
    let tickets = [ticket(101, "Rechnung doppelt — 二重請求", 2, 4, 7)];
    authorized(Mock::given(method("GET")))
        .and(path("/api/v1/ticket_overviews"))
        .and(query_param("view", "my_assigned"))
        .respond_with(json(
            200,
            json!({ "assets": assets(&tickets),
                    "index": { "overview": { "name": "My Assigned Tickets" },
                               "tickets": [{ "id": 101, "updated_at": VERSION }], "count": 1 } }),
        ))
        .mount(&server)
        .await;
    let desk = super::connect::<Zammad>(&server);
    let mine = desk.default_views().into_iter().next().expect("a view");
    assert_eq!(mine.query, "overview:my_assigned");
    let page = desk.list_view(&mine, None).await.expect("overview");
    assert_eq!(page.total, Some(1));
    let t = &page.tickets[0];
    assert_eq!(t.requester.name, "Jürgen Müller");
    assert_eq!(t.requester.organization.as_deref(), Some("Müller GmbH"));
    assert_eq!(t.group.as_deref(), Some("Billing"));
    assert_eq!(t.priority, frontdesk::backend::Priority::Urgent);
}
