use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// A labelled checkbox; the whole row is a 44 px target. An optional hint is joined through
/// `aria-describedby`.
#[component]
pub fn Checkbox(
    /// The input's id.
    id: String,
    /// Whether it starts checked.
    checked: bool,
    /// A one-line explanation under the label.
    #[prop(optional)]
    hint: Option<Key>,
    /// Called with the new state after every change.
    on_toggle: impl Fn(bool) + 'static,
    /// The label's content.
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="lotse-checkbox">
            <input type="checkbox" class="lotse-checkbox__input" id=id.clone() checked=checked
                aria-describedby=hint.map(|_| hint_id.clone())
                on:change=move |ev| on_toggle(event_target_checked(&ev))/>
            <label class="lotse-checkbox__label" for=id>{children()}</label>
            {hint.map(|hint| view! { <p class="lotse-hint lotse-checkbox__hint" id=hint_id.clone()>{tr(hint)}</p> })}
        </div>
    }
}
