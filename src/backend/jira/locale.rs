//! The requester's language and time zone. An issue's reporter carries the time zone but not
//! the locale; the full user (`GET /rest/api/3/user?accountId=`) has both. It is read once a
//! session per person, and a person whose privacy settings hide it simply has none.

use std::collections::HashMap;
use std::sync::Mutex;

use super::{API, convert, wire};
use crate::backend::http::Http;
use crate::model::Contact;

/// A person's language and time zone, each where it could be read.
type Locale = (Option<String>, Option<String>);

/// What was read per account id.
#[derive(Default)]
pub struct Locales(Mutex<HashMap<String, Locale>>);

impl Locales {
    /// Fills in `who`'s language and time zone where the issue did not carry them.
    pub async fn complete(&self, http: &Http, who: &mut Contact) {
        if who.id.0.is_empty() || (who.language.is_some() && who.timezone.is_some()) {
            return;
        }
        let kept = self.lock().get(&who.id.0).cloned();
        let (language, zone) = match kept {
            Some(found) => found,
            None => {
                let read: crate::backend::Result<wire::User> = http
                    .get(&format!("{API}/user"), &[("accountId", who.id.0.as_str())])
                    .await;
                // A refusal (hidden profile, no permission) is no reason to fail the ticket.
                let found = read
                    .map(|u| convert::contact(&u))
                    .map(|c| (c.language, c.timezone))
                    .unwrap_or_default();
                self.lock().insert(who.id.0.clone(), found.clone());
                found
            }
        };
        who.language = who.language.take().or(language);
        who.timezone = who.timezone.take().or(zone);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Locale>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}
