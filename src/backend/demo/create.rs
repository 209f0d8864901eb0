//! New tickets on the demo desk: a scene of their own in the catalog (subject, group and the
//! marker as a tag, the way the SaaS desks keep it), a contact added when the address is new.

use jiff::Timestamp;

use super::Tickets;
use super::record::{Record, Scene};
use crate::backend::{
    Agent, Attachment, Contact, ContactId, Error, Message, MessageKind, Opening, QueueRef, Reply,
    Result, StatusKind, TicketId,
};
use crate::text::{clean_line, clean_text};

/// The desk's groups, in the order the scenarios name them.
pub fn queues(tickets: &Tickets) -> Vec<QueueRef> {
    queues_of(&tickets.catalog)
}

/// The groups of `catalog`'s scenes, in their order.
pub fn queues_of(catalog: &super::record::Catalog) -> Vec<QueueRef> {
    let mut names: Vec<&str> = Vec::new();
    for scene in &catalog.scenes {
        if !names.contains(&scene.group.as_str()) {
            names.push(&scene.group);
        }
    }
    names
        .into_iter()
        .map(|n| QueueRef {
            id: n.to_string(),
            name: n.to_string(),
        })
        .collect()
}

/// Opens the ticket and returns its id.
pub fn create(
    tickets: &mut Tickets,
    me: &Agent,
    now: Timestamp,
    opening: &Opening,
    message: &Reply,
    attachments: Vec<Attachment>,
) -> Result<TicketId> {
    let email = opening.requester.trim().to_lowercase();
    if !crate::backend::is_address(&email) {
        return Err(Error::Invalid(format!(
            "{} is not an e-mail address",
            clean_line(&opening.requester)
        )));
    }
    let catalog = &mut tickets.catalog;
    let requester = match catalog
        .contacts
        .iter()
        .position(|c| c.email.eq_ignore_ascii_case(&email))
    {
        Some(i) => i,
        None => {
            catalog.contacts.push(Contact {
                id: ContactId(email.clone()),
                name: clean_line(&opening.name),
                email: email.clone(),
                ..Contact::default()
            });
            catalog.contacts.len() - 1
        }
    };
    let group = match &opening.queue {
        Some(q) => clean_line(&q.name),
        None => catalog
            .scenes
            .first()
            .map(|s| s.group.clone())
            .unwrap_or_default(),
    };
    let tags = vec![catalog.tag(&opening.marker)];
    catalog.scenes.push(Scene {
        subject: clean_line(&opening.subject),
        priority: opening.priority,
        group,
        tags: tags.clone(),
        lines: Vec::new(),
        language: 0,
    });
    let scene = (catalog.scenes.len() - 1) as u32;
    let status = catalog
        .statuses
        .iter()
        .position(|s| s.kind == StatusKind::Open)
        .unwrap_or(0) as u8;
    let id = tickets.records.iter().map(|r| r.id).max().unwrap_or(0) + 1;
    let mut written = Vec::new();
    if !message.body.trim().is_empty() || !attachments.is_empty() {
        written.push(Message {
            id: format!("{id}-0"),
            kind: if message.public {
                MessageKind::Public
            } else {
                MessageKind::Internal
            },
            author: me.name.clone(),
            body: clean_text(&message.body),
            created_at: now,
            attachments,
        });
    }
    tickets.records.push(Record {
        id,
        requester: requester as u32,
        scene,
        status,
        priority: opening.priority,
        assignee: None,
        author: None,
        tags,
        created_at: now,
        updated_at: now,
        waiting_since: None,
        due_at: None,
        replies: 0,
        version: 1,
        script: Box::new([]),
        worked: 0,
        kept: Default::default(),
        written,
    });
    Ok(TicketId(id))
}

/// The ticket that carries `marker` as a tag, if one does.
pub fn find(tickets: &Tickets, marker: &str) -> Option<TicketId> {
    let tag = tickets.catalog.find_tag(marker)?;
    tickets
        .records
        .iter()
        .find(|r| r.tags.contains(&tag))
        .map(|r| TicketId(r.id))
}
