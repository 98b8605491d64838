use super::use_page_title;
use crate::browser;
use crate::components::TextArea;
use crate::domain::{WillId, WillStatement};
use crate::i18n::{tr, use_i18n, Key};
use crate::session::use_session;
use leptos::prelude::*;

const ADD_BUTTON_ID: &str = "will-add";

/// The id of a statement's wording field (for focus and links).
pub fn wording_field_id(id: &WillId) -> String {
    format!("will-{}-wording", id.0)
}

/// The first step: the client's will, in their own words, with what they do for it themselves.
#[component]
pub fn WillPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_page_title(move || i18n.t(Key::WillTitle).to_string());
    let statements = move || session.with(|c| c.will.clone()).unwrap_or_default();

    let add = move |_| {
        let id = WillId(browser::new_id());
        let field = wording_field_id(&id);
        session.edit(|case| case.add_will_statement(id));
        // The new field exists after the next render; put the cursor in it.
        request_animation_frame(move || browser::focus_element(&field));
    };

    view! {
        <div class="lotse-page">
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::WillTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::WillIntro)}</p>
            <p class="lotse-hint">{tr(Key::WillVerbatimNote)}</p>
            <For each=statements key=|s: &WillStatement| s.id.clone()
                children=move |statement| view! { <WillStatementFields statement=statement/> }/>
            <button type="button" id=ADD_BUTTON_ID class="lotse-button lotse-button--secondary" on:click=add>
                {tr(Key::WillAdd)}
            </button>
        </div>
    }
}

/// One will statement: the wording, the client's own action, and removal (asked first when
/// the client's words would be lost).
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
    let confirming = RwSignal::new(false);

    // Typing goes straight into the case, into the field the text area stands for.
    let field_writer = |field: fn(&mut WillStatement) -> &mut String| {
        let id = id.clone();
        move |text: String| {
            session.edit_text(|case| {
                if let Some(statement) = case.will_statement_mut(&id) {
                    *field(statement) = text;
                }
            })
        }
    };
    let on_wording = field_writer(|s| &mut s.wording);
    let on_own_action = field_writer(|s| &mut s.own_action);
    let remove_now = {
        let id = id.clone();
        move || {
            session.edit(|case| {
                case.remove_will_statement(&id);
            });
            request_animation_frame(|| browser::focus_element(ADD_BUTTON_ID));
        }
    };
    let confirm_id = format!("will-{}-confirm", id.0);
    let ask_or_remove = {
        let id = id.clone();
        let remove_now = remove_now.clone();
        let confirm_id = confirm_id.clone();
        move |_| {
            let blank = session
                .with_untracked(|c| {
                    c.will
                        .iter()
                        .find(|w| w.id == id)
                        .map(WillStatement::is_blank)
                })
                .flatten()
                .unwrap_or(true);
            if blank {
                remove_now();
            } else {
                confirming.set(true);
                let confirm_id = confirm_id.clone();
                request_animation_frame(move || browser::focus_element(&confirm_id));
            }
        }
    };
    let remove_button_id = format!("will-{}-remove", id.0);
    let cancel = {
        let remove_button_id = remove_button_id.clone();
        move |_| {
            confirming.set(false);
            let remove_button_id = remove_button_id.clone();
            request_animation_frame(move || browser::focus_element(&remove_button_id));
        }
    };

    view! {
        <fieldset class="lotse-fieldset lotse-will-statement">
            <legend class="lotse-fieldset__legend">{legend}</legend>
            <TextArea id=wording_field_id(&id) label=Key::WillWordingLabel hint=Key::WillWordingHint
                initial=statement.wording on_change=on_wording/>
            <TextArea id=format!("will-{}-own", id.0) label=Key::WillOwnActionLabel hint=Key::WillOwnActionHint
                initial=statement.own_action on_change=on_own_action/>
            <Show when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" id=remove_button_id.clone() class="lotse-button lotse-button--warning-secondary"
                        on:click=ask_or_remove.clone()>
                        {tr(Key::WillRemove)}
                        <span class="lotse-visually-hidden">" "{legend}</span>
                    </button>
                }>
                <div class="lotse-confirm" role="group" aria-labelledby=format!("{confirm_id}-question")>
                    <p class="lotse-confirm__question" id=format!("{confirm_id}-question")>
                        {move || i18n.tf(Key::WillRemoveQuestion, &[("number", &number.get().to_string())])}
                    </p>
                    <div class="lotse-button-group">
                        <button type="button" id=confirm_id.clone() class="lotse-button lotse-button--warning"
                            on:click={
                                let remove_now = remove_now.clone();
                                move |_| remove_now()
                            }>
                            {tr(Key::WillRemoveConfirm)}
                        </button>
                        <button type="button" class="lotse-button lotse-button--secondary" on:click=cancel.clone()>
                            {tr(Key::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </fieldset>
    }
}
