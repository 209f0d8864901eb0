//! Building a help desk client from a profile: finding its credential and constructing the
//! backend. Shared by the interface, `login` and `doctor`.

use std::sync::Arc;

use crate::backend::HelpDesk;
use crate::backend::demo::DemoDesk;
use crate::backend::freshdesk::FreshdeskDesk;
use crate::backend::http::Timeouts;
use crate::backend::rt::RtDesk;
use crate::backend::zammad::ZammadDesk;
use crate::backend::zendesk::ZendeskDesk;
use crate::config::{BackendKind, Profile};
use crate::credentials::{self, Credential};
use crate::profile::Env;

/// A connected help desk and where its credential came from.
pub struct Connected {
    pub desk: Arc<dyn HelpDesk>,
    pub credential: Option<Credential>,
}

/// The client for `profile` with an already known secret.
pub fn with_secret(profile: &Profile, secret: &str) -> Result<Arc<dyn HelpDesk>, String> {
    with_timeouts(profile, secret, Timeouts::default())
}

/// The client for `profile` with an already known secret and the given timeouts.
pub fn with_timeouts(
    profile: &Profile,
    secret: &str,
    timeouts: Timeouts,
) -> Result<Arc<dyn HelpDesk>, String> {
    match profile.backend {
        BackendKind::Demo => Ok(Arc::new(DemoDesk::now(profile.demo_tickets)?)),
        BackendKind::Rt => Ok(Arc::new(RtDesk::new(profile, secret, timeouts)?)),
        BackendKind::Zendesk => Ok(Arc::new(ZendeskDesk::new(profile, secret, timeouts)?)),
        BackendKind::Freshdesk => Ok(Arc::new(FreshdeskDesk::new(profile, secret, timeouts)?)),
        BackendKind::Zammad => Ok(Arc::new(ZammadDesk::new(profile, secret, timeouts)?)),
    }
}

/// The client for `profile`, its credential looked up as `credentials::lookup` does.
pub async fn connect(profile: &Profile, env: &Env) -> Result<Connected, String> {
    if profile.backend == BackendKind::Demo {
        return Ok(Connected {
            desk: with_secret(profile, "")?,
            credential: None,
        });
    }
    let credential = credentials::lookup(profile, env.token.as_deref()).await?;
    let desk = with_secret(profile, &credential.secret)?;
    Ok(Connected {
        desk,
        credential: Some(credential),
    })
}
