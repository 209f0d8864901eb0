//! Opening a ticket for a customer, as each desk documents it (backends-2.md §2.4, §3.4,
//! §4.4, §6.9, §7.9): the request's shape, the marker that finds a create whose answer was lost, and the
//! queues a new ticket can start in.

use std::time::Duration;

use frontdesk::backend::{Error, Opening, Priority, QueueRef, Reply, TicketId};
use serde_json::json;
use wiremock::matchers::{body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer};

use super::{connect, json};

const MARKER: &str = "fd-00c0ffee0001";

fn opening(name: &str, queue: Option<(&str, &str)>) -> Opening {
    Opening {
        requester: "ann@example.org".into(),
        name: name.into(),
        subject: "Printer on fire".into(),
        queue: queue.map(|(id, name)| QueueRef {
            id: id.into(),
            name: name.into(),
        }),
        priority: Priority::High,
        marker: MARKER.into(),
        sent_at: jiff::Timestamp::now(),
    }
}

fn message(public: bool) -> Reply {
    Reply {
        body: "Called at 10:05.".into(),
        public,
        ..Reply::default()
    }
}

/// A create answered only after the client gave up: the desk made the ticket, frontdesk
/// never heard.
fn too_late(body: serde_json::Value) -> wiremock::ResponseTemplate {
    json(201, body).set_delay(Duration::from_secs(3))
}

pub async fn zendesk_creates_with_an_idempotency_key_and_finds_by_external_id() {
    let server = MockServer::start().await;
    super::zendesk::authorized(Mock::given(method("POST")))
        .and(path("/api/v2/tickets"))
        .and(header("idempotency-key", MARKER))
        .and(body_partial_json(json!({ "ticket": {
            "subject": "Printer on fire",
            "requester": { "email": "ann@example.org", "name": "Ann Example" },
            "comment": { "body": "Called at 10:05.", "public": false },
            "priority": "high", "group_id": 3, "external_id": MARKER } })))
        .respond_with(json(201, json!({ "ticket": { "id": 555 } })))
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<super::zendesk::Zendesk>(&server);
    assert!(desk.capabilities().create.is_some_and(|c| c.internal_start));
    let made = desk
        .create(
            &opening("Ann Example", Some(("3", "Billing"))),
            &message(false),
        )
        .await
        .expect("created");
    assert_eq!(made, TicketId(555));
}

pub async fn zendesk_a_lost_answer_is_found_by_external_id() {
    let server = MockServer::start().await;
    super::zendesk::authorized(Mock::given(method("POST")))
        .and(path("/api/v2/tickets"))
        .and(body_partial_json(json!({ "ticket": {
            "requester": { "email": "ann@example.org" },
            "comment": { "public": true } } })))
        .respond_with(too_late(json!({ "ticket": { "id": 556 } })))
        .expect(1)
        .mount(&server)
        .await;
    super::zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/tickets"))
        .and(query_param("external_id", MARKER))
        .respond_with(json(200, json!({ "tickets": [{ "id": 556 }], "count": 1 })))
        .mount(&server)
        .await;
    let desk = connect::<super::zendesk::Zendesk>(&server);
    let err = desk
        .create(&opening("", None), &message(true))
        .await
        .expect_err("no answer in time");
    assert!(err.may_have_been_applied(), "{err:?}");
    let found = desk.find_created(&opening("", None)).await.expect("looked");
    assert_eq!(found, Some(TicketId(556)));
}

pub async fn freshdesk_creates_with_a_marker_tag_and_finds_by_it() {
    let server = MockServer::start().await;
    super::freshdesk::authorized(Mock::given(method("POST")))
        .and(path("/api/v2/tickets"))
        .and(body_partial_json(json!({
            "email": "ann@example.org", "name": "Ann Example", "subject": "Printer on fire",
            "description": "<div>Called at 10:05.</div>", "status": 2, "priority": 3, "source": 3,
            "group_id": 11, "tags": [MARKER] })))
        .respond_with(too_late(json!({ "id": 77 })))
        .expect(1)
        .mount(&server)
        .await;
    super::freshdesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/search/tickets"))
        .and(query_param("query", format!("\"tag:'{MARKER}'\"")))
        .respond_with(json(200, json!({ "results": [{ "id": 77 }], "total": 1 })))
        .mount(&server)
        .await;
    let desk = connect::<super::freshdesk::Freshdesk>(&server);
    assert!(
        desk.capabilities()
            .create
            .is_some_and(|c| !c.internal_start),
        "a Freshdesk ticket starts public; the note follows"
    );
    let asked = opening("Ann Example", Some(("11", "Billing")));
    let err = desk
        .create(&asked, &message(true))
        .await
        .expect_err("no answer in time");
    assert_eq!(err, Error::Timeout);
    assert_eq!(
        desk.find_created(&asked).await.expect("looked"),
        Some(TicketId(77))
    );
}

pub async fn freshdesk_a_bare_start_is_described_by_its_subject() {
    let server = MockServer::start().await;
    super::freshdesk::authorized(Mock::given(method("POST")))
        .and(path("/api/v2/tickets"))
        .and(body_partial_json(
            json!({ "email": "ann@example.org", "description": "<div>Printer on fire</div>" }),
        ))
        .respond_with(json(201, json!({ "id": 78 })))
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<super::freshdesk::Freshdesk>(&server);
    let bare = Reply {
        public: true,
        ..Reply::default()
    };
    let made = desk.create(&opening("", None), &bare).await.expect("made");
    assert_eq!(made, TicketId(78));
}

pub async fn zammad_creates_with_a_guessed_customer_and_finds_by_tag() {
    let server = MockServer::start().await;
    super::zammad::mount_catalog(&server).await;
    super::zammad::authorized(Mock::given(method("POST")))
        .and(path("/api/v1/tickets"))
        .and(body_partial_json(json!({
            "title": "Printer on fire", "group": "Users",
            "customer_id": "guess:ann@example.org", "priority_id": 3, "tags": MARKER,
            "article": { "type": "note", "internal": true, "body": "Called at 10:05." } })))
        .respond_with(too_late(json!({ "id": 9, "number": "31009" })))
        .expect(1)
        .mount(&server)
        .await;
    super::zammad::authorized(Mock::given(method("GET")))
        .and(path("/api/v1/tickets/search"))
        .and(query_param("query", format!("tags:{MARKER}")))
        .respond_with(json(200, json!({ "tickets": [9], "tickets_count": 1 })))
        .mount(&server)
        .await;
    let desk = connect::<super::zammad::Zammad>(&server);
    let asked = opening("", None);
    let err = desk
        .create(&asked, &message(false))
        .await
        .expect_err("no answer in time");
    assert!(err.may_have_been_applied());
    assert_eq!(
        desk.find_created(&asked).await.expect("looked"),
        Some(TicketId(9))
    );
}

pub async fn zammad_a_phone_ticket_in_a_chosen_group() {
    let server = MockServer::start().await;
    super::zammad::mount_catalog(&server).await;
    super::zammad::authorized(Mock::given(method("POST")))
        .and(path("/api/v1/tickets"))
        .and(body_partial_json(json!({ "group": "Support",
            "article": { "type": "phone", "internal": false, "sender": "Agent" } })))
        .respond_with(json(201, json!({ "id": 10 })))
        .expect(1)
        .mount(&server)
        .await;
    super::zammad::authorized(Mock::given(method("GET")))
        .and(path("/api/v1/groups"))
        .respond_with(json(
            200,
            json!([{ "id": 1, "name": "Users" }, { "id": 2, "name": "Support" }]),
        ))
        .mount(&server)
        .await;
    let desk = connect::<super::zammad::Zammad>(&server);
    let groups = desk.queues().await.expect("groups");
    let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Users", "Support"]);
    let made = desk
        .create(&opening("", Some(("2", "Support"))), &message(true))
        .await
        .expect("made");
    assert_eq!(made, TicketId(10));
}

pub async fn helpscout_creates_a_phone_conversation_and_finds_it_by_tag() {
    use super::helpscout::{HelpScout, authorized, conversation, page};
    let server = super::start::<HelpScout>().await;
    authorized(Mock::given(method("GET")))
        .and(path("/v2/users/me"))
        .respond_with(json(
            200,
            json!({ "id": 9, "firstName": "Sam", "lastName": "Rivera" }),
        ))
        .mount(&server)
        .await;
    authorized(Mock::given(method("POST")))
        .and(path("/v2/conversations"))
        .and(body_partial_json(json!({
            "subject": "Printer on fire", "mailboxId": 85, "type": "phone",
            "customer": { "email": "ann@example.org", "firstName": "Ann", "lastName": "Example" },
            "tags": [MARKER, "high"],
            "threads": [{ "type": "note", "text": "Called at 10:05.", "user": 9 }] })))
        .respond_with(super::helpscout::created().insert_header("resource-id", "555"))
        .expect(1)
        .mount(&server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/v2/conversations"))
        .and(query_param("tag", MARKER))
        .and(query_param("status", "all"))
        .respond_with(json(
            200,
            page(
                "conversations",
                vec![conversation(555, "Printer on fire", "active", "high", 7)],
                1,
                1,
                1,
            ),
        ))
        .mount(&server)
        .await;
    let desk = connect::<HelpScout>(&server);
    let made = desk
        .create(
            &opening("Ann Example", Some(("85", "Billing"))),
            &message(false),
        )
        .await
        .expect("created");
    assert_eq!(made, TicketId(555));
    let found = desk
        .find_created(&opening("Ann Example", None))
        .await
        .expect("looked");
    assert_eq!(found, Some(TicketId(555)));
}

pub async fn jira_raises_a_request_for_a_new_customer_and_finds_a_lost_one() {
    use super::jira::{Jira, authorized, issue};
    let server = MockServer::start().await;
    authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/user/search"))
        .and(query_param("query", "ann@example.org"))
        .respond_with(json(200, json!([])))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/user/search"))
        .respond_with(json(200, json!([{ "accountId": "c-9", "displayName": "Ann Example", "emailAddress": "ann@example.org" }])))
        .mount(&server)
        .await;
    authorized(Mock::given(method("POST")))
        .and(path("/rest/servicedeskapi/customer"))
        .and(body_partial_json(
            json!({ "email": "ann@example.org", "displayName": "Ann Example" }),
        ))
        .respond_with(json(
            201,
            json!({ "accountId": "c-9", "displayName": "Ann Example" }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    authorized(Mock::given(method("POST")))
        .and(path("/rest/servicedeskapi/servicedesk/1/customer"))
        .and(body_partial_json(json!({ "accountIds": ["c-9"] })))
        .respond_with(wiremock::ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/rest/servicedeskapi/servicedesk/1/requesttype"))
        .respond_with(json(
            200,
            json!({ "isLastPage": true, "values": [{ "id": "10", "name": "Get IT help" }] }),
        ))
        .mount(&server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/priority/search"))
        .respond_with(json(
            200,
            json!({ "values": [{ "id": "1", "name": "Highest" }, { "id": "2", "name": "High" }] }),
        ))
        .mount(&server)
        .await;
    authorized(Mock::given(method("POST")))
        .and(path("/rest/servicedeskapi/request"))
        .and(body_partial_json(json!({
            "serviceDeskId": "1", "requestTypeId": "10", "raiseOnBehalfOf": "c-9",
            "requestFieldValues": { "summary": "Printer on fire", "description": "Called at 10:05.",
                                    "priority": { "id": "2" } } })))
        .respond_with(too_late(json!({ "issueId": "555", "issueKey": "SUP-5" })))
        .expect(1)
        .mount(&server)
        .await;
    authorized(Mock::given(method("POST")))
        .and(path("/rest/api/3/search/jql"))
        .and(body_partial_json(json!({ "jql":
            "reporter = \"c-9\" AND summary ~ \"Printer on fire\" AND created >= \"-10m\" ORDER BY created DESC" })))
        .respond_with(json(200, json!({ "issues": [issue(555, "Printer on fire", "Waiting for support", "High", 7)] })))
        .mount(&server)
        .await;
    let desk = connect::<Jira>(&server);
    let err = desk
        .create(
            &opening("Ann Example", Some(("1", "Support"))),
            &message(true),
        )
        .await
        .expect_err("no answer in time");
    assert!(err.may_have_been_applied(), "{err:?}");
    let found = desk
        .find_created(&opening("Ann Example", None))
        .await
        .expect("looked");
    assert_eq!(found, Some(TicketId(555)));
}
