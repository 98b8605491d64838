//! Locale handling. The texts themselves live in `locales/*.ftl`; `build.rs` turns them into
//! the [`Key`] enum and one string table per [`Locale`], so a missing text fails the build.

use leptos::prelude::*;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

impl Key {
    /// The text of this key in `locale`, with `{$name}` placeholders left as they are.
    pub fn text(self, locale: Locale) -> &'static str {
        locale.table()[self as usize]
    }
}

impl Locale {
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

    /// Switches the language, remembers it on this device and sets `lang` on `<html>`.
    pub fn set_locale(&self, locale: Locale) {
        self.locale.set(locale);
        crate::storage::save_setting(LOCALE_SETTING, Some(locale.tag()));
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
    let stored = crate::storage::load_setting(LOCALE_SETTING).and_then(|t| Locale::from_tag(&t));
    let i18n = I18n {
        locale: RwSignal::new(stored.unwrap_or(Locale::De)),
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
