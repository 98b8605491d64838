use crate::components::ReadAloud;
use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// The end of the client's last page in client mode: there is no way on, so it says that the
/// client is done here and hands the tablet back.
#[component]
pub fn ClientDone() -> impl IntoView {
    view! {
        <div class="lotse-next-step">
            <p class="lotse-inset" id="client-done">{tr(Key::ClientDone)}</p>
            <ReadAloud ids=vec!["client-done".to_string()]/>
        </div>
    }
}
