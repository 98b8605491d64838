use super::found_contact_form::FoundContactForm;
use super::found_resource_form::FoundResourceForm;
use crate::components::{ErrorSummary, FieldError, RemoveButton};
use crate::domain::ReviewId;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::labels::{resource_kind_texts, sector_label};
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
    // (id, text, whether it is a contact), rebuilt only when one comes or goes.
    let found = Memo::new({
        let review = review.clone();
        move |_| {
            session.revision();
            session
                .with(|case| {
                    let Some(added) = case.review(&review).map(|r| &r.added) else {
                        return Vec::new();
                    };
                    let resources = case
                        .resources
                        .iter()
                        .filter(|r| added.resources.contains(&r.id))
                        .map(|r| {
                            let kind = i18n.t(resource_kind_texts(r.kind).0);
                            (r.id.0.clone(), format!("{} ({kind})", r.description), false)
                        });
                    let contacts = case
                        .network
                        .iter()
                        .filter(|c| added.contacts.contains(&c.id))
                        .map(|c| {
                            let sector = i18n.t(sector_label(c.sector));
                            (c.id.0.clone(), format!("{} ({sector})", c.name), true)
                        });
                    resources.chain(contacts).collect::<Vec<_>>()
                })
                .unwrap_or_default()
        }
    });
    let list = move || {
        let found = found.get();
        if found.is_empty() {
            return view! { <p data-testid="found-none">{tr(Key::ReviewFoundNone)}</p> }.into_any();
        }
        view! {
            <ul class="lotse-plain-list" data-testid="found-list">
                {found.into_iter().map(|(id, text, is_contact)| {
                    let name = Signal::stored(text.clone());
                    let focus_after = if is_contact { "found-contact-name" } else { "found-resource-text" };
                    let button_id = format!("found-{id}");
                    let remove = move || {
                        let id = id.clone();
                        session.edit(move |case| {
                            if is_contact {
                                case.remove_contact(&crate::domain::ContactId(id));
                            } else {
                                case.remove_resource(&crate::domain::ResourceId(id));
                            }
                        })
                    };
                    view! {
                        <li class="lotse-found">
                            <span dir="auto">{text}</span>
                            <RemoveButton id=button_id label=Key::ReviewFoundRemove
                                question=Key::ReviewFoundRemoveQuestion name=name focus_after=focus_after
                                is_blank=|| false on_remove=remove/>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <ErrorSummary errors=errors.into()/>
        <p class="lotse-body-l">{tr(Key::ReviewHelpedIntro)}</p>
        <section aria-labelledby="found-title">
            <h2 class="lotse-heading-l" id="found-title">{tr(Key::ReviewFoundTitle)}</h2>
            {list}
        </section>
        <FoundResourceForm review=review.clone() errors=errors/>
        <FoundContactForm review=review errors=errors/>
    }
}
