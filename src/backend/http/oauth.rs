//! OAuth2 client credentials (Help Scout): an app's id and secret exchanged for a bearer
//! token that lasts about two days. The token is asked for on first use, again a minute
//! before it runs out, and at once when the desk answers 401 with it (revoked, or this
//! machine's clock is wrong). It lives in memory only, like the secret.

use std::time::{Duration, Instant};

use reqwest::header::HeaderValue;
use reqwest::{Client, Url};
use serde::Deserialize;

use super::errors::{message_in, transport_error};
use crate::backend::Error;

/// How long before its end a token is replaced, so a request never carries one that runs
/// out on the way.
const MARGIN: Duration = Duration::from_secs(60);

/// An app's credentials and the token they were last exchanged for.
pub struct ClientCredentials {
    url: Url,
    id: String,
    secret: String,
    current: tokio::sync::Mutex<Option<Token>>,
}

struct Token {
    header: HeaderValue,
    until: Instant,
}

#[derive(Deserialize)]
struct Answer {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

impl ClientCredentials {
    /// Credentials exchanged at `url` (the desk's token endpoint).
    pub fn new(url: Url, id: &str, secret: &str) -> Self {
        Self {
            url,
            id: id.to_string(),
            secret: secret.to_string(),
            current: tokio::sync::Mutex::new(None),
        }
    }

    /// The Authorization header to send: the token in hand, or a new one. Returns whether it
    /// is new, so a 401 with a token just issued is not asked again.
    pub async fn header(
        &self,
        client: &Client,
        requests: &std::sync::atomic::AtomicU64,
    ) -> Result<(HeaderValue, bool), Error> {
        let mut current = self.current.lock().await;
        if let Some(token) = current.as_ref().filter(|t| t.until > Instant::now()) {
            return Ok((token.header.clone(), false));
        }
        requests.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let token = self.ask(client).await?;
        let header = token.header.clone();
        *current = Some(token);
        Ok((header, true))
    }

    /// Drops `used` after the desk refused it, so the next request asks for a new token.
    pub async fn forget(&self, used: &HeaderValue) {
        let mut current = self.current.lock().await;
        if current.as_ref().is_some_and(|t| t.header == *used) {
            *current = None;
        }
    }

    async fn ask(&self, client: &Client) -> Result<Token, Error> {
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", self.id.as_str()),
            ("client_secret", self.secret.as_str()),
        ];
        tracing::debug!(path = %self.url.path(), "asking for an access token");
        let response = client
            .post(self.url.clone())
            .form(&form)
            .send()
            .await
            .map_err(|e| transport_error(e, &self.url))?;
        let status = response.status();
        let body = super::body::read(response, &self.url, 64 * 1024).await?;
        if !status.is_success() {
            let said = message_in(&body).unwrap_or_else(|| status.to_string());
            return Err(match status.as_u16() {
                400 | 401 | 403 => Error::Auth(format!(
                    "the app id and secret were refused ({said}); check user (the app id) and the secret"
                )),
                code => Error::Server {
                    status: code,
                    message: format!("no access token: {said}"),
                },
            });
        }
        let answer: Answer = serde_json::from_str(&body).map_err(|e| Error::Server {
            status: status.as_u16(),
            message: format!("an access token frontdesk cannot read ({e})"),
        })?;
        let mut header = HeaderValue::from_str(&format!("Bearer {}", answer.access_token))
            .map_err(|_| Error::Server {
                status: status.as_u16(),
                message: "an access token a header cannot carry".into(),
            })?;
        header.set_sensitive(true);
        // Two days when the desk does not say; never less than the margin.
        let lasts = Duration::from_secs(answer.expires_in.unwrap_or(172_800));
        Ok(Token {
            header,
            until: Instant::now() + lasts.saturating_sub(MARGIN).max(Duration::from_secs(1)),
        })
    }
}
