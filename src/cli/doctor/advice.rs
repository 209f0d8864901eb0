//! What to do about a refused credential, in each desk's own words: where its token is made
//! and what it must be allowed.

use crate::backend::Error;
use crate::config::{BackendKind, Profile};

use super::{Report, Verdict};

pub(super) fn auth_failure(report: &mut Report, profile: &Profile, err: &Error) {
    let fix = match (profile.backend, err) {
        (BackendKind::Rt, Error::Auth(_)) => crate::fl!("doctor-fix-rt-auth"),
        (BackendKind::Zendesk, Error::Auth(_)) => crate::fl!("doctor-fix-zendesk-auth"),
        (BackendKind::Zendesk, Error::Forbidden(_)) => crate::fl!("doctor-fix-zendesk-forbidden"),
        (BackendKind::Freshdesk, Error::Auth(_)) => crate::fl!("doctor-fix-freshdesk-auth"),
        (BackendKind::Zammad, Error::Auth(_)) => crate::fl!("doctor-fix-zammad-auth"),
        (BackendKind::Zammad, Error::Forbidden(_)) => crate::fl!("doctor-fix-zammad-forbidden"),
        (BackendKind::Jira, Error::Auth(_)) => crate::fl!("doctor-fix-jira-auth"),
        (BackendKind::Jira, Error::Forbidden(_)) => crate::fl!("doctor-fix-jira-forbidden"),
        (BackendKind::HelpScout, Error::Auth(_)) => crate::fl!("doctor-fix-helpscout-auth"),
        (BackendKind::Redmine, Error::Auth(_)) => crate::fl!("doctor-fix-redmine-auth"),
        (BackendKind::Redmine, Error::Forbidden(_)) => crate::fl!("doctor-fix-redmine-forbidden"),
        (_, Error::Auth(_)) => crate::fl!("doctor-fix-auth"),
        (_, Error::Network(m))
            if m.contains("certificate") || m.contains("tls") || m.contains("TLS") =>
        {
            crate::fl!("doctor-fix-tls")
        }
        (_, Error::Forbidden(_)) => crate::fl!("doctor-fix-forbidden"),
        (_, Error::NotFound(_)) => crate::fl!("doctor-fix-not-found"),
        _ => crate::fl!("doctor-fix-url"),
    };
    report.line(Verdict::Fail, "auth", err.to_string(), Some(&fix));
}
