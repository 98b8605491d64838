//! The agreement page: its own details, the signatures, and the printable document; and
//! each earlier version as it was signed.

mod document;
mod version;

use crate::components::{DateField, PrintButton, SignaturePad, TextArea};
use crate::domain::{Agreement, Signer};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::session::use_session;
use document::AgreementDocument;
use leptos::prelude::*;
pub use version::AgreementVersionPage;

/// The *Zielvereinbarung*: the agreement's own details (autosaved), a print view for A4 and
/// print-to-PDF, and signatures drawn on the tablet or left as lines for paper.
#[component]
pub fn AgreementPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_page_title(move || i18n.t(Key::AgreementTitle).to_string());
    let initial = session
        .with_untracked(|c| c.agreement.clone())
        .unwrap_or_default();
    let write = move |f: fn(&mut Agreement) -> &mut String| {
        move |text: String| session.type_text(|case| *f(&mut case.agreement) = text)
    };

    view! {
        <div class="lotse-page">
            <h1 class="lotse-heading-xl lotse-no-print" tabindex="-1">{tr(Key::AgreementTitle)}</h1>
            <section class="lotse-no-print" aria-labelledby="agreement-details-title">
                <h2 class="lotse-heading-m" id="agreement-details-title">{tr(Key::AgreementDetailsTitle)}</h2>
                <TextArea id="agreement-client-view".to_string() label=Key::AgreementClientView hint=Key::AgreementClientViewHint
                    initial=initial.client_view on_change=write(|a| &mut a.client_view)/>
                <TextArea id="agreement-caseworker-view".to_string() label=Key::AgreementCaseworkerView hint=Key::AgreementCaseworkerViewHint
                    initial=initial.caseworker_view on_change=write(|a| &mut a.caseworker_view)/>
                <TextArea id="agreement-caseworker".to_string() label=Key::AgreementCaseworker
                    initial=initial.caseworker on_change=write(|a| &mut a.caseworker)/>
                <TextArea id="agreement-participants".to_string() label=Key::AgreementParticipants hint=Key::AgreementParticipantsHint
                    initial=initial.participants on_change=write(|a| &mut a.participants)/>
                <DateField id="agreement-review".to_string() label=Key::AgreementReview initial=initial.review_date
                    on_change=move |date| session.edit(|case| case.agreement.review_date = date)/>
                <SignaturePad signer=Signer::Client label=Key::SignatureClient/>
                <SignaturePad signer=Signer::Caseworker label=Key::SignatureCaseworker/>
                <PrintButton label=Key::AgreementPrint/>
            </section>
            <AgreementDocument/>
        </div>
    }
}
