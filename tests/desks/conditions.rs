//! Rules a desk keeps as data or runs for the agent, checked before a status change is sent
//! so every field it wants is asked for at once: Zendesk's ticket-form conditions and
//! Zammad's core workflows. And Zammad's per-group signature, which its web page adds and
//! the API does not.

use std::collections::BTreeMap;

use frontdesk::backend::{Changes, Error, TicketId};
use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer};

use super::zammad::{self, Zammad};
use super::zendesk::{self, Zendesk};
use super::{Errors, Fixture, connect, json};

fn solving(fields: &[(&str, &str)]) -> Changes {
    Changes {
        status: Some("solved".into()),
        fields: fields
            .iter()
            .map(|(id, v)| (id.to_string(), vec![v.to_string()]))
            .collect::<BTreeMap<_, _>>(),
        ..Changes::default()
    }
}

/// A form that wants "Refund reason" once "Type" is billing, on solved: solving without it
/// is refused before anything is written, naming the field; with it, or to another
/// status, the change goes.
pub async fn zendesk_form_conditions_are_checked_before_solving() {
    let server = MockServer::start().await;
    zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/ticket_fields"))
        .respond_with(json(
            200,
            json!({ "ticket_fields": [
                { "id": 360001, "type": "tagger", "title": "Type", "active": true,
                  "custom_field_options": [{ "name": "Billing", "value": "billing" }] },
                { "id": 360004, "type": "text", "title": "Refund reason", "active": true }
            ], "meta": { "has_more": false } }),
        ))
        .mount(&server)
        .await;
    zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/ticket_forms"))
        .respond_with(json(
            200,
            json!({ "ticket_forms": [
                { "id": 9, "default": true, "agent_conditions": [] },
                { "id": 77, "default": false, "agent_conditions": [
                    { "parent_field_id": 360001, "value": "billing", "child_fields": [
                        { "id": 360004, "is_required": false,
                          "required_on_statuses": { "type": "SOME_STATUSES", "statuses": ["solved"] } } ] } ] }
            ] }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/tickets/101"))
        .respond_with(json(
            200,
            json!({ "ticket": { "id": 101, "status": "open", "ticket_form_id": 77,
                    "custom_fields": [{ "id": 360001, "value": "billing" },
                                      { "id": 360004, "value": null }] } }),
        ))
        .mount(&server)
        .await;
    zendesk::authorized(Mock::given(method("PUT")))
        .and(path("/api/v2/tickets/101"))
        .respond_with(json(200, json!({ "ticket": { "id": 101 } })))
        .expect(2)
        .mount(&server)
        .await;
    let desk = connect::<Zendesk>(&server);
    let refused = desk.update(TicketId(101), solving(&[]), None).await;
    match refused {
        Err(Error::FieldsRequired(missing)) => {
            assert_eq!(missing.len(), 1);
            assert_eq!(
                (missing[0].field.as_str(), missing[0].name.as_str()),
                ("360004", "Refund reason")
            );
        }
        other => panic!("wanted the field named, got {other:?}"),
    }
    desk.update(TicketId(101), solving(&[("360004", "Charged twice")]), None)
        .await
        .expect("with the field it goes");
    let pending = Changes {
        status: Some("pending".into()),
        ..Changes::default()
    };
    desk.update(TicketId(101), pending, None)
        .await
        .expect("the condition is for solved only");
}

/// Zammad's workflows make "Refund reason" mandatory for closed: the change is refused
/// before the PUT, naming it (and not the fields already filled or hidden).
pub async fn zammad_workflows_are_asked_before_closing() {
    let server = MockServer::start().await;
    zammad::authorized(Mock::given(method("GET")))
        .and(path("/api/v1/object_manager_attributes"))
        .respond_with(json(
            200,
            json!([
                { "id": 40, "name": "product", "display": "Product", "object": "Ticket",
                  "data_type": "select", "editable": true, "active": true,
                  "data_option": { "options": { "billing": "Billing" } } },
                { "id": 42, "name": "refund_reason", "display": "Refund reason", "object": "Ticket",
                  "data_type": "input", "editable": true, "active": true },
                { "id": 43, "name": "internal_code", "display": "Internal code", "object": "Ticket",
                  "data_type": "input", "editable": true, "active": true }
            ]),
        ))
        .mount(&server)
        .await;
    zammad::mount_current(&server).await;
    zammad::authorized(Mock::given(method("POST")))
        .and(path("/api/v1/core_workflows/perform"))
        .and(body_partial_json(json!({ "class_name": "Ticket", "screen": "edit",
                                       "params": { "id": 101, "state_id": "4", "product": "billing" } })))
        .respond_with(json(
            200,
            json!({ "mandatory": { "title": true, "product": true, "refund_reason": true,
                                   "internal_code": true },
                    "visibility": { "refund_reason": "show", "internal_code": "hide" } }),
        ))
        .mount(&server)
        .await;
    zammad::authorized(Mock::given(method("PUT")))
        .and(path("/api/v1/tickets/101"))
        .respond_with(json(200, json!({ "id": 101 })))
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<Zammad>(&server);
    let closing = |fields: &[(&str, &str)]| Changes {
        status: Some("closed".into()),
        ..solving(fields)
    };
    match desk.update(TicketId(101), closing(&[]), None).await {
        Err(Error::FieldsRequired(missing)) => {
            let named: Vec<&str> = missing.iter().map(|m| m.name.as_str()).collect();
            assert_eq!(named, ["Refund reason"]);
        }
        other => panic!("wanted the field named, got {other:?}"),
    }
    desk.update(
        TicketId(101),
        closing(&[("refund_reason", "Charged twice")]),
        None,
    )
    .await
    .expect("with the field it goes");
}

/// Replies on a ticket get its group's signature, as Zammad's web page gives them, with its
/// variables filled in for the agent and the ticket; it is read once a session.
pub async fn zammad_tickets_carry_their_group_s_signature_filled_in() {
    let server = MockServer::start().await;
    <Zammad as Fixture>::mount_ticket(&server).await;
    zammad::authorized(Mock::given(method("GET")))
        .and(path("/api/v1/users/me"))
        .respond_with(json(200, Zammad::me_body()))
        .mount(&server)
        .await;
    zammad::authorized(Mock::given(method("GET")))
        .and(path("/api/v1/signatures/3"))
        .respond_with(json(
            200,
            json!({ "id": 3, "active": true, "name": "Billing",
                    "body": "<p>#{user.firstname} #{user.lastname}<br>#{ticket.group.name} · Acme<br>#{config.fqdn}</p>" }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<Zammad>(&server);
    let ticket = desk
        .ticket(frontdesk::backend::TicketId(101))
        .await
        .expect("ticket");
    assert_eq!(
        ticket.signature.as_deref(),
        Some("Sam Rivera\nBilling · Acme")
    );
    let again = desk
        .ticket(frontdesk::backend::TicketId(101))
        .await
        .expect("ticket");
    assert_eq!(again.signature, ticket.signature);
}
