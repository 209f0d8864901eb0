//! A TCP proxy in front of the lab's RT that can be switched off, to make the help desk go
//! away in the middle of a session.

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

/// Forwards 127.0.0.1:<port> to the upstream port until stopped.
pub struct Proxy {
    pub port: u16,
    stop: watch::Sender<bool>,
    accepting: tokio::task::JoinHandle<()>,
}

impl Proxy {
    /// Starts forwarding to `upstream` on a free port.
    pub async fn start(upstream: u16) -> Self {
        Self::start_on(upstream, 0).await
    }

    /// Starts forwarding to `upstream` on `port` (0: a free one), as a help desk coming back
    /// where it was.
    pub async fn start_on(upstream: u16, port: u16) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind the proxy");
        let port = listener.local_addr().expect("proxy address").port();
        let (stop, stopped) = watch::channel(false);
        let mut on_stop = stopped.clone();
        let accepting = tokio::spawn(async move {
            loop {
                tokio::select! {
                    biased;
                    _ = on_stop.changed() => break,
                    accepted = listener.accept() => {
                        let Ok((mut client, _)) = accepted else { break };
                        let mut cut = stopped.clone();
                        tokio::spawn(async move {
                            let Ok(mut server) = TcpStream::connect(("127.0.0.1", upstream)).await else { return };
                            tokio::select! {
                                _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                                _ = cut.changed() => {}
                            }
                        });
                    }
                }
            }
            // The listener is dropped here: new connections are refused from now on.
        });
        Self {
            port,
            stop,
            accepting,
        }
    }

    /// Stops accepting and cuts every open connection; returns once new connections are
    /// refused.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.accepting.await;
    }
}
