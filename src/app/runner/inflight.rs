//! Work under way that `update` may call off: a load superseded by a newer one, a ticket
//! fetched ahead of a row the agent has moved away from. Aborting the task drops its request,
//! which closes the connection, so a desk that answers one request at a time is not kept busy
//! with work nobody waits for.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::sync::Semaphore;
use tokio::task::AbortHandle;

use crate::app::effect::{Effect, Work};

/// How many tickets are fetched ahead at once: more would queue in front of the agent's own
/// requests on a desk that serves them in turn.
const AHEAD_AT_ONCE: usize = 2;

/// The abortable tasks under way.
#[derive(Clone)]
pub struct InFlight {
    tasks: Arc<Mutex<HashMap<Work, AbortHandle>>>,
    ahead: Arc<Semaphore>,
}

impl Default for InFlight {
    fn default() -> Self {
        Self {
            tasks: Arc::default(),
            ahead: Arc::new(Semaphore::new(AHEAD_AT_ONCE)),
        }
    }
}

impl InFlight {
    /// The work an effect is, if it can be called off.
    pub fn work(effect: &Effect) -> Option<Work> {
        match effect {
            Effect::LoadView { req, .. }
            | Effect::LoadTicket { req, .. }
            | Effect::LoadHistory { req, .. } => Some(Work::Request(*req)),
            Effect::Prefetch(id) => Some(Work::Prefetch(*id)),
            _ => None,
        }
    }

    /// Holds the registry while a task is spawned and entered, so the task cannot finish
    /// (and remove itself) before it is entered.
    pub fn lock(&self) -> MutexGuard<'_, HashMap<Work, AbortHandle>> {
        // Plain handles: a map left by a panicking thread is still usable.
        self.tasks.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The task for `work` has finished.
    pub fn done(&self, work: Work) {
        self.lock().remove(&work);
    }

    /// Calls `work` off, if it is still under way.
    pub fn abort(&self, work: Work) {
        if let Some(task) = self.lock().remove(&work) {
            tracing::debug!(?work, "superseded; aborted");
            task.abort();
        }
    }

    /// Waits for a turn to fetch ahead; the turn ends when the permit is dropped.
    pub async fn turn_ahead(&self) -> Option<tokio::sync::OwnedSemaphorePermit> {
        self.ahead.clone().acquire_owned().await.ok()
    }
}
