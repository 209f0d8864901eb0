//! Forwarding a message to a third party, as each desk documents it: Freshdesk's forward,
//! Zammad's e-mail article to another address, Help Scout's forward thread, Zendesk's side
//! conversation. Each request is asserted as sent, once.

use frontdesk::backend::{Forward, Reply, TicketId};
use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, ResponseTemplate};

use super::freshdesk::Freshdesk;
use super::helpscout::HelpScout;
use super::zammad::Zammad;
use super::zendesk::Zendesk;
use super::{Errors, connect, json, start};

fn forward() -> Reply {
    Reply {
        body: "Could you check these orders?\n\n> Orders are charged UK VAT".into(),
        public: true,
        forward: Some(Forward {
            message: "5".into(),
            to: vec!["accounting@example.com".into()],
            files: Vec::new(),
        }),
        ..Reply::default()
    }
}

async fn forwarded<F: Errors>(at: &str, wanted: serde_json::Value, answer: ResponseTemplate) {
    let server = start::<F>().await;
    Mock::given(method("GET"))
        .and(path(F::me_path()))
        .respond_with(json(200, F::me_body()))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(at))
        .and(body_partial_json(wanted))
        .respond_with(answer)
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<F>(&server);
    assert!(desk.capabilities().forward.is_ok());
    desk.reply(TicketId(101), forward())
        .await
        .expect("forwarded");
}

pub async fn freshdesk_forwards_with_its_forward() {
    forwarded::<Freshdesk>(
        "/api/v2/tickets/101/forward",
        json!({ "to_emails": ["accounting@example.com"], "include_quoted_text": false }),
        json(200, json!({ "id": 88 })),
    )
    .await;
}

pub async fn zammad_forwards_as_an_email_article_to_the_address() {
    forwarded::<Zammad>(
        "/api/v1/ticket_articles",
        json!({ "ticket_id": 101, "type": "email", "internal": false,
                "to": "accounting@example.com",
                "body": "Could you check these orders?\n\n> Orders are charged UK VAT" }),
        json(201, json!({ "id": 88 })),
    )
    .await;
}

pub async fn helpscout_forwards_as_a_forward_thread() {
    forwarded::<HelpScout>(
        "/v2/conversations/101/forwards",
        json!({ "to": ["accounting@example.com"], "user": 9 }),
        ResponseTemplate::new(201).insert_header("resource-id", "777"),
    )
    .await;
}

pub async fn zendesk_forwards_as_a_side_conversation() {
    forwarded::<Zendesk>(
        "/api/v2/tickets/101/side_conversations",
        json!({ "message": { "to": [{ "email": "accounting@example.com" }] } }),
        json(201, json!({ "side_conversation": { "id": "abc" } })),
    )
    .await;
}
