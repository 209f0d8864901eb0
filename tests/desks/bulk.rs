//! One change to many tickets: Zendesk's `update_many` job asked after until done, with each
//! ticket's result read from it; the desks without a bulk endpoint ticket by ticket, a 429
//! waited out and a refusal reported for its ticket alone.

use frontdesk::backend::{Changes, Error, TicketId};
use serde_json::json;
use wiremock::matchers::{body_json, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{connect, json};

fn solve() -> Changes {
    Changes {
        status: Some("solved".into()),
        ..Changes::default()
    }
}

pub async fn zendesk_updates_many_in_one_job() {
    let server = MockServer::start().await;
    super::zendesk::authorized(Mock::given(method("PUT")))
        .and(path("/api/v2/tickets/update_many"))
        .and(query_param("ids", "101,102,103"))
        .and(body_json(json!({ "ticket": { "status": "solved" } })))
        .respond_with(json(
            200,
            json!({ "job_status": { "id": "b1", "status": "queued" } }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    super::zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/job_statuses/b1"))
        .respond_with(json(
            200,
            json!({ "job_status": { "id": "b1", "status": "working" } }),
        ))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    super::zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/job_statuses/b1"))
        .respond_with(json(
            200,
            json!({ "job_status": { "id": "b1", "status": "completed",
            "results": [
                { "id": 101, "action": "update", "success": true, "status": "Updated" },
                { "id": 102, "action": "update", "success": false, "error": "TicketUpdateFailed",
                  "details": "Ticket 102 is closed" },
                { "id": 103, "action": "update", "success": true, "status": "Updated" } ] } }),
        ))
        .mount(&server)
        .await;
    let desk = connect::<super::zendesk::Zendesk>(&server);
    assert_eq!(desk.capabilities().bulk_batch, 100);
    let ids = [TicketId(101), TicketId(102), TicketId(103)];
    let outcomes = desk.update_many(&ids, &solve()).await.expect("the job ran");
    assert_eq!(
        outcomes,
        vec![
            (TicketId(101), Ok(())),
            (
                TicketId(102),
                Err(Error::Invalid("Ticket 102 is closed".into()))
            ),
            (TicketId(103), Ok(())),
        ]
    );
}

pub async fn freshdesk_goes_ticket_by_ticket_through_a_429() {
    let server = MockServer::start().await;
    for id in [201, 202] {
        super::freshdesk::authorized(Mock::given(method("GET")))
            .and(path(format!("/api/v2/tickets/{id}")))
            .respond_with(json(200, super::freshdesk::ticket(id, "Spam", 2, 1, 7)))
            .mount(&server)
            .await;
    }
    super::freshdesk::authorized(Mock::given(method("PUT")))
        .and(path("/api/v2/tickets/201"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    super::freshdesk::authorized(Mock::given(method("PUT")))
        .and(path("/api/v2/tickets/201"))
        .and(body_json(json!({ "status": 5 })))
        .respond_with(json(200, json!({ "id": 201 })))
        .expect(1)
        .mount(&server)
        .await;
    super::freshdesk::authorized(Mock::given(method("PUT")))
        .and(path("/api/v2/tickets/202"))
        .respond_with(json(
            403,
            json!({ "code": "access_denied", "message": "You are not authorized to perform this action." }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<super::freshdesk::Freshdesk>(&server);
    assert_eq!(desk.capabilities().bulk_batch, 1);
    let closed = Changes {
        status: Some("closed".into()),
        ..Changes::default()
    };
    let outcomes = desk
        .update_many(&[TicketId(201), TicketId(202)], &closed)
        .await
        .expect("asked");
    assert_eq!(
        outcomes[0],
        (TicketId(201), Ok(())),
        "the 429 was waited out"
    );
    assert!(
        matches!(&outcomes[1], (TicketId(202), Err(Error::Forbidden(_)))),
        "{:?}",
        outcomes[1]
    );
}
