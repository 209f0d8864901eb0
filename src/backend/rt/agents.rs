//! The team: who can own tickets, as RT's own owner menu finds them. REST 2.0 has no way for
//! a plain agent to list them (`POST /groups` finds user-defined groups only, so the
//! Privileged group is never among its results, and only an administrator may search users
//! by their rights), so this asks the web helper RT's ticket pages fill the Owner menu from:
//! the users with OwnTicket on the queues the agent sees. The profile's `agents` list is
//! added to it; where RT will not say, that list and the owners seen on tickets remain.

use serde::Deserialize;

use super::wire::{IdRow, UserRef};
use super::{Agent, HelpDesk, RtDesk, convert};
use crate::backend::Result;

/// The owner menu's web helper, under RT's web root.
const OWNERS_PAGE: &str = "Helpers/Autocomplete/Owners";
/// More than any team: RT's helper stops at ten unless told.
const MAX_OWNERS: &str = "1000";

/// One row of the owner menu: `value` is the login asked for.
#[derive(Debug, Deserialize)]
struct Owner {
    #[serde(default)]
    value: serde_json::Value,
}

impl RtDesk {
    /// The logins of everyone who may own a ticket in a queue the agent sees.
    pub(super) async fn owner_logins(&self) -> Result<Vec<String>> {
        let queues: Vec<IdRow> = self.all("queues/all", &[("fields", "id")]).await?;
        if queues.is_empty() {
            return Ok(Vec::new());
        }
        let limit = queues
            .iter()
            .map(|q| format!("RT::Queue-{}", q.id))
            .collect::<Vec<_>>()
            .join("|");
        let page = format!("{}{OWNERS_PAGE}", self.shell.web);
        let params = [
            ("term", ""),
            ("limit", limit.as_str()),
            ("max", MAX_OWNERS),
            ("return", "Name"),
        ];
        let owners: Vec<Owner> = self.shell.http.get(&page, &params).await?;
        Ok(owners
            .into_iter()
            .filter_map(|o| match o.value {
                serde_json::Value::String(login) => Some(login),
                _ => None,
            })
            .filter(|login| !matches!(login.as_str(), "RT_System" | "Nobody" | ""))
            .collect())
    }

    /// The team for the assign menu: RT's owners, the profile's `agents`, and the agent.
    pub(super) async fn team(&self) -> Result<Vec<Agent>> {
        let mut logins = match self.owner_logins().await {
            Ok(logins) => logins,
            Err(err) => {
                tracing::info!(%err, "RT would not list who can own tickets; the profile's agents remain");
                Vec::new()
            }
        };
        for name in &self.agent_names {
            if !logins.contains(name) {
                logins.push(name.clone());
            }
        }
        let lookups = logins.iter().map(|login| self.user(login));
        let mut agents: Vec<Agent> = futures::future::join_all(lookups)
            .await
            .into_iter()
            .filter_map(|u: Result<UserRef>| u.ok())
            .filter(|u| !matches!(u.login(), "RT_System" | "Nobody"))
            .map(|u| convert::agent(&u))
            .collect();
        if let Ok(me) = self.me().await
            && !agents.iter().any(|a| a.id == me.id)
        {
            agents.insert(0, me);
        }
        agents.sort_by(|a, b| a.name.cmp(&b.name));
        agents.dedup_by(|a, b| a.id == b.id);
        Ok(agents)
    }
}
