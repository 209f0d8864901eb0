//! frontdesk's own words in the agent's language: Fluent messages (`i18n/<lang>/frontdesk.ftl`,
//! built into the binary) looked up through `fl!`, whose ids and arguments are checked at
//! compile time against the English file. Plurals follow CLDR through Fluent (1 тикет,
//! 3 тикета, 5 тикетов).
//!
//! The language is chosen once at start (`select`) for the whole process. A test may speak
//! another on its own thread (`speak_here`), so tests in several languages run side by side.

pub mod format;
mod language;

use std::cell::RefCell;
use std::sync::{Arc, LazyLock, RwLock};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;

pub use language::{Chosen, Language, Source, choose};

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Files;

/// A message in the language in use: `fl!("hint-open")`, `fl!("n-tickets", n = 3)`.
#[macro_export]
macro_rules! fl {
    ($id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::loader(), $id)
    }};
    ($id:literal, $($args:expr),* $(,)?) => {{
        i18n_embed_fl::fl!($crate::i18n::loader(), $id, $($args),*)
    }};
}

/// The loader for `language`, its messages falling back to English.
fn load(language: Language) -> Arc<FluentLanguageLoader> {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    let fallback = loader.fallback_language().clone();
    let mut languages = Vec::new();
    // A language without its file would have no messages at all (and i18n-embed panics on
    // it): English stands in. The files are built in and checked by tests.
    if Files::get(&format!("{}/frontdesk.ftl", language.code())).is_some()
        && let Ok(wanted) = language.code().parse()
        && wanted != fallback
    {
        languages.push(wanted);
    }
    languages.push(fallback);
    // A failure leaves the loader empty, and every message reads as its id.
    let _ = loader.load_languages(&Files, &languages);
    // Unicode isolation marks around arguments are invisible, but a terminal gives them a
    // cell in some fonts and they break width sums: frontdesk writes left to right only.
    // (Set once the bundles exist: it applies to those loaded.)
    loader.set_use_isolating(false);
    Arc::new(loader)
}

/// The process's choice, with why, for `--paths` and `doctor`.
static CHOICE: RwLock<Option<Chosen>> = RwLock::new(None);

/// Chooses the language from the config's `language` and the environment, and speaks it.
pub fn start(config: Option<&str>) -> Chosen {
    let chosen = choose(config, |name| std::env::var(name).ok());
    select(chosen.language);
    if let Ok(mut choice) = CHOICE.write() {
        *choice = Some(chosen.clone());
    }
    chosen
}

/// What `start` chose, and why (English by default before it ran).
pub fn chosen() -> Chosen {
    CHOICE
        .read()
        .ok()
        .and_then(|c| c.clone())
        .unwrap_or(Chosen {
            language: Language::En,
            source: Source::Default,
            unknown: None,
        })
}

static PROCESS: LazyLock<RwLock<(Language, Arc<FluentLanguageLoader>)>> =
    LazyLock::new(|| RwLock::new((Language::En, load(Language::En))));

static ENGLISH: LazyLock<Arc<FluentLanguageLoader>> = LazyLock::new(|| load(Language::En));

thread_local! {
    static HERE: RefCell<Option<(Language, Arc<FluentLanguageLoader>)>> = const { RefCell::new(None) };
}

/// Speaks `language` from now on, everywhere (at start, once the config is read).
pub fn select(language: Language) {
    let loader = load(language);
    if let Ok(mut chosen) = PROCESS.write() {
        *chosen = (language, loader);
    }
}

/// Speaks `language` on this thread only, until the guard is dropped (tests).
pub fn speak_here(language: Language) -> HereGuard {
    HERE.with(|here| *here.borrow_mut() = Some((language, load(language))));
    HereGuard
}

/// Ends a thread's own language.
pub struct HereGuard;

impl Drop for HereGuard {
    fn drop(&mut self) {
        HERE.with(|here| *here.borrow_mut() = None);
    }
}

/// The language in use on this thread.
pub fn language() -> Language {
    HERE.with(|here| here.borrow().as_ref().map(|(l, _)| *l))
        .or_else(|| PROCESS.read().ok().map(|chosen| chosen.0))
        .unwrap_or(Language::En)
}

/// The loader `fl!` speaks through.
pub fn loader() -> Arc<FluentLanguageLoader> {
    HERE.with(|here| here.borrow().as_ref().map(|(_, l)| l.clone()))
        .or_else(|| PROCESS.read().ok().map(|chosen| chosen.1.clone()))
        .unwrap_or_else(|| ENGLISH.clone())
}

/// A message whose id is made at run time (an action's title), in the language in use; its
/// id where no file has it (a test keeps English complete).
pub fn text(id: &str) -> String {
    loader().get(id)
}

/// A run-time message with one number in it (`action-view`, `n`).
pub fn text_with(id: &str, name: &'static str, n: i64) -> String {
    let args = std::collections::HashMap::from([(name, fluent::FluentValue::from(n))]);
    loader().get_args(id, args)
}

/// Whether English, and so every language, has a message `id` (one made at run time).
pub fn has(id: &str) -> bool {
    ENGLISH.has(id)
}

/// The same message in English: the palette finds actions by their English words too.
pub fn english(id: &str) -> String {
    ENGLISH.get(id)
}

#[cfg(test)]
mod tests;
