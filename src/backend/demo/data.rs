//! The demo desk's source material: data files in `data/demo/`, embedded in the binary.

use serde::Deserialize;

use crate::canned::Actions;

/// The files, by name, so parse errors name the file.
const FILES: &[(&str, &str)] = &[
    ("desk.toml", include_str!("../../../data/demo/desk.toml")),
    (
        "contacts.toml",
        include_str!("../../../data/demo/contacts.toml"),
    ),
    (
        "canned.toml",
        include_str!("../../../data/demo/canned.toml"),
    ),
    (
        "scenarios/en.toml",
        include_str!("../../../data/demo/scenarios/en.toml"),
    ),
    (
        "scenarios/fi.toml",
        include_str!("../../../data/demo/scenarios/fi.toml"),
    ),
    (
        "scenarios/de.toml",
        include_str!("../../../data/demo/scenarios/de.toml"),
    ),
    (
        "scenarios/ru.toml",
        include_str!("../../../data/demo/scenarios/ru.toml"),
    ),
    (
        "scenarios/et.toml",
        include_str!("../../../data/demo/scenarios/et.toml"),
    ),
    (
        "scenarios/zh.toml",
        include_str!("../../../data/demo/scenarios/zh.toml"),
    ),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Desk {
    pub name: String,
    pub url: String,
    pub tickets: usize,
    pub first_id: u64,
    pub seed: u64,
    pub agent: Vec<AgentRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentRow {
    pub id: String,
    pub name: String,
    pub email: String,
    pub signature: String,
    #[serde(default)]
    pub me: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    pub contact: Vec<ContactRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactRow {
    #[serde(default)]
    pub name: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: String,
    pub organization: Option<String>,
    pub timezone: Option<String>,
    pub language: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenarios {
    pub language: String,
    pub scenario: Vec<Scenario>,
    pub followups: Followups,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub subject: String,
    pub priority: String,
    pub group: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub messages: Vec<ScriptLine>,
}

/// One message of a scenario: `from` is `customer`, `agent` or `note`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptLine {
    pub from: String,
    pub text: String,
    /// Files from `data/demo/files` attached to the message.
    #[serde(default)]
    pub files: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Followups {
    pub customer: Vec<String>,
    pub agent: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CannedFile {
    pub response: Vec<CannedRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CannedRow {
    pub title: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub abbrev: Option<String>,
    pub body: String,
    #[serde(default)]
    pub actions: Actions,
}

/// All the demo's source material, parsed.
#[derive(Debug)]
pub struct Material {
    pub desk: Desk,
    pub contacts: Vec<ContactRow>,
    pub scenarios: Vec<Scenarios>,
    pub canned: Vec<CannedRow>,
}

fn parse<T: serde::de::DeserializeOwned>(name: &str) -> Result<T, String> {
    let text = FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .ok_or(name)?;
    toml::from_str(text).map_err(|e| format!("data/demo/{name}: {e}"))
}

/// Parses the embedded files. They ship with the binary and a test reads them, so an error
/// here is a packaging bug, reported rather than panicking.
pub fn load() -> Result<Material, String> {
    let contacts: Contacts = parse("contacts.toml")?;
    let canned: CannedFile = parse("canned.toml")?;
    let scenarios = FILES
        .iter()
        .filter(|(n, _)| n.starts_with("scenarios/"))
        .map(|(n, _)| parse::<Scenarios>(n))
        .collect::<Result<Vec<_>, _>>()?;
    for line in scenarios
        .iter()
        .flat_map(|f| &f.scenario)
        .flat_map(|s| &s.messages)
    {
        super::files::mask(&line.files)?;
    }
    Ok(Material {
        desk: parse("desk.toml")?,
        contacts: contacts.contact,
        scenarios,
        canned: canned.response,
    })
}
