use crate::browser;
use crate::components::error_for;
use crate::components::{ErrorSummary, FieldError, TextInput};
use crate::domain::CaseDetails;
use crate::i18n::{tr, Key};
use crate::pages::use_form_page_title;
use crate::pages::{case_details_error, ALIAS_FIELD};
use crate::router::use_navigator;
use crate::routes::HOME;
use crate::session::use_session;
use leptos::prelude::*;

/// Gives the open case a new alias.
#[component]
pub fn RenameCasePage() -> impl IntoView {
    let session = use_session();
    let navigator = use_navigator();
    let current = session.with_untracked(|c| (c.alias.clone(), c.first_contact));
    let alias = RwSignal::new(current.as_ref().map(|(a, _)| a.clone()).unwrap_or_default());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    use_form_page_title(Key::RenameTitle, errors);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((_, first_contact)) = current else {
            return;
        };
        // The date is not edited here; validating it against the past keeps the rule in one place.
        let today = browser::today().max(first_contact);
        match CaseDetails::validate(&alias.get_untracked(), &first_contact.to_string(), today) {
            Ok(details) => {
                session.edit(|case| case.alias = details.alias);
                session.flush();
                navigator.go(HOME);
            }
            Err(found) => errors.set(found.into_iter().map(case_details_error).collect()),
        }
    };

    view! {
        <div class="lotse-page lotse-page--narrow">
            <a href=HOME class="lotse-back-link">{tr(Key::BackToCaseList)}</a>
            <ErrorSummary errors=errors.into()/>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::RenameTitle)}</h1>
            <form novalidate on:submit=submit>
                <TextInput id=ALIAS_FIELD label=Key::AliasLabel hint=Key::AliasHint value=alias
                    error=error_for(errors, ALIAS_FIELD)/>
                <div class="lotse-button-group">
                    <button type="submit" class="lotse-button">{tr(Key::RenameSubmit)}</button>
                    <a href=HOME class="lotse-link">{tr(Key::Cancel)}</a>
                </div>
            </form>
        </div>
    }
}
