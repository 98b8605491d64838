use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// The answer to a question asked before something is lost: the warning button that does
/// it, and "Abbrechen".
#[component]
pub fn ConfirmButtons(
    /// The confirming button's text ("Ja, löschen").
    confirm: Key,
    /// The confirming button's id, where focus is sent to it.
    #[prop(optional)]
    confirm_id: Option<String>,
    /// Does what was asked.
    on_confirm: impl Fn() + 'static,
    /// Takes the question back.
    on_cancel: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <div class="lotse-button-group">
            <button type="button" id=confirm_id class="lotse-button lotse-button--warning"
                on:click=move |_| on_confirm()>
                {tr(confirm)}
            </button>
            <button type="button" class="lotse-button lotse-button--secondary"
                on:click=move |_| on_cancel()>
                {tr(Key::Cancel)}
            </button>
        </div>
    }
}
