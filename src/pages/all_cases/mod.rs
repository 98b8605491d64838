//! The page of all cases on this device: a search by alias or date of first contact that
//! answers as the user types, and the cases in pages of [`PAGE_SIZE`]. Loaded on first use
//! (see `lazy.rs`): the start page shows only the cases changed last.

use super::use_page_title;
use crate::components::{push_case_cards, DamagedRecordNotice, StorageErrorNotice};
use crate::domain::CaseSummary;
use crate::html;
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::routes::{HOME, NEW_CASE};
use crate::session::use_session;
use crate::storage::{self, StorageError, Stored};
use leptos::prelude::*;

/// How many cards a page shows.
pub const PAGE_SIZE: usize = 50;

/// A case as the search sees it: its summary, and the texts a query is looked for in.
#[derive(Clone)]
struct Searchable {
    summary: CaseSummary,
    /// The alias and the date of first contact (German and ISO), in lower case.
    text: String,
}

impl Searchable {
    fn new(summary: CaseSummary) -> Self {
        let text = format!(
            "{}\n{}\n{}",
            summary.alias.to_lowercase(),
            summary.first_contact.german(),
            summary.first_contact
        );
        Self { summary, text }
    }
}

/// What the page has read of the cases on this device.
#[derive(Clone)]
enum Read {
    /// The first page, shown while every case is read.
    FirstPage(Vec<CaseSummary>),
    /// Every case, for the count, the search and the other pages.
    All(Vec<Searchable>),
}

/// Every case on this device: the first page at once, the rest read after it (reading
/// thousands of summaries takes longer than the page may take to appear).
#[component]
pub fn AllCasesPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_page_title(move || i18n.t(Key::AllCasesTitle).to_string());
    // Write what the open case still holds before reading the cases.
    session.flush();
    let first = RwSignal::new(None::<Result<Stored<CaseSummary>, StorageError>>);
    leptos::task::spawn_local(async move {
        storage::settled().await;
        first.set(Some(storage::first_cases(PAGE_SIZE).await));
    });
    view! {
        <div class="lotse-page">
            <a href=HOME class="lotse-back-link">{tr(Key::BackToCaseList)}</a>
            <div class="lotse-page__head">
                <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::AllCasesTitle)}</h1>
                <a href=NEW_CASE class="lotse-button lotse-button--start">{tr(Key::CaseListNew)}</a>
            </div>
            {move || first.get().map(|first| match first {
                Ok(first) => view! { <SearchableCases first=first/> }.into_any(),
                Err(error) => view! { <StorageErrorNotice error=error/> }.into_any(),
            })}
        </div>
    }
}

/// The search, the count of cases found, one page of their cards, and the page navigation.
/// The damaged records come first in the index, so `first` has them.
#[component]
fn SearchableCases(first: Stored<CaseSummary>) -> impl IntoView {
    let i18n = use_i18n();
    let read = RwSignal::new(Read::FirstPage(first.cases));
    let failed = RwSignal::new(None::<StorageError>);
    leptos::task::spawn_local(async move {
        match storage::all_cases().await {
            Ok(all) => read.set(Read::All(
                all.cases.into_iter().map(Searchable::new).collect(),
            )),
            Err(error) => failed.set(Some(error)),
        }
    });
    let complete = move || read.with(|r| matches!(r, Read::All(_)));
    let query = RwSignal::new(String::new());
    let page = RwSignal::new(0usize);
    let found = Memo::new(move |_| {
        let query = query.get().trim().to_lowercase();
        read.with(|read| match read {
            Read::FirstPage(_) => Vec::new(),
            Read::All(cases) => cases
                .iter()
                .filter(|c| query.is_empty() || c.text.contains(&query))
                .map(|c| c.summary.clone())
                .collect(),
        })
    });
    let pages = move || found.with(|f| f.len().div_ceil(PAGE_SIZE).max(1));
    // Only a changed page is drawn again: the first page read at once is the first of all.
    let cards = Memo::new(move |_| {
        read.with(|read| match read {
            Read::FirstPage(first) => cards_html(first, 0, i18n),
            Read::All(_) => found.with(|found| cards_html(found, page.get(), i18n)),
        })
    });
    let on_input = move |ev: leptos::ev::Event| {
        query.set(event_target_value(&ev));
        page.set(0);
    };
    view! {
        {first.damaged.into_iter().map(|record| view! { <DamagedRecordNotice record=record/> }).collect_view()}
        {move || failed.get().map(|error| view! { <StorageErrorNotice error=error/> })}
        <div class="lotse-form-group lotse-case-search">
            <label class="lotse-label" for="case-search">{tr(Key::AllCasesSearchLabel)}</label>
            <p class="lotse-hint" id="case-search-hint">{tr(Key::AllCasesSearchHint)}</p>
            <input type="search" class="lotse-input" id="case-search" autocomplete="off"
                spellcheck="false" aria-describedby="case-search-hint" aria-controls="case-search-results"
                on:input=on_input/>
        </div>
        <p class="lotse-case-search__count" role="status" data-testid="case-search-count">
            {move || complete().then(|| found_text(i18n, found.with(Vec::len), &query.get()))}
        </p>
        <div id="case-search-results" inner_html=cards></div>
        <Show when=move || { complete() && pages() > 1 }>
            <nav class="lotse-pagination" aria-label=move || i18n.t(Key::PaginationLabel)>
                <button type="button" class="lotse-button lotse-button--secondary"
                    disabled=move || page.get() == 0
                    on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>
                    {tr(Key::PaginationPrevious)}
                </button>
                <p class="lotse-pagination__position" aria-live="polite">
                    {move || i18n.tf(Key::PaginationPosition, &[
                        ("page", &(page.get() + 1).to_string()),
                        ("pages", &pages().to_string()),
                    ])}
                </p>
                <button type="button" class="lotse-button lotse-button--secondary"
                    disabled=move || { page.get() + 1 >= pages() }
                    on:click=move |_| page.update(|p| *p += 1)>
                    {tr(Key::PaginationNext)}
                </button>
            </nav>
        </Show>
    }
}

/// How many cases the search found, or that none fits the query.
fn found_text(i18n: I18n, count: usize, query: &str) -> String {
    if count == 0 && !query.trim().is_empty() {
        i18n.tf(Key::AllCasesNoneFound, &[("query", query.trim())])
    } else {
        i18n.count(count, Key::AllCasesFoundOne, Key::AllCasesFoundOther)
    }
}

/// The cards of page `page` (from 0) of the cases found, as HTML text.
fn cards_html(found: &[CaseSummary], page: usize, i18n: I18n) -> String {
    let start = (page * PAGE_SIZE).min(found.len());
    let end = (start + PAGE_SIZE).min(found.len());
    let mut out = String::from(r#"<ul class="lotse-case-list" aria-label=""#);
    html::push_escaped(&mut out, i18n.t(Key::CaseListLabel));
    out.push_str(r#"">"#);
    push_case_cards(&mut out, &found[start..end], i18n);
    out.push_str("</ul>");
    out
}
