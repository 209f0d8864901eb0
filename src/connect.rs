//! Building a help desk client from a profile: finding its credential and constructing the
//! backend. Shared by the interface, `login` and `doctor`.

use std::sync::Arc;

use crate::backend::HelpDesk;
use crate::backend::demo::DemoDesk;
use crate::backend::freshdesk::FreshdeskDesk;
use crate::backend::helpscout::HelpScoutDesk;
use crate::backend::http::Timeouts;
use crate::backend::jira::JiraDesk;
use crate::backend::redmine::RedmineDesk;
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
        BackendKind::Redmine => Ok(Arc::new(RedmineDesk::new(profile, secret, timeouts)?)),
        BackendKind::HelpScout => Ok(Arc::new(HelpScoutDesk::new(profile, secret, timeouts)?)),
        BackendKind::Jira => Ok(Arc::new(JiraDesk::new(profile, secret, timeouts)?)),
    }
}

/// The address frontdesk talks to for `profile`: its url, or the desk's own where there is
/// only one (Help Scout).
pub fn address(profile: &Profile) -> Option<String> {
    match (&profile.url, profile.backend) {
        (Some(url), _) => Some(url.clone()),
        (None, BackendKind::HelpScout) => Some(crate::backend::helpscout::API.to_string()),
        (None, _) => None,
    }
}

/// When `profile` would send its credential unencrypted over a network: its URL is plain
/// `http://` to a host other than this machine. Says what and how to go on.
pub fn plain_http_risk(profile: &Profile) -> Option<String> {
    let url = reqwest::Url::parse(profile.url.as_deref()?).ok()?;
    if url.scheme() != "http" {
        return None;
    }
    let host = url.host_str()?;
    let loopback = host.eq_ignore_ascii_case("localhost")
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    (!loopback).then(|| {
        crate::fl!(
            "connect-plain-http",
            host = url.host_str().unwrap_or_default()
        )
    })
}

/// What to add to go on over plain http anyway.
pub fn plain_http_fix(profile: &Profile) -> String {
    crate::fl!("connect-plain-http-fix", profile = profile.name.as_str())
}

/// The client for `profile`, its credential looked up as `credentials::lookup` does. A
/// profile that would send its token over plain http to another machine is refused before
/// the token is even looked up, unless it says `insecure_http = true`.
pub async fn connect(profile: &Profile, env: &Env) -> Result<Connected, String> {
    if profile.backend == BackendKind::Demo {
        return Ok(Connected {
            desk: with_secret(profile, "")?,
            credential: None,
        });
    }
    if let Some(risk) = plain_http_risk(profile)
        && !profile.insecure_http
    {
        return Err(format!("{risk}.\n{}", plain_http_fix(profile)));
    }
    let credential = credentials::lookup(profile, env.token.as_deref()).await?;
    credentials::no_core_dumps();
    let desk = with_secret(profile, &credential.secret)?;
    // Where the keyring holds the token it works: the desk's session is kept beside it.
    if credential.source == credentials::Source::Keyring
        && let Some(session) = desk.shell().and_then(|s| s.http.session())
    {
        if let Some(cookie) = credentials::kept_session(profile, &credential.secret).await {
            session.resume(&cookie);
        }
        session.keep_with(credentials::session_keeper(profile, &credential.secret));
    }
    Ok(Connected {
        desk,
        credential: Some(credential),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_scout_is_reached_at_its_own_address_unless_the_profile_says_otherwise() {
        let mut profile = Profile::new("hs", BackendKind::HelpScout);
        assert_eq!(
            address(&profile).as_deref(),
            Some("https://api.helpscout.net")
        );
        profile.url = Some("http://127.0.0.1:9".into());
        assert_eq!(address(&profile).as_deref(), Some("http://127.0.0.1:9"));
        assert_eq!(address(&Profile::new("rt", BackendKind::Rt)), None);
    }
}
