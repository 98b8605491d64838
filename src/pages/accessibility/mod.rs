//! The accessibility statement (BITV 2.0 §7): what works, what does not yet, how to report a
//! barrier, and the date of the last check; with what Lotse is, which its Leichte Sprache
//! version explains in Leichte Sprache (BITV 2.0 §4).

mod report;

use super::use_page_title;
use crate::client_mode::use_client_mode;
use crate::components::ReadAloud;
use crate::domain::IsoDate;
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key, Locale};
use crate::router::use_navigator;
use crate::routes::{ACCESSIBILITY, HOME};
use leptos::prelude::*;
use report::BarrierReport;

/// The day the statement was last checked against the app; renew it with each check.
const LAST_CHECKED: (u16, u8, u8) = (2026, 12, 2);

/// The conciliation body for barriers in federal public bodies' web apps.
const CONCILIATION: &str = "https://www.schlichtungsstelle-bgg.de";

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

/// The statement, reachable from every screen through the footer. In client mode nothing on
/// it leads out of Lotse: the conciliation body's address is text, and the report is the
/// text to copy.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    let client_mode = use_client_mode().is_on_untracked();
    use_page_title(move || i18n.t(Key::AccessibilityTitle).to_string());
    let checked = IsoDate::new(LAST_CHECKED.0, LAST_CHECKED.1, LAST_CHECKED.2);
    let checked_text = move || {
        let date = checked
            .map(|date| match i18n.locale() {
                Locale::En => date.to_string(),
                _ => date.german(),
            })
            .unwrap_or_default();
        i18n.tf(Key::AccessibilityChecked, &[("date", &date)])
    };
    let list = |keys: &[Key]| {
        keys.iter()
            .map(|&key| view! { <li>{tr(key)}</li> })
            .collect_view()
    };
    // Back where the footer link was followed; opened directly, to the start (never to a page
    // outside Lotse, which the browser's back could be).
    let back = use_navigator()
        .previous_path()
        .filter(|path| path != ACCESSIBILITY)
        .unwrap_or_else(|| HOME.to_string());
    let to_easy = move |_| {
        i18n.set_locale(Locale::DeLeicht);
        focus_after_render("accessibility-title");
    };
    let read = |ids: &[&str]| {
        let ids = ids.iter().map(|id| id.to_string()).collect();
        view! { <ReadAloud ids=ids/> }
    };
    view! {
        <div class="lotse-page lotse-page--narrow">
            <a class="lotse-back-link" href=back>{tr(Key::AccessibilityBack)}</a>
            <h1 class="lotse-heading-xl" id="accessibility-title" tabindex="-1">{tr(Key::AccessibilityTitle)}</h1>
            <p class="lotse-body-l" id="accessibility-intro">{tr(Key::AccessibilityIntro)}</p>
            {read(&["accessibility-title", "accessibility-intro"])}
            <Show when=move || i18n.locale() != Locale::DeLeicht>
                <p><button type="button" class="lotse-button lotse-button--secondary" on:click=to_easy>
                    {tr(Key::AccessibilityEasyLink)}
                </button></p>
            </Show>
            <section id="accessibility-about" aria-labelledby="accessibility-about-title">
                <h2 class="lotse-heading-l" id="accessibility-about-title">{tr(Key::AccessibilityAboutTitle)}</h2>
                <p>{tr(Key::AccessibilityAbout)}</p>
            </section>
            {read(&["accessibility-about"])}
            <section id="accessibility-state" aria-labelledby="accessibility-state-title">
                <h2 class="lotse-heading-l" id="accessibility-state-title">{tr(Key::AccessibilityStateTitle)}</h2>
                <p>{tr(Key::AccessibilityState)}</p>
                <h3 class="lotse-heading-m">{tr(Key::AccessibilityWorksTitle)}</h3>
                <ul class="lotse-list lotse-list--bullet">{list(&WORKS)}</ul>
                <h3 class="lotse-heading-m">{tr(Key::AccessibilityGapsTitle)}</h3>
                <ul class="lotse-list lotse-list--bullet">{list(&GAPS)}</ul>
            </section>
            {read(&["accessibility-state"])}
            <BarrierReport mail=!client_mode/>
            <section id="accessibility-checked" aria-labelledby="accessibility-checked-title">
                <h2 class="lotse-heading-l" id="accessibility-checked-title">{tr(Key::AccessibilityCheckedTitle)}</h2>
                <p>{checked_text}</p>
            </section>
            {read(&["accessibility-checked"])}
            <section id="accessibility-enforcement" aria-labelledby="accessibility-enforcement-title">
                <h2 class="lotse-heading-l" id="accessibility-enforcement-title">{tr(Key::AccessibilityEnforcementTitle)}</h2>
                <p>{tr(Key::AccessibilityEnforcement)}</p>
                {if client_mode {
                    view! { <p>{tr(Key::AccessibilityEnforcementLink)}": "{CONCILIATION}</p> }.into_any()
                } else {
                    view! { <p><a href=CONCILIATION rel="noopener">{tr(Key::AccessibilityEnforcementLink)}</a></p> }.into_any()
                }}
            </section>
            {read(&["accessibility-enforcement"])}
        </div>
    }
}
