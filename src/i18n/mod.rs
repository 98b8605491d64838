//! Locale handling. The texts themselves live in `locales/*.ftl`; `build.rs` turns them into
//! the [`Key`] enum and one string table per [`Locale`], so a missing text fails the build.
//!
//! German is compiled in. In the shipped build the other languages are files fetched the first
//! time they are chosen (about 20 KB less to load at the start for everyone); until a table is
//! there, and if it cannot be fetched, the German text is shown, never nothing.

use leptos::prelude::*;
use std::cell::RefCell;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

thread_local! {
    /// The German texts of the case and data pages, once fetched (shipped build).
    static GERMAN_LATER: std::cell::OnceCell<&'static [&'static str]> = const { std::cell::OnceCell::new() };
    /// Tables fetched at run time, by locale index; leaked once, so they are `'static`.
    static FETCHED: RefCell<Vec<Option<&'static [&'static str]>>> =
        RefCell::new(vec![None; Locale::ALL.len()]);
}

impl Key {
    /// The text of this key in `locale`, with `{$name}` placeholders left as they are
    /// (German while the locale's table is not there).
    pub fn text(self, locale: Locale) -> &'static str {
        let text = locale
            .table()
            .or_else(|| Locale::De.table())
            .and_then(|table| table.get(self as usize).copied())
            .unwrap_or("");
        if text.is_empty() {
            // A German text of the case and data pages, in the shipped build.
            GERMAN_LATER.with(|later| {
                later
                    .get()
                    .and_then(|table| table.get(self as usize).copied())
                    .unwrap_or("")
            })
        } else {
            text
        }
    }
}

/// Fetches the German texts of the case and data pages (in the shipped build they come with
/// those pages, not with the first load); true when they are here. Awaited before such a page
/// is shown ([`crate::pages::lazy`]).
pub async fn load_later_texts() -> bool {
    if cfg!(not(lotse_split)) || GERMAN_LATER.with(|later| later.get().is_some()) {
        return true;
    }
    let Some(table) = fetch_table(GERMAN_LATER_FILE).await else {
        return false;
    };
    GERMAN_LATER.with(|later| {
        let _ = later.set(table);
    });
    true
}

/// A texts file of this build as a table with one text per key, leaked once.
async fn fetch_table(file: &str) -> Option<&'static [&'static str]> {
    let texts = crate::browser::fetch_text(&format!("/{file}")).await?;
    let table = serde_json::from_str::<Vec<String>>(&texts).ok()?;
    if table.len() != TEXT_COUNT {
        return None;
    }
    let table: Vec<&'static str> = table
        .into_iter()
        .map(|text| &*Box::leak(text.into_boxed_str()))
        .collect();
    Some(Box::leak(table.into_boxed_slice()))
}

impl Locale {
    /// The texts of this locale, if they are compiled in or were fetched.
    fn table(self) -> Option<&'static [&'static str]> {
        compiled_table(self).or_else(|| {
            FETCHED.with(|fetched| fetched.borrow().get(self as usize).copied().flatten())
        })
    }

    /// Whether this locale's texts are here (compiled in or fetched).
    pub fn is_ready(self) -> bool {
        self.table().is_some()
    }

    /// Makes this locale's texts ready, fetching its file if needed; false if that failed.
    pub async fn load(self) -> bool {
        if self.is_ready() {
            return true;
        }
        let Some(file) = self.file() else {
            return false;
        };
        let Some(table) = fetch_table(file).await else {
            return false;
        };
        FETCHED.with(|fetched| {
            if let Some(slot) = fetched.borrow_mut().get_mut(self as usize) {
                *slot = Some(table);
            }
        });
        true
    }

    /// The BCP 47 language tag for the browser's formatting APIs (Leichte Sprache is German).
    pub fn language(self) -> &'static str {
        match self.tag().split('-').next() {
            Some("en") => "en-GB",
            _ => "de-DE",
        }
    }

    /// The `lang` attribute for pages in this locale.
    pub fn html_lang(self) -> &'static str {
        match self.tag().split('-').next() {
            Some("en") => "en",
            _ => "de",
        }
    }

    /// The locale with this file stem, e.g. `de-leicht`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.iter().copied().find(|l| l.tag() == tag)
    }

    /// Leichte Sprache, where this build has it.
    pub fn easy() -> Option<Locale> {
        Self::from_tag("de-leicht")
    }

    /// Whether this is Leichte Sprache.
    pub fn is_easy(self) -> bool {
        self.tag() == "de-leicht"
    }

    /// The language's name, in the language itself.
    pub fn name(self) -> Key {
        match self.tag() {
            "de-leicht" => Key::LanguageDeLeicht,
            "en" => Key::LanguageEn,
            _ => Key::LanguageDe,
        }
    }
}

/// Replaces each `{$name}` in `template` by its value in `args`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{$") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[start..start + 2 + end + 1]),
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The interface language, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
    /// The locale asked for last: a slow fetch never overrides a later choice.
    requested: StoredValue<Locale>,
    /// A language whose texts could not be fetched (tracked, for the language switch).
    unavailable: RwSignal<Option<Locale>>,
}

const LOCALE_SETTING: &str = "locale";

impl I18n {
    /// The current locale (tracked).
    pub fn locale(&self) -> Locale {
        self.locale.get()
    }

    /// The text for `key` in the current locale (tracked).
    pub fn t(&self, key: Key) -> &'static str {
        key.text(self.locale.get())
    }

    /// The text for `key` with its placeholders filled (tracked).
    pub fn tf(&self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// A counted text: `one` for exactly 1, `other` otherwise, with `{$count}` filled (tracked).
    pub fn count(&self, count: usize, one: Key, other: Key) -> String {
        let key = if count == 1 { one } else { other };
        self.tf(key, &[("count", &count.to_string())])
    }

    /// Switches the language, remembers it on this device and sets `lang` on `<html>`. A
    /// language that is not here yet is fetched first; if that fails, nothing changes and
    /// [`I18n::unavailable`] says which language could not be loaded.
    pub fn set_locale(&self, locale: Locale) {
        self.requested.set_value(locale);
        self.unavailable.set(None);
        if locale.is_ready() {
            self.apply(locale);
            return;
        }
        let i18n = *self;
        leptos::task::spawn_local(async move {
            let loaded = locale.load().await;
            if i18n.requested.get_value() != locale {
                return;
            }
            if loaded {
                i18n.apply(locale);
            } else {
                i18n.unavailable.set(Some(locale));
            }
        });
    }

    fn apply(&self, locale: Locale) {
        self.locale.set(locale);
        crate::storage::save_setting(LOCALE_SETTING, Some(locale.tag()));
    }

    /// A language that was chosen but whose texts could not be fetched (tracked).
    pub fn unavailable(&self) -> Option<Locale> {
        self.unavailable.get()
    }

    /// The current locale, read without subscribing.
    pub fn locale_untracked(&self) -> Locale {
        self.locale.get_untracked()
    }

    /// The text for `key`, read without subscribing (for event handlers).
    pub fn t_untracked(&self, key: Key) -> &'static str {
        key.text(self.locale.get_untracked())
    }
}

/// A reactive text for views: `{tr(Key::CaseListTitle)}`.
///
/// Every call returns the same closure type, so the view code that renders a text is
/// compiled once, not once per text (a large saving in wasm size).
pub fn tr(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(key)
}

/// Puts the interface language into context: the one chosen on this device, else German.
/// Keeps `<html lang>` (and `data-locale`, for styles) in step with it.
pub fn provide_i18n() -> I18n {
    // The stored language was fetched before the app was mounted ([`load_stored_locale`]);
    // if that failed, German.
    let locale = stored_locale()
        .filter(|l| l.is_ready())
        .unwrap_or(Locale::De);
    let i18n = I18n {
        locale: RwSignal::new(locale),
        requested: StoredValue::new(locale),
        unavailable: RwSignal::new(None),
    };
    provide_context(i18n);
    Effect::new(move |_| {
        let locale = i18n.locale.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", locale.html_lang());
            let _ = root.set_attribute("data-locale", locale.tag());
        }
    });
    i18n
}

fn stored_locale() -> Option<Locale> {
    crate::storage::load_setting(LOCALE_SETTING).and_then(|t| Locale::from_tag(&t))
}

/// Fetches the texts of the language chosen on this device, if they are not compiled in, so
/// the first screen is already in that language. Called once before the app is mounted.
pub async fn load_stored_locale() {
    if let Some(locale) = stored_locale() {
        locale.load().await;
    }
}

/// The interface language from context.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(
            fill(
                "Fall „{$alias}“ vom {$date}",
                &[("alias", "Herr K."), ("date", "20.11.2026")]
            ),
            "Fall „Herr K.“ vom 20.11.2026"
        );
        assert_eq!(fill("{$missing} bleibt", &[]), "{$missing} bleibt");
        assert_eq!(fill("offen {$", &[]), "offen {$");
    }

    #[test]
    fn every_locale_has_a_text_for_every_key() {
        for &locale in Locale::ALL {
            assert!(!Key::AppName.text(locale).is_empty(), "{}", locale.tag());
        }
    }
}
