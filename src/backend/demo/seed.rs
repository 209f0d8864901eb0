//! Turns the demo's data files into a desk of tickets. Everything is derived from the files
//! and a fixed seed, so the desk is the same on every run; only the clock moves, because ages
//! are relative to the moment the demo starts.

use jiff::{SignedDuration, Timestamp};

use super::data::{ContactRow, Material, Scenario};
use crate::backend::{
    Agent, AgentId, Contact, ContactId, Message, MessageKind, Priority, Status, StatusKind,
    TicketId, TicketSummary,
};
use crate::canned::{Canned, Source};

/// A splitmix64 stream: small, fast, and the same everywhere for the same seed.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// `true` with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// A demo ticket with its conversation.
#[derive(Debug, Clone)]
pub struct Record {
    pub summary: TicketSummary,
    pub conversation: Vec<Message>,
}

/// The demo desk's statuses, named as Zendesk names them.
pub fn statuses() -> Vec<Status> {
    [
        ("new", StatusKind::New),
        ("open", StatusKind::Open),
        ("pending", StatusKind::Pending),
        ("hold", StatusKind::Pending),
        ("solved", StatusKind::Solved),
        ("closed", StatusKind::Closed),
    ]
    .into_iter()
    .map(|(name, kind)| Status::new(name, kind))
    .collect()
}

/// How long a customer may wait for an answer, by priority: the demo's response targets.
pub fn target(priority: Priority) -> SignedDuration {
    SignedDuration::from_hours(match priority {
        Priority::Urgent => 1,
        Priority::High => 4,
        Priority::Normal => 24,
        Priority::Low => 72,
    })
}

/// The agents, with "me" first.
pub fn agents(material: &Material) -> Vec<Agent> {
    let mut agents: Vec<_> = material.desk.agent.iter().collect();
    agents.sort_by_key(|a| !a.me);
    agents
        .into_iter()
        .map(|a| Agent {
            id: AgentId(a.id.clone()),
            name: a.name.clone(),
            email: a.email.clone(),
            signature: a.signature.clone(),
        })
        .collect()
}

/// The demo's own canned responses.
pub fn canned(material: &Material) -> Vec<Canned> {
    material
        .canned
        .iter()
        .enumerate()
        .map(|(i, row)| Canned {
            id: format!("demo:{}", i + 1),
            title: row.title.clone(),
            keywords: row.keywords.clone(),
            abbrev: row.abbrev.clone(),
            body: crate::canned::local::without_final_newline(&row.body),
            actions: row.actions.clone(),
            source: Source::Backend,
        })
        .collect()
}

fn contact(row: &ContactRow) -> Contact {
    Contact {
        id: ContactId(row.email.clone()),
        name: row.name.clone(),
        first_name: row.first_name.clone(),
        last_name: row.last_name.clone(),
        email: row.email.clone(),
        organization: row.organization.clone(),
        timezone: row.timezone.clone(),
    }
}

/// Generates the desk's tickets, oldest first, as of `now`.
pub fn tickets(material: &Material, now: Timestamp) -> Vec<Record> {
    let desk = &material.desk;
    let mut dice = Dice(desk.seed);
    let agents = agents(material);
    let count = desk.tickets;
    // Every contact gets at least two tickets, so "the requester's other tickets" always has
    // something to show; the rest are spread at random.
    let mut owners: Vec<usize> = (0..material.contacts.len()).flat_map(|c| [c, c]).collect();
    while owners.len() < count {
        owners.push(dice.below(material.contacts.len()));
    }
    for i in (1..owners.len()).rev() {
        owners.swap(i, dice.below(i + 1));
    }
    owners.truncate(count);

    (0..count)
        .map(|i| {
            let row = &material.contacts[owners[i]];
            let scenarios = material
                .scenarios
                .iter()
                .find(|s| s.language == row.language)
                .unwrap_or(&material.scenarios[0]);
            let scenario = &scenarios.scenario[dice.below(scenarios.scenario.len())];
            // Ages fall off steeply: most tickets are recent, a few are months old.
            let oldest_minutes = 90.0 * 24.0 * 60.0;
            let position = (count - i) as f64 / count as f64;
            let jitter = dice.below(30) as f64;
            let age = SignedDuration::from_mins(
                (oldest_minutes * position.powf(2.6) + 4.0 + jitter) as i64,
            );
            let created = now - age;
            let mut ticket = Draft {
                dice: &mut dice,
                now,
                created,
                age,
            };
            ticket.build(
                desk.first_id + i as u64,
                contact(row),
                scenario,
                &scenarios.followups,
                &agents,
            )
        })
        .collect()
}

struct Draft<'a> {
    dice: &'a mut Dice,
    now: Timestamp,
    created: Timestamp,
    age: SignedDuration,
}

impl Draft<'_> {
    fn build(
        &mut self,
        id: u64,
        requester: Contact,
        scenario: &Scenario,
        followups: &super::data::Followups,
        agents: &[Agent],
    ) -> Record {
        let status = self.status();
        let mut priority: Priority = scenario.priority.parse().unwrap_or_default();
        if self.dice.chance(20) {
            priority = match priority {
                Priority::Low => Priority::Normal,
                Priority::Normal => {
                    if self.dice.chance(50) {
                        Priority::High
                    } else {
                        Priority::Low
                    }
                }
                Priority::High => Priority::Urgent,
                Priority::Urgent => Priority::High,
            };
        }
        let assignee = match (status.kind, self.dice.below(100)) {
            (StatusKind::New, n) if n < 80 => None,
            (_, n) if n < 30 => agents.first().cloned(),
            (_, n) if n < 85 => agents
                .get(1 + self.dice.below(agents.len().saturating_sub(1)))
                .cloned(),
            _ => None,
        };
        let author = assignee
            .clone()
            .or_else(|| agents.get(1).cloned())
            .unwrap_or_default();
        let script = self.script(status.kind, scenario, followups);
        let conversation = self.timeline(id, &requester, &author, &script);
        let last_public = conversation
            .iter()
            .rposition(|m| m.kind == MessageKind::Public);
        let waiting_since = if status.kind == StatusKind::New || status.kind == StatusKind::Open {
            conversation
                .iter()
                .skip(last_public.map_or(0, |p| p + 1))
                .find(|m| m.kind == MessageKind::Customer)
                .map(|m| m.created_at)
        } else {
            None
        };
        let replies = conversation
            .iter()
            .filter(|m| m.kind != MessageKind::Internal)
            .count();
        let updated_at = conversation.last().map_or(self.created, |m| m.created_at);
        let mut tags = scenario.tags.clone();
        if requester.organization.is_some() && id.is_multiple_of(11) {
            tags.push("vip".into());
        }
        let summary = TicketSummary {
            id: TicketId(id),
            subject: scenario.subject.clone(),
            requester,
            status,
            priority,
            priority_value: None,
            assignee,
            group: Some(scenario.group.clone()),
            tags,
            created_at: self.created,
            updated_at,
            waiting_since,
            replies: Some(replies.saturating_sub(1) as u32),
            due_at: waiting_since.map(|w| w + target(priority)),
            version: Some("1".into()),
        };
        Record {
            summary,
            conversation,
        }
    }

    fn status(&mut self) -> Status {
        let hours = self.age.as_hours();
        let roll = self.dice.below(100);
        let name = match hours {
            h if h < 3 => {
                if roll < 65 {
                    "new"
                } else {
                    "open"
                }
            }
            h if h < 72 => match roll {
                0..40 => "open",
                40..65 => "pending",
                65..72 => "hold",
                72..77 => "new",
                _ => "solved",
            },
            h if h < 24 * 21 => match roll {
                0..20 => "open",
                20..35 => "pending",
                35..40 => "hold",
                40..88 => "solved",
                _ => "closed",
            },
            _ => match roll {
                0..6 => "open",
                6..10 => "hold",
                10..55 => "solved",
                _ => "closed",
            },
        };
        statuses()
            .into_iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| Status::new(name, StatusKind::Open))
    }

    /// The messages this ticket has got to, by its status: a new ticket has only the
    /// customer's first words; an open one ends with the customer waiting; a pending one with
    /// our answer. Some tickets drag on with extra rounds of follow-ups.
    fn script(
        &mut self,
        kind: StatusKind,
        scenario: &Scenario,
        followups: &super::data::Followups,
    ) -> Vec<(MessageKind, String)> {
        let mut lines: Vec<(MessageKind, String)> = scenario
            .messages
            .iter()
            .map(|m| {
                let kind = match m.from.as_str() {
                    "customer" => MessageKind::Customer,
                    "note" => MessageKind::Internal,
                    _ => MessageKind::Public,
                };
                (kind, m.text.trim_end().to_string())
            })
            .collect();
        if kind != StatusKind::New && self.dice.chance(14) {
            let rounds = 3 + self.dice.below(3);
            let at = lines
                .iter()
                .position(|(k, _)| *k == MessageKind::Public)
                .unwrap_or(lines.len());
            for r in 0..rounds {
                let c = followups.customer[self.dice.below(followups.customer.len())]
                    .trim_end()
                    .to_string();
                let a = followups.agent[self.dice.below(followups.agent.len())]
                    .trim_end()
                    .to_string();
                lines.insert(at + 2 * r, (MessageKind::Customer, c));
                lines.insert(at + 2 * r + 1, (MessageKind::Public, a));
            }
        }
        let cut = match kind {
            StatusKind::New => lines
                .iter()
                .position(|(k, _)| *k != MessageKind::Customer)
                .unwrap_or(lines.len()),
            StatusKind::Open => lines
                .iter()
                .rposition(|(k, _)| *k == MessageKind::Customer)
                .map_or(lines.len(), |p| p + 1),
            StatusKind::Pending => lines
                .iter()
                .rposition(|(k, _)| *k == MessageKind::Public)
                .map_or(lines.len(), |p| p + 1),
            StatusKind::Solved | StatusKind::Closed => lines.len(),
        };
        lines.truncate(cut.max(1));
        lines
    }

    /// Spreads the messages over the ticket's life; the last lands well before now.
    fn timeline(
        &mut self,
        id: u64,
        requester: &Contact,
        agent: &Agent,
        script: &[(MessageKind, String)],
    ) -> Vec<Message> {
        let n = script.len() as f64;
        let span = self.age.as_secs_f64() * 0.85;
        script
            .iter()
            .enumerate()
            .map(|(k, (kind, body))| {
                let offset = if k == 0 {
                    0.0
                } else {
                    span * (k as f64 / n).powf(1.4)
                };
                let at = (self.created + SignedDuration::from_secs_f64(offset)).min(self.now);
                let author = match kind {
                    MessageKind::Customer => requester.display_name().to_string(),
                    _ => agent.name.clone(),
                };
                Message {
                    id: format!("{id}-{k}"),
                    kind: *kind,
                    author,
                    body: body.clone(),
                    created_at: at,
                }
            })
            .collect()
    }
}
