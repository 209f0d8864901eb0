//! Forwarding a message to a third party, as each desk documents it: Freshdesk's forward,
//! Zammad's e-mail article to another address, Help Scout's forward thread, Zendesk's side
//! conversation; and time spent, on the reply's article (Zammad), in the Time Tracking app's
//! fields (Zendesk), or as an entry of its own found by its note (Freshdesk's time entry,
//! Jira's worklog). Each request is asserted as sent, once.

use frontdesk::backend::{Forward, Reply, TicketId};
use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

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

/// Time spent goes with the reply where the desk takes it so: Zammad's `time_unit` on the
/// article, in the same request.
pub async fn zammad_takes_the_time_spent_on_the_article() {
    let server = start::<Zammad>().await;
    super::zammad::mount_current(&server).await;
    super::zammad::authorized(Mock::given(method("PUT")))
        .and(path("/api/v1/tickets/101"))
        .and(body_partial_json(
            json!({ "article": { "type": "note", "time_unit": "45" } }),
        ))
        .respond_with(json(200, json!({ "id": 101 })))
        .expect(1)
        .mount(&server)
        .await;
    let note = Reply {
        body: "Called the warehouse.".into(),
        public: false,
        changes: frontdesk::backend::Changes {
            time_spent: Some(45),
            ..Default::default()
        },
        ..Reply::default()
    };
    let desk = connect::<Zammad>(&server);
    assert!(desk.capabilities().time_tracking.is_ok());
    desk.reply(TicketId(101), note).await.expect("posted");
}

/// Freshdesk logs time as a time entry of its own, carrying the note the outbox gave it; a
/// second try finds the entry by that note and logs nothing more.
pub async fn freshdesk_logs_a_time_entry_once_by_its_note() {
    let note = "Logged with frontdesk (101-1765000000000)";
    for logged_before in [false, true] {
        let server = start::<Freshdesk>().await;
        let listed = if logged_before {
            json!([{ "id": 5, "note": note, "time_spent": "00:45" }])
        } else {
            json!([])
        };
        super::freshdesk::authorized(Mock::given(method("GET")))
            .and(path("/api/v2/tickets/101/time_entries"))
            .respond_with(json(200, listed))
            .expect(1)
            .mount(&server)
            .await;
        super::freshdesk::authorized(Mock::given(method("POST")))
            .and(path("/api/v2/tickets/101/time_entries"))
            .and(body_partial_json(
                json!({ "time_spent": "00:45", "note": note }),
            ))
            .respond_with(json(201, json!({ "id": 6 })))
            .expect(if logged_before { 0 } else { 1 })
            .mount(&server)
            .await;
        let desk = connect::<Freshdesk>(&server);
        let caps = desk.capabilities();
        assert!(caps.time_tracking.is_ok() && caps.time_apart);
        let changes = frontdesk::backend::Changes {
            time_spent: Some(45),
            time_note: Some(note.into()),
            ..Default::default()
        };
        desk.update(TicketId(101), changes, None)
            .await
            .expect("logged");
    }
}

/// Jira logs time as a worklog of its own, its comment carrying the outbox's note; a second
/// try finds the worklog by that note and logs nothing more.
pub async fn jira_logs_a_worklog_once_by_its_note() {
    use super::jira::Jira;
    let note = "Logged with frontdesk (101-1765000000000)";
    for logged_before in [false, true] {
        let server = start::<Jira>().await;
        let listed = if logged_before {
            json!({ "worklogs": [{ "id": "5", "timeSpentSeconds": 2700, "comment": {
                "type": "doc", "version": 1, "content": [{ "type": "paragraph", "content": [
                    { "type": "text", "text": note }] }] } }] })
        } else {
            json!({ "worklogs": [] })
        };
        super::jira::authorized(Mock::given(method("GET")))
            .and(path("/rest/api/3/issue/101/worklog"))
            .respond_with(json(200, listed))
            .expect(1)
            .mount(&server)
            .await;
        super::jira::authorized(Mock::given(method("POST")))
            .and(path("/rest/api/3/issue/101/worklog"))
            .and(body_partial_json(json!({ "timeSpentSeconds": 2700 })))
            .respond_with(json(201, json!({ "id": "6" })))
            .expect(if logged_before { 0 } else { 1 })
            .mount(&server)
            .await;
        let desk = connect::<Jira>(&server);
        assert!(desk.capabilities().time_apart);
        let changes = frontdesk::backend::Changes {
            time_spent: Some(45),
            time_note: Some(note.into()),
            ..Default::default()
        };
        desk.update(TicketId(101), changes, None)
            .await
            .expect("logged");
    }
}

/// Zendesk keeps time in its Time Tracking app's two fields: the total grows by the time
/// spent and the last update's is set, in the same update as the comment; an account
/// without the app refuses it with the reason, before anything is written.
pub async fn zendesk_logs_time_in_the_time_tracking_app_fields() {
    use super::zendesk::{Zendesk, authorized};
    for has_app in [true, false] {
        let server = MockServer::start().await;
        let mut fields =
            vec![json!({ "id": 360001, "type": "tagger", "title": "Type", "active": true })];
        if has_app {
            fields.extend([
                json!({ "id": 900, "type": "integer", "title": "Total time spent (sec)", "active": true }),
                json!({ "id": 901, "type": "integer", "title": "Time spent last update (sec)", "active": true }),
            ]);
        }
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/ticket_fields"))
            .respond_with(json(
                200,
                json!({ "ticket_fields": fields, "meta": { "has_more": false } }),
            ))
            .mount(&server)
            .await;
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/tickets/101"))
            .respond_with(json(
                200,
                json!({ "ticket": {
                "id": 101, "custom_fields": [{ "id": 900, "value": 600 }] } }),
            ))
            .mount(&server)
            .await;
        authorized(Mock::given(method("PUT")))
            .and(path("/api/v2/tickets/101"))
            .and(body_partial_json(json!({ "ticket": {
                "comment": { "body": "Called the bank.", "public": false },
                "custom_fields": [{ "id": 900, "value": 3300 }, { "id": 901, "value": 2700 }] } })))
            .respond_with(json(200, json!({ "ticket": { "id": 101 } })))
            .expect(if has_app { 1 } else { 0 })
            .mount(&server)
            .await;
        let desk = connect::<Zendesk>(&server);
        let note = Reply {
            body: "Called the bank.".into(),
            public: false,
            changes: frontdesk::backend::Changes {
                time_spent: Some(45),
                ..Default::default()
            },
            ..Reply::default()
        };
        let sent = desk.reply(TicketId(101), note).await;
        match (has_app, sent) {
            (true, Ok(())) => {}
            (false, Err(frontdesk::backend::Error::Invalid(why))) => {
                assert!(why.contains("Time Tracking app"), "{why}")
            }
            (_, other) => panic!("{other:?}"),
        }
    }
}
