use crate::focus::{focus_after_render, focus_element};
use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// One field's error: the id of the field it belongs to and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The `id` of the input the error is about.
    pub field_id: &'static str,
    /// The message, in the user's language.
    pub message: Key,
}

/// The GOV.UK error summary: a list of what is wrong at the top of the form.
///
/// It takes focus when it appears, so a screen reader reads it at once and a keyboard user
/// starts from it; each entry links to (and focuses) its field.
#[component]
pub fn ErrorSummary(errors: Signal<Vec<FieldError>>) -> impl IntoView {
    Effect::new(move |_| {
        if !errors.with(Vec::is_empty) {
            focus_after_render("error-summary");
        }
    });
    move || {
        (!errors.with(Vec::is_empty)).then(|| {
            view! {
                <div class="lotse-error-summary" id="error-summary" tabindex="-1"
                    aria-labelledby="error-summary-title">
                    <h2 class="lotse-error-summary__title" id="error-summary-title">
                        {tr(Key::ErrorSummaryTitle)}
                    </h2>
                    <ul class="lotse-error-summary__list">
                        {move || errors.get().into_iter().map(|error| {
                            let field_id = error.field_id;
                            view! {
                                <li>
                                    <a href=format!("#{field_id}") on:click=move |ev| {
                                        // Focus the field itself, not just scroll to it.
                                        ev.prevent_default();
                                        focus_element(field_id);
                                    }>{tr(error.message)}</a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// The inline error of one field, from the list of all errors.
pub fn error_for(errors: RwSignal<Vec<FieldError>>, field_id: &'static str) -> Signal<Option<Key>> {
    Signal::derive(move || {
        errors.with(|all| {
            all.iter()
                .find(|e| e.field_id == field_id)
                .map(|e| e.message)
        })
    })
}
