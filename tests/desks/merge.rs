//! Merging one ticket into another, as each desk documents it: Zendesk's merge job (asked
//! after until done), Freshdesk's `PUT /tickets/merge`, Zammad's `ticket_merge` naming the
//! target by its number.

use frontdesk::backend::{Error, TicketId};
use serde_json::json;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer};

use super::{connect, json};

pub async fn zendesk_merges_through_a_job() {
    let server = MockServer::start().await;
    super::zendesk::authorized(Mock::given(method("POST")))
        .and(path("/api/v2/tickets/101/merge"))
        .and(body_json(json!({ "ids": [102] })))
        .respond_with(json(
            200,
            json!({ "job_status": { "id": "j1", "status": "queued" } }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    // Working once, then done.
    super::zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/job_statuses/j1"))
        .respond_with(json(
            200,
            json!({ "job_status": { "id": "j1", "status": "working" } }),
        ))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    super::zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/job_statuses/j1"))
        .respond_with(json(
            200,
            json!({ "job_status": { "id": "j1", "status": "completed" } }),
        ))
        .mount(&server)
        .await;
    let desk = connect::<super::zendesk::Zendesk>(&server);
    assert!(desk.capabilities().merge.is_some());
    desk.merge(TicketId(102), TicketId(101))
        .await
        .expect("merged");
}

pub async fn zendesk_explains_a_failed_merge_job() {
    let server = MockServer::start().await;
    super::zendesk::authorized(Mock::given(method("POST")))
        .and(path("/api/v2/tickets/101/merge"))
        .respond_with(json(
            200,
            json!({ "job_status": { "id": "j2", "status": "queued" } }),
        ))
        .mount(&server)
        .await;
    super::zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/job_statuses/j2"))
        .respond_with(json(
            200,
            json!({ "job_status": { "id": "j2", "status": "failed", "message": "Ticket 102 is closed and cannot be merged" } }),
        ))
        .mount(&server)
        .await;
    let desk = connect::<super::zendesk::Zendesk>(&server);
    let err = desk
        .merge(TicketId(102), TicketId(101))
        .await
        .expect_err("failed");
    assert_eq!(
        err,
        Error::Invalid("Ticket 102 is closed and cannot be merged".into())
    );
}

pub async fn freshdesk_merges_with_one_request() {
    let server = MockServer::start().await;
    super::freshdesk::authorized(Mock::given(method("PUT")))
        .and(path("/api/v2/tickets/merge"))
        .and(body_json(json!({ "primary_id": 101, "ticket_ids": [102] })))
        .respond_with(json(200, json!({})))
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<super::freshdesk::Freshdesk>(&server);
    desk.merge(TicketId(102), TicketId(101))
        .await
        .expect("merged");
}

pub async fn zammad_names_the_target_by_its_number() {
    let server = MockServer::start().await;
    super::zammad::authorized(Mock::given(method("GET")))
        .and(path("/api/v1/tickets/101"))
        .respond_with(json(
            200,
            json!({ "id": 101, "number": "31001", "title": "Rechnung doppelt", "state_id": 2,
                    "created_at": "2026-11-20T08:00:00.000Z", "updated_at": "2026-11-20T10:30:00.000Z" }),
        ))
        .mount(&server)
        .await;
    super::zammad::authorized(Mock::given(method("PUT")))
        .and(path("/api/v1/ticket_merge/102/31001"))
        .respond_with(json(200, json!({ "result": "success" })))
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<super::zammad::Zammad>(&server);
    desk.merge(TicketId(102), TicketId(101))
        .await
        .expect("merged");
}
