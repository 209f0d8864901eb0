//! The signature of a ticket's group: Zammad keeps signatures per group (`signature_id` on
//! the group, the text at `/signatures/{id}`, readable by agents while it is active), and its
//! web page puts it under a reply, its variables (`#{user.firstname}`, `#{ticket.number}`)
//! filled in. The API adds nothing, so frontdesk does what the web page does.

use std::collections::HashMap;

use super::wire::{Assets, Ticket, User};
use super::{Error, Result, ZammadDesk};
use crate::text::{clean_text, html};

/// A signature as Zammad sends it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Signature {
    #[serde(default, deserialize_with = "crate::backend::lenient::text")]
    pub body: String,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

/// Signatures read this session, by id (`None`: inactive or not readable).
pub type Signatures = tokio::sync::Mutex<HashMap<String, Option<String>>>;

impl ZammadDesk {
    /// The signature replies on `ticket` get, filled in for the agent and the ticket; `None`
    /// where its group has none (or it cannot be read: a reply then goes unsigned by the
    /// desk, as the agent's own or none).
    pub(super) async fn group_signature(&self, ticket: &Ticket, assets: &Assets) -> Option<String> {
        let group = assets.groups.get(ticket.group_id.as_deref()?)?;
        let id = group.signature_id.clone()?;
        let body = self.signature_text(&id).await.ok()??;
        let me = self.me_user().await.ok();
        let text = fill(&body, &Values::of(ticket, assets, me, &group.name));
        let text = text.trim().to_string();
        (!text.is_empty()).then_some(text)
    }

    /// The text of signature `id`, read once a session.
    async fn signature_text(&self, id: &str) -> Result<Option<String>> {
        let mut kept = self.signatures.lock().await;
        if let Some(text) = kept.get(id) {
            return Ok(text.clone());
        }
        let text = match self
            .shell
            .http
            .get::<Signature>(&format!("signatures/{id}"), &[])
            .await
        {
            Ok(read) => read.active.then(|| html::to_text(&read.body)),
            // Gone, or not the agent's to read: asked no more this session.
            Err(Error::NotFound(_) | Error::Forbidden(_)) => None,
            Err(e) => return Err(e),
        };
        kept.insert(id.to_string(), text.clone());
        Ok(text)
    }
}

/// What a signature's variables are filled with.
#[derive(Debug, Default)]
struct Values(HashMap<&'static str, String>);

impl Values {
    fn of(ticket: &Ticket, assets: &Assets, me: Option<&User>, group: &str) -> Self {
        let mut values = HashMap::new();
        let mut person = |prefix: &'static [&'static str; 3], user: Option<&User>| {
            if let Some(user) = user {
                values.insert(prefix[0], user.firstname.clone());
                values.insert(prefix[1], user.lastname.clone());
                values.insert(prefix[2], user.email.clone());
            }
        };
        person(&["user.firstname", "user.lastname", "user.email"], me);
        let customer = ticket
            .customer_id
            .as_ref()
            .and_then(|c| assets.users.get(c));
        person(
            &[
                "ticket.customer.firstname",
                "ticket.customer.lastname",
                "ticket.customer.email",
            ],
            customer,
        );
        let owner = ticket.owner_id.as_ref().and_then(|o| assets.users.get(o));
        person(
            &[
                "ticket.owner.firstname",
                "ticket.owner.lastname",
                "ticket.owner.email",
            ],
            owner,
        );
        values.insert("ticket.number", ticket.number.clone());
        values.insert("ticket.title", ticket.title.clone());
        values.insert("ticket.group.name", group.to_string());
        Self(values)
    }
}

/// `text` with its `#{…}` variables filled in; a variable frontdesk does not know is left
/// out rather than sent to a customer as code.
fn fill(text: &str, values: &Values) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("#{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let name = after[..end].trim();
        if let Some(value) = values.0.get(name) {
            out.push_str(value);
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    // Lines left empty by a missing value go, as do runs of blank lines.
    clean_text(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_filled_and_unknown_ones_left_out() {
        let mut values = Values::default();
        values.0.insert("user.firstname", "Sam".into());
        values.0.insert("ticket.group.name", "Billing".into());
        values.0.insert("ticket.number", "31001".into());
        let text = fill(
            "#{user.firstname} #{user.lastname}\n#{ticket.group.name} · #{config.fqdn}\nRef #{ ticket.number }",
            &values,
        );
        assert_eq!(text, "Sam \nBilling · \nRef 31001");
    }

    #[test]
    fn an_unclosed_variable_stays_as_text() {
        assert_eq!(fill("Sam #{user", &Values::default()), "Sam #{user");
    }
}
