//! Canned responses as data: what one says, who it is for, what it changes. The picker, the
//! backends and the local files all speak these types; the behaviour lives in `crate::canned`.

use super::{Agent, Attachment, Changes, Priority};

/// Where a canned response came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// From the help desk (macro, canned response, text module, article…).
    Backend,
    /// From a file in `<config dir>/responses/`.
    Local(String),
}

/// Field changes a canned response applies together with its text.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actions {
    /// A status by the help desk's name for it.
    pub status: Option<String>,
    pub priority: Option<Priority>,
    /// `me`, `none`, or an agent's name, e-mail or id.
    pub assignee: Option<String>,
    #[serde(default)]
    pub tags_add: Vec<String>,
    #[serde(default)]
    pub tags_remove: Vec<String>,
    /// Files from the agent's disk the response attaches (paths; `~` is the home folder).
    #[serde(default)]
    pub attach: Vec<String>,
    /// Custom fields set, by the field's name (or the desk's id): `{ "Product" = "Billing" }`,
    /// a list for a multi-select.
    #[serde(default)]
    pub fields: std::collections::BTreeMap<String, FieldSetting>,
}

/// A field's value in a canned response: one, or several for a multi-select.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(untagged)]
pub enum FieldSetting {
    One(String),
    Many(Vec<String>),
}

impl FieldSetting {
    pub fn values(&self) -> Vec<String> {
        match self {
            FieldSetting::One(v) if v.trim().is_empty() => Vec::new(),
            FieldSetting::One(v) => vec![v.clone()],
            FieldSetting::Many(list) => list.clone(),
        }
    }
}

impl Actions {
    /// Whether the response changes nothing but the text.
    pub fn is_empty(&self) -> bool {
        self.status.is_none()
            && self.priority.is_none()
            && self.assignee.is_none()
            && self.tags_add.is_empty()
            && self.tags_remove.is_empty()
            && self.attach.is_empty()
            && self.fields.is_empty()
    }

    /// The actions as ticket changes. An assignee is looked up among `agents` (`me` is `me`);
    /// one that cannot be found is returned as the error, so the agent can be told.
    pub fn to_changes(&self, me: Option<&Agent>, agents: &[Agent]) -> Result<Changes, String> {
        let assignee = match self.assignee.as_deref().map(str::trim) {
            None => None,
            Some("none" | "nobody" | "") => Some(None),
            Some("me") => Some(Some(me.map(|a| a.id.clone()).ok_or("you (not known yet)")?)),
            Some(who) => {
                let found = agents.iter().find(|a| {
                    a.id.0 == who
                        || a.email.eq_ignore_ascii_case(who)
                        || a.name.eq_ignore_ascii_case(who)
                });
                Some(Some(
                    found.map(|a| a.id.clone()).ok_or_else(|| who.to_string())?,
                ))
            }
        };
        Ok(Changes {
            status: self.status.clone(),
            priority: self.priority,
            assignee,
            tags_add: self.tags_add.clone(),
            tags_remove: self.tags_remove.clone(),
            // By the names the response gives; the interface puts the desk's ids in.
            fields: self
                .fields
                .iter()
                .map(|(name, setting)| (name.clone(), setting.values()))
                .collect(),
            ..Changes::default()
        })
    }
}

/// Who a canned response is written for, where its source says so. A response for agents
/// must never go out to a customer by the composer's default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    /// Either: it goes out as whatever the composer is.
    #[default]
    Any,
    /// A reply the customer reads.
    Public,
    /// An internal note, agents only.
    Internal,
}

impl Audience {
    /// The audience of a composer that is public or not.
    pub fn of(public: bool) -> Self {
        if public { Self::Public } else { Self::Internal }
    }

    /// Whether text for this audience may go into a composer that is public or not without
    /// asking.
    pub fn fits(self, public: bool) -> bool {
        self == Self::Any || self == Self::of(public)
    }
}

/// A canned response as the help desk rendered it for one ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub text: String,
    /// Who the rendered comment is for, where the desk said (Zendesk's `comment.public`).
    pub audience: Audience,
    /// Files the response brings (a Zendesk macro's attachments), fetched into the draft.
    pub files: Vec<Attachment>,
}

/// One canned response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canned {
    /// Unique across sources, e.g. `local:refund.md` or `demo:12`; keys the usage counts.
    pub id: String,
    pub title: String,
    pub keywords: Vec<String>,
    /// Typed in the composer then `tab` to insert the response, e.g. `;refund`.
    pub abbrev: Option<String>,
    /// The text, with placeholders in frontdesk's `{{…}}` syntax.
    pub body: String,
    pub actions: Actions,
    pub source: Source,
    /// Who it is written for: a private macro or an internal note opens as a note.
    pub audience: Audience,
    /// The language it is written in (`fi`), where it says (`refund.fi.md`, `lang = "fi"`).
    pub language: Option<String>,
    /// What the same response in other languages shares (`local:refund`); `None`: it
    /// stands alone.
    pub family: Option<String>,
}
