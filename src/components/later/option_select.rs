use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// A labelled select over options known only at run time (the device's districts or
/// categories), each a value and its name; the value `""` is the first option's when it
/// stands for "none".
#[component]
pub fn OptionSelect(
    /// The select's id.
    #[prop(into)]
    id: String,
    /// The label.
    label: Key,
    /// A hint under the label.
    #[prop(optional)]
    hint: Option<Key>,
    /// The options, in order: value and name.
    options: Vec<(String, String)>,
    /// The value chosen now.
    selected: String,
    /// Called with the value chosen.
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="lotse-form-group">
            <label class="lotse-label" for=id.clone()>{tr(label)}</label>
            {hint.map(|hint| view! { <p class="lotse-hint" id=hint_id.clone()>{tr(hint)}</p> })}
            <select class="lotse-select" id=id.clone() name=id aria-describedby=hint.map(|_| hint_id.clone())
                on:change=move |ev| on_change(event_target_value(&ev))>
                {options.into_iter().map(|(value, name)| {
                    let chosen = value == selected;
                    view! { <option value=value selected=chosen>{name}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
