use super::use_page_title;
use crate::browser;
use crate::components::{DamagedRecordNotice, EncryptionOffer, StorageAlert, StorageErrorNotice};
use crate::domain::case::sort_for_list;
use crate::domain::CaseSummary;
use crate::flash::use_flash;
use crate::i18n::{tr, use_i18n, Key};
use crate::routes::{
    delete_path, export_path, rename_path, step_path, DataPage, IntakeStep, NEW_CASE,
};
use crate::session::use_session;
use crate::storage;
use leptos::prelude::*;

/// The start page: every case on this device, most recently changed first.
#[component]
pub fn CaseListPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_page_title(move || i18n.t(Key::CaseListTitle).to_string());
    // Write what the open case still holds before reading the list from storage.
    session.flush();
    let flash = use_flash().take();
    let stored = storage::load_case_summaries();

    let (cases, damaged, recovered, storage_error) = match stored {
        Ok(stored) => {
            let mut summaries: Vec<CaseSummary> = stored.cases;
            sort_for_list(&mut summaries);
            let recovered: Vec<String> = summaries
                .iter()
                .filter(|s| stored.recovered.contains(&s.id))
                .map(|s| s.alias.clone())
                .collect();
            (summaries, stored.damaged, recovered, None)
        }
        Err(error) => (Vec::new(), Vec::new(), Vec::new(), Some(error)),
    };
    let is_empty = cases.is_empty() && damaged.is_empty();

    view! {
        <div class="lotse-page">
            {flash.map(|message| view! {
                <div class="lotse-alert lotse-alert--success" role="status">
                    <p class="lotse-alert__body">{message}</p>
                </div>
            })}
            <StorageAlert/>
            {storage_error.map(|error| view! { <StorageErrorNotice error=error/> })}
            <div class="lotse-page__head">
                <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::CaseListTitle)}</h1>
                <a href=NEW_CASE class="lotse-button lotse-button--start">
                    {tr(Key::CaseListNew)}
                </a>
            </div>
            <EncryptionOffer/>
            {(!recovered.is_empty()).then(|| view! {
                <div class="lotse-alert lotse-alert--warning" role="alert" data-testid="recovered-notice">
                    <h2 class="lotse-alert__title">{tr(Key::RecoveredTitle)}</h2>
                    <p class="lotse-alert__body">{tr(Key::RecoveredBody)}</p>
                    <ul class="lotse-list lotse-list--bullet">
                        {recovered.into_iter().map(|alias| view! { <li dir="auto">{alias}</li> }).collect_view()}
                    </ul>
                </div>
            })}
            {damaged.into_iter().map(|record| view! { <DamagedRecordNotice record=record/> }).collect_view()}
            {if is_empty {
                view! {
                    <section class="lotse-empty-state" aria-labelledby="empty-title">
                        <h2 id="empty-title" class="lotse-heading-m">{tr(Key::CaseListEmptyTitle)}</h2>
                        <p>{tr(Key::CaseListEmptyBody)}</p>
                        <p>{tr(Key::CaseListEmptyPrivacy)}</p>
                    </section>
                }.into_any()
            } else {
                view! {
                    <ul class="lotse-case-list" aria-label=tr(Key::CaseListLabel)>
                        {cases.into_iter().map(|case| view! { <CaseCard case=case/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p class="lotse-case-list__data">
                <a href=DataPage::Overview.path() class="lotse-link">{tr(Key::DataLink)}</a>
            </p>
        </div>
    }
}

/// One case in the list, with its actions.
#[component]
fn CaseCard(case: CaseSummary) -> impl IntoView {
    let open = step_path(&case.id, IntakeStep::Will);
    let first_contact = case.first_contact.german();
    let updated = browser::format_timestamp(case.updated_at, use_i18n().locale().language());
    let alias = case.alias.clone();
    let alias_for_rename = alias.clone();
    let alias_for_delete = alias.clone();
    let alias_for_open = alias.clone();
    let alias_for_export = alias.clone();
    view! {
        <li class="lotse-case-card">
            <h2 class="lotse-case-card__title">
                <a href=open.clone() class="lotse-case-card__link">{alias}</a>
            </h2>
            <dl class="lotse-case-card__facts">
                <div>
                    <dt>{tr(Key::CaseFirstContact)}</dt>
                    <dd>{first_contact}</dd>
                </div>
                <div>
                    <dt>{tr(Key::CaseUpdatedAt)}</dt>
                    <dd>{updated}</dd>
                </div>
            </dl>
            <div class="lotse-case-card__actions">
                <a href=open class="lotse-button">
                    {tr(Key::CaseOpen)}
                    <span class="lotse-visually-hidden">{format!(" {alias_for_open}")}</span>
                </a>
                <a href=rename_path(&case.id) class="lotse-button lotse-button--secondary">
                    {tr(Key::CaseRename)}
                    <span class="lotse-visually-hidden">{format!(" {alias_for_rename}")}</span>
                </a>
                <a href=export_path(&case.id) class="lotse-button lotse-button--secondary">
                    {tr(Key::CaseExport)}
                    <span class="lotse-visually-hidden">{format!(" {alias_for_export}")}</span>
                </a>
                <a href=delete_path(&case.id) class="lotse-button lotse-button--warning-secondary">
                    {tr(Key::CaseDelete)}
                    <span class="lotse-visually-hidden">{format!(" {alias_for_delete}")}</span>
                </a>
            </div>
        </li>
    }
}
