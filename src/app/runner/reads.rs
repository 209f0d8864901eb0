//! Reads that take more than one call: the canned responses (the desk's merged with the
//! agent's files), a poll with what it cost, a conversation from the copy kept on disk.

use super::Runner;
use crate::app::msg::{Loaded, Msg};
use crate::app::state::RequestId;
use crate::app::state::watch::PollCost;
use crate::backend::TicketId;
use crate::{canned, store};

impl Runner {
    /// The help desk's responses merged with the local files. Local responses still work
    /// when the desk's cannot be read: the failure is told first, then the local ones come.
    pub(super) async fn canned(&self, req: RequestId) -> Loaded {
        let dir = self.files.responses.clone();
        let local = tokio::task::spawn_blocking(move || {
            dir.map(|d| canned::local::load_dir(&d)).unwrap_or_default()
        });
        let remote = self.desk.canned_responses().await;
        let (local, diagnostics) = local.await.unwrap_or_default();
        let result = match remote {
            Ok(remote) => Ok(canned::merge(local, remote)),
            Err(err) if !local.is_empty() => {
                let _ = self.tx.send(Msg::Loaded(Loaded::Canned {
                    req,
                    result: Err(err),
                    diagnostics: Vec::new(),
                }));
                Ok(local)
            }
            Err(err) => Err(err),
        };
        Loaded::Canned {
            req,
            result,
            diagnostics,
        }
    }

    /// What changed since `since`, with the requests that took and the desk's limit.
    pub(super) async fn poll(&self, req: RequestId, since: jiff::Timestamp) -> Loaded {
        let before = self.desk.requests_sent();
        let result = self.desk.changed_since(since).await;
        // At idle nothing else is sent meanwhile; when the agent works, the count is an upper
        // bound, which only makes polling more careful. (A desk without HTTP counts none.)
        let cost = PollCost {
            requests: self.desk.requests_sent().saturating_sub(before),
            limit: self
                .desk
                .throttle()
                .and_then(|t| t.rate_limit())
                .and_then(|r| r.limit),
        };
        Loaded::Changed { req, result, cost }
    }

    /// The conversation kept on disk for `id`; `None` where nothing is kept on disk at all.
    pub(super) async fn read_conversation(&self, id: TicketId) -> Option<Loaded> {
        let dir = self.files.places.as_ref()?.conversations.clone();
        let record = tokio::task::spawn_blocking(move || {
            let bytes = store::conversations::read(&dir, id.0)?;
            crate::app::state::records::from_bytes(&bytes).ok()
        })
        .await
        .ok()
        .flatten();
        Some(Loaded::Cached { id, record })
    }
}
