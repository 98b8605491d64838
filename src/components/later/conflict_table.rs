use crate::domain::differences::{TextDifference, TextField};
use crate::i18n::{tr, use_i18n, I18n, Key};
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

/// The fields that differ between two versions of a case, the other one's text (headed
/// `theirs`) beside this one's (`mine`).
#[component]
pub fn ConflictTable(differences: Vec<TextDifference>, theirs: Key, mine: Key) -> impl IntoView {
    let i18n = use_i18n();
    if differences.is_empty() {
        return view! { <p class="lotse-alert__body">{tr(Key::ConflictOnlyStructure)}</p> }
            .into_any();
    }
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
                {differences.into_iter().map(|d| view! {
                    <tr>
                        <th scope="row">{field_name(i18n, d.field)}</th>
                        <td dir="auto">{d.theirs}</td>
                        <td dir="auto">{d.mine}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
