use crate::components::ReadAloud;
use crate::i18n::{tr, Key};
use crate::session::use_session;
use leptos::prelude::*;

/// In client mode, what the client is told when the open case changed behind their back
/// (recovered, changed or deleted in another window, a conflict): to stop typing and hand the
/// tablet back. The notice itself, and any choice it asks for, waits for
/// the caseworker, who sees it once client mode ends.
#[component]
pub fn ClientCaseNotice() -> impl IntoView {
    let session = use_session();
    let noticed = Memo::new(move |_| session.notice().is_some());
    move || {
        noticed.get().then(|| {
            view! {
                // The alert is the text alone: its "Vorlesen" is not announced with it.
                <div class="lotse-alert lotse-alert--warning" data-testid="case-notice">
                    <div id="client-case-notice" role="alert">
                        <h2 class="lotse-alert__title">{tr(Key::ClientCaseNoticeTitle)}</h2>
                        <p class="lotse-alert__body">{tr(Key::ClientCaseNoticeBody)}</p>
                    </div>
                    <ReadAloud ids=vec!["client-case-notice".to_string()]/>
                </div>
            }
        })
    }
}
