use super::added_in_review;
use super::found_contact_form::FoundContactForm;
use super::found_resources::FoundResources;
use crate::components::{ErrorSummary, FieldError, RemoveButton};
use crate::domain::{ContactId, ReviewId};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::labels::sector_label;
use crate::session::use_session;
use leptos::prelude::*;

/// What helped since the agreement: resources and people or services found since, added to
/// the case's maps. They belong to the review until it is completed, so discarding the
/// review takes them back.
#[component]
pub fn ReviewHelped(review: ReviewId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    // (id, name and sector) of the people and services found since.
    let found = added_in_review(session, review.clone(), move |case, added| {
        case.network
            .iter()
            .filter(|c| added.contacts.contains(&c.id))
            .map(|c| {
                let sector = i18n.t(sector_label(c.sector));
                (c.id.0.clone(), format!("{} ({sector})", c.name))
            })
            .collect()
    });
    // Keyed, so that adding or removing one leaves the others (and an open question) as
    // they are.
    let item = move |(id, text): (String, String)| {
        let name = Signal::stored(text.clone());
        let button_id = format!("found-{id}");
        let remove = move || {
            let id = ContactId(id.clone());
            session.edit(move |case| case.remove_contact(&id))
        };
        view! {
            <li class="lotse-found">
                <span dir="auto">{text}</span>
                <RemoveButton id=button_id label=Key::ReviewFoundRemove
                    question=Key::ReviewFoundRemoveQuestion name=name focus_after="found-contact-name"
                    is_blank=|| false on_remove=remove/>
            </li>
        }
    };
    view! {
        <ErrorSummary errors=errors.into()/>
        <p class="lotse-body-l">{tr(Key::ReviewHelpedIntro)}</p>
        <FoundResources review=review.clone()/>
        <section aria-labelledby="found-contacts-title">
            <h2 class="lotse-heading-l" id="found-contacts-title">{tr(Key::ReviewFoundContactsTitle)}</h2>
            <Show when=move || found.with(Vec::is_empty)>
                <p data-testid="found-none">{tr(Key::ReviewFoundNone)}</p>
            </Show>
            <ul class="lotse-plain-list" data-testid="found-list">
                <For each=move || found.get() key=|(id, text)| (id.clone(), text.clone()) children=item/>
            </ul>
            <FoundContactForm review=review errors=errors/>
        </section>
    }
}
