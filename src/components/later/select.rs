use super::Choice;
use crate::components::ReadAloud;
use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// A labelled select with one option per value of a fixed set (GOV.UK select). An optional
/// hint is joined through `aria-describedby`.
#[component]
pub fn Select<T: Choice>(
    /// The select's id.
    #[prop(into)]
    id: String,
    /// The label.
    label: Key,
    /// A hint under the label.
    #[prop(optional)]
    hint: Option<Key>,
    /// The value chosen when it is first shown (the select keeps the user's choices).
    initial: T,
    /// Called with the value the user chose.
    #[prop(into)]
    on_change: Callback<T>,
    /// Whether the client answers it (then it can be read aloud).
    #[prop(optional)]
    read_aloud: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let label_id = format!("{id}-label");
    let read = read_aloud.then(|| {
        let ids = std::iter::once(label_id.clone())
            .chain(hint.map(|_| hint_id.clone()))
            .collect();
        view! { <ReadAloud ids=ids/> }
    });
    view! {
        <div class="lotse-form-group">
            <label class="lotse-label" id=label_id for=id.clone()>{tr(label)}</label>
            {hint.map(|hint| view! { <p class="lotse-hint" id=hint_id.clone()>{tr(hint)}</p> })}
            {read}
            <select class="lotse-select" id=id aria-describedby=hint.map(|_| hint_id.clone())
                on:change=move |ev| {
                    if let Some(value) = T::from_slug(&event_target_value(&ev)) {
                        on_change.run(value);
                    }
                }>
                {T::all().iter().copied().map(|option| view! {
                    <option value=option.slug() selected=option == initial>{tr(option.label())}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
