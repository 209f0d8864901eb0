//! What to do about a refused credential, in each desk's own words: where its token is made
//! and what it must be allowed.

use crate::backend::Error;
use crate::config::{BackendKind, Profile};

use super::{Report, Verdict};

pub(super) fn auth_failure(report: &mut Report, profile: &Profile, err: &Error) {
    let fix = match (profile.backend, err) {
        (BackendKind::Rt, Error::Auth(_)) => {
            "the token is wrong, expired or revoked (RT: Settings → Auth Tokens);\n`frontdesk login` checks and stores a new one"
        }
        (BackendKind::Zendesk, Error::Auth(_)) => {
            "Zendesk takes an API token with user = the agent's e-mail (Admin Center → Apps and\nintegrations → Zendesk API), or an OAuth token with auth = \"oauth\"; `frontdesk login` stores a new one"
        }
        (BackendKind::Zendesk, Error::Forbidden(_)) => {
            "the token works but this user may not use the API: Zendesk's API needs an agent or admin,\nand token access switched on in Admin Center"
        }
        (BackendKind::Freshdesk, Error::Auth(_)) => {
            "Freshdesk takes the agent's API key (profile picture → Profile settings → Your API Key),\nnot the password; the url must be https://YOURDOMAIN.freshdesk.com; `frontdesk login` stores a new one"
        }
        (BackendKind::Zammad, Error::Auth(_)) => {
            "Zammad takes a personal access token (Profile → Token Access) with the ticket.agent\npermission, or an OAuth token with auth = \"oauth\"; `frontdesk login` stores a new one"
        }
        (BackendKind::Zammad, Error::Forbidden(_)) => {
            "the token lacks a permission: create one with ticket.agent under Profile → Token Access"
        }
        (BackendKind::Jira, Error::Auth(_)) => {
            "Jira takes user = your Atlassian e-mail and an API token (id.atlassian.com → Security →\nAPI tokens), not your password; `frontdesk login` stores a new one"
        }
        (BackendKind::Jira, Error::Forbidden(_)) => {
            "the token works but Jira refused: agents need a Jira Service Management licence and a\nrole in the service desk project"
        }
        (BackendKind::HelpScout, Error::Auth(_)) => {
            "Help Scout takes an OAuth app: user = its App ID, the token = its App Secret (Your Profile →\nMy Apps); the app's user must be active; `frontdesk login` stores a new secret"
        }
        (BackendKind::Redmine, Error::Auth(_)) => {
            "Redmine takes your API access key (My account → API access key → Show); the REST web\nservice must be on (Administration → Settings → API); `frontdesk login` stores a new key"
        }
        (BackendKind::Redmine, Error::Forbidden(_)) => {
            "the key works but Redmine refused: an administrator enables the REST web service\n(Administration → Settings → API), and your role needs View issues in the project"
        }
        (_, Error::Auth(_)) => {
            "the credential is wrong or expired; `frontdesk login` checks and stores a new one"
        }
        (_, Error::Network(m))
            if m.contains("certificate") || m.contains("tls") || m.contains("TLS") =>
        {
            "the server's TLS certificate is not trusted: check http:// versus https:// in the url,\nor install the certificate authority your organisation uses"
        }
        (_, Error::Forbidden(_)) => "the account may not use the API; ask your help desk admin",
        (_, Error::NotFound(_)) => {
            "the url may point at the wrong place: give the help desk's base address"
        }
        _ => "check the url; `frontdesk doctor` again after fixing",
    };
    report.line(Verdict::Fail, "auth", err.to_string(), Some(fix));
}
