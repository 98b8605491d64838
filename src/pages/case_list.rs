use super::use_page_title;
use crate::browser;
use crate::components::{
    push_case_cards, push_due_reviews, EncryptionOffer, StorageAlert, StorageErrorNotice,
};
use crate::domain::case::{sort_for_list, RECENT_CASES};
use crate::domain::CaseSummary;
use crate::flash::use_flash;
use crate::html;
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::router::use_navigator;
use crate::routes::{DataPage, Route, ALL_CASES, CATALOGUE, NEW_CASE};
use crate::session::use_session;
use crate::{kept_start_page, storage};
use leptos::prelude::*;

/// The start page: the [`RECENT_CASES`] cases changed last on this device (kept in memory by
/// storage, so shown at once), with a link to the page of all of them.
#[component]
pub fn CaseListPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_page_title(move || i18n.t(Key::CaseListTitle).to_string());
    // Write what the open case still holds before reading the list.
    session.flush();
    let total = storage::case_count().unwrap_or(0);
    let stored = storage::recent_cases();
    let flash = use_flash().take();
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
    let due = storage::due_reviews();
    // Records an earlier version kept in localStorage that could not be moved yet.
    let not_moved = storage::not_moved();
    if flash.is_none()
        && storage_error.is_none()
        && damaged.is_empty()
        && recovered.is_empty()
        && not_moved.is_empty()
    {
        // Kept for the next start once the page is complete (a language chosen here forgets it,
        // as any setting does; the next visit keeps it again).
        let navigator = use_navigator();
        let records = total;
        browser::when_idle(move || {
            // Not when another tab has since opened a case, which the next start reopens.
            let reopens = storage::load_last_location()
                .is_some_and(|last| matches!(Route::parse(&last), Route::Case(..)));
            if navigator.route_untracked() == Route::CaseElement && !reopens {
                kept_start_page::keep(records, crate::client_mode::is_remembered());
            }
        });
    } else {
        // What it would show next time is out of date: a message, a damaged record.
        kept_start_page::forget();
    }
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
            {(!not_moved.is_empty()).then(|| view! {
                <div class="lotse-alert lotse-alert--warning" role="alert" data-testid="not-moved-notice">
                    <h2 class="lotse-alert__title">{tr(Key::NotMovedTitle)}</h2>
                    <p class="lotse-alert__body">{tr(Key::NotMovedBody)}</p>
                    <ul class="lotse-list lotse-list--bullet">
                        {not_moved.into_iter().map(|key| view! { <li><code>{key}</code></li> }).collect_view()}
                    </ul>
                </div>
            })}
            {(!damaged.is_empty()).then(|| super::lazy::lazy_damaged_records(damaged))}
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
                    <div inner_html=move || {
                        let mut out = String::new();
                        push_due_reviews(&mut out, &due, browser::today(), i18n);
                        out.push_str(&case_list_html(&cases, total, i18n));
                        out
                    }></div>
                }.into_any()
            }}
            <p class="lotse-case-list__data">
                <a href=CATALOGUE class="lotse-link">{tr(Key::CatalogueLink)}</a>
            </p>
            <p>
                <a href=DataPage::Overview.path() class="lotse-link">{tr(Key::DataLink)}</a>
            </p>
        </div>
    }
}

/// The list as HTML text: the [`RECENT_CASES`] changed last (of `total`), with a line saying
/// so above them and a link to all of them below when there are more.
fn case_list_html(cases: &[CaseSummary], total: usize, i18n: I18n) -> String {
    let shown = cases.len().min(RECENT_CASES);
    // (u32: the number formatting the first download already has for dates.)
    let (shown_text, total_text) = ((shown as u32).to_string(), (total as u32).to_string());
    let counts = [
        ("shown", shown_text.as_str()),
        ("total", total_text.as_str()),
    ];
    let mut out = String::new();
    if shown < total {
        out.push_str(r#"<p class="lotse-case-list__recent">"#);
        html::push_escaped(&mut out, &i18n.tf(Key::CaseListRecent, &counts));
        out.push_str("</p>");
    }
    out.push_str(r#"<ul class="lotse-case-list" aria-label=""#);
    html::push_escaped(&mut out, i18n.t(Key::CaseListLabel));
    out.push_str(r#"">"#);
    push_case_cards(&mut out, &cases[..shown], i18n);
    out.push_str("</ul>");
    if shown < total {
        out.push_str(r#"<p class="lotse-case-list__all"><a class="lotse-link" href=""#);
        out.push_str(ALL_CASES);
        out.push_str(r#"">"#);
        html::push_escaped(&mut out, &i18n.tf(Key::CaseListAllLink, &counts));
        out.push_str("</a></p>");
    }
    out
}
