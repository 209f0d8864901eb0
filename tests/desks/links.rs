//! A ticket's related tickets, as each desk keeps them: Zendesk's problem of an incident,
//! Freshdesk's parent and child tickets, Zammad's links (read beside the ticket; a desk that
//! will not show them still shows the ticket).

use frontdesk::backend::{Link, TicketId};
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer};

use super::{Fixture, connect, json};

pub async fn zendesk_an_incident_names_its_problem() {
    let server = MockServer::start().await;
    let mut incident = super::zendesk::ticket(101, "Rechnung doppelt", "open", "urgent", 7);
    incident["type"] = json!("incident");
    incident["problem_id"] = json!(90);
    super::zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/tickets/101"))
        .respond_with(json(
            200,
            json!({ "ticket": incident, "users": super::zendesk::users()["users"] }),
        ))
        .with_priority(1)
        .mount(&server)
        .await;
    super::zendesk::Zendesk::mount_ticket(&server).await;
    let desk = connect::<super::zendesk::Zendesk>(&server);
    let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
    assert_eq!(ticket.links, [Link::new("incident of", TicketId(90))]);
}

pub async fn freshdesk_a_parent_lists_its_children() {
    let server = MockServer::start().await;
    let mut parent = super::freshdesk::ticket(101, "Rechnung doppelt", 2, 4, 7);
    parent["association_type"] = json!(1);
    parent["associated_tickets_list"] = json!([102, 103]);
    super::freshdesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/tickets/101"))
        .respond_with(json(200, parent))
        .with_priority(1)
        .mount(&server)
        .await;
    super::freshdesk::Freshdesk::mount_ticket(&server).await;
    let desk = connect::<super::freshdesk::Freshdesk>(&server);
    let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
    assert_eq!(
        ticket.links,
        [
            Link::new("child", TicketId(102)),
            Link::new("child", TicketId(103))
        ]
    );
}

pub async fn zammad_links_are_read_beside_the_ticket() {
    let server = MockServer::start().await;
    super::zammad::authorized(Mock::given(method("GET")))
        .and(path("/api/v1/links"))
        .and(query_param("link_object", "Ticket"))
        .and(query_param("link_object_value", "101"))
        .respond_with(json(200, json!({ "links": [
            { "link_type": "normal", "link_object": "Ticket", "link_object_value": 88 },
            { "link_type": "parent", "link_object": "Ticket", "link_object_value": 77 },
            { "link_type": "normal", "link_object": "KnowledgeBase::Answer::Translation", "link_object_value": 5 } ] })))
        .expect(1)
        .mount(&server)
        .await;
    super::zammad::Zammad::mount_ticket(&server).await;
    let desk = connect::<super::zammad::Zammad>(&server);
    let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
    assert_eq!(
        ticket.links,
        [
            Link::new("linked to", TicketId(88)),
            Link::new("parent", TicketId(77))
        ]
    );
}
