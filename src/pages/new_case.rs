use super::{case_details_error, lazy, use_form_page_title, ALIAS_FIELD, FIRST_CONTACT_FIELD};
use crate::browser;
use crate::components::{error_for, ErrorSummary, FieldError, TextInput};
use crate::domain::{Case, CaseDetails, CaseId, WillId};
use crate::i18n::{tr, Key};
use crate::router::use_navigator;
use crate::routes::{step_path, IntakeStep, HOME};
use crate::session::use_session;
use leptos::prelude::*;

/// Creates a case: an alias for the client and the date of first contact.
#[component]
pub fn NewCasePage() -> impl IntoView {
    let session = use_session();
    let navigator = use_navigator();
    let alias = RwSignal::new(String::new());
    let first_contact = RwSignal::new(browser::today().to_string());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    use_form_page_title(Key::NewCaseTitle, errors);

    // Writing the case needs the case pages' module (see `lazy::case_codec`): fetched as
    // soon as the form is used, so it is there by the time the case is created.
    let fetch_started = StoredValue::new(false);
    let fetch_case_pages = move |_| {
        if !fetch_started.get_value() {
            fetch_started.set_value(true);
            leptos::task::spawn_local(async {
                let _ = lazy::case_codec().await;
            });
        }
    };
    let creating = StoredValue::new(false);
    let part_missing = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if creating.get_value() {
            return;
        }
        match CaseDetails::validate(
            &alias.get_untracked(),
            &first_contact.get_untracked(),
            browser::today(),
        ) {
            Ok(details) => {
                let id = CaseId(browser::new_id());
                let case = Case::new(
                    id.clone(),
                    details.alias,
                    details.first_contact,
                    browser::now(),
                    WillId(browser::new_id()),
                );
                creating.set_value(true);
                part_missing.set(false);
                leptos::task::spawn_local(async move {
                    let codec = lazy::case_codec().await;
                    // The form may be gone by now (the user went elsewhere): then nothing.
                    if creating.try_set_value(false).is_some() {
                        return;
                    }
                    match codec {
                        Ok(codec) => {
                            session.start(case, codec);
                            navigator.go(&step_path(&id, IntakeStep::Will));
                        }
                        // Nothing is lost: the form still holds what was entered.
                        Err(_) => part_missing.set(true),
                    }
                });
            }
            Err(found) => errors.set(found.into_iter().map(case_details_error).collect()),
        }
    };

    view! {
        <div class="lotse-page lotse-page--narrow">
            <a href=HOME class="lotse-back-link">{tr(Key::BackToCaseList)}</a>
            <ErrorSummary errors=errors.into()/>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::NewCaseTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::NewCaseIntro)}</p>
            {move || part_missing.get().then(|| view! {
                <div class="lotse-alert lotse-alert--warning" role="alert">
                    <p class="lotse-alert__body">{tr(Key::NewCasePartMissing)}</p>
                </div>
            })}
            <form novalidate on:submit=submit on:focusin=fetch_case_pages>
                <TextInput id=ALIAS_FIELD label=Key::AliasLabel hint=Key::AliasHint value=alias
                    error=error_for(errors, ALIAS_FIELD)/>
                <TextInput id=FIRST_CONTACT_FIELD label=Key::FirstContactLabel hint=Key::FirstContactHint
                    input_type="date" value=first_contact error=error_for(errors, FIRST_CONTACT_FIELD)/>
                <button type="submit" class="lotse-button">{tr(Key::NewCaseSubmit)}</button>
            </form>
        </div>
    }
}
