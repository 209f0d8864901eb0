//! A Zendesk macro through the whole interface: picked in the composer, rendered by Zendesk
//! for the ticket, and sent with its actions as one safe update.

use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer};

use super::zendesk::Zendesk;
use super::{Errors, Fixture, VERSION, json};

pub async fn a_zendesk_macro_goes_from_the_picker_to_zendesk() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(Zendesk::me_path()))
        .respond_with(json(200, Zendesk::me_body()))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/users"))
        .respond_with(json(200, json!({ "users": [Zendesk::me_body()["user"]] })))
        .mount(&server)
        .await;
    Zendesk::mount_queue(&server).await;
    // The other default views are empty.
    Mock::given(method("GET"))
        .and(path("/api/v2/search"))
        .respond_with(json(200, json!({ "results": [], "count": 0 })))
        .with_priority(10)
        .mount(&server)
        .await;
    Zendesk::mount_ticket(&server).await;
    Zendesk::mount_history(&server).await;
    Zendesk::mount_canned(&server).await;
    Mock::given(method("GET"))
        .and(path("/api/v2/tickets/101/macros/42/apply"))
        .respond_with(json(
            200,
            json!({ "result": { "ticket": { "comment": {
                "body": "Hallo Jürgen, rendered by Zendesk.", "public": true } } } }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/api/v2/tickets/101"))
        .and(body_partial_json(json!({ "ticket": {
            // Signed with the agent's Zendesk signature, once.
            "comment": { "body": "Hallo Jürgen, rendered by Zendesk.\n\n-- \nSam\nAcme Support",
                         "public": true },
            "status": "solved", "additional_tags": ["refund"],
            "safe_update": true, "updated_stamp": VERSION } })))
        .respond_with(json(200, json!({ "ticket": { "id": 101 } })))
        .expect(1)
        .mount(&server)
        .await;

    let desk = super::connect::<Zendesk>(&server);
    let mut app = crate::looped::Running::start(desk, jiff::Timestamp::now(), &[]);
    app.wait_for("All open").await;
    app.press("3");
    app.wait_for("Rechnung doppelt").await;
    app.press("enter");
    app.wait_for("Refund in Stripe?").await;
    app.press("r ctrl-t");
    app.type_text("refund");
    app.wait_for("Refund issued").await;
    app.press("enter");
    app.wait_for("rendered by Zendesk").await;
    app.press("ctrl-s");
    app.wait_for("Reply sent").await;
}
