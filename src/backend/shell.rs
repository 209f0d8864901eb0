//! The shape every network backend shares, so that a backend is its wire types, its
//! conversion and its calls: the [`Shell`] it is built around (the HTTP client, the web
//! address for ticket links, the profile's views, its label), which gives `HelpDesk` its
//! label, views, rate-limit hold, request count and downloads; and [`Opens`], what a desk
//! that opens tickets for customers implements in its `create.rs`.

use async_trait::async_trait;

use super::http::Http;
use super::{Opening, QueueRef, Reply, Result, TicketId, View};

/// What a network backend holds besides its own state.
pub struct Shell {
    pub http: Http,
    /// The web interface's root, for ticket links.
    pub web: String,
    /// The profile's views, or the backend's defaults.
    pub views: Vec<View>,
    /// What the title bar calls the desk: `acme (zendesk)`.
    pub label: String,
}

/// Opening a ticket for a customer (see `Capabilities::create`).
#[async_trait]
pub trait Opens: Send + Sync {
    /// Opens the ticket with its first message; returns its id.
    async fn create_ticket(&self, opening: &Opening, message: &Reply) -> Result<TicketId>;

    /// The ticket an earlier try made, found by its marker.
    async fn find_ticket(&self, opening: &Opening) -> Result<Option<TicketId>>;

    /// The queues or groups a ticket can start in.
    async fn queue_list(&self) -> Result<Vec<QueueRef>>;
}
