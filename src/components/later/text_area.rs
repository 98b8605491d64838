use crate::components::ReadAloud;
use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// A labelled multi-line field for the client's own words.
///
/// The text is handed over exactly as typed: no trimming, no length limit, no reformatting.
/// The field is not re-rendered while typing (its DOM value is the truth), which keeps the
/// hot path of a keystroke to one closure call. A client-facing question gets a "Vorlesen"
/// button, and its label and hint are marked while they are read.
#[component]
pub fn TextArea(
    /// The textarea's id.
    id: String,
    /// The label.
    label: Key,
    /// A hint under the label.
    #[prop(optional)]
    hint: Option<Key>,
    /// Whether the question is the client's (then it can be read aloud).
    #[prop(optional)]
    read_aloud: bool,
    /// The text when the field is first shown.
    initial: String,
    /// Called with the whole text after every change.
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let question_id = format!("{id}-question");
    view! {
        <div class="lotse-form-group">
            <div class="lotse-question" id=question_id.clone()>
                <label class="lotse-label" for=id.clone()>{tr(label)}</label>
                {hint.map(|hint| view! { <p class="lotse-hint" id=hint_id.clone()>{tr(hint)}</p> })}
            </div>
            {read_aloud.then(|| view! {
                <ReadAloud ids=vec![question_id.clone()]/>
            })}
            <textarea class="lotse-textarea" id=id.clone() name=id rows="3" spellcheck="true" dir="auto"
                aria-describedby=hint.map(|_| hint_id.clone())
                prop:value=initial
                on:input=move |ev| on_change(event_target_value(&ev))></textarea>
        </div>
    }
}
