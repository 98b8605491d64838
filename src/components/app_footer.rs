use crate::i18n::{tr, Key};
use crate::routes::ACCESSIBILITY;
use leptos::prelude::*;

/// The foot of every screen: the way to the accessibility statement (BITV 2.0 §7 asks for
/// it to be reachable from every page).
#[component]
pub fn AppFooter() -> impl IntoView {
    view! {
        <footer class="lotse-footer">
            <div class="lotse-footer__inner">
                <a class="lotse-footer__link" href=ACCESSIBILITY>{tr(Key::FooterAccessibility)}</a>
            </div>
        </footer>
    }
}
