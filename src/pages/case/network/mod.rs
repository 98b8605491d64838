//! The network page: the map, the form that adds a person or service, the same people as a
//! table, and one editor per person.

mod add_form;
mod contact;
mod map;
mod table;

pub use map::NetworkMap;

use crate::components::{ErrorSummary, FieldError, NextStepLink, StepHeader};
use crate::domain::{CaseId, Distance, NetworkContact, Sector};
use crate::i18n::Key;
use crate::pages::use_form_page_title;
use crate::routes::IntakeStep;
use crate::session::use_session;
use add_form::AddContactForm;
use contact::ContactEditor;
use leptos::prelude::*;
use table::NetworkTable;

/// The network map: people and services placed by sector and distance, by tapping the map
/// or choosing from the form, and the same data as a table. Per contact: role, details,
/// consent to be contacted with its date.
#[component]
pub fn NetworkPage() -> impl IntoView {
    let session = use_session();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    use_form_page_title(Key::NetworkTitle, errors);
    let case_id = session
        .with_untracked(|c| c.id.clone())
        .unwrap_or(CaseId(String::new()));
    let contacts = Signal::derive(move || session.with(|c| c.network.clone()).unwrap_or_default());
    let chosen = RwSignal::new(None::<(Sector, Distance)>);

    view! {
        <div class="lotse-page">
            <ErrorSummary errors=errors.into()/>
            <StepHeader step=IntakeStep::Network title=Key::NetworkTitle intro=Key::NetworkIntro/>
            <div class="lotse-network">
                <NetworkMap contacts=contacts chosen=chosen/>
                <AddContactForm chosen=chosen errors=errors/>
            </div>
            <NetworkTable contacts=contacts/>
            <For each=move || contacts.get() key=|c: &NetworkContact| c.id.clone()
                children=move |contact| view! { <ContactEditor contact=contact/> }/>
            <NextStepLink id=case_id current=IntakeStep::Network/>
        </div>
    }
}
