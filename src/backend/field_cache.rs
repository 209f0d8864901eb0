//! A desk's custom field definitions kept after the first read, for naming a ticket's values
//! without asking again on every ticket (Zendesk, Freshdesk, Zammad, Jira). A read that fails
//! is not tried again for each ticket: the interface asks once a session anyway.

use std::future::Future;
use std::sync::Mutex;

use super::{FieldDef, Result};

#[derive(Debug, Default)]
pub struct FieldCache(Mutex<Option<Vec<FieldDef>>>);

impl FieldCache {
    /// Keeps `defs` (a fresh read).
    pub fn keep(&self, defs: &[FieldDef]) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(defs.to_vec());
    }

    /// The definitions kept, else those `read` gives (kept; none where it fails).
    pub async fn known(&self, read: impl Future<Output = Result<Vec<FieldDef>>>) -> Vec<FieldDef> {
        let kept = self.0.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(defs) = kept {
            return defs;
        }
        let defs = read.await.unwrap_or_default();
        self.keep(&defs);
        defs
    }
}
