//! Downloading a file: streamed to a [`Sink`] a chunk at a time (memory stays flat whatever
//! the size), redirects followed by hand so the credential goes only to the help desk's own
//! host, never to the storage service a link may point to.

use std::pin::Pin;
use std::time::Duration;

use reqwest::header::LOCATION;
use reqwest::{Method, Url};
use tokio::io::{AsyncWrite, AsyncWriteExt};

use super::errors::{status_error, transport_error};
use super::{Http, body};
use crate::backend::Error;

/// Redirects followed before giving up (a signed storage link is one hop; a loop is many).
const MAX_REDIRECTS: usize = 5;

/// How long a whole download may take: long, since a large file over a slow link is slow.
/// A stall is caught sooner, by the wait for each chunk (the request timeout).
const WHOLE_DOWNLOAD: Duration = Duration::from_secs(6 * 3600);

/// Where a download's bytes go, counting them: a file being written, or memory in tests.
pub struct Sink<'a> {
    out: Pin<Box<dyn AsyncWrite + Send + 'a>>,
    written: u64,
    /// More than this many bytes fails the download with [`Error::TooLarge`].
    limit: Option<u64>,
    progress: Box<dyn FnMut(u64) + Send + 'a>,
}

impl<'a> Sink<'a> {
    /// A sink writing to `out`, calling `progress` with the bytes written so far after each
    /// chunk, refusing more than `limit` bytes.
    pub fn new(
        out: impl AsyncWrite + Send + 'a,
        limit: Option<u64>,
        progress: impl FnMut(u64) + Send + 'a,
    ) -> Self {
        Self {
            out: Box::pin(out),
            written: 0,
            limit,
            progress: Box::new(progress),
        }
    }

    /// Writes one chunk.
    pub async fn write(&mut self, bytes: &[u8]) -> Result<(), Error> {
        let after = self.written + bytes.len() as u64;
        if let Some(limit) = self.limit
            && after > limit
        {
            return Err(Error::TooLarge {
                limit_mb: (limit / (1024 * 1024)) as usize,
            });
        }
        self.out
            .write_all(bytes)
            .await
            .map_err(|e| Error::Local(format!("cannot write the file: {e}")))?;
        self.written = after;
        (self.progress)(after);
        Ok(())
    }

    /// Flushes what was written to the file.
    pub async fn finish(&mut self) -> Result<u64, Error> {
        self.out
            .flush()
            .await
            .map_err(|e| Error::Local(format!("cannot write the file: {e}")))?;
        Ok(self.written)
    }

    /// Bytes written so far.
    pub fn written(&self) -> u64 {
        self.written
    }
}

impl Http {
    /// Whether `url` is on the help desk's own host (scheme, host and port), where the
    /// credential may go.
    fn same_origin(&self, url: &Url) -> bool {
        url.scheme() == self.base.scheme()
            && url.host_str() == self.base.host_str()
            && url.port_or_known_default() == self.base.port_or_known_default()
    }

    /// Downloads `link` (absolute, or relative to the API base) into `sink`. The credential is
    /// sent to the help desk's own host only; redirects elsewhere (pre-signed storage links)
    /// are followed without it.
    pub async fn download(&self, link: &str, sink: &mut Sink<'_>) -> Result<u64, Error> {
        let mut url = match Url::parse(link) {
            Ok(url) => url,
            Err(_) => self.url(link)?,
        };
        for _ in 0..=MAX_REDIRECTS {
            if !matches!(url.scheme(), "http" | "https") {
                return Err(Error::Invalid(format!(
                    "the attachment's link is not a web address ({})",
                    url.scheme()
                )));
            }
            let mut request = self
                .client
                .request(Method::GET, url.clone())
                .timeout(WHOLE_DOWNLOAD);
            if self.same_origin(&url) {
                let token = self.token().await?.map(|(header, _)| header);
                if let Some(auth) = token.or_else(|| self.auth.clone()) {
                    request = request.header(&self.auth_name, auth);
                }
            }
            self.requests
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let mut response = request.send().await.map_err(|e| transport_error(e, &url))?;
            let status = response.status();
            if status.is_redirection() {
                let next = response
                    .headers()
                    .get(LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|to| url.join(to).ok());
                match next {
                    Some(next) => {
                        url = next;
                        continue;
                    }
                    None => return Err(status_error(status, response.headers(), "")),
                }
            }
            if !status.is_success() {
                let headers = response.headers().clone();
                let text = body::read(response, &url, 64 * 1024)
                    .await
                    .unwrap_or_default();
                return Err(status_error(status, &headers, &text));
            }
            if let (Some(limit), Some(length)) = (sink.limit, response.content_length())
                && length > limit
            {
                return Err(Error::TooLarge {
                    limit_mb: (limit / (1024 * 1024)) as usize,
                });
            }
            loop {
                let chunk = tokio::time::timeout(self.timeouts.request, response.chunk())
                    .await
                    .map_err(|_| Error::Timeout)?
                    .map_err(|e| transport_error(e, &url))?;
                match chunk {
                    Some(chunk) => sink.write(&chunk).await?,
                    None => return sink.finish().await,
                }
            }
        }
        Err(Error::Invalid(format!(
            "the attachment's link redirected more than {MAX_REDIRECTS} times"
        )))
    }
}
