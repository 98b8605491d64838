use crate::i18n::{tr, use_i18n, Key};
use leptos::prelude::*;

/// A labelled single-line input with an optional hint and an inline error, joined through
/// `aria-describedby` so a screen reader reads them with the label.
#[component]
pub fn TextInput(
    /// The input's id (and name); error summary links point here.
    id: &'static str,
    /// The label.
    label: Key,
    /// A hint under the label.
    #[prop(optional)]
    hint: Option<Key>,
    /// The HTML input type.
    #[prop(default = "text")]
    input_type: &'static str,
    /// The `autocomplete` token.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// The current value.
    value: RwSignal<String>,
    /// The error to show inline, if any.
    #[prop(into)]
    error: Signal<Option<Key>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="lotse-form-group" class:lotse-form-group--error=move || error.get().is_some()>
            <label class="lotse-label" for=id>{tr(label)}</label>
            {hint.map(|hint| view! { <p class="lotse-hint" id=hint_id.clone()>{tr(hint)}</p> })}
            {move || error.get().map(|message| view! {
                <p class="lotse-error-message" id=error_id.clone()>
                    <span class="lotse-visually-hidden">{i18n.t(Key::ErrorPrefix)}</span>
                    {i18n.t(message)}
                </p>
            })}
            <input class="lotse-input" id=id name=id type=input_type autocomplete=autocomplete
                aria-describedby=described_by
                aria-invalid=move || error.get().map(|_| "true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}
