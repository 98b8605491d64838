use crate::components::ExportForm;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::routes::HOME;
use crate::session::use_session;
use leptos::prelude::*;

/// Saves the open case as a file (for hand-over to another device or agency, or as a backup).
#[component]
pub fn ExportCasePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let alias = session
        .with_untracked(|c| c.alias.clone())
        .unwrap_or_default();
    let title = {
        let alias = alias.clone();
        move || i18n.tf(Key::ExportCaseTitle, &[("alias", &alias)])
    };
    use_page_title(title.clone());
    let cases = Callback::new(move |_| {
        session.flush();
        session
            .with_untracked(|c| vec![c.clone()])
            .unwrap_or_default()
    });
    view! {
        <div class="lotse-page lotse-page--narrow">
            <a href=HOME class="lotse-back-link">{tr(Key::BackToCaseList)}</a>
            <h1 class="lotse-heading-xl" tabindex="-1">{title}</h1>
            <p class="lotse-body-l">{tr(Key::ExportCaseIntro)}</p>
            <ExportForm cases=cases alias=alias/>
        </div>
    }
}
