//! Turning HTTP failures into [`Error`]s an agent can act on, and reading the reasons servers
//! give.

use std::time::Duration;

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{StatusCode, Url};

use crate::backend::Error;

pub(super) fn transport_error(err: reqwest::Error, url: &Url) -> Error {
    let host = url.host_str().unwrap_or("the help desk");
    let port = url
        .port_or_known_default()
        .map(|p| format!(":{p}"))
        .unwrap_or_default();
    // A connection that was never made (refused, no route, or too slow to open) carried no
    // request: that failure is safe to repeat, so it is told apart from a timeout.
    if err.is_connect() {
        // The innermost cause says what happened (refused, no route, name not found, TLS).
        let mut cause: &dyn std::error::Error = &err;
        while let Some(next) = cause.source() {
            cause = next;
        }
        // Only the address and the cause: the interface says "cannot reach" in its language.
        return Error::Network(format!("{host}{port}: {cause}"));
    }
    if err.is_timeout() {
        return Error::Timeout;
    }
    // The request went out and the connection broke before a whole answer came back.
    let mut cause: &dyn std::error::Error = &err;
    while let Some(next) = cause.source() {
        cause = next;
    }
    Error::Interrupted(format!("{host}{port}: {cause}"))
}

/// The error an unsuccessful status stands for, with the server's own message where it gave one.
pub fn status_error(status: StatusCode, headers: &HeaderMap, body: &str) -> Error {
    let message = message_in(body).unwrap_or_else(|| {
        status
            .canonical_reason()
            .unwrap_or("no reason given")
            .to_string()
    });
    match status.as_u16() {
        401 => Error::Auth(message),
        403 => Error::Forbidden(message),
        404 => Error::NotFound(message),
        409 | 412 => Error::Conflict,
        400 | 422 => match super::required::missing_fields(body) {
            Some(missing) => Error::FieldsRequired(missing),
            None => Error::Invalid(message),
        },
        413 => Error::Invalid(format!(
            "the help desk refused the message as too large (413: {message}); \
             send fewer or smaller files"
        )),
        429 => Error::RateLimited {
            retry_after: retry_after(headers, jiff::Timestamp::now()),
        },
        300..=399 => Error::Auth(format!(
            "the help desk redirected to {} instead of answering; check the URL and the credential",
            headers
                .get("location")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("another page")
        )),
        code => Error::Server {
            status: code,
            message,
        },
    }
}

/// A readable message from an error body: JSON in any of the shapes help desks use
/// (`message`, `error_human`, `description`, `error`, `errors`), else short plain text.
pub fn message_in(body: &str) -> Option<String> {
    let text = body.trim();
    if text.is_empty() {
        return None;
    }
    let Ok(json) = serde_json::from_str::<serde_json::Value>(text) else {
        let first = text.lines().next().unwrap_or_default();
        return (first.len() <= 200 && !first.starts_with('<'))
            .then(|| crate::text::clean_line(first));
    };
    let field = |name: &str| json.get(name).and_then(|v| v.as_str()).map(str::to_string);
    // Help Scout (vnd.error) puts them under `_embedded`.
    let listed = json
        .get("errors")
        .or_else(|| json.get("_embedded").and_then(|e| e.get("errors")));
    let errors = listed.map(|e| match e {
        serde_json::Value::Array(list) => list
            .iter()
            .map(|item| match item {
                serde_json::Value::String(s) => s.clone(),
                other => ["message", "description"]
                    .iter()
                    .find_map(|k| other.get(*k).and_then(|v| v.as_str()))
                    .map(|m| {
                        match other
                            .get("field")
                            .or_else(|| other.get("path"))
                            .and_then(|f| f.as_str())
                        {
                            Some(field) => format!("{field}: {m}"),
                            None => m.to_string(),
                        }
                    })
                    .unwrap_or_else(|| other.to_string()),
            })
            .collect::<Vec<_>>()
            .join("; "),
        // Jira's `errors` names each field: {"summary": "You must specify a summary"}.
        serde_json::Value::Object(fields) => fields
            .iter()
            .map(|(k, v)| {
                format!(
                    "{k}: {}",
                    v.as_str().map_or_else(|| v.to_string(), str::to_string)
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    });
    // Zendesk puts the reasons of a 422 under `details`: {"base": [{"description": …}]}.
    let errors = errors.or_else(|| {
        let details = json.get("details")?.as_object()?;
        let reasons: Vec<&str> = details
            .values()
            .filter_map(|v| v.as_array())
            .flatten()
            .filter_map(|d| d.get("description").and_then(|v| v.as_str()))
            .collect();
        (!reasons.is_empty()).then(|| reasons.join("; "))
    });
    // Jira's `errorMessages`, a list of sentences.
    let sentences = json
        .get("errorMessages")
        .and_then(|m| m.as_array())
        .map(|list| {
            list.iter()
                .filter_map(|m| m.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|s| !s.is_empty());
    let summary = field("error_human")
        .or_else(|| field("message"))
        .or(sentences)
        .or_else(|| {
            field("description").map(|d| match field("error") {
                Some(e) if e != d => format!("{e}: {d}"),
                _ => d,
            })
        });
    let message = match (summary.or_else(|| field("error")), errors) {
        (Some(summary), Some(details)) if !details.is_empty() => format!("{summary} ({details})"),
        (Some(summary), _) => summary,
        (None, details) => details?,
    };
    Some(crate::text::clean_line(&message))
}

/// The longest wait a 429 is taken to ask for. A help desk asking for more (a year, as a
/// broken proxy once did) gets a try again after this.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);

/// How long a 429 asks us to wait: `Retry-After` in seconds or as an HTTP date, or Help
/// Scout's `X-RateLimit-Retry-After`, at most [`MAX_RETRY_AFTER`].
pub fn retry_after(headers: &HeaderMap, now: jiff::Timestamp) -> Option<Duration> {
    asked_wait(headers, now).map(|wait| wait.min(MAX_RETRY_AFTER))
}

fn asked_wait(headers: &HeaderMap, now: jiff::Timestamp) -> Option<Duration> {
    let value = headers
        .get(RETRY_AFTER)
        .or_else(|| headers.get("x-ratelimit-retry-after"))
        .and_then(|v| v.to_str().ok())?
        .trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = jiff::fmt::rfc2822::parse(value).ok()?.timestamp();
    Some(Duration::try_from(at.duration_since(now)).unwrap_or(Duration::ZERO))
}

/// Whether a failed read may well work if tried again at once: the connection was refused or
/// dropped, or a gateway in front of the help desk failed. A timeout has already cost the
/// agent its whole wait, so it is not repeated.
pub(super) fn worth_reading_again(err: &Error) -> bool {
    matches!(
        err,
        Error::Network(_)
            | Error::Interrupted(_)
            | Error::Server {
                status: 502..=504,
                ..
            }
    )
}

/// `pause` scaled by a random factor between ½ and 1½, so clients that failed together do not
/// come back together.
pub(super) fn jittered(pause: Duration) -> Duration {
    pause.mul_f64(0.5 + fastrand::f64())
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn error_bodies_of_every_shape_become_one_line() {
        assert_eq!(
            message_in(r#"{"message":"Unauthorized"}"#).as_deref(),
            Some("Unauthorized")
        );
        assert_eq!(
            message_in(r#"{"error":"RecordNotFound","description":"Not found"}"#).as_deref(),
            Some("RecordNotFound: Not found")
        );
        assert_eq!(
            message_in(r#"{"error":"x","error_human":"Ticket is locked"}"#).as_deref(),
            Some("Ticket is locked")
        );
        assert_eq!(
            message_in(r#"{"description":"Validation failed","errors":[{"field":"email","message":"invalid"}]}"#).as_deref(),
            Some("Validation failed (email: invalid)")
        );
        assert_eq!(
            message_in(r#"{"errors":["Subject cannot be blank","x"]}"#).as_deref(),
            Some("Subject cannot be blank; x")
        );
        assert_eq!(message_in("<html><body>Login</body></html>"), None);
        assert_eq!(
            message_in("Service Unavailable\n").as_deref(),
            Some("Service Unavailable")
        );
        assert_eq!(message_in(""), None);
        assert_eq!(
            message_in(r#"{"error":"RecordInvalid","description":"Record validation errors","details":{"status":[{"description":"Status: closed prevents ticket update"}]}}"#).as_deref(),
            Some("RecordInvalid: Record validation errors (Status: closed prevents ticket update)")
        );
    }

    #[test]
    fn an_absurd_retry_after_is_taken_as_a_day() {
        let now: jiff::Timestamp = "2026-11-22T12:00:00Z".parse().expect("time");
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_static("99999999999999"));
        assert_eq!(retry_after(&h, now), Some(MAX_RETRY_AFTER));
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now: jiff::Timestamp = "2026-11-22T12:00:00Z".parse().expect("valid");
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_static("17"));
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(17)));
        h.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Sun, 22 Nov 2026 12:00:45 GMT"),
        );
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(45)));
        h.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Sun, 22 Nov 2026 11:00:00 GMT"),
        );
        assert_eq!(
            retry_after(&h, now),
            Some(Duration::ZERO),
            "a date in the past means now"
        );
        h.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&h, now), None);
    }

    #[test]
    fn statuses_map_to_errors_an_agent_can_act_on() {
        let h = HeaderMap::new();
        assert!(
            matches!(status_error(StatusCode::UNAUTHORIZED, &h, r#"{"message":"Unauthorized"}"#), Error::Auth(m) if m == "Unauthorized")
        );
        assert_eq!(
            status_error(StatusCode::PRECONDITION_FAILED, &h, ""),
            Error::Conflict
        );
        assert!(
            matches!(status_error(StatusCode::FOUND, &h, ""), Error::Auth(m) if m.contains("redirected"))
        );
        assert!(matches!(
            status_error(StatusCode::BAD_GATEWAY, &h, ""),
            Error::Server { status: 502, .. }
        ));
    }
}
