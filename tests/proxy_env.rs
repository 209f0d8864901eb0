//! The proxy variables are honoured: with `HTTP_PROXY` set, a help desk whose name does not
//! even resolve is reached through the proxy; with the host in `NO_PROXY`, it is not. A test
//! binary of its own, because it changes the process's environment.

use frontdesk::backend::Error;
use frontdesk::backend::http::Timeouts;
use frontdesk::config::{BackendKind, Profile};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn zendesk_at(url: &str) -> std::sync::Arc<dyn frontdesk::backend::HelpDesk> {
    let mut profile = Profile::new("proxied", BackendKind::Zendesk);
    profile.url = Some(url.into());
    profile.user = Some("sam@example.com".into());
    frontdesk::connect::with_timeouts(&profile, "zd-token", Timeouts::default()).expect("desk")
}

#[tokio::test]
async fn requests_go_through_the_proxy_the_environment_names() {
    // A forward proxy receives the whole URL; the mock answers by its path.
    let proxy = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/users/me"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "user": { "id": 9, "name": "Sam Rivera", "email": "sam@example.com", "role": "agent" }
        })))
        .mount(&proxy)
        .await;
    // SAFETY: this binary's only test, so no other thread reads the environment meanwhile.
    unsafe {
        std::env::set_var("HTTP_PROXY", proxy.uri());
        std::env::remove_var("NO_PROXY");
    }
    let me = zendesk_at("http://helpdesk.invalid").me().await;
    assert_eq!(me.map(|a| a.name), Ok("Sam Rivera".to_string()));
    let seen = proxy.received_requests().await.unwrap_or_default();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].url.host_str(), Some("helpdesk.invalid"));

    // SAFETY: as above.
    unsafe {
        std::env::set_var("NO_PROXY", "helpdesk.invalid");
    }
    let direct = zendesk_at("http://helpdesk.invalid").me().await;
    assert!(
        matches!(direct, Err(Error::Network(_))),
        "not through the proxy: {direct:?}"
    );
}
