//! `frontdesk login` and `logout`: the token goes into the OS keyring after the help desk has
//! accepted it, and out again.

use std::process::ExitCode;

use crate::backend::Error;
use crate::config::{BackendKind, Profile};
use crate::credentials::{self, account};
use crate::profile::Env;

/// Where to get a token, per backend (the desks' own menu names as their pages show them).
fn where_to_get_one(kind: BackendKind) -> String {
    match kind {
        BackendKind::Rt => crate::fl!("login-where-rt"),
        BackendKind::Zendesk => crate::fl!("login-where-zendesk"),
        BackendKind::Freshdesk => crate::fl!("login-where-freshdesk"),
        BackendKind::Zammad => crate::fl!("login-where-zammad"),
        BackendKind::Jira => crate::fl!("login-where-jira"),
        BackendKind::HelpScout => crate::fl!("login-where-helpscout"),
        BackendKind::Redmine => crate::fl!("login-where-redmine"),
        BackendKind::Demo => String::new(),
    }
}

/// Asks for the token without echo, checks it against the help desk, and stores it.
pub async fn login(profile: &Profile, env: &Env) -> Result<ExitCode, String> {
    if profile.backend == BackendKind::Demo {
        super::say::out(crate::fl!("login-demo"));
        return Ok(ExitCode::SUCCESS);
    }
    if env.token.is_some() {
        super::say::err(crate::fl!("login-env-note"));
    }
    let account = account(profile);
    super::say::out(crate::fl!(
        "login-profile",
        name = profile.name.as_str(),
        account = account.as_str()
    ));
    super::say::out(where_to_get_one(profile.backend));
    let prompt = format!(
        "{} ",
        crate::fl!("login-prompt", account = account.as_str())
    );
    crate::credentials::no_core_dumps();
    let secret = super::secret::read_secret(&prompt)
        .await
        .map_err(|e| crate::fl!("login-read-failed", error = e.to_string()))?;
    let secret = secret.trim().to_string();
    if secret.is_empty() {
        return Err(crate::fl!("login-empty"));
    }
    let desk = crate::connect::with_secret(profile, &secret)?;
    match desk.me().await {
        Ok(me) => super::say::out(crate::fl!(
            "login-accepted",
            name = me.name.as_str(),
            id = me.id.0.as_str()
        )),
        Err(Error::Auth(why)) => {
            return Err(crate::fl!("login-refused", why = why.as_str()));
        }
        Err(other) => super::say::err(crate::fl!("login-unchecked", why = other.to_string())),
    }
    credentials::keyring_set(&account, &secret)
        .await
        .map_err(|why| no_keyring(profile, &why))?;
    // A session kept for the old token is bound to it and would never be resumed: tidy it.
    let _ = credentials::forget_session(profile).await;
    super::say::out(crate::fl!("login-stored"));
    Ok(ExitCode::SUCCESS)
}

/// What to do with a token that works when there is no keyring to keep it in (an SSH session
/// on a server, say): the exact lines for the other two ways.
fn no_keyring(profile: &Profile, why: &str) -> String {
    let name = &profile.name;
    let var = crate::credentials::TOKEN_VAR;
    format!(
        "{}\n{}\n  - {}\n        token_cmd = \"pass show frontdesk/{name}\"\n  - {}",
        crate::fl!("login-no-keyring", why = why),
        crate::fl!("login-keep-instead"),
        crate::fl!("login-keep-pass", name = name.as_str()),
        crate::fl!("login-keep-env", var = var),
    )
}

/// Removes the profile's token from the keyring.
pub async fn logout(profile: &Profile) -> Result<ExitCode, String> {
    let account = account(profile);
    // The desk session kept beside the token goes with it.
    let _ = credentials::forget_session(profile).await;
    match credentials::keyring_delete(&account).await {
        Ok(true) => super::say::out(crate::fl!("logout-removed", account = account.as_str())),
        Ok(false) => super::say::out(crate::fl!("logout-none", account = account.as_str())),
        Err(why) => return Err(crate::fl!("logout-unreachable", why = why.to_string())),
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
