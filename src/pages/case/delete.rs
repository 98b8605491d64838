use crate::flash::use_flash;
use crate::i18n::{fill, tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::router::use_navigator;
use crate::routes::HOME;
use crate::session::use_session;
use crate::storage;
use leptos::prelude::*;

/// Asks before a case is deleted, and says what will be lost.
#[component]
pub fn DeleteCasePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let flash = use_flash();
    let navigator = use_navigator();
    let Some((id, alias, content)) =
        session.with_untracked(|c| (c.id.clone(), c.alias.clone(), c.content()))
    else {
        return ().into_any();
    };
    let title = {
        let alias = alias.clone();
        move || i18n.tf(Key::DeleteTitle, &[("alias", &alias)])
    };
    use_page_title(title.clone());
    let failed = RwSignal::new(None::<Key>);

    let will_line = move || {
        i18n.count(
            content.will_statements,
            Key::DeleteLosesWillOne,
            Key::DeleteLosesWillOther,
        )
    };
    let own_line = move || {
        i18n.count(
            content.own_actions,
            Key::DeleteLosesOwnOne,
            Key::DeleteLosesOwnOther,
        )
    };
    let intake_line = move || {
        i18n.tf(
            Key::DeleteLosesIntake,
            &[
                ("goals", &content.goals.to_string()),
                ("steps", &content.steps.to_string()),
                ("resources", &content.resources.to_string()),
                ("contacts", &content.contacts.to_string()),
            ],
        )
    };

    let confirm = move |_| {
        let (id, alias) = (id.clone(), alias.clone());
        leptos::task::spawn_local(async move {
            match storage::delete_case(&id).await {
                Ok(()) => {
                    session.discard(&id);
                    flash.set(fill(
                        i18n.t_untracked(Key::DeleteDone),
                        &[("alias", &alias)],
                    ));
                    navigator.go(HOME);
                }
                Err(_) => failed.set(Some(Key::DeleteFailed)),
            }
        });
    };

    view! {
        <div class="lotse-page lotse-page--narrow">
            <h1 class="lotse-heading-xl" tabindex="-1">{title}</h1>
            <p class="lotse-body-l">{tr(Key::DeleteIntro)}</p>
            <ul class="lotse-list lotse-list--bullet">
                <li>{tr(Key::DeleteLosesDetails)}</li>
                <li>{will_line}</li>
                <li>{own_line}</li>
                <li>{intake_line}</li>
            </ul>
            <div class="lotse-warning-text">
                <span class="lotse-warning-text__icon" aria-hidden="true">"!"</span>
                <strong>{tr(Key::DeleteIrreversible)}</strong>
            </div>
            {move || failed.get().map(|key| view! { <p class="lotse-error-message" role="alert">{i18n.t(key)}</p> })}
            <div class="lotse-button-group">
                <button type="button" class="lotse-button lotse-button--warning" on:click=confirm>
                    {tr(Key::DeleteConfirm)}
                </button>
                <a href=HOME class="lotse-link">{tr(Key::DeleteCancel)}</a>
            </div>
        </div>
    }
    .into_any()
}
