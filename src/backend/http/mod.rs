//! The HTTP client every help desk backend uses: rustls, connect and request timeouts, the
//! proxy variables honoured, a non-browser User-Agent, the Authorization header kept out of
//! debug output, and HTTP failures turned into [`Error`]s an agent can act on.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use jiff::Timestamp;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue};
use reqwest::{Client, Method, StatusCode, Url};
use serde::de::DeserializeOwned;

use super::Error;

mod body;
mod budget;
mod download;
mod errors;
mod oauth;
mod required;
mod session;
mod throttle;
mod timeouts;

pub use budget::RateLimit;
pub use download::Sink;
use errors::{jittered, transport_error, worth_reading_again};
pub use errors::{message_in, retry_after, status_error};
pub use oauth::ClientCredentials;
pub use session::{Exchange, Keeper, RequestCost, Session, Trial};
pub use throttle::Throttle;
pub use timeouts::Timeouts;

/// Sent with every request. Deliberately not browser-like: Request Tracker answers a
/// browser's unauthenticated request with a login page instead of a 401.
pub const USER_AGENT: &str = concat!(
    "frontdesk/",
    env!("CARGO_PKG_VERSION"),
    " (terminal help desk client)"
);

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
    /// The header the credential goes in: Authorization, or a desk's own (Redmine's
    /// `X-Redmine-API-Key`).
    auth_name: HeaderName,
    requests: Arc<AtomicU64>,
    timeouts: Timeouts,
    throttle: Throttle,
    /// Where the desk offers one, the session requests carry instead of the credential.
    session: Option<Arc<Session>>,
    /// Where the credential is an app's id and secret, what they are exchanged for.
    oauth: Option<Arc<ClientCredentials>>,
    /// What a write counts against the desk's rate limit (Help Scout counts it twice).
    write_cost: u32,
}

/// What one try of a request came to.
enum Sent {
    Answer(Result<Answer, Error>),
    /// Sent with the session's cookie and redirected: the desk no longer honours it.
    SessionGone,
    /// Sent with the session's cookie and refused as a possible cross-site request; nothing
    /// was done.
    CrossSite(Error),
}

/// What proves who sends a request.
#[derive(Clone, Copy)]
enum Carry<'a> {
    /// The desk's session cookie.
    Cookie(&'a HeaderValue),
    /// The credential (or the token it was exchanged for), in the credential's header.
    Credential(&'a HeaderValue),
    Nothing,
}

/// What a request carries.
#[derive(Clone, Copy)]
pub enum Payload<'a> {
    Json(&'a serde_json::Value),
    /// A file's raw bytes with their media type (Zendesk's uploads).
    Bytes {
        data: &'a [u8],
        mime: &'a str,
    },
    /// A multipart form, built afresh for each try since a form is consumed by sending it.
    Form(&'a (dyn Fn() -> reqwest::multipart::Form + Send + Sync)),
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
        serde_json::from_str(&body::mend_surrogates(&self.body)).map_err(|e| Error::Server {
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
            auth_name: AUTHORIZATION,
            requests: Arc::new(AtomicU64::new(0)),
            timeouts,
            throttle: Throttle::default(),
            session: None,
            oauth: None,
            write_cost: 1,
        })
    }

    /// This client sending the credential in header `name` instead of Authorization.
    pub fn with_auth_header(mut self, name: HeaderName) -> Self {
        self.auth_name = name;
        self
    }

    /// This client with a session: the credential is exchanged for a cookie on the first
    /// request, and requests carry the cookie from then on, naming `web` (the desk's web
    /// root) as where they come from.
    pub fn with_session(mut self, exchange: Exchange, web: &Url) -> Self {
        self.session = Some(Arc::new(Session::new(exchange, web)));
        self
    }

    /// This client exchanging an app's id and secret for the bearer tokens it sends.
    pub fn with_client_credentials(mut self, credentials: ClientCredentials) -> Self {
        self.oauth = Some(Arc::new(credentials));
        self
    }

    /// The Authorization header of a client with client credentials, and whether the token
    /// was issued just now.
    async fn token(&self) -> Result<Option<(HeaderValue, bool)>, Error> {
        match &self.oauth {
            Some(oauth) => Ok(Some(oauth.header(&self.client, &self.requests).await?)),
            None => Ok(None),
        }
    }

    /// This client for a desk that counts each write (POST, PUT, PATCH, DELETE) as `cost`
    /// requests against its rate limit.
    pub fn with_write_cost(mut self, cost: u32) -> Self {
        self.write_cost = cost.max(1);
        self
    }

    /// The session, if this client takes one.
    pub fn session(&self) -> Option<&Session> {
        self.session.as_deref()
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
    /// Reads (GET) that fail on the way (refused, dropped, 502–504) are tried again after a
    /// short, jittered pause; writes never are, since a write may have been carried out.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<&serde_json::Value>,
        headers: &[(HeaderName, String)],
    ) -> Result<Answer, Error> {
        self.send_payload(method, path, query, body.map(Payload::Json), headers)
            .await
    }

    /// [`Http::send`] with any [`Payload`].
    pub async fn send_payload(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<Payload<'_>>,
        headers: &[(HeaderName, String)],
    ) -> Result<Answer, Error> {
        let mut rate_limited = 0;
        let mut read_retries = 0;
        let mut token_renewed = false;
        let mut cross_site_refused = false;
        loop {
            let session = match &self.session {
                Some(session) if !session.by_credential(&method) => {
                    session.cookie(&self.client, self.auth.as_ref()).await
                }
                _ => None,
            };
            let token = self.token().await?;
            let carry = match (&session, &token, &self.auth) {
                (Some((cookie, _)), _, _) => Carry::Cookie(cookie),
                (None, Some((token, _)), _) | (None, None, Some(token)) => Carry::Credential(token),
                (None, None, None) => Carry::Nothing,
            };
            let result = match self
                .send_once(method.clone(), path, query, body, headers, carry)
                .await
            {
                // Redirected to the login page: nothing was done (the redirect comes before
                // any handler), so the request goes again. A session the desk let go is taken
                // anew; one refused straight after its login never took, and the credential
                // goes along instead.
                Sent::SessionGone => {
                    if let (Some(session), Some((cookie, fresh))) = (&self.session, &session) {
                        if *fresh {
                            session.refuse();
                        } else {
                            session.forget(cookie);
                        }
                    }
                    continue;
                }
                // Refused before anything was done: the request goes again once with the
                // credential, and so do this method's requests from now on.
                Sent::CrossSite(err) => match &self.session {
                    Some(session) if !cross_site_refused && self.auth.is_some() => {
                        cross_site_refused = true;
                        session.refused_cross_site(&method);
                        continue;
                    }
                    _ => Err(err),
                },
                Sent::Answer(result) => result,
            };
            match &result {
                // A token refused before its time: revoked, or the clocks disagree. The
                // request was not carried out, so it goes again with a new token, once.
                Err(Error::Auth(_))
                    if !token_renewed
                        && let (Some(oauth), Some((used, false))) = (&self.oauth, &token) =>
                {
                    token_renewed = true;
                    tracing::info!(path, "the access token was refused; asking for a new one");
                    oauth.forget(used).await;
                }
                Err(Error::RateLimited { retry_after }) => {
                    let wait = retry_after.unwrap_or(self.timeouts.rate_limit_default);
                    if rate_limited >= self.timeouts.rate_limit_retries
                        || wait > self.timeouts.rate_limit_max
                    {
                        return Err(Error::RateLimited {
                            retry_after: Some(wait),
                        });
                    }
                    rate_limited += 1;
                    let until = Timestamp::now()
                        + jiff::SignedDuration::try_from(wait)
                            .unwrap_or(jiff::SignedDuration::ZERO);
                    self.throttle.refused(until);
                    self.throttle.hold(until);
                    tokio::time::sleep(wait).await;
                    self.throttle.release();
                }
                Err(err)
                    if method == Method::GET
                        && worth_reading_again(err)
                        && read_retries < self.timeouts.read_retries =>
                {
                    read_retries += 1;
                    let pause = jittered(self.timeouts.read_backoff * 2u32.pow(read_retries - 1));
                    tracing::info!(%method, path, %err, ?pause, "reading again");
                    tokio::time::sleep(pause).await;
                }
                _ => return result,
            }
        }
    }

    async fn send_once(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<Payload<'_>>,
        headers: &[(HeaderName, String)],
        carry: Carry<'_>,
    ) -> Sent {
        let url = match self.url(path) {
            Ok(url) => url,
            Err(err) => return Sent::Answer(Err(err)),
        };
        let mut request = self
            .client
            .request(method.clone(), url.clone())
            .query(query);
        match carry {
            Carry::Cookie(cookie) => {
                request = request.header(reqwest::header::COOKIE, cookie.clone());
                // What the desk's own pages send: RT takes a cookie on a write only from them.
                for (name, value) in self.session.iter().flat_map(|s| s.origin_headers()) {
                    request = request.header(name, value);
                }
            }
            Carry::Credential(auth) => request = request.header(&self.auth_name, auth.clone()),
            Carry::Nothing => {}
        }
        for (name, value) in headers {
            request = request.header(name, value);
        }
        request = match body {
            Some(Payload::Json(json)) => request.json(json),
            Some(Payload::Bytes { data, mime }) => request
                .header(reqwest::header::CONTENT_TYPE, mime)
                .body(data.to_vec()),
            Some(Payload::Form(form)) => request.multipart(form()),
            None => request,
        };
        let cost = if method == Method::GET || method == Method::HEAD {
            1
        } else {
            self.write_cost
        };
        self.wait_for_budget(cost).await;
        self.requests.fetch_add(1, Ordering::Relaxed);
        let started = std::time::Instant::now();
        // The path only: never the query (it may hold search terms or e-mail addresses) and
        // never a header (the credential).
        let shown = url.path().to_string();
        let answered = async {
            let response = request.send().await.map_err(|e| transport_error(e, &url))?;
            let status = response.status();
            let headers = response.headers().clone();
            self.throttle.learn(&headers);
            let body = body::read(response, &url, self.timeouts.max_answer).await?;
            Ok::<_, Error>((status, headers, body))
        }
        .await;
        let ms = started.elapsed().as_millis() as u64;
        if matches!(carry, Carry::Cookie(_))
            && let Ok((status, _, _)) = &answered
            && status.is_redirection()
        {
            tracing::info!(%method, path = %shown, "the session ended; logging in again");
            return Sent::SessionGone;
        }
        if matches!(carry, Carry::Cookie(_))
            && let Ok((status, headers, body)) = &answered
            && Session::is_cross_site_refusal(*status, body)
        {
            tracing::info!(%method, path = %shown, "the session cookie was refused as cross-site");
            return Sent::CrossSite(status_error(*status, headers, body));
        }
        Sent::Answer(match answered {
            Ok((status, headers, body)) => {
                tracing::debug!(%method, path = %shown, status = status.as_u16(), ms, "answered");
                if status.is_success() {
                    Ok(Answer {
                        status,
                        headers,
                        body,
                    })
                } else {
                    let err = status_error(status, &headers, &body);
                    tracing::info!(%method, path = %shown, status = status.as_u16(), %err, "refused");
                    Err(err)
                }
            }
            Err(err) => {
                tracing::warn!(%method, path = %shown, ms, %err, "failed");
                Err(err)
            }
        })
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
