use crate::domain::differences::{TextDifference, TextField};
use crate::i18n::{tr, I18n, Key};
use leptos::prelude::*;

/// The name of a text field in the user's language ("Ziel 2 – in den Worten der Person").
fn field_name(i18n: I18n, field: TextField) -> String {
    let n = |key: Key, number: usize| i18n.tf(key, &[("n", &number.to_string())]);
    match field {
        TextField::Alias => i18n.t(Key::AliasLabel).to_string(),
        TextField::Will(i) => n(Key::FieldWill, i),
        TextField::OwnAction(i) => n(Key::FieldOwnAction, i),
        TextField::GoalClientWording(i) => n(Key::FieldGoalClient, i),
        TextField::GoalProfessionalWording(i) => n(Key::FieldGoalProfessional, i),
        TextField::GoalIndicator(i) => n(Key::FieldGoalIndicator, i),
        TextField::Step(g, s) => i18n.tf(
            Key::FieldStep,
            &[("goal", &g.to_string()), ("n", &s.to_string())],
        ),
        TextField::Resource(i) => n(Key::FieldResource, i),
        TextField::ContactName(i) => n(Key::FieldContactName, i),
        TextField::ContactRole(i) => n(Key::FieldContactRole, i),
        TextField::Circumstance(i) => n(Key::FieldCircumstance, i),
        TextField::ClientView => i18n.t(Key::FieldClientView).to_string(),
        TextField::CaseworkerView => i18n.t(Key::FieldCaseworkerView).to_string(),
    }
}

/// One field that differs between two versions, with its name and both texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictRow {
    /// The field's name in the user's language.
    pub field: String,
    /// The other version's text.
    pub theirs: String,
    /// This version's text.
    pub mine: String,
}

/// The rows of a case's text fields that differ.
pub fn case_rows(i18n: I18n, differences: Vec<TextDifference>) -> Vec<ConflictRow> {
    differences
        .into_iter()
        .map(|d| ConflictRow {
            field: field_name(i18n, d.field),
            theirs: d.theirs,
            mine: d.mine,
        })
        .collect()
}

/// The fields that differ between two versions, the other one's text (headed `theirs`)
/// beside this one's (`mine`). With `picks`, each row is a choice between the two texts
/// (native radios, one group per row; `true`: the other version's), for a version joined
/// from both.
#[component]
pub fn ConflictTable(
    rows: Vec<ConflictRow>,
    theirs: Key,
    mine: Key,
    #[prop(optional)] picks: Option<RwSignal<Vec<bool>>>,
) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="lotse-alert__body">{tr(Key::ConflictOnlyStructure)}</p> }
            .into_any();
    }
    let cell = move |row: usize, field: String, text: String, column: Key, other: bool| {
        let text = if text.is_empty() {
            view! { <em>{tr(Key::ConflictEmpty)}</em> }.into_any()
        } else {
            text.into_any()
        };
        let Some(picks) = picks else {
            return view! { <td dir="auto">{text}</td> }.into_any();
        };
        let id = format!("pick-{row}-{}", if other { "theirs" } else { "mine" });
        view! {
            <td dir="auto">
                <div class="lotse-radio">
                    <input type="radio" class="lotse-radio__input" id=id.clone() name=format!("pick-{row}")
                        prop:checked=move || picks.with(|p| p.get(row) == Some(&other))
                        on:change=move |_| picks.update(|p| {
                            if let Some(pick) = p.get_mut(row) {
                                *pick = other;
                            }
                        })/>
                    <label class="lotse-radio__label" for=id>
                        <span class="lotse-visually-hidden">{field}", "{tr(column)}": "</span>
                        {text}
                    </label>
                </div>
            </td>
        }
        .into_any()
    };
    view! {
        <table class="lotse-table lotse-conflict-table">
            <caption class="lotse-visually-hidden">{tr(Key::ConflictTableCaption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(Key::ConflictField)}</th>
                    <th scope="col">{tr(theirs)}</th>
                    <th scope="col">{tr(mine)}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().enumerate().map(|(i, row)| view! {
                    <tr>
                        <th scope="row">{row.field.clone()}</th>
                        {cell(i, row.field.clone(), row.theirs, theirs, true)}
                        {cell(i, row.field, row.mine, mine, false)}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
