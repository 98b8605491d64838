use crate::components::ConfirmButtons;
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use leptos::prelude::*;

/// Removes an item of the client's work. An empty item goes at once; one with content asks
/// first, in place, with focus on the confirming button (and back on "Entfernen" if the user
/// cancels). After removal, focus goes to `focus_after` so keyboard users are not lost.
#[component]
pub fn RemoveButton(
    /// A unique id prefix for this item.
    id: String,
    /// The visible button text ("Aussage entfernen").
    label: Key,
    /// The question asked before removing content.
    question: Key,
    /// What the item is called, for screen readers and the question (`{$name}`).
    name: Signal<String>,
    /// Whether the item holds nothing worth asking about.
    is_blank: impl Fn() -> bool + Clone + Send + Sync + 'static,
    /// Removes the item.
    on_remove: impl Fn() + Clone + Send + Sync + 'static,
    /// The element that gets focus after removal.
    #[prop(into)]
    focus_after: String,
) -> impl IntoView {
    let i18n = use_i18n();
    // Nothing is deleted in client mode; the caseworker tidies up afterwards.
    if crate::client_mode::use_client_mode().is_on_untracked() {
        return ().into_any();
    }
    let confirming = RwSignal::new(false);
    let button_id = format!("{id}-remove");
    let confirm_id = format!("{id}-confirm");
    let question_id = format!("{id}-question");
    let remove = move || {
        on_remove();
        focus_after_render(&focus_after);
    };
    let ask_or_remove = {
        let remove = remove.clone();
        let confirm_id = confirm_id.clone();
        move |_| {
            if is_blank() {
                remove();
            } else {
                confirming.set(true);
                focus_after_render(&confirm_id);
            }
        }
    };
    let cancel = {
        let button_id = button_id.clone();
        move || {
            confirming.set(false);
            focus_after_render(&button_id);
        }
    };
    view! {
        <Show when=move || confirming.get()
            fallback=move || view! {
                <button type="button" id=button_id.clone() class="lotse-button lotse-button--warning-secondary"
                    on:click=ask_or_remove.clone()>
                    {tr(label)}
                    <span class="lotse-visually-hidden">" "{move || name.get()}</span>
                </button>
            }>
            <div class="lotse-confirm" role="group" aria-labelledby=question_id.clone()>
                <p class="lotse-confirm__question" id=question_id.clone()>
                    {move || i18n.tf(question, &[("name", &name.get())])}
                </p>
                <ConfirmButtons confirm=Key::RemoveConfirm confirm_id=confirm_id.clone()
                    on_confirm={
                        let remove = remove.clone();
                        move || remove()
                    }
                    on_cancel=cancel.clone()/>
            </div>
        </Show>
    }
    .into_any()
}
