//! Request Tracker in the error scenarios (its data scenarios run against a real RT in
//! `rt_live`): token auth, `GET /REST/2.0/user/{id}` for `me`, `{"message": …}` errors.

use frontdesk::config::{BackendKind, Profile};
use serde_json::{Value, json};

use super::Errors;

/// A Request Tracker whose errors are checked.
pub struct Rt;

impl Errors for Rt {
    fn profile(url: &str) -> Profile {
        let mut p = Profile::new("rt", BackendKind::Rt);
        p.url = Some(url.to_string());
        p
    }
    fn secret() -> &'static str {
        "1-14-0123456789abcdef0123456789abcdef"
    }
    fn auth() -> String {
        format!("token {}", Self::secret())
    }
    fn me_path() -> &'static str {
        "/REST/2.0/user/14"
    }
    fn me_body() -> Value {
        json!({ "id": 14, "Name": "sam", "RealName": "Sam Rivera", "EmailAddress": "sam@example.com" })
    }
    fn unauthorized() -> (Value, &'static str) {
        (json!({ "message": "Unauthorized" }), "Unauthorized")
    }
    fn unprocessable() -> (Value, &'static str) {
        (
            json!({ "message": "Invalid value for Status: 'bogus'" }),
            "Invalid value for Status",
        )
    }
}

fn desk(server: &wiremock::MockServer) -> frontdesk::backend::rt::RtDesk {
    frontdesk::backend::rt::RtDesk::new(
        &Rt::profile(&server.uri()),
        Rt::secret(),
        frontdesk::backend::http::Timeouts::default(),
    )
    .expect("desk")
}

/// The token is exchanged for RT's web session once; requests carry the cookie, never the
/// token; when RT lets the session go (302 to its login page), a new one is taken and the
/// request answered.
pub async fn a_session_is_taken_once_and_renewed_when_rt_lets_it_go() {
    use frontdesk::backend::HelpDesk;
    use wiremock::matchers::{header, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    let session = |value: &str| {
        ResponseTemplate::new(200)
            .insert_header(
                "set-cookie",
                format!("RT_SID_lab.80={value}; path=/; HttpOnly").as_str(),
            )
            .set_body_string("<html>RT at a glance</html>")
    };
    Mock::given(method("GET"))
        .and(path("/Helpers/Autocomplete/Users"))
        .and(header("authorization", Rt::auth().as_str()))
        .respond_with(session("first"))
        .up_to_n_times(1)
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/Helpers/Autocomplete/Users"))
        .and(header("authorization", Rt::auth().as_str()))
        .respond_with(session("second"))
        .with_priority(2)
        .expect(1)
        .mount(&server)
        .await;
    let me = || Mock::given(method("GET")).and(path(Rt::me_path()));
    me().and(header("cookie", "RT_SID_lab.80=first"))
        .respond_with(ResponseTemplate::new(200).set_body_json(Rt::me_body()))
        .up_to_n_times(2)
        .with_priority(1)
        .mount(&server)
        .await;
    me().and(header("cookie", "RT_SID_lab.80=first"))
        .respond_with(ResponseTemplate::new(302).insert_header("location", "/"))
        .with_priority(2)
        .mount(&server)
        .await;
    me().and(header("cookie", "RT_SID_lab.80=second"))
        .respond_with(ResponseTemplate::new(200).set_body_json(Rt::me_body()))
        .expect(2)
        .mount(&server)
        .await;
    me().and(header("authorization", Rt::auth().as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(Rt::me_body()))
        .expect(0)
        .mount(&server)
        .await;
    let desk = desk(&server);
    for n in 1..=4 {
        let agent = desk.me().await.unwrap_or_else(|e| panic!("call {n}: {e}"));
        assert_eq!(agent.name, "Sam Rivera");
    }
    assert_eq!(desk.session_logins(), 2, "one login, one renewal");
    assert!(desk.session_active());
}

/// A wrong token gets RT's anonymous session, which REST refuses: the session is given up and
/// the token goes along, so RT's own 401 reaches the agent.
pub async fn a_session_that_never_took_falls_back_to_the_credential() {
    use frontdesk::backend::{Error, HelpDesk};
    use wiremock::matchers::{header, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/Helpers/Autocomplete/Users"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("set-cookie", "RT_SID_lab.80=anonymous; path=/")
                .set_body_string("<html>Login</html>"),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(Rt::me_path()))
        .and(header("cookie", "RT_SID_lab.80=anonymous"))
        .respond_with(ResponseTemplate::new(302).insert_header("location", "/"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(Rt::me_path()))
        .and(header("authorization", Rt::auth().as_str()))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({ "message": "Unauthorized" })),
        )
        .expect(2)
        .mount(&server)
        .await;
    let desk = desk(&server);
    for _ in 0..2 {
        let err = desk.me().await.expect_err("a wrong token");
        assert!(matches!(err, Error::Auth(_)), "{err:?}");
    }
    assert!(!desk.session_active(), "no session is kept");
}
