//! The `frontdesk` command; everything it does lives in the library (`frontdesk::cli`).

use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    frontdesk::cli::run(frontdesk::cli::Cli::parse()).await
}
