use super::document::AgreementDocument;
use crate::components::PrintButton;
use crate::domain::EarlierAgreementError;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::routes::reviews_path;
use crate::session::use_session;
use leptos::prelude::*;

/// An agreement version as it was signed, unchanged, to read and print. The current version
/// is the agreement page itself; this page shows it too, without its editable details.
#[component]
pub fn AgreementVersionPage(version: u32) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let title = i18n.tf(
        Key::AgreementVersionTitle,
        &[("version", &version.to_string())],
    );
    let page_title = title.clone();
    use_page_title(move || page_title.clone());
    let Some((case_id, status)) = session.with_untracked(|case| {
        let status = if version == case.agreement_version() {
            Ok(i18n.t(Key::AgreementVersionCurrent).to_string())
        } else {
            case.earlier_agreements.version(version).map(|a| {
                i18n.tf(
                    Key::AgreementVersionReplaced,
                    &[("date", &a.replaced_on.german())],
                )
            })
        };
        (case.id.clone(), status)
    }) else {
        return ().into_any();
    };
    view! {
        <div class="lotse-page">
            <a class="lotse-back-link lotse-no-print" href=reviews_path(&case_id)>{tr(Key::ReviewBackToOverview)}</a>
            <h1 class="lotse-heading-xl lotse-no-print" tabindex="-1">{title}</h1>
            {match status {
                Ok(status) => view! {
                    <p class="lotse-body-l lotse-no-print" data-testid="agreement-version-status">{status}</p>
                    <PrintButton label=Key::AgreementPrint/>
                    <AgreementDocument version=version/>
                }.into_any(),
                Err(EarlierAgreementError::Missing) => view! { <p class="lotse-body-l">{tr(Key::AgreementVersionMissing)}</p> }.into_any(),
                Err(EarlierAgreementError::Unreadable) => view! { <p class="lotse-body-l">{tr(Key::AgreementVersionUnreadable)}</p> }.into_any(),
            }}
        </div>
    }
    .into_any()
}
