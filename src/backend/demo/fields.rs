//! The demo desk's custom fields, as a shop platform's help desk would keep them: an order
//! number where the ticket is about money, the customer's plan, and a few more to show every
//! kind of field. A refund ticket cannot be solved before its refund decision is filled, the
//! kind of rule a desk states only in its refusal.

use std::collections::BTreeMap;

use crate::backend::{
    Error, FieldDef, FieldKind, FieldOption, FieldValue, Missing, Result, TicketSummary, Unfit,
};

/// The plans the shop platform sells.
const PLANS: [&str; 3] = ["Starter", "Growth", "Enterprise"];

/// The field a refund ticket needs before it is solved.
const DECISION: &str = "refund_decision";

/// What the desk keeps of a ticket beyond the scripted scene: fields set, the group it was
/// moved to, and its changes.
#[derive(Debug, Clone, Default)]
pub struct Kept {
    pub fields: BTreeMap<String, Vec<String>>,
    pub group: Option<String>,
    /// The changes made through the desk, oldest first.
    pub events: Vec<crate::backend::Event>,
    /// The notes of the time entries logged apart from messages.
    pub time_notes: Vec<String>,
}

/// The demo desk's fields, in its order.
pub fn definitions() -> Vec<FieldDef> {
    let def = |id: &str, name: &str, kind, options: &[&str]| FieldDef {
        id: id.into(),
        name: name.into(),
        kind,
        options: options.iter().map(|o| FieldOption::named(o)).collect(),
        required_to_solve: false,
        editable: true,
    };
    vec![
        def("order", "Order number", FieldKind::Text, &[]),
        def("plan", "Plan", FieldKind::Choice, &PLANS),
        def(
            "areas",
            "Product areas",
            FieldKind::Choices,
            &["Accounts", "API", "Billing", "Checkout", "Shipping"],
        ),
        def(
            DECISION,
            "Refund decision",
            FieldKind::Choice,
            &["Approved", "Partial", "Declined"],
        ),
        def("seats", "Seats", FieldKind::Number, &[]),
        def("renewal", "Renewal date", FieldKind::Date, &[]),
        def("vip", "VIP customer", FieldKind::Checkbox, &[]),
        def("notes", "Account notes", FieldKind::Paragraph, &[]),
    ]
}

/// The fields of the ticket `summary` describes, with what was set through the desk.
pub fn of(summary: &TicketSummary, kept: &Kept) -> Vec<FieldValue> {
    let money = summary
        .tags
        .iter()
        .any(|t| matches!(t.as_str(), "billing" | "refund" | "invoice" | "tax"));
    let scripted = |id: &str| -> Vec<String> {
        match id {
            "order" if money => vec![format!("SO-2026-{:04}", summary.id.0 % 10_000)],
            "plan" => vec![PLANS[(summary.id.0 % PLANS.len() as u64) as usize].to_string()],
            _ => Vec::new(),
        }
    };
    definitions()
        .into_iter()
        .map(|def| FieldValue {
            values: kept
                .fields
                .get(&def.id)
                .cloned()
                .unwrap_or_else(|| scripted(&def.id)),
            id: def.id,
            name: def.name,
        })
        .collect()
}

/// Sets `changes` on `kept`, refusing a value a field does not take.
pub fn set(kept: &mut Kept, changes: &BTreeMap<String, Vec<String>>) -> Result<()> {
    let defs = definitions();
    for (id, values) in changes {
        let def = defs
            .iter()
            .find(|d| &d.id == id || &d.name == id)
            .ok_or_else(|| Error::Invalid(format!("there is no field \"{id}\"")))?;
        if let Some(why) = values.iter().find_map(|v| def.refuses(v)) {
            // The demo desk answers as a desk does: in its own words.
            let name = &def.name;
            return Err(Error::Invalid(match why {
                Unfit::NotANumber => format!("{name} takes a number"),
                Unfit::NotADate => format!("{name} takes a date as 2026-12-24"),
                Unfit::NoSuchOption(value) => format!("{name} has no option {value}"),
            }));
        }
        let values = values.iter().filter(|v| !v.trim().is_empty()).cloned();
        kept.fields.insert(def.id.clone(), values.collect());
    }
    Ok(())
}

/// The refusal of a status that solves a refund ticket whose decision is empty.
pub fn check_solving(summary: &TicketSummary, kept: &Kept) -> Result<()> {
    let refund = summary.tags.iter().any(|t| t == "refund");
    let decided = kept.fields.get(DECISION).is_some_and(|v| !v.is_empty());
    if refund && !decided {
        return Err(Error::FieldsRequired(vec![Missing {
            field: DECISION.into(),
            name: "Refund decision".into(),
            reason: "is required to solve a refund ticket".into(),
            def: None,
        }]));
    }
    Ok(())
}
