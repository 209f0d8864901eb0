//! The error scenarios every HTTP backend shares: the credential, 401, 404, 422, 429s with
//! and without `Retry-After`, a read dropped on the way, a slow answer, and the log never
//! holding the credential.

use std::time::Duration;

use frontdesk::backend::Error;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{Errors, connect, connect_at, json, requests, start, watch_holds};
use crate::faults::{Fault, FaultProxy};

pub async fn mount_me<F: Errors>(server: &MockServer, answer: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(F::me_path()))
        .and(header(F::auth_header(), F::auth().as_str()))
        .respond_with(answer)
        .mount(server)
        .await;
}

/// The credential goes in the documented header and `me` reads the agent.
pub async fn the_credential_is_sent_as_documented<F: Errors>() {
    let server = start::<F>().await;
    mount_me::<F>(&server, json(200, F::me_body())).await;
    let me = connect::<F>(&server).me().await.expect("me");
    assert_eq!(me.name, "Sam Rivera");
}

/// 401 is an authentication error in the server's words.
pub async fn unauthorized_is_explained<F: Errors>() {
    let server = start::<F>().await;
    let (body, phrase) = F::unauthorized();
    mount_me::<F>(&server, json(401, body)).await;
    let err = connect::<F>(&server).me().await.expect_err("401");
    assert!(
        matches!(&err, Error::Auth(m) if m.contains(phrase)),
        "{err:?}"
    );
}

/// 404 is "not found".
pub async fn not_found_is_explained<F: Errors>() {
    let server = start::<F>().await;
    mount_me::<F>(&server, ResponseTemplate::new(404)).await;
    let err = connect::<F>(&server).me().await.expect_err("404");
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
}

/// 422 carries the validation message.
pub async fn unprocessable_is_explained<F: Errors>() {
    let server = start::<F>().await;
    let (body, phrase) = F::unprocessable();
    mount_me::<F>(&server, json(422, body)).await;
    let err = connect::<F>(&server).me().await.expect_err("422");
    assert!(
        matches!(&err, Error::Invalid(m) if m.contains(phrase)),
        "{err:?}"
    );
}

/// A refusal that names a field the desk wants filled is told apart: the interface asks
/// for the field instead of showing an error, and never retries it.
pub async fn a_required_field_refusal_names_the_field<F: Errors>() {
    let Some((status, body, field)) = F::required() else {
        return;
    };
    let server = start::<F>().await;
    mount_me::<F>(&server, json(status, body)).await;
    let err = connect::<F>(&server).me().await.expect_err("refused");
    match &err {
        Error::FieldsRequired(missing) => {
            assert_eq!(missing.first().map(|m| m.field.as_str()), Some(field))
        }
        other => panic!("{other:?}"),
    }
    assert!(!err.is_transient() && !err.may_have_been_applied());
}

/// Answers 429 once with `retry_after` (if any), then succeeds; returns whether the throttle
/// was seen holding requests.
async fn rate_limited_once<F: Errors>(retry_after: Option<String>) -> bool {
    let server = start::<F>().await;
    let mut limited = ResponseTemplate::new(429).set_body_string("Too Many Requests");
    if let Some(value) = retry_after {
        limited = limited.insert_header("retry-after", value.as_str());
    }
    Mock::given(method("GET"))
        .and(path(F::me_path()))
        .respond_with(limited)
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    mount_me::<F>(&server, json(200, F::me_body())).await;
    let desk = connect::<F>(&server);
    let watcher = watch_holds(&desk);
    let me = desk.me().await.expect("answered after waiting");
    assert_eq!(me.name, "Sam Rivera");
    assert_eq!(requests(&server).await, 2, "asked once more, not more");
    drop(desk);
    watcher.await.unwrap_or(false)
}

/// `Retry-After: 1` is waited out, shown as a hold, and the request repeated.
pub async fn a_429_with_seconds_is_waited_out<F: Errors>() {
    assert!(rate_limited_once::<F>(Some("1".into())).await, "hold shown");
}

/// `Retry-After` as an HTTP date.
pub async fn a_429_with_a_date_is_waited_out<F: Errors>() {
    let at = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(1);
    let date = jiff::fmt::rfc2822::to_string(&at.to_zoned(jiff::tz::TimeZone::UTC))
        .expect("date")
        .replace("+0000", "GMT");
    assert!(rate_limited_once::<F>(Some(date)).await, "hold shown");
}

/// No `Retry-After`: the bounded default wait.
pub async fn a_429_without_retry_after_waits_the_default<F: Errors>() {
    assert!(rate_limited_once::<F>(None).await, "hold shown");
}

/// A wait beyond the limit is not sat out: the call fails saying how long.
pub async fn a_long_429_fails_with_the_wait<F: Errors>() {
    let server = start::<F>().await;
    Mock::given(method("GET"))
        .and(path(F::me_path()))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "3600"))
        .mount(&server)
        .await;
    let err = connect::<F>(&server).me().await.expect_err("429");
    assert_eq!(
        err,
        Error::RateLimited {
            retry_after: Some(Duration::from_secs(3600))
        }
    );
    assert_eq!(requests(&server).await, 1);
}

/// A read whose answer is lost on the way (the connection drops after the server answered)
/// is tried again, and the agent never sees the hiccup.
pub async fn a_dropped_read_is_tried_again<F: Errors>() {
    let server = start::<F>().await;
    mount_me::<F>(&server, json(200, F::me_body())).await;
    let proxy = FaultProxy::start(server.address().port()).await;
    proxy.break_next("GET", F::me_path(), Fault::ForwardThenDrop);
    let desk = connect_at::<F>(&format!("http://127.0.0.1:{}", proxy.port));
    desk.me().await.expect("the second try answers");
    assert!(proxy.all_used());
    assert_eq!(requests(&server).await, 2, "read twice");
}

/// An answer slower than the request timeout is a timeout.
pub async fn a_slow_answer_times_out<F: Errors>() {
    let server = start::<F>().await;
    mount_me::<F>(
        &server,
        json(200, F::me_body()).set_delay(Duration::from_secs(3)),
    )
    .await;
    let err = connect::<F>(&server).me().await.expect_err("timeout");
    assert_eq!(err, Error::Timeout);
}

/// `frontdesk doctor` logging every request at the most detailed level: the log shows the
/// requests, and neither the credential nor the Authorization header that carries it.
pub async fn the_log_never_holds_the_credential<F: Errors>() {
    let server = start::<F>().await;
    mount_me::<F>(&server, json(200, F::me_body())).await;
    let home = tempfile::tempdir().expect("home");
    let profile = F::profile(&server.uri());
    let backend = frontdesk::config::BackendKind::ALL
        .iter()
        .find(|(_, kind)| *kind == profile.backend)
        .map(|(name, _)| *name)
        .expect("a backend name");
    let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"));
    cmd.arg("doctor")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("XDG_CONFIG_HOME", home.path())
        .env("FRONTDESK_DATA_DIR", home.path())
        .env("FRONTDESK_LOG", "trace")
        .env("FRONTDESK_BACKEND", backend)
        .env("FRONTDESK_URL", server.uri())
        .env("FRONTDESK_TOKEN", F::secret())
        .env_remove("FRONTDESK_PROFILE")
        .env_remove("FRONTDESK_CONFIG");
    match &profile.user {
        Some(user) => cmd.env("FRONTDESK_USER", user),
        None => cmd.env_remove("FRONTDESK_USER"),
    };
    let out = cmd.output().await.expect("doctor runs");
    let log = std::fs::read_to_string(frontdesk::log::path(home.path())).expect("a log");
    assert!(
        log.contains(F::me_path()),
        "the log records requests: {log}\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let header = F::auth();
    let encoded = header.split_whitespace().last().unwrap_or(&header);
    for secret in [F::secret(), header.as_str(), encoded] {
        assert!(!log.contains(secret), "{secret} is in the log:\n{log}");
    }
    for name in ["authorization", F::auth_header()] {
        assert!(
            !log.to_ascii_lowercase().contains(name),
            "a header is in the log:\n{log}"
        );
    }
}
