//! Data that lives on the help desk: what we last got, whether a newer copy is on its way, and
//! why the last attempt failed. Old data stays on screen while a refresh is under way.

/// Identifies one request, so a late answer to a superseded request can be dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct RequestId(pub u64);

/// Hands out request ids in order.
#[derive(Debug, Clone, Default)]
pub struct Requests {
    last: u64,
}

impl Requests {
    /// A fresh id, newer than every id handed out before.
    pub fn issue(&mut self) -> RequestId {
        self.last += 1;
        RequestId(self.last)
    }
}

/// A value fetched from the help desk.
#[derive(Debug, Clone)]
pub struct Remote<T> {
    pub value: Option<T>,
    pub pending: Option<RequestId>,
    pub error: Option<String>,
}

impl<T> Default for Remote<T> {
    fn default() -> Self {
        Self {
            value: None,
            pending: None,
            error: None,
        }
    }
}

impl<T> Remote<T> {
    /// Marks `req` as the request whose answer we now wait for; older answers will be dropped.
    pub fn start(&mut self, req: RequestId) {
        self.pending = Some(req);
    }

    /// Takes the answer to `req` if it is the one we wait for. Returns `false` for a stale
    /// answer, which changes nothing.
    pub fn accept(&mut self, req: RequestId, result: Result<T, String>) -> bool {
        if self.pending != Some(req) {
            return false;
        }
        self.pending = None;
        match result {
            Ok(value) => {
                self.value = Some(value);
                self.error = None;
            }
            Err(error) => self.error = Some(error),
        }
        true
    }

    /// Forgets everything, e.g. when another ticket is opened.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Whether a request is under way.
    pub fn is_loading(&self) -> bool {
        self.pending.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_superseded_answer_is_dropped() {
        let mut ids = Requests::default();
        let mut r: Remote<&str> = Remote::default();
        let old = ids.issue();
        r.start(old);
        let new = ids.issue();
        r.start(new);
        assert!(!r.accept(old, Ok("old")));
        assert_eq!(r.value, None);
        assert!(r.accept(new, Ok("new")));
        assert_eq!(r.value, Some("new"));
    }

    #[test]
    fn a_failed_refresh_keeps_the_old_value() {
        let mut r = Remote {
            value: Some(1),
            pending: Some(RequestId(3)),
            error: None,
        };
        assert!(r.accept(RequestId(3), Err("down".into())));
        assert_eq!((r.value, r.error.as_deref()), (Some(1), Some("down")));
    }
}
