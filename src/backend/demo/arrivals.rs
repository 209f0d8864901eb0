//! Customers writing in while the demo runs: a new ticket, or a reply on one. Tests use
//! these to see polling find what changed.

use super::record::{self, Record};
use super::{DemoDesk, Message, MessageKind, Result, TicketId, bump, seed};
use crate::backend::Priority;
use crate::text::{clean_line, clean_text};

impl DemoDesk {
    /// A customer writes in: a new ticket from the desk's first contact, unassigned, with
    /// `text` as its first message. (Tests use it; so could a livelier demo.)
    pub async fn arrive(&self, subject: &str, priority: Priority, text: &str) -> TicketId {
        let now = (self.clock)();
        self.with_tickets(|tickets| {
            let catalog = &mut tickets.catalog;
            let next = tickets.records.iter().map(|r| r.id).max().unwrap_or(0) + 1;
            let scene = catalog.scenes.len() as u32;
            catalog.scenes.push(record::Scene {
                subject: clean_line(subject),
                priority,
                group: "Support".into(),
                tags: Vec::new(),
                lines: Vec::new(),
                language: 0,
            });
            let author = catalog
                .contacts
                .first()
                .map(|c| c.display_name().to_string())
                .unwrap_or_default();
            tickets.records.push(Record {
                id: next,
                requester: 0,
                scene,
                status: 0,
                priority,
                assignee: None,
                author: None,
                tags: Vec::new(),
                created_at: now,
                updated_at: now,
                waiting_since: Some(now),
                due_at: Some(now + seed::target(priority)),
                replies: 0,
                version: 1,
                script: Box::new([]),
                worked: 0,
                kept: Default::default(),
                written: vec![Message {
                    id: format!("{next}-0"),
                    kind: MessageKind::Customer,
                    author,
                    body: clean_text(text),
                    created_at: now,
                    attachments: Vec::new(),
                }],
            });
            TicketId(next)
        })
        .await
    }

    /// The customer of ticket `id` writes again.
    pub async fn customer_writes(&self, id: TicketId, text: &str) -> Result<()> {
        let now = (self.clock)();
        self.with_tickets(|tickets| {
            let (record, catalog) = tickets.find(id)?;
            let author = record
                .requester(catalog)
                .map(|c| c.display_name().to_string())
                .unwrap_or_default();
            record.written.push(Message {
                id: format!("{id}-{}", record.len()),
                kind: MessageKind::Customer,
                author,
                body: clean_text(text),
                created_at: now,
                attachments: Vec::new(),
            });
            record.replies += 1;
            if record.waiting_since.is_none() {
                record.waiting_since = Some(now);
                record.due_at = Some(now + seed::target(record.priority));
            }
            if let Some(open) = catalog.statuses.iter().position(|s| s.name == "open") {
                record.status = open as u8;
            }
            bump(record, now);
            Ok(())
        })
        .await
    }
}
