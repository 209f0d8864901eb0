//! `frontdesk reply`, `note`, `set` and `new`: what the composer, the menus and the
//! new-ticket form do, from the command line. Each makes one outbox entry and delivers it
//! through the interface's own outbox (`deliver.rs`).

use std::process::ExitCode;
use std::sync::Arc;

use super::deliver::{Headless, report};
use super::text::{Text, canned, files, written};
use super::{exit, pairs};
use crate::app::Msg;
use crate::app::state::Outgoing;
use crate::app::state::seen::Seen;
use crate::backend::{Changes, HelpDesk, Opening, Priority, Reply, Ticket, TicketId};
use crate::cli::say;
use crate::config::Profile;
use crate::paths::Paths;

/// Who else receives a reply.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Copies {
    /// Send a copy to this address (again for each more).
    #[arg(long, value_name = "ADDRESS")]
    pub cc: Vec<String>,
    /// Send a blind copy to this address (again for each more).
    #[arg(long, value_name = "ADDRESS")]
    pub bcc: Vec<String>,
}

/// Whether to wait for the desk.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct Wait {
    /// Wait until the desk has it, trying again while it cannot be reached (ctrl-c leaves it
    /// in the outbox). Without it, an entry the desk did not take at once stays in the
    /// outbox and the command ends with 75.
    #[arg(long)]
    pub wait: bool,
}

/// What one command is asked to write: a reply or note, a change, or a new ticket.
pub enum Asked {
    Message {
        ticket: u64,
        public: bool,
        text: Text,
        copies: Copies,
    },
    Change {
        ticket: u64,
        pairs: Vec<String>,
    },
    Open {
        opened: Opened,
        text: Text,
    },
}

/// Makes the entry asked for, puts it in the profile's outbox and delivers it.
pub async fn run(
    desk: Arc<dyn HelpDesk>,
    profile: &Profile,
    paths: &Paths,
    asked: Asked,
    wait: Wait,
) -> ExitCode {
    let mut headless = Headless::start(desk.clone(), profile, paths);
    let made = match asked {
        Asked::Message {
            ticket,
            public,
            text,
            copies,
        } => {
            message(
                &desk,
                &headless,
                paths,
                TicketId(ticket),
                public,
                text,
                copies,
            )
            .await
        }
        Asked::Change { ticket, pairs } => change(&desk, TicketId(ticket), &pairs).await,
        Asked::Open { opened, text } => opening(&desk, &headless, paths, opened, text).await,
    };
    let item = match made {
        Ok(item) => item,
        Err((code, why)) => {
            say::err(format!("frontdesk: {why}"));
            return exit::code(code);
        }
    };
    headless.handle(Msg::Queue(Box::new(item)));
    let outcome = headless.settle(wait.wait).await;
    if let Some(id) = outcome.opened {
        // The one thing a script needs from a new ticket: its number, alone on stdout.
        say::out(id.to_string());
    }
    report(&outcome)
}

/// A failure before anything is queued: its exit code and what to say.
pub type Refusal = (u8, String);

fn desk_failed(err: &crate::backend::Error) -> Refusal {
    (exit::of(err), crate::app::update::what_happened(err))
}

/// A reply or note to `id`, as the composer would send it.
async fn message(
    desk: &Arc<dyn HelpDesk>,
    headless: &Headless,
    paths: &Paths,
    id: TicketId,
    public: bool,
    text: Text,
    copies: Copies,
) -> Result<Outgoing, Refusal> {
    let caps = desk.capabilities();
    let Copies { cc, bcc } = copies;
    for address in cc.iter().chain(&bcc) {
        if !crate::model::is_address(address) {
            return Err((
                exit::USAGE,
                crate::fl!("script-not-an-address", address = address.as_str()),
            ));
        }
    }
    if !cc.is_empty() && !caps.recipients.cc {
        return Err((exit::REFUSED, crate::fl!("script-no-cc", option = "--cc")));
    }
    if !bcc.is_empty() && !caps.recipients.bcc {
        return Err((exit::REFUSED, crate::fl!("script-no-cc", option = "--bcc")));
    }
    let ticket = readable(desk.ticket(id).await, text.canned.is_none())?;
    let me = desk.me().await.ok();
    let canned = match (&text.canned, &ticket) {
        (Some(title), Some(ticket)) => {
            Some(canned(desk, headless, paths, title, ticket, me.as_ref(), public).await?)
        }
        _ => None,
    };
    let (body, changes, canned_used) = written(&text, canned).await?;
    let files = files(&text.files, &caps).await?;
    let changes = fields_as_the_desk_takes(desk, changes).await;
    let state = &headless.state;
    let body = match (public, state.signature_on(ticket.as_ref())) {
        (true, Some(signature)) => crate::app::state::compose::with_signature(&body, signature),
        _ => body,
    };
    let reply = Reply {
        body,
        public,
        changes,
        expected_version: ticket.as_ref().and_then(|t| t.summary.version.clone()),
        files,
        cc: if public { cc } else { Vec::new() },
        bcc: if public { bcc } else { Vec::new() },
        forward: None,
    };
    let mut item = Outgoing::blank(0, id, reply, jiff::Timestamp::now());
    if let Some(ticket) = &ticket {
        item.to = ticket.summary.requester.display_name().to_string();
        item.seen = Some(Seen::of(ticket));
    }
    item.canned_used = canned_used;
    Ok(item)
}

/// A canned response's fields (by name, options by label) as the desk takes them, read from
/// the desk's definitions: the interface has them loaded, a command asks when it needs them.
async fn fields_as_the_desk_takes(desk: &Arc<dyn HelpDesk>, mut changes: Changes) -> Changes {
    if !changes.fields.is_empty() {
        let defs = desk.field_definitions().await.unwrap_or_default();
        changes.fields = crate::model::fields::by_id(&defs, changes.fields);
    }
    changes
}

/// The ticket as the desk has it now; while the desk cannot be reached (and `queue_anyway`),
/// none: the entry goes into the outbox without it, as the interface queues a reply written
/// offline, and is looked for in the conversation before any second try.
fn readable(
    read: Result<Ticket, crate::backend::Error>,
    queue_anyway: bool,
) -> Result<Option<Ticket>, Refusal> {
    match read {
        Ok(ticket) => Ok(Some(ticket)),
        Err(err)
            if queue_anyway
                && err.is_transient()
                && !matches!(err, crate::backend::Error::Auth(_)) =>
        {
            tracing::info!(%err, "queued without reading the ticket first");
            Ok(None)
        }
        Err(err) => Err(desk_failed(&err)),
    }
}

/// A change to `id`'s fields, as the menus and the fields form make one.
async fn change(
    desk: &Arc<dyn HelpDesk>,
    id: TicketId,
    asked: &[String],
) -> Result<Outgoing, Refusal> {
    let ticket = readable(desk.ticket(id).await, true)?;
    let caps = desk.capabilities();
    // Only what the pairs need is asked of the desk.
    let keys: Vec<String> = asked
        .iter()
        .map(|p| {
            p.split('=')
                .next()
                .unwrap_or_default()
                .trim()
                .to_lowercase()
        })
        .collect();
    let wants = |key: &str| keys.iter().any(|k| k == key);
    let statuses = if wants("status") {
        desk.statuses()
            .await
            .unwrap_or_else(|_| caps.statuses.clone())
    } else {
        Vec::new()
    };
    let (me, agents) = if wants("assignee") || wants("owner") {
        (
            desk.me().await.ok(),
            desk.agents().await.unwrap_or_default(),
        )
    } else {
        (None, Vec::new())
    };
    let plain = ["status", "priority", "assignee", "owner", "tags"];
    let fields = if keys.iter().any(|k| !plain.contains(&k.as_str())) {
        desk.field_definitions().await.unwrap_or_default()
    } else {
        Vec::new()
    };
    let offered = pairs::Offered {
        statuses: &statuses,
        agents: &agents,
        me: me.as_ref(),
        fields: &fields,
    };
    let (changes, said) = pairs::read(asked, &offered).map_err(|why| (exit::USAGE, why))?;
    Ok(Outgoing::for_change(
        0,
        id,
        changes,
        format!("#{id} {said}"),
        ticket.and_then(|t| t.summary.version),
        jiff::Timestamp::now(),
    ))
}

/// A new ticket for `to`, as the new-ticket form opens one.
#[allow(clippy::too_many_arguments)]
async fn opening(
    desk: &Arc<dyn HelpDesk>,
    headless: &Headless,
    paths: &Paths,
    asked: Opened,
    text: Text,
) -> Result<Outgoing, Refusal> {
    let Opened {
        to,
        subject,
        priority,
        note,
    } = asked;
    if desk.capabilities().create.is_none() {
        return Err((exit::REFUSED, crate::fl!("script-no-create")));
    }
    if !crate::model::is_address(&to) {
        return Err((
            exit::USAGE,
            crate::fl!("script-not-an-address", address = to.as_str()),
        ));
    }
    if subject.trim().is_empty() {
        return Err((exit::USAGE, crate::fl!("script-no-subject")));
    }
    let public = !note;
    let canned = match &text.canned {
        Some(title) => {
            // Rendered as the new-ticket form renders it: for the ticket about to be.
            let ticket = unnumbered(&to, &subject, priority);
            let me = desk.me().await.ok();
            Some(canned(desk, headless, paths, title, &ticket, me.as_ref(), public).await?)
        }
        None => None,
    };
    let (body, changes, canned_used) = written(&text, canned).await?;
    let files = files(&text.files, &desk.capabilities()).await?;
    let changes = fields_as_the_desk_takes(desk, changes).await;
    let now = jiff::Timestamp::now();
    let body = match (public, headless.state.signature_on(None)) {
        (true, Some(signature)) => crate::app::state::compose::with_signature(&body, signature),
        _ => body,
    };
    let opening = Opening {
        requester: to,
        name: String::new(),
        subject: crate::text::clean_line(&subject),
        queue: None,
        priority,
        marker: marker(now),
        sent_at: now,
    };
    let reply = Reply {
        body,
        public,
        changes,
        files,
        ..Reply::default()
    };
    let mut item = Outgoing::blank(0, crate::app::state::new_ticket::NEW_TICKET, reply, now);
    item.to = opening.who().to_string();
    item.canned_used = canned_used;
    item.opening = Some(opening);
    Ok(item)
}

/// What `new` was asked to open, besides its text.
pub struct Opened {
    pub to: String,
    pub subject: String,
    pub priority: Priority,
    pub note: bool,
}

/// The ticket `new` is about to open, for rendering a canned response into its first
/// message.
fn unnumbered(to: &str, subject: &str, priority: Priority) -> Ticket {
    Ticket {
        summary: crate::backend::TicketSummary {
            subject: subject.to_string(),
            requester: crate::backend::Contact {
                email: to.to_string(),
                ..Default::default()
            },
            priority,
            ..crate::backend::TicketSummary::new(crate::app::state::new_ticket::NEW_TICKET)
        },
        conversation: Vec::new(),
        older_not_shown: false,
        cc: Vec::new(),
        url: None,
        links: Vec::new(),
        fields: Vec::new(),
        time: None,
        queue: None,
        signature: None,
    }
}

/// A word unique to this new ticket, in the form the interface's markers take, for finding
/// it again after a lost answer.
fn marker(now: jiff::Timestamp) -> String {
    let nanos = now.as_nanosecond() as u64 ^ u64::from(fastrand::u32(..));
    format!("fd-{:012x}", nanos & 0xffff_ffff_ffff)
}
