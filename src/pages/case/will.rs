use super::field_ids::{own_action_field_id, wording_field_id};
use crate::browser;
use crate::components::{NextStepLink, ReadAloud, RemoveButton, StepHeader, TextArea};
use crate::domain::coach::asks_others_to_act;
use crate::domain::{WillId, WillStatement};
use crate::focus::{focus_after_render, focus_element};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_step_page;
use crate::routes::IntakeStep;
use crate::session::use_session;
use leptos::prelude::*;

const ADD_BUTTON_ID: &str = "will-add";

/// The first step: the client's will, in their own words, with what they do for it themselves.
#[component]
pub fn WillPage() -> impl IntoView {
    let (_, session, case_id) = use_step_page(Key::WillTitle);
    let statements = move || session.with(|c| c.will.clone()).unwrap_or_default();

    let add = move |_| {
        let id = WillId(browser::new_id());
        let field = wording_field_id(&id);
        session.edit(|case| case.add_will_statement(id));
        focus_after_render(&field);
    };

    view! {
        <div class="lotse-page">
            <StepHeader step=IntakeStep::Will title=Key::WillTitle intro=Key::WillIntro note=Key::WillVerbatimNote/>
            <For each=statements key=|s: &WillStatement| s.id.clone()
                children=move |statement| view! { <WillStatementFields statement=statement/> }/>
            <button type="button" id=ADD_BUTTON_ID class="lotse-button lotse-button--secondary" on:click=add>
                {tr(Key::WillAdd)}
            </button>
            <NextStepLink id=case_id current=IntakeStep::Will/>
        </div>
    }
}

/// One will statement: the wording, the client's own action, the coach, and removal.
#[component]
fn WillStatementFields(statement: WillStatement) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let id = statement.id.clone();
    let number = {
        let id = id.clone();
        Memo::new(move |_| {
            session
                .with(|c| c.will.iter().position(|w| w.id == id).map(|i| i + 1))
                .flatten()
                .unwrap_or(0)
        })
    };
    let legend = move || {
        i18n.tf(
            Key::WillStatementLegend,
            &[("number", &number.get().to_string())],
        )
    };
    // Local copies of the two texts, only for the coach: it asks "Was machen Sie selbst
    // dafür?" while the wording asks others to act and no own action is written down.
    let wording = RwSignal::new(statement.wording.clone());
    let own_action = RwSignal::new(statement.own_action.clone());
    let coach = Memo::new(move |_| {
        own_action.with(|o| o.trim().is_empty()) && wording.with(|w| asks_others_to_act(w))
    });

    let field_writer = |field: fn(&mut WillStatement) -> &mut String, local: RwSignal<String>| {
        let id = id.clone();
        move |text: String| {
            local.set(text.clone());
            session.type_text(|case| {
                if let Some(statement) = case.element_mut::<WillStatement>(&id) {
                    *field(statement) = text
                }
            })
        }
    };
    let on_wording = field_writer(|s| &mut s.wording, wording);
    let on_own_action = field_writer(|s| &mut s.own_action, own_action);
    let own_id = own_action_field_id(&id);
    let coach_id = format!("{}-coach", wording_field_id(&id));
    let remove_id = id.clone();

    view! {
        <fieldset class="lotse-fieldset lotse-will-statement">
            <legend class="lotse-fieldset__legend">{legend}</legend>
            <TextArea id=wording_field_id(&id) label=Key::WillWordingLabel hint=Key::WillWordingHint read_aloud=true
                initial=statement.wording on_change=on_wording/>
            // The question's paragraph is always present and polite, so a screen reader hears
            // it once it appears; the buttons stay outside it, not to be announced with it.
            <div class:lotse-coach=move || coach.get()>
                <p class="lotse-coach__text" id=coach_id.clone() aria-live="polite">
                    {move || coach.get().then(|| tr(Key::CoachWish))}
                </p>
                <Show when=move || coach.get()>
                    <ReadAloud ids=vec![coach_id.clone()]/>
                    <button type="button" class="lotse-button lotse-button--secondary" on:click={
                        let own_id = own_id.clone();
                        move |_| {
                            focus_element(&own_id);
                        }
                    }>{tr(Key::CoachAddOwnAction)}</button>
                </Show>
            </div>
            <TextArea id=own_action_field_id(&id) label=Key::WillOwnActionLabel hint=Key::WillOwnActionHint read_aloud=true
                initial=statement.own_action on_change=on_own_action/>
            <RemoveButton id=format!("will-{}", id.0) label=Key::WillRemove question=Key::WillRemoveQuestion
                name=Signal::derive(legend) focus_after=ADD_BUTTON_ID
                is_blank=move || wording.with(|w| w.trim().is_empty()) && own_action.with(|o| o.trim().is_empty())
                on_remove=move || session.edit(|case| {
                    case.remove_will_statement(&remove_id);
                })/>
        </fieldset>
    }
}
