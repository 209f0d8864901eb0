//! Help Scout's files: `_embedded.attachments` on each thread, their bytes as base64 JSON
//! from `/v2/conversations/{id}/attachments/{file}/data`; sent as base64 in the thread
//! itself, with the thread's `cc` and `bcc` lists on a reply.

use async_trait::async_trait;
use base64::Engine;
use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer};

use super::{BCC, CC, FILE, Files, STEPS, body_text};
use crate::desks::helpscout::{
    HelpScout, authorized, conversation, created, mount_conversation, thread,
};
use crate::desks::{REPLY, json};

#[async_trait]
impl Files for HelpScout {
    async fn mount_ticket_with_file(server: &MockServer) {
        let mut first = thread(1, "customer", 7, "Here is the log.", 0);
        first["_embedded"] = json!({ "attachments": [{
            "id": 5, "filename": "log.txt", "mimeType": "text/plain", "size": FILE.len(),
            "_links": { "data": { "href": "https://api.helpscout.net/v2/conversations/101/attachments/5/data" } }
        }] });
        let mut c = conversation(101, "Rechnung doppelt — 二重請求", "active", "urgent", 7);
        c["cc"] = json!(["anna@example.de"]);
        c["_embedded"] = json!({ "threads": [first] });
        authorized(Mock::given(method("GET")))
            .and(path("/v2/conversations/101"))
            .respond_with(json(200, c))
            .with_priority(1)
            .mount(server)
            .await;
        let data = base64::engine::general_purpose::STANDARD.encode(FILE);
        authorized(Mock::given(method("GET")))
            .and(path("/v2/conversations/101/attachments/5/data"))
            .respond_with(json(200, json!({ "data": data })))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_reply_with_file(server: &MockServer, public: bool) {
        mount_conversation(server, vec![]).await;
        let data = base64::engine::general_purpose::STANDARD.encode(STEPS);
        let mut thread = json!({
            "text": REPLY,
            "attachments": [{ "fileName": "steps.txt", "mimeType": "text/plain", "data": data }]
        });
        if public {
            thread["cc"] = json!([CC]);
            thread["bcc"] = json!([BCC]);
        }
        let at = if public { "reply" } else { "notes" };
        authorized(Mock::given(method("POST")))
            .and(path(format!("/v2/conversations/101/{at}")))
            .and(body_partial_json(thread))
            .and(move |r: &wiremock::Request| public || !body_text(r).contains("\"cc\""))
            .respond_with(created())
            .expect(1)
            .mount(server)
            .await;
    }

    fn copied() -> Vec<&'static str> {
        vec!["anna@example.de"]
    }

    async fn refuse_too_large(server: &MockServer) {
        mount_conversation(server, vec![]).await;
        authorized(Mock::given(method("POST")))
            .and(path("/v2/conversations/101/reply"))
            .respond_with(json(
                413,
                json!({ "logRef": "e5f6", "message": "Request Entity Too Large" }),
            ))
            .expect(1)
            .mount(server)
            .await;
    }
}

/// The app's id and secret go to the token endpoint as a form; a token Help Scout refuses
/// later (revoked, expired early) is replaced once and the request repeated.
pub async fn a_refused_token_is_replaced_once() {
    let server = MockServer::start().await;
    let token = |access: &str| {
        json(
            200,
            json!({ "token_type": "bearer", "access_token": access, "expires_in": 172800 }),
        )
    };
    let login = || {
        Mock::given(method("POST"))
            .and(path("/v2/oauth2/token"))
            .and(|r: &wiremock::Request| {
                let form = body_text(r);
                [
                    "grant_type=client_credentials",
                    "client_id=hs-app-id",
                    "client_secret=hs-app-secret",
                ]
                .iter()
                .all(|part| form.contains(part))
            })
    };
    login()
        .respond_with(token("hs-token-1"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    login()
        .respond_with(token("hs-token-2"))
        .expect(1)
        .mount(&server)
        .await;
    let users = |bearer: &str| {
        Mock::given(method("GET"))
            .and(path("/v2/users"))
            .and(wiremock::matchers::header(
                "authorization",
                format!("Bearer {bearer}").as_str(),
            ))
    };
    let body = json!({ "_embedded": { "users": [
        { "id": 9, "firstName": "Sam", "lastName": "Rivera", "email": "sam@example.com" }] } });
    users("hs-token-1")
        .respond_with(json(200, body.clone()))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    users("hs-token-1")
        .respond_with(json(
            401,
            json!({ "message": "The access token is invalid or expired" }),
        ))
        .mount(&server)
        .await;
    users("hs-token-2")
        .respond_with(json(200, body))
        .expect(1)
        .mount(&server)
        .await;
    let desk = crate::desks::connect::<HelpScout>(&server);
    assert_eq!(desk.agents().await.expect("first")[0].name, "Sam Rivera");
    let again = desk.agents().await.expect("with a new token");
    assert_eq!(again[0].name, "Sam Rivera");
}
