//! `frontdesk login` and `logout`: the token goes into the OS keyring after the help desk has
//! accepted it, and out again.

use std::process::ExitCode;

use crate::backend::Error;
use crate::config::{BackendKind, Profile};
use crate::credentials::{self, account};
use crate::profile::Env;

/// Where to get a token, per backend.
fn where_to_get_one(kind: BackendKind) -> &'static str {
    match kind {
        BackendKind::Rt => {
            "In Request Tracker: your name (top right) → Settings → Auth Tokens → Create."
        }
        BackendKind::Zendesk => {
            "In Zendesk: Admin Center → Apps and integrations → Zendesk API → Add API token."
        }
        BackendKind::Freshdesk => {
            "In Freshdesk: your profile picture → Profile settings → Your API Key."
        }
        BackendKind::Zammad => "In Zammad: Profile → Token Access → Create (with ticket.agent).",
        BackendKind::Jira => {
            "In Atlassian: id.atlassian.com → Security → Create and manage API tokens; user is your e-mail."
        }
        BackendKind::HelpScout => {
            "In Help Scout: Your Profile → My Apps → Create My App; user is its App ID, the secret is its App Secret."
        }
        BackendKind::Redmine => {
            "In Redmine: My account → API access key → Show (an administrator enables the REST web service first)."
        }
        BackendKind::Demo => "",
    }
}

/// Asks for the token without echo, checks it against the help desk, and stores it.
pub async fn login(profile: &Profile, env: &Env) -> Result<ExitCode, String> {
    if profile.backend == BackendKind::Demo {
        super::say::out("The demo desk needs no login.");
        return Ok(ExitCode::SUCCESS);
    }
    if env.token.is_some() {
        super::say::err(
            "Note: FRONTDESK_TOKEN is set, and it is used before anything in the keyring.",
        );
    }
    let account = account(profile);
    super::say::out(format!(
        "Logging in profile \"{}\" ({account}).",
        profile.name
    ));
    super::say::out(where_to_get_one(profile.backend));
    let prompt = format!("Token for {account} (typing is not shown): ");
    crate::credentials::no_core_dumps();
    let secret = super::secret::read_secret(&prompt)
        .await
        .map_err(|e| format!("could not read the token from the terminal: {e}"))?;
    let secret = secret.trim().to_string();
    if secret.is_empty() {
        return Err("no token entered; nothing was stored".into());
    }
    let desk = crate::connect::with_secret(profile, &secret)?;
    match desk.me().await {
        Ok(me) => super::say::out(format!(
            "The help desk accepts it: you are {} ({}).",
            me.name, me.id.0
        )),
        Err(Error::Auth(why)) => {
            return Err(format!(
                "the help desk refused that token ({why}); nothing was stored"
            ));
        }
        Err(other) => super::say::err(format!(
            "Could not check the token ({other}); storing it anyway."
        )),
    }
    credentials::keyring_set(&account, &secret)
        .await
        .map_err(|why| no_keyring(profile, &why))?;
    // A session kept for the old token is bound to it and would never be resumed: tidy it.
    let _ = credentials::forget_session(profile).await;
    super::say::out("Stored in the OS keyring. `frontdesk doctor` checks the whole setup.");
    Ok(ExitCode::SUCCESS)
}

/// What to do with a token that works when there is no keyring to keep it in (an SSH session
/// on a server, say): the exact lines for the other two ways.
fn no_keyring(profile: &Profile, why: &str) -> String {
    let name = &profile.name;
    format!(
        "the token works, but there is no OS keyring to keep it in ({why}); nothing was stored.\n\
         Keep it one of these ways instead:\n  \
         - in a password manager: store it (for example `pass insert frontdesk/{name}`), then add to [profiles.{name}] in config.toml:\n        \
         token_cmd = \"pass show frontdesk/{name}\"\n  \
         - for this shell only: export {var}=… before starting frontdesk",
        var = crate::credentials::TOKEN_VAR
    )
}

/// Removes the profile's token from the keyring.
pub async fn logout(profile: &Profile) -> Result<ExitCode, String> {
    let account = account(profile);
    // The desk session kept beside the token goes with it.
    let _ = credentials::forget_session(profile).await;
    match credentials::keyring_delete(&account).await {
        Ok(true) => super::say::out(format!(
            "Removed the token for {account} from the OS keyring."
        )),
        Ok(false) => super::say::out(format!(
            "There was no token for {account} in the OS keyring."
        )),
        Err(why) => return Err(format!("could not reach the OS keyring: {why}")),
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use crate::config::{BackendKind, Profile};

    #[test]
    fn without_a_keyring_login_gives_the_lines_that_keep_the_token() {
        let profile = Profile::new("work", BackendKind::Rt);
        let text = super::no_keyring(&profile, "there is none on this machine");
        assert!(
            text.contains("token_cmd = \"pass show frontdesk/work\""),
            "{text}"
        );
        assert!(text.contains("[profiles.work]"), "{text}");
        assert!(text.contains("export FRONTDESK_TOKEN="), "{text}");
    }
}
