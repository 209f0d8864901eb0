//! Searching the whole desk (`ctrl-f`), as each desk documents it: what the agent typed
//! planned into the desk's query, the request it makes, its pages, and a query the desk
//! refuses explained in the desk's own words.

use frontdesk::backend::{Error, View};
use frontdesk::model::search::{SearchSyntax, plan};
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer};

use super::{connect, json};

fn view(syntax: SearchSyntax, typed: &str) -> View {
    let planned = plan(syntax, typed).expect("a plan");
    View {
        name: "Search".into(),
        query: planned.query,
        quick: false,
    }
}

pub async fn zendesk_searches_words_across_pages_and_explains_a_bad_query() {
    let server = MockServer::start().await;
    let hit = |id: u64| {
        let mut t = super::zendesk::ticket(id, "Refund please", "solved", "normal", 7);
        t["result_type"] = json!("ticket");
        t
    };
    super::zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/search"))
        .and(query_param("query", "type:ticket refund"))
        .and(query_param("page", "1"))
        .respond_with(json(
            200,
            json!({ "results": [hit(301)], "count": 2,
            "next_page": format!("{}/api/v2/search.json?page=2", server.uri()),
            "users": super::zendesk::users()["users"] }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    super::zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/search"))
        .and(query_param("query", "type:ticket refund"))
        .and(query_param("page", "2"))
        .respond_with(json(
            200,
            json!({ "results": [hit(302)], "count": 2, "next_page": null }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    super::zendesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/search"))
        .and(query_param("query", "type:ticket created>banana"))
        .respond_with(json(
            422,
            json!({ "error": "InvalidValue", "description": "Invalid search: created>banana is not a date" }),
        ))
        .mount(&server)
        .await;
    let desk = connect::<super::zendesk::Zendesk>(&server);
    let words = view(SearchSyntax::Zendesk, "refund");
    let first = desk.list_view(&words, None).await.expect("page 1");
    assert_eq!(first.tickets[0].id.0, 301);
    assert_eq!(
        first.tickets[0].status.name, "solved",
        "solved tickets included"
    );
    let second = desk
        .list_view(&words, first.next.as_deref())
        .await
        .expect("page 2");
    assert_eq!(second.tickets[0].id.0, 302);
    assert!(second.next.is_none());
    let err = desk
        .list_view(&view(SearchSyntax::Zendesk, "created>banana"), None)
        .await
        .expect_err("refused");
    match err {
        Error::Invalid(why) => assert!(why.contains("is not a date"), "{why}"),
        other => panic!("the desk's own message, not {other:?}"),
    }
}

pub async fn freshdesk_sends_a_filter_as_written_and_explains_a_bad_one() {
    let server = MockServer::start().await;
    super::freshdesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/search/tickets"))
        .and(query_param("query", "\"status:5\""))
        .respond_with(json(
            200,
            json!({ "results": [super::freshdesk::ticket(401, "Old invoice", 5, 1, 7)], "total": 1 }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    super::freshdesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/search/tickets"))
        .and(query_param("query", "\"colour:blue\""))
        .respond_with(json(
            400,
            json!({ "description": "Validation failed", "errors": [
                { "field": "colour", "message": "Invalid search field", "code": "invalid_field" } ] }),
        ))
        .mount(&server)
        .await;
    super::freshdesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/contacts/7"))
        .respond_with(json(
            200,
            json!({ "id": 7, "name": "Ann", "email": "ann@example.org" }),
        ))
        .mount(&server)
        .await;
    let desk = connect::<super::freshdesk::Freshdesk>(&server);
    assert!(
        plan(SearchSyntax::Freshdesk, "refund").is_err(),
        "words cannot be searched in Freshdesk; the prompt says so"
    );
    let found = desk
        .list_view(&view(SearchSyntax::Freshdesk, "status:5"), None)
        .await
        .expect("found");
    assert_eq!(found.tickets[0].id.0, 401);
    let err = desk
        .list_view(&view(SearchSyntax::Freshdesk, "colour:blue"), None)
        .await
        .expect_err("refused");
    match err {
        Error::Invalid(why) => assert!(why.contains("Invalid search field"), "{why}"),
        other => panic!("the desk's own message, not {other:?}"),
    }
}

pub async fn zammad_searches_by_requester_and_explains_a_bad_query() {
    let server = MockServer::start().await;
    super::zammad::mount_catalog(&server).await;
    let hit = super::zammad::ticket(501, "Rechnung", 4, 2, 7);
    super::zammad::authorized(Mock::given(method("GET")))
        .and(path("/api/v1/tickets/search"))
        .and(query_param("query", "customer.email:\"jurgen@example.de\""))
        .and(query_param("page", "1"))
        .respond_with(json(
            200,
            json!({ "tickets": [501], "tickets_count": 1,
            "assets": super::zammad::assets(&[hit]) }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    super::zammad::authorized(Mock::given(method("GET")))
        .and(path("/api/v1/tickets/search"))
        .and(query_param("query", "title:(unclosed"))
        .respond_with(json(
            422,
            json!({ "error": "Failed to parse query: unexpected end of input", "error_human": "Failed to parse query: unexpected end of input" }),
        ))
        .mount(&server)
        .await;
    let desk = connect::<super::zammad::Zammad>(&server);
    let found = desk
        .list_view(&view(SearchSyntax::Zammad, "jurgen@example.de"), None)
        .await
        .expect("found");
    assert_eq!(found.tickets[0].id.0, 501);
    assert_eq!(
        found.tickets[0].status.name, "closed",
        "closed tickets included"
    );
    let err = desk
        .list_view(&view(SearchSyntax::Zammad, "title:(unclosed"), None)
        .await
        .expect_err("refused");
    match err {
        Error::Invalid(why) => assert!(why.contains("Failed to parse query"), "{why}"),
        other => panic!("the desk's own message, not {other:?}"),
    }
}

pub async fn helpscout_searches_words_in_every_status() {
    use super::helpscout::{HelpScout, authorized, conversation, page};
    let server = super::start::<HelpScout>().await;
    authorized(Mock::given(method("GET")))
        .and(path("/v2/conversations"))
        .and(query_param("status", "all"))
        .and(query_param(
            "query",
            "(subject:\"drucker\" OR body:\"drucker\")",
        ))
        .and(query_param("page", "1"))
        .respond_with(json(
            200,
            page(
                "conversations",
                vec![conversation(501, "Drucker kaputt", "closed", "normal", 7)],
                1,
                1,
                1,
            ),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<HelpScout>(&server);
    let found = desk
        .list_view(&view(SearchSyntax::HelpScout, "drucker"), None)
        .await
        .expect("found");
    assert_eq!(found.tickets[0].id.0, 501);
    assert_eq!(found.tickets[0].status.name, "closed", "closed ones too");
}

pub async fn jira_finds_a_requesters_requests_and_explains_bad_jql() {
    use super::jira::{Jira, authorized, issue};
    let server = MockServer::start().await;
    authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/user/search"))
        .and(query_param("query", "jurgen@example.de"))
        .respond_with(json(
            200,
            json!([{ "accountId": "7", "displayName": "Jürgen Müller", "emailAddress": "jurgen@example.de" }]),
        ))
        .mount(&server)
        .await;
    authorized(Mock::given(method("POST")))
        .and(path("/rest/api/3/search/jql"))
        .and(wiremock::matchers::body_partial_json(
            json!({ "jql": "reporter = \"7\" ORDER BY created DESC" }),
        ))
        .respond_with(json(
            200,
            json!({ "issues": [issue(90, "Alte Rechnung", "Resolved", "Medium", 7)], "isLast": true }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    authorized(Mock::given(method("POST")))
        .and(path("/rest/api/3/search/jql"))
        .and(wiremock::matchers::body_partial_json(
            json!({ "jql": "project = = SUP ORDER BY priority DESC, updated DESC" }),
        ))
        .respond_with(json(
            400,
            json!({ "errorMessages": ["Error in the JQL Query: The character '=' is a reserved JQL character."], "errors": {} }),
        ))
        .mount(&server)
        .await;
    let desk = connect::<Jira>(&server);
    let found = desk
        .list_view(&view(SearchSyntax::Jira, "jurgen@example.de"), None)
        .await
        .expect("found");
    assert_eq!(found.tickets[0].id.0, 90);
    let err = desk
        .list_view(&view(SearchSyntax::Jira, "project = = SUP"), None)
        .await
        .expect_err("refused");
    match err {
        Error::Invalid(why) => assert!(why.contains("reserved JQL character"), "{why}"),
        other => panic!("the desk's own message, not {other:?}"),
    }
}
