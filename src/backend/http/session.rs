//! A login session, for desks whose credential is slow to check on every request: Request
//! Tracker hashes a token or password with bcrypt on each one (~290 ms), while its web session
//! cookie costs a lookup (~10 ms). The credential is exchanged for a cookie once per process;
//! requests then carry the cookie instead of the credential. When the desk stops honouring it
//! (RT answers 302 to its login page), the exchange is made again and the request repeated
//! once. A desk that gives no cookie is asked with the credential on every request, as before.
//! The cookie lives in memory only.
//!
//! A cookie is what a browser sends, so a desk may guard it against cross-site requests: RT
//! (since its fix for CVE-2026-108277) refuses a cookie on anything but GET, HEAD and OPTIONS
//! unless `Origin` or `Referer` names RT's own host. Requests with the cookie carry both, set
//! to the desk's web root, as RT's own pages do. Where RT still refuses (the url is not the
//! name RT knows itself by: a reverse proxy, another host name or port), the request is
//! repeated once with the credential, and requests of that method carry the credential for
//! the rest of the process; reads stay on the session.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use reqwest::header::{AUTHORIZATION, HeaderValue, SET_COOKIE};
use reqwest::{Client, Method, StatusCode, Url};

/// How the credential becomes a cookie.
#[derive(Debug, Clone)]
pub enum Exchange {
    /// A GET of this page with the Authorization header (RT: a small web page with
    /// `Authorization: token …`).
    HeaderGet(Url),
    /// A form posted to this page (RT: `/NoAuth/Login.html` with `user` and `pass`).
    Form(Url, Vec<(String, String)>),
}

/// Where a session is kept between runs (the OS keyring), told of each new cookie (`Some`)
/// and of one that never took (`None`), so the next start need not log in.
pub type Keeper = std::sync::Arc<dyn Fn(Option<&str>) + Send + Sync>;

/// One process's session with a desk.
pub struct Session {
    exchange: Exchange,
    /// The desk's web root as `Origin` (`scheme://host:port`) and `Referer` send it.
    origin: Option<HeaderValue>,
    referer: Option<HeaderValue>,
    /// Methods whose cookie the desk refused as a possible cross-site request: they carry
    /// the credential from then on.
    by_credential: Mutex<Vec<Method>>,
    /// Requests refused that way and repeated with the credential, for tests and `doctor`.
    cross_site_refusals: AtomicU64,
    /// `name=value` pairs for the Cookie header, once logged in.
    cookie: Mutex<Option<HeaderValue>>,
    /// The desk gave no cookie: requests carry the credential.
    refused: AtomicBool,
    /// Logins made, for tests and `doctor`.
    logins: AtomicU64,
    /// One login at a time: requests that start together share it.
    login: tokio::sync::Mutex<()>,
    keeper: Mutex<Option<Keeper>>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("active", &self.active())
            .field("logins", &self.logins())
            .finish_non_exhaustive()
    }
}

impl Session {
    /// A session taken through `exchange`, its requests naming `web` (the desk's web root) as
    /// where they come from.
    pub fn new(exchange: Exchange, web: &Url) -> Self {
        let origin = HeaderValue::from_str(&web.origin().ascii_serialization()).ok();
        let referer = HeaderValue::from_str(web.as_str()).ok();
        Self {
            exchange,
            origin,
            referer,
            by_credential: Mutex::new(Vec::new()),
            cross_site_refusals: AtomicU64::new(0),
            cookie: Mutex::new(None),
            refused: AtomicBool::new(false),
            logins: AtomicU64::new(0),
            login: tokio::sync::Mutex::new(()),
            keeper: Mutex::new(None),
        }
    }

    /// Carries on with a cookie kept from an earlier run; if the desk has let it go, the
    /// first request logs in again as usual.
    pub fn resume(&self, cookie: &str) {
        if let Ok(mut value) = HeaderValue::from_str(cookie) {
            value.set_sensitive(true);
            *self.cookie.lock().unwrap_or_else(|e| e.into_inner()) = Some(value);
        }
    }

    /// Hands every cookie from now on to `keeper`.
    pub fn keep_with(&self, keeper: Keeper) {
        *self.keeper.lock().unwrap_or_else(|e| e.into_inner()) = Some(keeper);
    }

    fn tell_keeper(&self, cookie: Option<&HeaderValue>) {
        let keeper = self
            .keeper
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        if let Some(keeper) = keeper {
            keeper(cookie.and_then(|c| c.to_str().ok()));
        }
    }

    /// How many times the credential was exchanged for a cookie.
    pub fn logins(&self) -> u64 {
        self.logins.load(Ordering::Relaxed)
    }

    /// Whether requests now carry a cookie rather than the credential.
    pub fn active(&self) -> bool {
        self.current().is_some()
    }

    /// The `Origin` and `Referer` a request with the cookie carries.
    pub fn origin_headers(
        &self,
    ) -> impl Iterator<Item = (reqwest::header::HeaderName, HeaderValue)> {
        let origin = self.origin.clone().map(|v| (reqwest::header::ORIGIN, v));
        let referer = self.referer.clone().map(|v| (reqwest::header::REFERER, v));
        origin.into_iter().chain(referer)
    }

    /// Whether requests of `method` carry the credential, the desk having refused their
    /// cookie as a possible cross-site request.
    pub fn by_credential(&self, method: &Method) -> bool {
        self.by_credential
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(method)
    }

    /// How many requests the desk refused with the cookie as cross-site, each then repeated
    /// with the credential.
    pub fn cross_site_refusals(&self) -> u64 {
        self.cross_site_refusals.load(Ordering::Relaxed)
    }

    /// The desk refused the cookie on a `method` request as a possible cross-site request:
    /// nothing was done (the check comes before any handler). Requests of that method carry
    /// the credential from now on; the first refusal is logged with what would let the
    /// session through.
    pub fn refused_cross_site(&self, method: &Method) {
        self.cross_site_refusals.fetch_add(1, Ordering::Relaxed);
        let mut methods = self.by_credential.lock().unwrap_or_else(|e| e.into_inner());
        if methods.contains(method) {
            return;
        }
        let first = methods.is_empty();
        methods.push(method.clone());
        drop(methods);
        if first {
            tracing::warn!(
                %method,
                origin = self.origin(),
                "the desk refused its own session cookie as a cross-site request; such requests \
                 carry the credential from now on (slower on Request Tracker). To keep them on \
                 the session, make the profile's url the address RT calls itself ($WebDomain, \
                 $WebPort), or add this host to RT's @ReferrerWhitelist"
            );
        } else {
            tracing::info!(%method, "this method too carries the credential from now on");
        }
    }

    /// What the desk sent back was its refusal of a cookie as a cross-site request (RT's 403
    /// "Cross-site request forgery protection refused this request").
    pub fn is_cross_site_refusal(status: StatusCode, body: &str) -> bool {
        status == StatusCode::FORBIDDEN && body.contains("forgery")
    }

    /// The `Origin` requests with the cookie name, as text for messages.
    pub fn origin(&self) -> &str {
        self.origin
            .as_ref()
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    fn current(&self) -> Option<HeaderValue> {
        self.cookie
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The cookie to send, logging in first if there is none yet, and whether it is fresh
    /// from that login; `None`: send the credential (the desk refuses sessions, or the login
    /// could not be made just now).
    pub async fn cookie(
        &self,
        client: &Client,
        auth: Option<&HeaderValue>,
    ) -> Option<(HeaderValue, bool)> {
        if self.refused.load(Ordering::Relaxed) {
            return None;
        }
        if let Some(cookie) = self.current() {
            return Some((cookie, false));
        }
        let _one = self.login.lock().await;
        if let Some(cookie) = self.current() {
            return Some((cookie, false));
        }
        let request = match &self.exchange {
            Exchange::HeaderGet(url) => {
                let request = client.get(url.clone());
                match auth {
                    Some(auth) => request.header(AUTHORIZATION, auth.clone()),
                    None => request,
                }
            }
            Exchange::Form(url, fields) => client.post(url.clone()).form(fields),
        };
        let started = std::time::Instant::now();
        let answer = match request.send().await {
            Ok(answer) => answer,
            Err(err) => {
                // Not a refusal: the next request tries again.
                tracing::info!(%err, "could not log in for a session; the credential goes along");
                return None;
            }
        };
        let pairs: Vec<String> = answer
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.split(';').next())
            .map(str::trim)
            .filter(|pair| pair.contains('=') && !pair.ends_with('='))
            .map(str::to_string)
            .collect();
        let cookie = (!pairs.is_empty())
            .then(|| HeaderValue::from_str(&pairs.join("; ")).ok())
            .flatten();
        match cookie {
            Some(mut cookie) => {
                cookie.set_sensitive(true);
                self.logins.fetch_add(1, Ordering::Relaxed);
                let ms = started.elapsed().as_millis() as u64;
                tracing::info!(ms, "logged in: requests carry the session from now on");
                *self.cookie.lock().unwrap_or_else(|e| e.into_inner()) = Some(cookie.clone());
                self.tell_keeper(Some(&cookie));
                Some((cookie, true))
            }
            None => {
                tracing::info!(
                    status = answer.status().as_u16(),
                    "the desk gave no session; every request carries the credential"
                );
                self.refused.store(true, Ordering::Relaxed);
                None
            }
        }
    }

    /// A cookie fresh from a login was refused: the login did not take (a wrong credential
    /// gets an anonymous session). Requests carry the credential from now on, so the desk
    /// says in its own words what is wrong with it.
    pub fn refuse(&self) {
        self.refused.store(true, Ordering::Relaxed);
        *self.cookie.lock().unwrap_or_else(|e| e.into_inner()) = None;
        self.tell_keeper(None);
    }

    /// The desk stopped honouring `cookie`: the next request logs in again.
    pub fn forget(&self, cookie: &HeaderValue) {
        let mut current = self.cookie.lock().unwrap_or_else(|e| e.into_inner());
        if current.as_ref() == Some(cookie) {
            *current = None;
        }
    }
}

/// What one request costs a desk, with the credential and with the session, and how the desk
/// takes the kinds of request frontdesk sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestCost {
    pub credential: std::time::Duration,
    /// `None`: the desk gives no session.
    pub session: Option<std::time::Duration>,
    /// A search sent as a POST, as opening a ticket sends one.
    pub post: Option<Trial>,
    /// A change sent as a PUT, guarded so the desk refuses it before writing anything.
    pub put: Option<Trial>,
}

/// How one request went through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trial {
    /// It went on the session; `false`: with the credential.
    pub on_session: bool,
    /// The desk refused it on the session as a cross-site request first.
    pub refused_cross_site: bool,
    pub took: std::time::Duration,
}

impl super::Http {
    /// Times a GET of `path` once with the credential and, where a session is taken, three
    /// times with it (the middle one counts): what `doctor` reports.
    pub async fn request_cost(&self, path: &str) -> Result<RequestCost, super::Error> {
        let url = self.url(path)?;
        let mut request = self.client.get(url.clone());
        if let Some(auth) = &self.auth {
            request = request.header(AUTHORIZATION, auth.clone());
        }
        let started = std::time::Instant::now();
        let answer = request
            .send()
            .await
            .map_err(|e| super::transport_error(e, &url))?;
        let credential = started.elapsed();
        if !answer.status().is_success() {
            let (status, headers) = (answer.status(), answer.headers().clone());
            return Err(super::status_error(status, &headers, ""));
        }
        let cost = RequestCost {
            credential,
            session: None,
            post: None,
            put: None,
        };
        let Some(session) = self.session() else {
            return Ok(cost);
        };
        let mut times = Vec::new();
        for _ in 0..3 {
            let started = std::time::Instant::now();
            self.send(reqwest::Method::GET, path, &[], None, &[])
                .await?;
            times.push(started.elapsed());
        }
        times.sort();
        Ok(RequestCost {
            session: session.active().then(|| times[1]),
            ..cost
        })
    }

    /// Sends one request as frontdesk would and says how the desk took it: on the session or
    /// with the credential, and whether it refused the session first. `expected` names an
    /// error that counts as taken (a guarded change the desk declined as stale).
    pub async fn trial(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        body: &serde_json::Value,
        headers: &[(reqwest::header::HeaderName, String)],
        expected: fn(&super::Error) -> bool,
    ) -> Result<Trial, super::Error> {
        let refusals = self.session().map_or(0, |s| s.cross_site_refusals());
        let started = std::time::Instant::now();
        match self
            .send(method.clone(), path, query, Some(body), headers)
            .await
        {
            Ok(_) => {}
            Err(err) if expected(&err) => {}
            Err(err) => return Err(err),
        }
        let took = started.elapsed();
        let session = self.session();
        Ok(Trial {
            on_session: session.is_some_and(|s| s.active() && !s.by_credential(&method)),
            refused_cross_site: session.map_or(0, |s| s.cross_site_refusals()) > refusals,
            took,
        })
    }
}
