use crate::domain::differences::{text_differences, TextDifference, TextField};
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::routes::{DataPage, HOME};
use crate::session::{use_session, CaseNotice};
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

/// Tells the user what happened to the open case behind their back: recovered from the last
/// good copy, changed or deleted in another window. A conflict shows both texts and asks.
#[component]
pub fn CaseNoticeBanner() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let notice = Memo::new(move |_| session.notice());
    let ok_button = move || {
        view! {
            <button type="button" class="lotse-button lotse-button--secondary"
                on:click=move |_| session.dismiss_notice()>
                {tr(Key::NoticeUnderstood)}
            </button>
        }
    };
    move || {
        notice.get().map(|notice| match notice {
            CaseNotice::Recovered => view! {
                <div class="lotse-alert lotse-alert--warning" role="alert" data-testid="case-notice">
                    <h2 class="lotse-alert__title">{tr(Key::RecoveredTitle)}</h2>
                    <p class="lotse-alert__body">{tr(Key::RecoveredBody)}</p>
                    <p><a href=DataPage::Overview.path() class="lotse-link">{tr(Key::DataTitle)}</a></p>
                    {ok_button()}
                </div>
            }
            .into_any(),
            CaseNotice::ReloadedFromElsewhere => view! {
                <div class="lotse-alert lotse-alert--info" role="status" data-testid="case-notice">
                    <p class="lotse-alert__body">{tr(Key::ReloadedElsewhereBody)}</p>
                    {ok_button()}
                </div>
            }
            .into_any(),
            CaseNotice::DeletedElsewhere => view! {
                <div class="lotse-alert lotse-alert--error" role="alert" data-testid="case-notice">
                    <h2 class="lotse-alert__title">{tr(Key::DeletedElsewhereTitle)}</h2>
                    <p class="lotse-alert__body">{tr(Key::DeletedElsewhereBody)}</p>
                    <div class="lotse-button-group">
                        <button type="button" class="lotse-button" on:click=move |_| session.keep_mine()>
                            {tr(Key::DeletedElsewhereSaveAgain)}
                        </button>
                        <a href=HOME class="lotse-link">{tr(Key::BackToCaseList)}</a>
                    </div>
                </div>
            }
            .into_any(),
            CaseNotice::Conflict(theirs) => {
                let differences = session
                    .with_untracked(|mine| text_differences(mine, &theirs))
                    .unwrap_or_default();
                view! {
                    <div class="lotse-alert lotse-alert--error" role="alert" data-testid="case-conflict">
                        <h2 class="lotse-alert__title">{tr(Key::ConflictTitle)}</h2>
                        <p class="lotse-alert__body">{tr(Key::ConflictBody)}</p>
                        <ConflictTable differences=differences i18n=i18n/>
                        <div class="lotse-button-group">
                            <button type="button" class="lotse-button" on:click=move |_| session.take_theirs()>
                                {tr(Key::ConflictTakeTheirs)}
                            </button>
                            <button type="button" class="lotse-button lotse-button--secondary"
                                on:click=move |_| session.keep_mine()>
                                {tr(Key::ConflictKeepMine)}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            }
        })
    }
}

/// The fields that differ, with the other window's text beside this one's.
#[component]
fn ConflictTable(differences: Vec<TextDifference>, i18n: I18n) -> impl IntoView {
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
                    <th scope="col">{tr(Key::ConflictTheirs)}</th>
                    <th scope="col">{tr(Key::ConflictMine)}</th>
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
