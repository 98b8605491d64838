use crate::components::ReadAloud;
use crate::domain::IsoDate;
use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// A labelled, optional date (`<input type="date">`), saved as it changes. An empty or
/// incomplete date is no date; the field never blocks.
#[component]
pub fn DateField(
    /// The input's id.
    id: String,
    /// The label.
    label: Key,
    /// The date when the field is first shown.
    initial: Option<IsoDate>,
    /// Called with the new date (or none) after every change.
    on_change: impl Fn(Option<IsoDate>) + 'static,
    /// Whether the client answers it (then it can be read aloud).
    #[prop(optional)]
    read_aloud: bool,
) -> impl IntoView {
    let label_id = format!("{id}-label");
    view! {
        <div class="lotse-form-group">
            <label class="lotse-label" id=label_id.clone() for=id.clone()>{tr(label)}</label>
            {read_aloud.then(|| view! { <ReadAloud ids=vec![label_id]/> })}
            <input class="lotse-input lotse-input--date" type="date" id=id.clone() name=id
                prop:value=initial.map(|d| d.to_string()).unwrap_or_default()
                on:change=move |ev| on_change(IsoDate::parse(&event_target_value(&ev)).ok())/>
        </div>
    }
}
