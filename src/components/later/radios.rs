use super::Choice;
use crate::components::{FieldError, ReadAloud};
use crate::i18n::{tr, use_i18n, Key};
use leptos::prelude::*;

/// One question answered by choosing one of a fixed set of values (GOV.UK radios): native
/// radio buttons in a fieldset whose legend asks the question.
///
/// Native radios keep the keyboard as users expect it: Tab enters the group on the checked
/// radio, the arrow keys move and choose. The hint and the error are joined to the fieldset
/// through `aria-describedby`, so a screen reader reads them with the legend on entering the
/// group. Each row, label included, is a 44 px target (style/components.css).
#[component]
pub fn Radios<T: Choice>(
    /// The group's id: the fieldset's id, the radios' `name`, and the start of the ids of
    /// each radio (`{id}-{slug}`, where an error summary links to), of the hint and the error.
    #[prop(into)]
    id: String,
    /// The question.
    #[prop(into)]
    legend: TextProp,
    /// A hint under the legend.
    #[prop(optional)]
    hint: Option<Key>,
    /// The value chosen, if any.
    value: Signal<Option<T>>,
    /// Called with the value the user chose.
    #[prop(into)]
    on_change: Callback<T>,
    /// The form's errors: the one for this question, linked to its first radio (as the error
    /// summary links), is shown in the group.
    #[prop(optional)]
    errors: Option<RwSignal<Vec<FieldError>>>,
    /// The options side by side (short ones, such as yes and no).
    #[prop(optional)]
    inline: bool,
    /// A question of its own, in a box with a large legend; else one question of a form.
    #[prop(optional)]
    boxed: bool,
    /// Whether the question is the client's: then "Vorlesen" reads it with its answers.
    #[prop(optional)]
    read_aloud: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let first_radio = T::all()
        .first()
        .map(|option| format!("{id}-{}", option.slug()))
        .unwrap_or_default();
    let error = move || {
        errors.and_then(|errors| {
            errors.with(|all| {
                all.iter()
                    .find(|e| e.field_id == first_radio)
                    .map(|e| e.message)
            })
        })
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id, error) = (hint_id.clone(), error_id.clone(), error.clone());
        move || {
            let ids: Vec<&str> = [
                hint.is_some().then_some(hint_id.as_str()),
                error().is_some().then_some(error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let has_error = {
        let error = error.clone();
        move || error().is_some()
    };
    let radios = T::all()
        .iter()
        .copied()
        .map(|option| {
            let radio_id = format!("{id}-{}", option.slug());
            view! {
                <div class="lotse-radio">
                    <input type="radio" class="lotse-radio__input" id=radio_id.clone() name=id.clone()
                        value=option.slug()
                        prop:checked=move || value.get() == Some(option)
                        on:change=move |_| on_change.run(option)/>
                    <label class="lotse-radio__label" for=radio_id>{tr(option.label())}</label>
                </div>
            }
        })
        .collect_view();
    let (fieldset_class, legend_class) = if boxed {
        ("lotse-fieldset", "lotse-fieldset__legend")
    } else {
        ("lotse-fieldset lotse-fieldset--plain", "lotse-label")
    };
    view! {
        {read_aloud.then(|| view! { <ReadAloud ids=vec![id.clone()]/> })}
        <fieldset class=fieldset_class class:lotse-form-group--error=has_error
            id=id.clone() aria-describedby=described_by>
            <legend class=legend_class>{move || legend.get()}</legend>
            {hint.map(|hint| view! { <p class="lotse-hint" id=hint_id.clone()>{tr(hint)}</p> })}
            {move || error().map(|message| view! {
                <p class="lotse-error-message" id=error_id.clone()>
                    <span class="lotse-visually-hidden">{i18n.t(Key::ErrorPrefix)}</span>
                    {i18n.t(message)}
                </p>
            })}
            <div class="lotse-radios" class:lotse-radios--inline=inline>{radios}</div>
        </fieldset>
    }
}
