//! An HTTP proxy on 127.0.0.1 that passes requests to a real server, except the ones it is
//! told to break: it can let the server do the work and then drop the answer, answer 500 or
//! 429 itself, or stall past the client's timeout. One request per connection, so every
//! request is judged on its own.

#![allow(dead_code)]

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What happens to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The server gets it and does the work; the client never hears back (connection reset).
    ForwardThenDrop,
    /// The server does the work; the client hears nothing until it gives up (timeout).
    ForwardThenStall,
    /// Never reaches the server: the connection closes once the request is read.
    Drop,
    /// Never reaches the server: 500 Internal Server Error.
    Answer500,
    /// Never reaches the server: 429 with `Retry-After: 1`.
    Answer429,
    /// Never reaches the server, and no answer comes.
    Stall,
}

struct Rule {
    method: String,
    path: String,
    fault: Fault,
}

impl Rule {
    /// `path` as a part of the request's path, or the whole path (before any query) when it
    /// ends with `$`: `POST /REST/2.0/ticket$` is a create, not a reply.
    fn matches(&self, path: &str) -> bool {
        match self.path.strip_suffix('$') {
            Some(exact) => path.split('?').next() == Some(exact),
            None => path.contains(&self.path),
        }
    }
}

/// The proxy; dropped, it stops.
pub struct FaultProxy {
    pub port: u16,
    rules: Arc<Mutex<Vec<Rule>>>,
    stalls: Stalls,
    task: tokio::task::JoinHandle<()>,
}

/// How many stalled requests have arrived, and how many of them the client has hung up on.
#[derive(Clone)]
struct Stalls {
    arrived: Arc<tokio::sync::watch::Sender<usize>>,
    hung_up: Arc<tokio::sync::watch::Sender<usize>>,
}

impl Default for Stalls {
    fn default() -> Self {
        Self {
            arrived: Arc::new(tokio::sync::watch::channel(0).0),
            hung_up: Arc::new(tokio::sync::watch::channel(0).0),
        }
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FaultProxy {
    /// Starts passing requests to `upstream` on a free port.
    pub async fn start(upstream: u16) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("address").port();
        let rules: Arc<Mutex<Vec<Rule>>> = Arc::default();
        let stalls = Stalls::default();
        let (shared, seen) = (rules.clone(), stalls.clone());
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let (rules, seen) = (shared.clone(), seen.clone());
                tokio::spawn(async move {
                    let _ = serve(client, upstream, rules, seen).await;
                });
            }
        });
        Self {
            port,
            rules,
            stalls,
            task,
        }
    }

    /// The next request with `method` whose path contains `path` meets `fault`.
    pub fn break_next(&self, method: &str, path: &str, fault: Fault) {
        self.rules.lock().expect("rules").push(Rule {
            method: method.into(),
            path: path.into(),
            fault,
        });
    }

    /// Waits until `n` stalled requests have arrived.
    pub async fn stalled(&self, n: usize) {
        let mut seen = self.stalls.arrived.subscribe();
        let _ = seen.wait_for(|count| *count >= n).await;
    }

    /// Waits until the client has hung up on `n` stalled requests.
    pub async fn hung_up(&self, n: usize) {
        let mut seen = self.stalls.hung_up.subscribe();
        let _ = seen.wait_for(|count| *count >= n).await;
    }

    /// Whether every fault asked for has happened.
    pub fn all_used(&self) -> bool {
        self.rules.lock().expect("rules").is_empty()
    }
}

async fn serve(
    mut client: TcpStream,
    upstream: u16,
    rules: Arc<Mutex<Vec<Rule>>>,
    stalls: Stalls,
) -> std::io::Result<()> {
    let request = read_request(&mut client).await?;
    let line =
        String::from_utf8_lossy(&request[..request.iter().position(|b| *b == b'\r').unwrap_or(0)])
            .to_string();
    let mut words = line.split_whitespace();
    let (method, path) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let fault = {
        let mut rules = rules.lock().expect("rules");
        rules
            .iter()
            .position(|r| r.method == method && r.matches(path))
            .map(|i| rules.remove(i).fault)
    };
    let forwarded = match fault {
        None | Some(Fault::ForwardThenDrop) | Some(Fault::ForwardThenStall) => {
            Some(forward(&request, upstream).await?)
        }
        _ => None,
    };
    match (fault, forwarded) {
        (None, Some(answer)) => client.write_all(&answer).await?,
        (Some(Fault::ForwardThenDrop | Fault::Drop), _) => {}
        (Some(Fault::Answer500), _) => {
            client
                .write_all(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .await?
        }
        (Some(Fault::Answer429), _) => {
            client
                .write_all(b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .await?
        }
        (Some(Fault::Stall | Fault::ForwardThenStall), _) => {
            // Holds the connection open, silent, until the client hangs up.
            stalls.arrived.send_modify(|n| *n += 1);
            let mut sink = [0u8; 64];
            while client.read(&mut sink).await.unwrap_or(0) > 0 {}
            stalls.hung_up.send_modify(|n| *n += 1);
        }
        (None, None) => {}
    }
    client.shutdown().await
}

/// One whole request: the head, and a body as long as Content-Length says.
async fn read_request(client: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut data = Vec::new();
    let mut buf = [0u8; 8192];
    let head_end = loop {
        let n = client.read(&mut buf).await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        data.extend_from_slice(&buf[..n]);
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4;
        }
    };
    let head = String::from_utf8_lossy(&data[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while data.len() < head_end + length {
        let n = client.read(&mut buf).await?;
        if n == 0 {
            break;
        }
        data.extend_from_slice(&buf[..n]);
    }
    Ok(data)
}

/// Sends the request to the server with `Connection: close` and returns its whole answer,
/// also marked `Connection: close` so the client does not reuse a connection the proxy
/// closes.
async fn forward(request: &[u8], upstream: u16) -> std::io::Result<Vec<u8>> {
    let mut server = TcpStream::connect(("127.0.0.1", upstream)).await?;
    server.write_all(&closing(request)).await?;
    let mut answer = Vec::new();
    server.read_to_end(&mut answer).await?;
    Ok(closing(&answer))
}

/// `message` with its Connection header replaced by `Connection: close`.
fn closing(message: &[u8]) -> Vec<u8> {
    let Some(end) = message.windows(4).position(|w| w == b"\r\n\r\n") else {
        return message.to_vec();
    };
    let head = String::from_utf8_lossy(&message[..end]);
    let mut lines: Vec<&str> = head
        .split("\r\n")
        .filter(|l| !l.to_ascii_lowercase().starts_with("connection:"))
        .collect();
    lines.insert(1, "Connection: close");
    let mut out = lines.join("\r\n").into_bytes();
    out.extend_from_slice(&message[end..]);
    out
}
