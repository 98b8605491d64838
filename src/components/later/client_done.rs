use crate::components::ReadAloud;
use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// In client mode, where the client's pages end (their last step or review part, or a review
/// page with no review under way): there is no way on, so it says that the client is done
/// and asks them to hand the tablet back.
#[component]
pub fn ClientDone() -> impl IntoView {
    view! {
        <div class="lotse-next-step">
            <p class="lotse-inset" id="client-done">{tr(Key::ClientDone)}</p>
            <ReadAloud ids=vec!["client-done".to_string()]/>
        </div>
    }
}
