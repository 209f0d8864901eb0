use super::*;
use crate::backend::{AgentId, FieldOption, StatusKind};

fn agent(id: &str, name: &str, email: &str) -> Agent {
    Agent {
        id: AgentId(id.into()),
        name: name.into(),
        email: email.into(),
        signature: String::new(),
    }
}

fn field(id: &str, name: &str, kind: FieldKind, options: &[(&str, &str)]) -> FieldDef {
    FieldDef {
        id: id.into(),
        name: name.into(),
        kind,
        options: options
            .iter()
            .map(|(value, label)| FieldOption {
                value: value.to_string(),
                label: label.to_string(),
            })
            .collect(),
        required_to_solve: false,
        editable: true,
    }
}

struct Desk {
    statuses: Vec<Status>,
    agents: Vec<Agent>,
    fields: Vec<FieldDef>,
}

impl Desk {
    fn new() -> Self {
        Self {
            statuses: vec![
                Status {
                    name: "open".into(),
                    kind: StatusKind::Open,
                },
                Status {
                    name: "Resolved".into(),
                    kind: StatusKind::Solved,
                },
            ],
            agents: vec![
                agent("7", "Sam Rivera", "sam@example.com"),
                agent("8", "Ann Lee", "ann@example.com"),
            ],
            fields: vec![
                field(
                    "cf_1",
                    "Product",
                    FieldKind::Choice,
                    &[("pro", "Pro"), ("basic", "Basic")],
                ),
                field("cf_2", "Seats", FieldKind::Number, &[]),
                field("cf_3", "Urgent", FieldKind::Checkbox, &[]),
            ],
        }
    }

    fn read(&self, pairs: &[&str]) -> Result<(Changes, String), String> {
        let offered = Offered {
            statuses: &self.statuses,
            agents: &self.agents,
            me: self.agents.first(),
            fields: &self.fields,
        };
        let pairs: Vec<String> = pairs.iter().map(|p| p.to_string()).collect();
        read(&pairs, &offered)
    }
}

#[test]
fn pairs_become_one_change_in_the_desk_s_own_names() {
    let desk = Desk::new();
    let (changes, said) = desk
        .read(&[
            "status=resolved",
            "priority=HIGH",
            "assignee=ann@example.com",
            "tags=+vip,-new,billing",
            "product=basic",
            "Seats=12",
            "urgent=yes",
        ])
        .expect("all taken");
    assert_eq!(changes.status.as_deref(), Some("Resolved"));
    assert_eq!(changes.priority, Some(Priority::High));
    assert_eq!(changes.assignee, Some(Some(AgentId("8".into()))));
    assert_eq!(changes.tags_add, ["vip", "billing"]);
    assert_eq!(changes.tags_remove, ["new"]);
    assert_eq!(changes.fields["cf_1"], ["basic"]);
    assert_eq!(changes.fields["cf_2"], ["12"]);
    assert_eq!(changes.fields["cf_3"], ["true"]);
    assert_eq!(
        said,
        "status → Resolved, priority → high, assignee → Ann Lee, tags +vip +billing -new, \
         Product → Basic, Seats → 12, Urgent → yes"
    );
}

#[test]
fn me_and_none_assign_and_unassign() {
    let desk = Desk::new();
    let (mine, _) = desk.read(&["assignee=me"]).expect("me");
    assert_eq!(mine.assignee, Some(Some(AgentId("7".into()))));
    let (nobody, said) = desk.read(&["owner=none"]).expect("none");
    assert_eq!(nobody.assignee, Some(None));
    assert_eq!(said, "assignee → —");
    let (emptied, _) = desk.read(&["Product="]).expect("emptied");
    assert!(emptied.fields["cf_1"].is_empty());
}

#[test]
fn what_the_desk_does_not_offer_is_refused_naming_what_it_does() {
    let desk = Desk::new();
    let refused = |pairs: &[&str]| desk.read(pairs).expect_err("refused");
    assert!(refused(&["status=done"]).contains("open, Resolved"));
    assert!(refused(&["priority=asap"]).contains("urgent, high, normal, low"));
    assert!(refused(&["assignee=bob"]).contains("\"bob\""));
    assert!(refused(&["colour=red"]).contains("Product, Seats, Urgent"));
    assert!(refused(&["Product=gold"]).contains("gold"));
    assert!(refused(&["Seats=many"]).contains("Seats"));
    assert!(refused(&["status"]).contains("KEY=VALUE"));
    assert!(refused(&["tags="]).contains("status=solved"));
}

#[test]
fn any_status_goes_where_the_desk_lists_none() {
    let (changes, _) = read(&["status=stalled".to_string()], &Offered::default()).expect("taken");
    assert_eq!(changes.status.as_deref(), Some("stalled"));
}
