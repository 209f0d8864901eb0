//! The HTTP client every help desk backend uses: rustls, connect and request timeouts, the
//! proxy variables honoured, a non-browser User-Agent, the Authorization header kept out of
//! debug output, and HTTP failures turned into [`Error`]s an agent can act on.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use jiff::Timestamp;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue, RETRY_AFTER};
use reqwest::{Client, Method, StatusCode, Url};
use serde::de::DeserializeOwned;
use tokio::sync::watch;

use super::Error;

/// Sent with every request. Deliberately not browser-like: Request Tracker answers a
/// browser's unauthenticated request with a login page instead of a 401.
pub const USER_AGENT: &str = concat!(
    "frontdesk/",
    env!("CARGO_PKG_VERSION"),
    " (terminal help desk client)"
);

/// How long to wait for a connection and for a whole answer, and how to wait out a 429.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub connect: Duration,
    pub request: Duration,
    /// The wait after a 429 that does not say how long (no `Retry-After`).
    pub rate_limit_default: Duration,
    /// A longer `Retry-After` is not waited out in the background: the call fails with it.
    pub rate_limit_max: Duration,
    /// How many times one request is retried after a 429.
    pub rate_limit_retries: u32,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(5),
            request: Duration::from_secs(30),
            rate_limit_default: Duration::from_secs(10),
            rate_limit_max: Duration::from_secs(120),
            rate_limit_retries: 3,
        }
    }
}

/// Until when the help desk has asked frontdesk to hold its requests, shared by every request
/// of one desk so the interface can show a countdown.
#[derive(Debug, Clone)]
pub struct Throttle {
    until: Arc<watch::Sender<Option<Timestamp>>>,
}

impl Default for Throttle {
    fn default() -> Self {
        Self {
            until: Arc::new(watch::channel(None).0),
        }
    }
}

impl Throttle {
    /// Changes of the hold, as they happen.
    pub fn subscribe(&self) -> watch::Receiver<Option<Timestamp>> {
        self.until.subscribe()
    }

    /// The hold now in force, if any.
    pub fn until(&self) -> Option<Timestamp> {
        *self.until.borrow()
    }

    fn hold(&self, until: Timestamp) {
        self.until.send_if_modified(|now| {
            let later = now.is_none_or(|t| t < until);
            if later {
                *now = Some(until);
            }
            later
        });
    }

    fn release(&self) {
        // Another request may still be waiting for a later time; that one releases it.
        self.until.send_if_modified(|now| {
            let over = now.is_some_and(|t| t <= Timestamp::now());
            if over {
                *now = None;
            }
            over
        });
    }
}

/// The web root and the API base for what a user typed as the URL, with or without the API
/// path (`api` such as `api/v2`): both end in `/`.
pub fn bases(url: &str, api: &str) -> (String, String) {
    let web = url.trim().trim_end_matches('/');
    let web = web
        .strip_suffix(&format!("/{api}"))
        .unwrap_or(web)
        .trim_end_matches('/');
    (format!("{web}/"), format!("{web}/{api}/"))
}

/// A client for one help desk's API.
#[derive(Clone)]
pub struct Http {
    client: Client,
    base: Url,
    auth: Option<HeaderValue>,
    requests: Arc<AtomicU64>,
    timeouts: Timeouts,
    throttle: Throttle,
}

/// A successful answer.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    /// The body as JSON of type `T`.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        serde_json::from_str(&self.body).map_err(|e| Error::Server {
            status: self.status.as_u16(),
            message: format!("an answer frontdesk cannot read ({e})"),
        })
    }
}

impl Http {
    /// A client for the API at `base` (a URL ending in `/`), sending `auth` as the
    /// Authorization header.
    pub fn new(base: &str, auth: Option<String>, timeouts: Timeouts) -> Result<Self, String> {
        let base = Url::parse(base).map_err(|e| format!("\"{base}\" is not a URL: {e}"))?;
        if !matches!(base.scheme(), "http" | "https") {
            return Err(format!("\"{base}\" is not an http:// or https:// URL"));
        }
        let auth = match auth {
            Some(value) => {
                let mut value = HeaderValue::from_str(&value).map_err(|_| {
                    "the credential contains characters a header cannot carry".to_string()
                })?;
                // Keeps the token out of any Debug output of requests and headers.
                value.set_sensitive(true);
                Some(value)
            }
            None => None,
        };
        let client = Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(timeouts.connect)
            .timeout(timeouts.request)
            // A redirect is how a misconfigured help desk says "log in here"; following it
            // would only produce a confusing HTML page.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| format!("cannot set up HTTP: {e}"))?;
        Ok(Self {
            client,
            base,
            auth,
            requests: Arc::new(AtomicU64::new(0)),
            timeouts,
            throttle: Throttle::default(),
        })
    }

    /// The base URL, for building links and messages.
    pub fn base(&self) -> &Url {
        &self.base
    }

    /// How many requests this client has sent, for tests that bound the cost of an operation.
    pub fn requests_sent(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    /// The rate-limit hold shared by this client's requests.
    pub fn throttle(&self) -> &Throttle {
        &self.throttle
    }

    fn url(&self, path: &str) -> Result<Url, Error> {
        self.base
            .join(path.trim_start_matches('/'))
            .map_err(|e| Error::Invalid(format!("bad path {path}: {e}")))
    }

    /// Sends a request and returns the answer if it was a success (2xx); anything else becomes
    /// an [`Error`]. A 429 is waited out and the request repeated (it was not carried out), up
    /// to the limits in [`Timeouts`]; while waiting, the [`Throttle`] tells the interface.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<&serde_json::Value>,
        headers: &[(HeaderName, String)],
    ) -> Result<Answer, Error> {
        let mut retries = 0;
        loop {
            let result = self
                .send_once(method.clone(), path, query, body, headers)
                .await;
            let Err(Error::RateLimited { retry_after }) = &result else {
                return result;
            };
            let wait = retry_after.unwrap_or(self.timeouts.rate_limit_default);
            if retries >= self.timeouts.rate_limit_retries || wait > self.timeouts.rate_limit_max {
                return Err(Error::RateLimited {
                    retry_after: Some(wait),
                });
            }
            retries += 1;
            let until = Timestamp::now()
                + jiff::SignedDuration::try_from(wait).unwrap_or(jiff::SignedDuration::ZERO);
            self.throttle.hold(until);
            tokio::time::sleep(wait).await;
            self.throttle.release();
        }
    }

    async fn send_once(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<&serde_json::Value>,
        headers: &[(HeaderName, String)],
    ) -> Result<Answer, Error> {
        let url = self.url(path)?;
        let mut request = self.client.request(method, url.clone()).query(query);
        if let Some(auth) = &self.auth {
            request = request.header(AUTHORIZATION, auth.clone());
        }
        for (name, value) in headers {
            request = request.header(name, value);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        if let Some(until) = self.throttle.until() {
            // Another request was told to wait: this one would only be refused too.
            if let Ok(wait) = Duration::try_from(until.duration_since(Timestamp::now())) {
                tokio::time::sleep(wait).await;
            }
        }
        self.requests.fetch_add(1, Ordering::Relaxed);
        let response = request.send().await.map_err(|e| transport_error(e, &url))?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response
            .text()
            .await
            .map_err(|e| transport_error(e, &url))?;
        if status.is_success() {
            Ok(Answer {
                status,
                headers,
                body,
            })
        } else {
            Err(status_error(status, &headers, &body))
        }
    }

    /// GETs JSON.
    pub async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, &str)],
    ) -> Result<T, Error> {
        self.send(Method::GET, path, query, None, &[]).await?.json()
    }
}

fn transport_error(err: reqwest::Error, url: &Url) -> Error {
    let host = url.host_str().unwrap_or("the help desk");
    let port = url
        .port_or_known_default()
        .map(|p| format!(":{p}"))
        .unwrap_or_default();
    if err.is_timeout() {
        return Error::Timeout;
    }
    if err.is_connect() {
        // The innermost cause says what happened (refused, no route, name not found, TLS).
        let mut cause: &dyn std::error::Error = &err;
        while let Some(next) = cause.source() {
            cause = next;
        }
        return Error::Network(format!("{host}{port} cannot be reached ({cause})"));
    }
    Error::Network(format!(
        "the connection to {host}{port} failed ({})",
        err.without_url()
    ))
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
        400 | 422 => Error::Invalid(message),
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
    let errors = json.get("errors").map(|e| match e {
        serde_json::Value::Array(list) => list
            .iter()
            .map(|item| match item {
                serde_json::Value::String(s) => s.clone(),
                other => ["message", "description"]
                    .iter()
                    .find_map(|k| other.get(*k).and_then(|v| v.as_str()))
                    .map(|m| match other.get("field").and_then(|f| f.as_str()) {
                        Some(field) => format!("{field}: {m}"),
                        None => m.to_string(),
                    })
                    .unwrap_or_else(|| other.to_string()),
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
    let summary = field("error_human")
        .or_else(|| field("message"))
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

/// How long a 429 asks us to wait: `Retry-After` in seconds or as an HTTP date, or Help
/// Scout's `X-RateLimit-Retry-After`.
pub fn retry_after(headers: &HeaderMap, now: jiff::Timestamp) -> Option<Duration> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
