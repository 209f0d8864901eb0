//! The exit codes of the commands for scripts, one for each thing a script may want to
//! tell apart (documented in docs/cli.md).

use std::process::ExitCode;

use crate::backend::Error;

/// Everything went as asked.
pub const OK: u8 = 0;
/// The command line was wrong (clap's own code for it).
pub const USAGE: u8 = 2;
/// config.toml, the profile or the credential's source is wrong or missing.
pub const CONFIG: u8 = 3;
/// The desk refused the credential.
pub const AUTH: u8 = 4;
/// No such ticket or view.
pub const NOT_FOUND: u8 = 5;
/// The desk refused the change, or the ticket changed meanwhile.
pub const REFUSED: u8 = 6;
/// The desk asked frontdesk to slow down.
pub const RATE_LIMITED: u8 = 7;
/// The desk could not be reached, or did not answer in time.
pub const UNREACHABLE: u8 = 8;
/// A write is in the outbox but the desk has not taken it yet: a running frontdesk on the
/// profile, or `frontdesk outbox retry`, sends it (sysexits' EX_TEMPFAIL).
pub const QUEUED: u8 = 75;

/// The code for a desk's error.
pub fn of(err: &Error) -> u8 {
    match err {
        Error::Auth(_) => AUTH,
        Error::NotFound(_) => NOT_FOUND,
        Error::Forbidden(_) | Error::Conflict | Error::Invalid(_) | Error::FieldsRequired(_) => {
            REFUSED
        }
        Error::RateLimited { .. } => RATE_LIMITED,
        Error::Network(_) | Error::Interrupted(_) | Error::Timeout => UNREACHABLE,
        _ => 1,
    }
}

/// A code as the process ends with it.
pub fn code(n: u8) -> ExitCode {
    ExitCode::from(n)
}
