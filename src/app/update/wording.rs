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
            crate::fl!("error-try-again", what = what)
        }
        _ => what,
    }
}

/// What happened, without advice on trying again (for places that retry by themselves), in
/// the agent's language; what the desk itself said stays as it said it.
pub fn what_happened(err: &Error) -> String {
    match err {
        Error::Conflict => crate::fl!("error-conflict"),
        Error::Auth(why) => crate::fl!("error-auth", why = why.as_str()),
        Error::Network(why) => crate::fl!("error-network", why = why.as_str()),
        Error::Interrupted(why) => crate::fl!("error-interrupted", why = why.as_str()),
        Error::Timeout => crate::fl!("error-timeout"),
        Error::RateLimited {
            retry_after: Some(d),
        } => crate::fl!("error-rate-limited-for", wait = crate::text::time::wait(*d)),
        Error::RateLimited { retry_after: None } => crate::fl!("error-rate-limited"),
        Error::Forbidden(why) => crate::fl!("error-forbidden", why = why.as_str()),
        Error::NotFound(what) => crate::fl!("error-not-found", what = what.as_str()),
        Error::Invalid(why) => crate::fl!("error-invalid", why = why.as_str()),
        Error::Server { status, message } => {
            let status = status.to_string();
            crate::fl!("error-server", status = status, message = message.as_str())
        }
        Error::TooLarge { limit_mb } => {
            let limit = limit_mb.to_string();
            crate::fl!("error-too-large", limit = limit)
        }
        other => other.to_string(),
    }
}

/// Why files cannot go with a message, in the agent's language.
pub fn files_refused(why: &crate::model::FileRefusal) -> String {
    use crate::model::{FileRefusal, human_size};
    match why {
        FileRefusal::TooLarge { name, size, limit } => crate::fl!(
            "files-too-large",
            name = name.as_str(),
            size = human_size(*size),
            limit = human_size(*limit)
        ),
        FileRefusal::TooMuch { sum, limit } => crate::fl!(
            "files-too-much",
            sum = human_size(*sum),
            limit = human_size(*limit)
        ),
    }
}

/// What a search looked at, where it is less than the agent may think.
pub fn search_note(note: crate::model::search::SearchNote) -> String {
    use crate::model::search::SearchNote;
    match note {
        SearchNote::SubjectsAndText => crate::fl!("search-note-text"),
    }
}

/// Why the desk cannot search for what was typed.
pub fn search_refused(why: &crate::model::search::SearchRefusal) -> String {
    use crate::model::search::SearchRefusal;
    match why {
        SearchRefusal::Empty => crate::fl!("search-empty"),
        SearchRefusal::NoWords { example } => {
            crate::fl!("search-no-words", example = example.as_str())
        }
        SearchRefusal::NoLanguage => crate::fl!("search-no-language"),
    }
}
