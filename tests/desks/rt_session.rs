//! Request Tracker's web session as frontdesk carries it. Since its fix for CVE-2026-108277,
//! REST 2.0 takes the cookie on a write only when `Origin` (else `Referer`) names RT's own
//! host; anything else is 403 "Cross-site request forgery protection refused this request"
//! before any handler runs. The mock RT here enforces exactly that rule, so the tests see what
//! frontdesk sends. A session kept from an earlier run is carried on with.

use std::sync::Mutex;

use frontdesk::backend::{Changes, HelpDesk, Reply, TicketId};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use super::Errors;
use super::rt::Rt;

/// A note's and a status change's endpoints, answering as RT does once the request is let in,
/// after RT's own check of the cookie's origin against `allowed` (`scheme://host:port`).
struct Guarded {
    allowed: String,
    /// What each write carried: "cookie", "token" or "refused".
    seen: Mutex<Vec<String>>,
}

impl Respond for &'static Guarded {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let header = |name: &str| {
            request
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let carried = if header("authorization").as_deref() == Some(Rt::auth().as_str()) {
            "token"
        } else if header("cookie").is_some() {
            let origin = header("origin").or_else(|| header("referer"));
            let origin = origin.map(|o| o.trim_end_matches('/').to_string());
            if origin.as_deref() == Some(self.allowed.as_str()) {
                "cookie"
            } else {
                "refused"
            }
        } else {
            "refused"
        };
        self.seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(carried.to_string());
        if carried == "refused" {
            return ResponseTemplate::new(403).set_body_json(json!({
                "message": "Cross-site request forgery protection refused this request"
            }));
        }
        ResponseTemplate::new(if request.method.as_str() == "POST" {
            201
        } else {
            200
        })
        .set_body_json(json!(["Comments added"]))
    }
}

/// An RT that knows itself by `own` (None: by the address the mock listens on).
async fn rt(own: Option<&str>) -> (MockServer, &'static Guarded) {
    let server = MockServer::start().await;
    let guarded: &'static Guarded = Box::leak(Box::new(Guarded {
        allowed: own.map_or_else(|| server.uri(), str::to_string),
        seen: Mutex::new(Vec::new()),
    }));
    Mock::given(method("GET"))
        .and(path("/Helpers/Autocomplete/Users"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("set-cookie", "RT_SID_lab.80=s3ss10n; path=/; HttpOnly")
                .set_body_string("[]"),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(Rt::me_path()))
        .respond_with(ResponseTemplate::new(200).set_body_json(Rt::me_body()))
        .mount(&server)
        .await;
    for (verb, at) in [
        ("POST", "/REST/2.0/ticket/7/comment"),
        ("PUT", "/REST/2.0/ticket/7"),
    ] {
        Mock::given(method(verb))
            .and(path(at))
            .respond_with(guarded)
            .mount(&server)
            .await;
    }
    (server, guarded)
}

fn desk(server: &MockServer) -> frontdesk::backend::rt::RtDesk {
    frontdesk::backend::rt::RtDesk::new(
        &Rt::profile(&server.uri()),
        Rt::secret(),
        frontdesk::backend::http::Timeouts::default(),
    )
    .expect("desk")
}

fn note(text: &str) -> Reply {
    Reply {
        body: text.into(),
        public: false,
        ..Reply::default()
    }
}

fn solve() -> Changes {
    Changes {
        status: Some("resolved".into()),
        ..Changes::default()
    }
}

/// On an RT reached by the address it calls itself, writes go on the session: the cookie
/// with `Origin` and `Referer` naming RT's web root, as RT's own pages send.
pub async fn writes_carry_the_session_with_rts_own_origin() {
    let (server, guarded) = rt(None).await;
    let desk = desk(&server);
    desk.me().await.expect("me");
    desk.reply(TicketId(7), note("one")).await.expect("a note");
    desk.update(TicketId(7), solve(), None)
        .await
        .expect("solved");
    desk.reply(TicketId(7), note("two")).await.expect("again");
    assert_eq!(*guarded.seen.lock().expect("seen"), ["cookie"; 3]);
    assert_eq!(desk.cross_site_refusals(), 0);
    let sent = server.received_requests().await.expect("recorded");
    let write = sent
        .iter()
        .find(|r| r.method.as_str() == "POST")
        .expect("the note");
    let origin = write.headers.get("origin").and_then(|v| v.to_str().ok());
    assert_eq!(origin, Some(server.uri().as_str()));
    let referer = write.headers.get("referer").and_then(|v| v.to_str().ok());
    assert_eq!(referer, Some(format!("{}/", server.uri()).as_str()));
}

/// Behind a proxy RT is not told of, RT refuses the cookie on writes: each refused write is
/// repeated once with the token and delivered once, later writes of that kind go straight
/// with the token, and reads stay on the session.
pub async fn a_refused_session_write_is_repeated_once_with_the_token() {
    let (server, guarded) = rt(Some("https://rt.example.com")).await;
    let desk = desk(&server);
    desk.reply(TicketId(7), note("one")).await.expect("a note");
    desk.reply(TicketId(7), note("two")).await.expect("a note");
    desk.update(TicketId(7), solve(), None)
        .await
        .expect("solved");
    desk.update(TicketId(7), solve(), None)
        .await
        .expect("again");
    assert_eq!(
        *guarded.seen.lock().expect("seen"),
        ["refused", "token", "token", "refused", "token", "token"],
        "one refusal per kind of request, each repeated once"
    );
    assert_eq!(desk.cross_site_refusals(), 2);
    desk.me().await.expect("me");
    let sent = server.received_requests().await.expect("recorded");
    let read = sent.last().expect("the read");
    assert!(
        read.headers.contains_key("cookie") && !read.headers.contains_key("authorization"),
        "reads stay on the session"
    );
}

/// A session kept from an earlier run (the OS keyring) is carried on with: no login at start.
/// When RT has let it go, one login takes a new one, and that is handed on to be kept.
pub async fn a_kept_session_is_resumed_and_a_new_one_kept() {
    use frontdesk::backend::http::Keeper;
    use std::sync::Arc;
    use wiremock::matchers::header;
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/Helpers/Autocomplete/Users"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("set-cookie", "RT_SID_lab.80=fresh; path=/; HttpOnly")
                .set_body_string("[]"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let me = || Mock::given(method("GET")).and(path(Rt::me_path()));
    me().and(header("cookie", "RT_SID_lab.80=kept"))
        .respond_with(ResponseTemplate::new(200).set_body_json(Rt::me_body()))
        .up_to_n_times(1)
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    me().and(header("cookie", "RT_SID_lab.80=kept"))
        .respond_with(ResponseTemplate::new(302).insert_header("location", "/"))
        .with_priority(2)
        .mount(&server)
        .await;
    me().and(header("cookie", "RT_SID_lab.80=fresh"))
        .respond_with(ResponseTemplate::new(200).set_body_json(Rt::me_body()))
        .expect(1)
        .mount(&server)
        .await;
    let desk = desk(&server);
    let kept: Arc<Mutex<Vec<Option<String>>>> = Arc::default();
    let into = kept.clone();
    let keeper: Keeper = Arc::new(move |cookie: Option<&str>| {
        into.lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(cookie.map(str::to_string));
    });
    let session = desk
        .shell()
        .and_then(|s| s.http.session())
        .expect("RT takes a session");
    session.resume("RT_SID_lab.80=kept");
    session.keep_with(keeper);
    desk.me().await.expect("on the kept session");
    assert_eq!(desk.session_logins(), 0, "no login at start");
    desk.me().await.expect("after a new login");
    assert_eq!(desk.session_logins(), 1);
    assert_eq!(
        *kept.lock().expect("kept"),
        [Some("RT_SID_lab.80=fresh".to_string())],
        "the new session is handed on to be kept"
    );
}
