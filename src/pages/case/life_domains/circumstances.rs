use crate::browser;
use crate::components::{RemoveButton, TextArea};
use crate::domain::{Circumstance, CircumstanceId};
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::field_ids::circumstance_field_id;
use crate::pages::case::neighbourhood::{provide_neighbourhood, CircumstanceCategory};
use crate::session::use_session;
use leptos::prelude::*;

/// The "add" button; focus lands here after a circumstance is removed.
const ADD_BUTTON_ID: &str = "circumstance-add";

/// What in the surroundings should change (*Verhältnisse*), kept apart from the client's
/// goals: one text each, added and removed here.
#[component]
pub fn CircumstancesSection() -> impl IntoView {
    let session = use_session();
    // The categories are the caseworker's: client mode shows the texts only.
    if !crate::client_mode::use_client_mode().is_on_untracked() {
        provide_neighbourhood(false);
    }
    let circumstances = move || {
        session
            .with(|c| c.circumstances.clone())
            .unwrap_or_default()
    };
    let add = move |_| {
        let id = CircumstanceId(browser::new_id());
        let field = circumstance_field_id(&id);
        session.edit(|case| {
            case.circumstances.push(Circumstance {
                id,
                text: String::new(),
                category: None,
            })
        });
        focus_after_render(&field);
    };
    view! {
        <section class="lotse-section" aria-labelledby="circumstances-title">
            <h2 class="lotse-heading-m" id="circumstances-title">{tr(Key::CircumstancesTitle)}</h2>
            <p class="lotse-hint">{tr(Key::CircumstancesHint)}</p>
            <For each=circumstances key=|c: &Circumstance| c.id.clone()
                children=move |circumstance| view! { <CircumstanceEditor circumstance=circumstance/> }/>
            <button type="button" id=ADD_BUTTON_ID class="lotse-button lotse-button--secondary" on:click=add>
                {tr(Key::CircumstanceAdd)}
            </button>
        </section>
    }
}

/// One circumstance: its text, and removal.
#[component]
fn CircumstanceEditor(circumstance: Circumstance) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let id = circumstance.id.clone();
    let text = RwSignal::new(circumstance.text.clone());
    let remove_id = id.clone();
    let write_id = id.clone();
    view! {
        // A group named by its text, so each one's category is told apart.
        <fieldset class="lotse-fieldset lotse-circumstance">
            <legend class="lotse-fieldset__legend lotse-visually-hidden">
                {move || text.with(|t| if t.trim().is_empty() { i18n.t(Key::CircumstanceLabel).to_string() } else { t.clone() })}
            </legend>
            <TextArea id=circumstance_field_id(&id) label=Key::CircumstanceLabel initial=circumstance.text
                on_change=move |value: String| {
                    text.set(value.clone());
                    session.type_text(|case| {
                        if let Some(circumstance) = case.element_mut::<Circumstance>(&write_id) {
                            circumstance.text = value
                        }
                    })
                }/>
            <CircumstanceCategory id=id.clone()/>
            <RemoveButton id=format!("circumstance-{}", id.0) label=Key::CircumstanceRemove
                question=Key::CircumstanceRemoveQuestion name=Signal::derive(move || text.get())
                focus_after=ADD_BUTTON_ID is_blank=move || text.with_untracked(|t| t.trim().is_empty())
                on_remove=move || session.edit(|case| case.circumstances.retain(|c| c.id != remove_id))/>
        </fieldset>
    }
}
