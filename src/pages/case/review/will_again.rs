use super::added_in_review;
use crate::browser;
use crate::components::{ReadAloud, RemoveButton, TextArea};
use crate::domain::{Addition, ReviewId, WillId, WillStatement};
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::field_ids::wording_field_id;
use crate::session::use_session;
use leptos::prelude::*;

const ADD_BUTTON_ID: &str = "now-will-add";

/// The will again: what the client said before, and what they want now in their own words.
/// What is written here is new will statements of the case, taken back if the review is
/// discarded.
#[component]
pub fn WillAgain(review: ReviewId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let earlier = session
        .with_untracked(|case| {
            let added = case
                .review(&review)
                .map(|r| r.added.will.clone())
                .unwrap_or_default();
            case.will
                .iter()
                .filter(|w| !added.contains(&w.id) && !w.wording.trim().is_empty())
                .map(|w| w.wording.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let added = added_in_review(session, review.clone(), |case, added| {
        case.will
            .iter()
            .filter(|w| added.will.contains(&w.id))
            .cloned()
            .collect()
    });
    let add = move |_| {
        let id = WillId(browser::new_id());
        let field = wording_field_id(&id);
        session.edit(|case| {
            case.add_in_review(&review, Addition::Will(WillStatement::new(id)));
        });
        focus_after_render(&field);
    };
    view! {
        <section aria-labelledby="now-will-title">
            <h2 class="lotse-heading-l" id="now-will-title">{tr(Key::ReviewWillTitle)}</h2>
            {(!earlier.is_empty()).then(|| view! {
                <div id="now-will-earlier">
                    <p class="lotse-hint">{tr(Key::ReviewWillEarlier)}</p>
                    {earlier.into_iter().map(|wording| view! {
                        <blockquote class="lotse-quote" dir="auto">{wording}</blockquote>
                    }).collect_view()}
                </div>
            })}
            <ReadAloud ids=vec!["now-will-title".to_string(), "now-will-earlier".to_string()]/>
            <For each=move || added.get() key=|w: &WillStatement| w.id.clone() children=move |statement| {
                let id = statement.id.clone();
                let text = RwSignal::new(statement.wording.clone());
                let name = Signal::derive(move || text.get());
                let write = {
                    let id = id.clone();
                    move |value: String| {
                        text.set(value.clone());
                        session.type_text(|case| {
                            if let Some(will) = case.will.iter_mut().find(|w| w.id == id) {
                                will.wording = value;
                            }
                        });
                    }
                };
                let remove = {
                    let id = id.clone();
                    move || session.edit(|case| { case.remove_will_statement(&id); })
                };
                view! {
                    <div class="lotse-review-item">
                        <TextArea id=wording_field_id(&id) label=Key::ReviewWillLabel hint=Key::ReviewWillHint
                            read_aloud=true initial=statement.wording on_change=write/>
                        <RemoveButton id=format!("now-will-{}", id.0) label=Key::WillRemove question=Key::WillRemoveQuestion
                            name=name focus_after=ADD_BUTTON_ID
                            is_blank=move || text.with_untracked(|t| t.trim().is_empty()) on_remove=remove/>
                    </div>
                }
            }/>
            <button type="button" id=ADD_BUTTON_ID class="lotse-button lotse-button--secondary" on:click=add>
                {move || if added.with(Vec::is_empty) { i18n.t(Key::ReviewWillAdd) } else { i18n.t(Key::ReviewWillAddAnother) }}
            </button>
        </section>
    }
}
