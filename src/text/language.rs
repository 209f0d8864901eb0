//! Which language a text is written in, among those a team works in: whatlang's trigram
//! detector limited to the languages given, so a short Estonian message is not taken for
//! Finnish's cousin Hungarian, nor an English one for Scots.

use whatlang::{Detector, Lang};

/// The languages frontdesk detects by default, as codes: those its users write in.
pub const DEFAULT: [&str; 6] = ["en", "fi", "ru", "de", "et", "zh"];

fn lang(code: &str) -> Option<Lang> {
    Some(match code {
        "en" => Lang::Eng,
        "fi" => Lang::Fin,
        "ru" => Lang::Rus,
        "de" => Lang::Deu,
        "et" => Lang::Est,
        "zh" => Lang::Cmn,
        "sv" => Lang::Swe,
        "fr" => Lang::Fra,
        "es" => Lang::Spa,
        "it" => Lang::Ita,
        "pl" => Lang::Pol,
        "uk" => Lang::Ukr,
        "nl" => Lang::Nld,
        "pt" => Lang::Por,
        "ja" => Lang::Jpn,
        _ => return None,
    })
}

fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Eng => "en",
        Lang::Fin => "fi",
        Lang::Rus => "ru",
        Lang::Deu => "de",
        Lang::Est => "et",
        Lang::Cmn => "zh",
        Lang::Swe => "sv",
        Lang::Fra => "fr",
        Lang::Spa => "es",
        Lang::Ita => "it",
        Lang::Pol => "pl",
        Lang::Ukr => "uk",
        Lang::Nld => "nl",
        Lang::Por => "pt",
        Lang::Jpn => "ja",
        _ => "",
    }
}

/// Whether frontdesk can detect the language of code `code`.
pub fn known(code: &str) -> bool {
    lang(code).is_some()
}

/// The language of `text` among `allowed` (codes), when the detector is sure enough.
pub fn detect(text: &str, allowed: &[&str]) -> Option<&'static str> {
    let list: Vec<Lang> = allowed.iter().filter_map(|c| lang(c)).collect();
    if list.is_empty() {
        return None;
    }
    // A sample is enough, and keeps a long message cheap.
    let sample: String = text.chars().take(1_000).collect();
    let info = Detector::with_allowlist(list).detect(&sample)?;
    // Among a handful of allowed languages the best guess on a sentence or two is right
    // even when whatlang calls it unreliable (street names and numbers weigh it down); on a
    // few words only a confident one is said. Either way the interface marks it as guessed.
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
    let sure = info.is_reliable() || info.confidence() > 0.2 || letters >= 40;
    sure.then(|| code(info.lang())).filter(|c| !c.is_empty())
}

/// A customer's language, and whether frontdesk detected it rather than read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoken {
    /// A plain code: `fi`, `zh`.
    pub code: String,
    pub detected: bool,
}

/// The language a customer writes in: the one the desk keeps for them (`kept`), else the
/// one their subject and latest messages are in, among `allowed`.
pub fn of_customer(
    kept: Option<&str>,
    subject: &str,
    theirs: &[&str],
    allowed: &[&str],
) -> Option<Spoken> {
    if let Some(code) = kept.map(base).filter(|c| !c.is_empty()) {
        return Some(Spoken {
            code,
            detected: false,
        });
    }
    // The subject is theirs too, and adds words where the messages are short.
    let text = format!("{subject}\n{}", theirs.join("\n"));
    detect(&text, allowed).map(|code| Spoken {
        code: code.to_string(),
        detected: true,
    })
}

/// The language of a ticket's customer: the desk's for them, else detected on the subject
/// and their latest three messages among `allowed` (the team's languages).
pub fn of_ticket(ticket: &crate::model::Ticket, allowed: &[&str]) -> Option<Spoken> {
    let theirs: Vec<&str> = ticket
        .conversation
        .iter()
        .rev()
        .filter(|m| m.kind == crate::model::MessageKind::Customer)
        .take(3)
        .map(|m| m.body.as_str())
        .collect();
    of_customer(
        ticket.summary.requester.language.as_deref(),
        &ticket.summary.subject,
        &theirs,
        allowed,
    )
}

/// A desk's language or locale as a plain code: `en-US` → `en`, `zh_CN` → `zh`.
pub fn base(locale: &str) -> String {
    locale
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_six_languages_are_told_apart() {
        let said = [
            (
                "en",
                "I was charged twice for my subscription this month, please help.",
            ),
            (
                "fi",
                "En pääse kirjautumaan sisään, vaikka vaihdoin salasanan eilen.",
            ),
            ("ru", "Не могу войти в личный кабинет после смены пароля."),
            (
                "de",
                "Die Rechnung wurde doppelt abgebucht, bitte erstatten Sie den Betrag.",
            ),
            (
                "et",
                "Tellimused ei jõua raamatupidamisse, palun aidake kiiresti.",
            ),
            ("zh", "重置密码后无法登录，请帮忙看看。"),
        ];
        for (want, text) in said {
            assert_eq!(detect(text, &DEFAULT), Some(want), "{text}");
        }
    }

    #[test]
    fn a_few_words_of_doubt_are_left_unsaid() {
        assert_eq!(detect("ok 123", &DEFAULT), None);
        assert_eq!(detect("Hallo", &["fi", "et"]), None);
    }

    #[test]
    fn locales_become_codes() {
        assert_eq!(base("en-US"), "en");
        assert_eq!(base("zh_CN"), "zh");
        assert_eq!(base("FI"), "fi");
    }
}
