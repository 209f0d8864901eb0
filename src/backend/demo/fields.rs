//! The demo desk's custom fields: the customer's plan, and an order number where the ticket is
//! about money, as a shop platform's help desk would keep them.

use crate::backend::{FieldValue, TicketSummary};

/// The plans the shop platform sells.
const PLANS: [&str; 3] = ["Starter", "Growth", "Enterprise"];

/// The fields of the ticket `summary` describes.
pub fn of(summary: &TicketSummary) -> Vec<FieldValue> {
    let field = |id: &str, name: &str, values: Vec<String>| FieldValue {
        id: id.into(),
        name: name.into(),
        values,
    };
    let money = summary
        .tags
        .iter()
        .any(|t| matches!(t.as_str(), "billing" | "refund" | "invoice" | "tax"));
    vec![
        field(
            "order",
            "Order number",
            money
                .then(|| format!("SO-2026-{:04}", summary.id.0 % 10_000))
                .into_iter()
                .collect(),
        ),
        field(
            "plan",
            "Plan",
            vec![PLANS[(summary.id.0 % PLANS.len() as u64) as usize].to_string()],
        ),
    ]
}
