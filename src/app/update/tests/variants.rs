//! A canned response in several languages: the picker offers the variant in the customer's
//! language first, says which language each is in, and falls back to the default.

use super::*;
use crate::app::state::overlay::Overlay;
use crate::canned::Canned;

fn local(file: &str, text: &str) -> Canned {
    crate::canned::local::parse(file, text).expect("parses")
}

async fn with_responses(width: u16) -> Harness {
    let mut h = Harness::sized(width, 40).await;
    let responses = vec![
        local(
            "responses/refund.md",
            "+++\ntitle = \"Refund approved\"\n+++\nHi {{requester.first_name}}, we refunded you.",
        ),
        local(
            "responses/refund.fi.md",
            "+++\ntitle = \"Hyvitys hyväksytty\"\n+++\nHei {{requester.first_name}}, hyvitimme maksun.",
        ),
        local(
            "responses/hyvitys-ru.md",
            "+++\ntitle = \"Возврат одобрен\"\nlang = \"ru\"\nid = \"refund\"\n+++\nЗдравствуйте, {{requester.first_name}}! Мы вернули деньги.",
        ),
        local(
            "responses/shipping.md",
            "+++\ntitle = \"Refund of shipping costs\"\n+++\nShipping is on us.",
        ),
    ];
    let req = h.state.requests.issue();
    h.state.canned.list.start(req);
    h.msg(Msg::Loaded(crate::app::msg::Loaded::Canned {
        req,
        result: Ok(responses),
        diagnostics: Vec::new(),
    }))
    .await;
    h
}

/// The picker's responses in order, as (title, language).
fn offered(h: &Harness) -> Vec<(String, Option<String>)> {
    let all = h.state.canned.list.value.as_deref().unwrap_or_default();
    match &h.state.overlay {
        Some(Overlay::Picker(p)) => p
            .matches
            .iter()
            .map(|r| (all[r.index].title.clone(), all[r.index].language.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

#[test]
fn a_file_name_or_the_front_matter_names_the_language_and_the_family() {
    let fi = local("responses/refund.fi.md", "Hei!");
    assert_eq!(fi.language.as_deref(), Some("fi"));
    assert_eq!(fi.family.as_deref(), Some("local:refund"));
    assert_eq!(
        fi.title, "refund",
        "the default title leaves the language out"
    );
    let ru = local(
        "responses/x.md",
        "+++\nlang = \"ru-RU\"\nid = \"refund\"\n+++\nТекст",
    );
    assert_eq!(
        (ru.language.as_deref(), ru.family.as_deref()),
        (Some("ru"), Some("local:refund"))
    );
    let plain = local("responses/v2.0.md", "Text");
    assert_eq!(plain.language, None, "a version number is not a language");
}

#[tokio::test]
async fn a_finnish_customer_is_offered_the_finnish_text_first() {
    let mut h = with_responses(120).await;
    h.keys("j enter").await;
    let ticket = h.state.detail.loaded().expect("ticket");
    assert_eq!(ticket.summary.subject, "En pääse kirjautumaan sisään");
    h.keys("r ctrl-t").await;
    h.type_text("refund").await;
    let offered = offered(&h);
    assert_eq!(
        offered[0],
        ("Hyvitys hyväksytty".to_string(), Some("fi".to_string())),
        "{offered:?}"
    );
    assert!(h.screen().contains("fi · local"), "{}", h.screen());
    h.keys("enter").await;
    let draft = h.state.compose.current().expect("draft");
    assert!(
        draft.text().starts_with("Hei Riikka, hyvitimme maksun."),
        "placeholders work in the variant: {}",
        draft.text()
    );
}

#[tokio::test]
async fn without_a_variant_in_their_language_the_default_comes_first() {
    let mut h = with_responses(120).await;
    // An English customer's ticket: there is no English variant but the default.
    h.keys("enter r ctrl-t").await;
    h.type_text("refund").await;
    let offered = offered(&h);
    assert_eq!(
        offered[0],
        ("Refund approved".to_string(), None),
        "{offered:?}"
    );
    let titles: Vec<&str> = offered.iter().map(|(t, _)| t.as_str()).collect();
    let family: Vec<&str> = titles[..3].to_vec();
    assert!(
        family.contains(&"Hyvitys hyväksytty") && family.contains(&"Возврат одобрен"),
        "the other languages follow their default: {titles:?}"
    );
}
