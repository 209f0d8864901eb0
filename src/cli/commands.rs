//! The commands besides the interface, as clap reads them: their arguments and the help
//! text `frontdesk help`, the completions and the man page are made from.

use clap::Subcommand;

use super::{cache, script, shell};

/// What to do instead of opening the interface.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the interface on ticket N.
    Open {
        /// The ticket's number.
        id: u64,
    },
    /// List a view's tickets in the queue's order (the first view unless one is named, by
    /// name or number).
    Ls {
        view: Option<String>,
        /// At most this many tickets.
        #[arg(long, default_value_t = 200)]
        limit: usize,
        #[command(flatten)]
        output: script::Output,
    },
    /// Show a ticket with its conversation.
    Show {
        /// The ticket's number.
        id: u64,
        #[command(flatten)]
        output: script::Output,
    },
    /// Search the whole desk as ctrl-f does, and list what it finds.
    Search {
        /// What to look for: words, "a phrase", #123, lang:fi (on the demo).
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// At most this many tickets.
        #[arg(long, default_value_t = 200)]
        limit: usize,
        #[command(flatten)]
        output: script::Output,
    },
    /// Reply to ticket N (the customer reads it), through the outbox.
    Reply {
        /// The ticket's number.
        id: u64,
        #[command(flatten)]
        text: script::text::Text,
        #[command(flatten)]
        copies: script::write::Copies,
        #[command(flatten)]
        wait: script::write::Wait,
    },
    /// Add an internal note to ticket N (agents only), through the outbox.
    Note {
        /// The ticket's number.
        id: u64,
        #[command(flatten)]
        text: script::text::Text,
        #[command(flatten)]
        wait: script::write::Wait,
    },
    /// Change ticket N: status=solved priority=high assignee=me|none|NAME tags=+a,-b, and
    /// custom fields by name (Product=Pro).
    Set {
        /// The ticket's number.
        id: u64,
        #[arg(required = true, num_args = 1.., value_name = "KEY=VALUE")]
        changes: Vec<String>,
        #[command(flatten)]
        wait: script::write::Wait,
    },
    /// Open a new ticket for a customer; prints its number.
    New {
        /// The customer's e-mail address.
        #[arg(long = "for", value_name = "ADDRESS")]
        to: String,
        #[arg(long)]
        subject: String,
        /// low, normal, high or urgent.
        #[arg(long, default_value = "normal", value_parser = priority)]
        priority: crate::backend::Priority,
        /// Start it with an internal note instead of a message to the customer.
        #[arg(long)]
        note: bool,
        #[command(flatten)]
        text: script::text::Text,
        #[command(flatten)]
        wait: script::write::Wait,
    },
    /// List what waits in the outbox; `retry` sends it now, `drop ID` discards an entry.
    Outbox {
        #[command(subcommand)]
        action: Option<script::outbox::OutboxAction>,
        #[command(flatten)]
        output: script::Output,
    },
    /// Store the profile's token in the OS keyring (asked for without echo, checked first).
    Login,
    /// Remove the profile's token from the OS keyring.
    Logout,
    /// Check the setup step by step (config, credential, network, authentication,
    /// permissions, terminal) and say how to fix what fails.
    Doctor,
    /// Say what the cache of views and conversations holds; `cache clear` empties it.
    Cache {
        #[command(subcommand)]
        action: Option<cache::CacheAction>,
    },
    /// Print a completion script for SHELL (bash, zsh, fish, elvish, powershell). It offers
    /// the profiles and views config.toml names now; make it again after adding one.
    Completions {
        #[arg(value_enum)]
        shell: shell::Shell,
    },
    /// Print the manual page (roff): `frontdesk man | man -l -`.
    Man,
}

/// A priority by its name, for `new --priority`.
fn priority(name: &str) -> Result<crate::backend::Priority, String> {
    crate::backend::Priority::ALL
        .into_iter()
        .find(|p| p.name().eq_ignore_ascii_case(name))
        .ok_or_else(|| "low, normal, high or urgent".to_string())
}
