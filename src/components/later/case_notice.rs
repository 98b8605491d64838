use super::{case_rows, ConflictTable};
use crate::domain::differences::text_differences;
use crate::i18n::{tr, use_i18n, Key};
use crate::routes::{DataPage, HOME};
use crate::session::{use_session, CaseNotice};
use leptos::prelude::*;

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
                        <ConflictTable rows=case_rows(i18n, differences) theirs=Key::ConflictTheirs mine=Key::ConflictMine/>
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
