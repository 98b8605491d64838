//! The accessibility statement (BITV 2.0 §7): what works, what does not yet, how to report a
//! barrier, and the date of the last check; in Leichte Sprache it also explains what Lotse is
//! (BITV 2.0 §4).

mod report;

use super::use_page_title;
use crate::domain::IsoDate;
use crate::i18n::{tr, use_i18n, Key, Locale};
use crate::routes::HOME;
use leptos::prelude::*;
use report::BarrierReport;

/// The day the statement was last checked against the app; renew it with each check.
const LAST_CHECKED: (u16, u8, u8) = (2026, 12, 2);

/// What works, one item each.
const WORKS: [Key; 6] = [
    Key::AccessibilityWorksKeyboard,
    Key::AccessibilityWorksScreenReader,
    Key::AccessibilityWorksDisplay,
    Key::AccessibilityWorksEasy,
    Key::AccessibilityWorksReadAloud,
    Key::AccessibilityWorksTouch,
];

/// What does not work yet, one item each.
const GAPS: [Key; 4] = [
    Key::AccessibilityGapSignature,
    Key::AccessibilityGapReadAloud,
    Key::AccessibilityGapEasyCheck,
    Key::AccessibilityGapPdf,
];

/// The statement, reachable from every screen through the footer.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t(Key::AccessibilityTitle).to_string());
    let checked = IsoDate::new(LAST_CHECKED.0, LAST_CHECKED.1, LAST_CHECKED.2)
        .map(|date| date.german())
        .unwrap_or_default();
    let list = |keys: &[Key]| {
        keys.iter()
            .map(|&key| view! { <li>{tr(key)}</li> })
            .collect_view()
    };
    view! {
        <div class="lotse-page lotse-page--narrow">
            <a class="lotse-back-link" href=HOME>{tr(Key::AccessibilityBack)}</a>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::AccessibilityTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::AccessibilityIntro)}</p>
            <Show when=move || i18n.locale() != Locale::DeLeicht>
                <p>
                    <button type="button" class="lotse-button lotse-button--secondary" lang="de"
                        on:click=move |_| i18n.set_locale(Locale::DeLeicht)>
                        {tr(Key::AccessibilityEasyLink)}
                    </button>
                </p>
            </Show>
            <h2 class="lotse-heading-l">{tr(Key::AccessibilityAboutTitle)}</h2>
            <p>{tr(Key::AccessibilityAbout)}</p>
            <h2 class="lotse-heading-l">{tr(Key::AccessibilityStateTitle)}</h2>
            <p>{tr(Key::AccessibilityState)}</p>
            <h3 class="lotse-heading-m">{tr(Key::AccessibilityWorksTitle)}</h3>
            <ul class="lotse-list lotse-list--bullet">{list(&WORKS)}</ul>
            <h3 class="lotse-heading-m">{tr(Key::AccessibilityGapsTitle)}</h3>
            <ul class="lotse-list lotse-list--bullet">{list(&GAPS)}</ul>
            <BarrierReport/>
            <h2 class="lotse-heading-l">{tr(Key::AccessibilityCheckedTitle)}</h2>
            <p>{move || i18n.tf(Key::AccessibilityChecked, &[("date", &checked)])}</p>
            <h2 class="lotse-heading-l">{tr(Key::AccessibilityEnforcementTitle)}</h2>
            <p>{tr(Key::AccessibilityEnforcement)}</p>
            <p><a href="https://www.schlichtungsstelle-bgg.de" rel="noopener">{tr(Key::AccessibilityEnforcementLink)}</a></p>
        </div>
    }
}
