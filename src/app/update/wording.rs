//! Errors in the agent's words: what happened and what to do. Every pane that shows a failure
//! says it through here, so the same failure reads the same everywhere.

use crate::backend::Error;

/// Whether an error means the help desk cannot be used at all right now (down, unreachable,
/// refusing the credential). Such an error is shown once, by the views; the other loads that
/// fail with it do not repeat it.
pub fn is_unreachable(err: &Error) -> bool {
    matches!(
        err,
        Error::Network(_) | Error::Interrupted(_) | Error::Timeout | Error::Auth(_)
    )
}

/// An error as the agent should read it: what happened and what to do.
pub fn explain(err: &Error) -> String {
    let what = what_happened(err);
    match err {
        Error::Network(_) | Error::Interrupted(_) | Error::Timeout => {
            format!("{what}; ctrl-r tries again")
        }
        _ => what,
    }
}

/// What happened, without advice on trying again (for places that retry by themselves).
pub fn what_happened(err: &Error) -> String {
    match err {
        Error::Conflict => "the ticket was changed by someone else since you opened it".into(),
        Error::Auth(why) => format!(
            "the help desk refused the credential ({why}); `frontdesk doctor` checks it, `frontdesk login` replaces it"
        ),
        Error::Network(why) => format!("cannot reach the help desk: {why}"),
        Error::Interrupted(why) => {
            format!("the connection broke before the help desk answered ({why})")
        }
        Error::Timeout => "the help desk did not answer in time".into(),
        Error::RateLimited {
            retry_after: Some(d),
        } => format!(
            "the help desk is rate limiting; try again in {}",
            crate::text::time::wait(*d)
        ),
        Error::RateLimited { retry_after: None } => {
            "the help desk is rate limiting; try again shortly".into()
        }
        other => other.to_string(),
    }
}
