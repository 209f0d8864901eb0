//! Outbox entries taken over from another frontdesk on the profile: at start, and while
//! running when one has quit (`Effect::AdoptOutbox`).

use std::path::Path;

use super::Runner;
use crate::app::msg::Loaded;
use crate::app::state::Outgoing;

impl Runner {
    /// Takes over the entries of frontdesks on the profile that are gone, through the writer
    /// so it happens in order with this frontdesk's own saves.
    pub(super) async fn adopt(&self) -> Loaded {
        let (Some(writer), Some(places)) = (&self.writer, &self.files.places) else {
            return Loaded::Adopted {
                number: 0,
                items: Vec::new(),
                problem: None,
            };
        };
        match writer.adopt_outbox().await {
            Ok((number, values)) => {
                let outbox = places.outbox.clone();
                let (items, problem) =
                    tokio::task::spawn_blocking(move || read_entries(values, &outbox))
                        .await
                        .unwrap_or_else(|join| (Vec::new(), Some(join.to_string())));
                Loaded::Adopted {
                    number,
                    items,
                    problem,
                }
            }
            Err(err) => Loaded::Adopted {
                number: 0,
                items: Vec::new(),
                problem: Some(format!("cannot read the outbox: {err}")),
            },
        }
    }
}

/// Outbox entries as replies. An entry this version cannot read is written beside the outbox
/// (at `outbox`) rather than dropped, and said.
pub fn read_entries(
    values: Vec<serde_json::Value>,
    outbox: &Path,
) -> (Vec<Outgoing>, Option<String>) {
    let (mut items, mut unreadable) = (Vec::new(), Vec::new());
    for value in values {
        match serde_json::from_value::<Outgoing>(value.clone()) {
            Ok(item) => items.push(item),
            Err(_) => unreadable.push(value),
        }
    }
    if unreadable.is_empty() {
        return (items, None);
    }
    let aside = outbox.with_extension(format!(
        "unreadable-{}.json",
        jiff::Timestamp::now().as_second()
    ));
    let kept = serde_json::to_vec_pretty(&unreadable)
        .map_err(std::io::Error::other)
        .and_then(|json| crate::store::write_atomic(&aside, &json));
    let problem = match kept {
        Ok(()) => format!(
            "{} outbox entries could not be read by this version of frontdesk; they are kept in {}",
            unreadable.len(),
            aside.display()
        ),
        Err(err) => format!(
            "{} outbox entries could not be read by this version of frontdesk, nor kept aside: {err}",
            unreadable.len()
        ),
    };
    (items, Some(problem))
}
