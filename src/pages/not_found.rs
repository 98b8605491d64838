use super::use_page_title;
use crate::i18n::{tr, use_i18n, Key};
use crate::routes::HOME;
use leptos::prelude::*;

/// An address that does not exist in Lotse.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t(Key::NotFoundTitle).to_string());
    view! {
        <div class="lotse-page lotse-page--narrow">
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::NotFoundTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::NotFoundBody)}</p>
            <p><a href=HOME class="lotse-button">{tr(Key::BackToCaseList)}</a></p>
        </div>
    }
}
