//! Turns the demo's data files into a desk of tickets. Everything is derived from the files
//! and a fixed seed, so the desk is the same on every run; only the clock moves, because ages
//! are relative to the moment the demo starts.

use jiff::{SignedDuration, Timestamp};

use super::data::{ContactRow, Material};
use super::record::{Catalog, Followups, Line, Record, Scene, times};
use crate::backend::{
    Agent, AgentId, Contact, ContactId, MessageKind, Priority, Status, StatusKind,
};
use crate::canned::{Canned, Source};
use crate::text::{clean_line, clean_text};

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
            audience: crate::canned::Audience::Any,
            language: None,
            family: None,
        })
        .collect()
}

fn contact(row: &ContactRow) -> Contact {
    Contact {
        id: ContactId(row.email.clone()),
        name: clean_line(&row.name),
        first_name: row.first_name.clone(),
        last_name: row.last_name.clone(),
        email: row.email.clone(),
        organization: row.organization.clone(),
        timezone: row.timezone.clone(),
        language: None,
    }
}

fn kind_of(from: &str) -> MessageKind {
    match from {
        "customer" => MessageKind::Customer,
        "note" => MessageKind::Internal,
        _ => MessageKind::Public,
    }
}

/// The shared strings of the desk, cleaned once: contacts, agents, scenarios, texts, tags.
fn catalog(material: &Material) -> Catalog {
    let mut catalog = Catalog {
        contacts: material.contacts.iter().map(contact).collect(),
        agents: agents(material),
        statuses: statuses(),
        ..Catalog::default()
    };
    for agent in &mut catalog.agents {
        agent.name = clean_line(&agent.name);
    }
    for (language, file) in material.scenarios.iter().enumerate() {
        for scenario in &file.scenario {
            let tags = scenario.tags.iter().map(|t| catalog.tag(&clean_line(t)));
            let tags = tags.collect();
            let lines = scenario
                .messages
                .iter()
                .map(|m| Line {
                    kind: kind_of(&m.from),
                    text: catalog.text(clean_text(m.text.trim_end())),
                    // Checked when the data was loaded (`data::load`).
                    files: super::files::mask(&m.files).unwrap_or_default(),
                })
                .collect();
            catalog.scenes.push(Scene {
                subject: clean_line(&scenario.subject),
                priority: scenario.priority.parse().unwrap_or_default(),
                group: scenario.group.clone(),
                tags,
                lines,
                language,
            });
        }
        let mut texts = |list: &[String]| -> Vec<u32> {
            list.iter()
                .map(|t| catalog.text(clean_text(t.trim_end())))
                .collect()
        };
        let followups = Followups {
            customer: texts(&file.followups.customer),
            agent: texts(&file.followups.agent),
        };
        catalog.followups.push(followups);
    }
    catalog
}

/// Generates the desk's tickets, oldest first, as of `now`, with the catalog they refer to.
pub fn tickets(material: &Material, now: Timestamp) -> (Catalog, Vec<Record>) {
    let desk = &material.desk;
    let mut catalog = catalog(material);
    let vip = catalog.tag("vip");
    let mut dice = Dice(desk.seed);
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
    // Where each language's scenarios start among the catalog's scenes.
    let mut first_scene = Vec::with_capacity(material.scenarios.len());
    let mut next = 0;
    for file in &material.scenarios {
        first_scene.push(next);
        next += file.scenario.len();
    }

    let records = (0..count)
        .map(|i| {
            let row = &material.contacts[owners[i]];
            let language = material
                .scenarios
                .iter()
                .position(|s| s.language == row.language)
                .unwrap_or(0);
            let scenarios = &material.scenarios[language];
            let scene = first_scene[language] + dice.below(scenarios.scenario.len());
            // Ages fall off steeply: most tickets are recent, a few are months old.
            let oldest_minutes = 90.0 * 24.0 * 60.0;
            let position = (count - i) as f64 / count as f64;
            let jitter = dice.below(30) as f64;
            let age = SignedDuration::from_mins(
                (oldest_minutes * position.powf(2.6) + 4.0 + jitter) as i64,
            );
            let mut ticket = Draft {
                dice: &mut dice,
                catalog: &catalog,
                now,
                created: now - age,
                age,
            };
            let mut record = ticket.build(desk.first_id + i as u64, owners[i], scene);
            if row.organization.is_some() && record.id.is_multiple_of(11) {
                record.tags.push(vip);
            }
            record
        })
        .collect();
    (catalog, records)
}

struct Draft<'a> {
    dice: &'a mut Dice,
    catalog: &'a Catalog,
    now: Timestamp,
    created: Timestamp,
    age: SignedDuration,
}

impl Draft<'_> {
    fn build(&mut self, id: u64, requester: usize, scene: usize) -> Record {
        let status = self.status();
        let kind = self.catalog.statuses[usize::from(status)].kind;
        let scenario = &self.catalog.scenes[scene];
        let mut priority = scenario.priority;
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
        let agents = self.catalog.agents.len();
        let index = |i: usize| (i < agents).then_some(i as u8);
        let assignee = match (kind, self.dice.below(100)) {
            (StatusKind::New, n) if n < 80 => None,
            (_, n) if n < 30 => index(0),
            (_, n) if n < 85 => index(1 + self.dice.below(agents.saturating_sub(1))),
            _ => None,
        };
        let author = assignee.or(index(1));
        let script = self.script(kind, scenario);
        let times: Vec<Timestamp> = times(self.created, self.now, script.len()).collect();
        let last_public = script.iter().rposition(|m| m.kind == MessageKind::Public);
        let waiting_since = if kind == StatusKind::New || kind == StatusKind::Open {
            let after = last_public.map_or(0, |p| p + 1);
            (after..script.len())
                .find(|&k| script[k].kind == MessageKind::Customer)
                .map(|k| times[k])
        } else {
            None
        };
        let replies = script
            .iter()
            .filter(|m| m.kind != MessageKind::Internal)
            .count();
        Record {
            id,
            requester: requester as u32,
            scene: scene as u32,
            status,
            priority,
            assignee,
            author,
            tags: scenario.tags.clone(),
            created_at: self.created,
            updated_at: times.last().copied().unwrap_or(self.created),
            waiting_since,
            due_at: waiting_since.map(|w| w + target(priority)),
            replies: replies.saturating_sub(1) as u32,
            version: 1,
            script: script.into_boxed_slice(),
            written: Vec::new(),
            worked: 0,
            kept: Default::default(),
        }
    }

    /// The index of the status this ticket is in, by its age.
    fn status(&mut self) -> u8 {
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
        let statuses = &self.catalog.statuses;
        statuses.iter().position(|s| s.name == name).unwrap_or(1) as u8
    }

    /// The messages this ticket has got to, by its status: a new ticket has only the
    /// customer's first words; an open one ends with the customer waiting; a pending one with
    /// our answer. Some tickets drag on with extra rounds of follow-ups.
    fn script(&mut self, kind: StatusKind, scenario: &Scene) -> Vec<Line> {
        let mut lines = scenario.lines.clone();
        let followups = self.catalog.followups.get(scenario.language);
        if let Some(followups) = followups
            && kind != StatusKind::New
            && self.dice.chance(14)
        {
            let rounds = 3 + self.dice.below(3);
            let at = lines
                .iter()
                .position(|l| l.kind == MessageKind::Public)
                .unwrap_or(lines.len());
            for r in 0..rounds {
                let c = followups.customer[self.dice.below(followups.customer.len())];
                let a = followups.agent[self.dice.below(followups.agent.len())];
                let line = |kind, text| Line {
                    kind,
                    text,
                    files: 0,
                };
                lines.insert(at + 2 * r, line(MessageKind::Customer, c));
                lines.insert(at + 2 * r + 1, line(MessageKind::Public, a));
            }
        }
        let cut = match kind {
            StatusKind::New => lines
                .iter()
                .position(|l| l.kind != MessageKind::Customer)
                .unwrap_or(lines.len()),
            StatusKind::Open => lines
                .iter()
                .rposition(|l| l.kind == MessageKind::Customer)
                .map_or(lines.len(), |p| p + 1),
            StatusKind::Pending => lines
                .iter()
                .rposition(|l| l.kind == MessageKind::Public)
                .map_or(lines.len(), |p| p + 1),
            StatusKind::Solved | StatusKind::Closed => lines.len(),
        };
        lines.truncate(cut.max(1));
        lines
    }
}
