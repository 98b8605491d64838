//! Pages that are loaded when they are first opened, not with the app.
//!
//! The release build splits the wasm at the functions below (`--cfg lotse_split`, set by
//! `scripts/build-wasm.mjs`): the case list and the new-case form come with the first load;
//! the pages of a case, the data pages (with the accessibility statement), the team page with
//! the sync code, the Sozialraum pages and the unlock page
//! are modules of their own, fetched the first time one is shown (and precached by the service
//! worker for offline use). Builds without the flag (tests, clippy) call the same functions
//! directly.
//!
//! A module that cannot be fetched is never a panic: the page says so in the user's language
//! and offers to try again.

use super::{
    use_page_title, AccessibilityPage, AllCasesPage, CaseLayout, CataloguePage,
    ChangePassphrasePage, DataOverviewPage, DeleteAllPage, EncryptPage, EntryPage, ImportPage,
    NewEntryPage, PlacesPage, ReportPage, TeamPage, UnlockPage,
};
use crate::client_mode::use_client_mode;
use crate::components::{ClientModeExit, DamagedRecordNotice, SyncBadge};
use crate::domain::CaseId;
use crate::i18n::{tr, use_i18n, Key};
use crate::routes::{CasePage, DataPage, Route, SozialraumPage};
use crate::session::CaseCodec;
use crate::storage::DamagedRecord;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::Pin;

/// A part of the app could not be fetched (offline before the first full visit, or the
/// server gone); the details are in the browser console.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartMissing;

#[cfg(lotse_split)]
impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartMissing
    }
}

type PageResult = Result<AnyView, PartMissing>;

// The split points. Each `wasm_split(<module>)` function, and everything only it reaches,
// goes into that module: a few modules, so that opening a case is one fetch, not dozens.

/// Every page of one case: the frame, the intake steps, rename, delete and export.
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(case, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn case_module(id: CaseId, page: CasePage) -> PageResult {
    Ok(view! { <CaseLayout id=id page=page/> }.into_any())
}

/// The press-and-hold button that ends the client mode (shown in the header in client mode,
/// which only ever shows the pages of one case).
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(case, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn client_mode_exit_module() -> PageResult {
    Ok(view! { <ClientModeExit/> }.into_any())
}

/// How a case is written and read: the case pages bring the whole-case encoder and decoder,
/// which the new-case form needs for writing the case it creates.
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(case, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn case_codec_module() -> Result<CaseCodec, PartMissing> {
    Ok(CaseCodec::WHOLE)
}

/// The page of all cases, with its search.
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(all_cases, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn all_cases_module() -> PageResult {
    Ok(view! { <AllCasesPage/> }.into_any())
}

/// What the start page says of records that cannot be read (rare, so not in the first load).
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(data, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn damaged_records_module(records: Vec<DamagedRecord>) -> PageResult {
    Ok(records
        .into_iter()
        .map(|record| view! { <DamagedRecordNotice record=record/> })
        .collect_view()
        .into_any())
}

/// What earlier versions kept in localStorage, moved into the database, and the saves a
/// closed page left, finished: needed on few starts ([`crate::storage::take_in_leftovers`]).
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(data, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn leftovers_module() -> Result<Pin<Box<dyn Future<Output = ()>>>, PartMissing> {
    Ok(Box::pin(async {
        // What cannot be moved stays where it is, and is reported on the start page.
        let _ = crate::storage::take_in_leftovers().await;
    }))
}

/// The summaries written before the database knew review dates, written again from their
/// cases, once ([`crate::storage::rewrite_outdated_summaries`]).
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(data, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn outdated_summaries_module() -> Result<Pin<Box<dyn Future<Output = ()>>>, PartMissing> {
    Ok(Box::pin(async {
        // Interrupted or failed, it runs again at the next start.
        let _ = crate::storage::rewrite_outdated_summaries().await;
    }))
}

/// The pages about the data on this device: overview, import, encryption, deleting all.
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(data, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn data_module(page: DataPage) -> PageResult {
    Ok(match page {
        DataPage::Overview => view! { <DataOverviewPage/> }.into_any(),
        DataPage::Import => view! { <ImportPage/> }.into_any(),
        DataPage::Encrypt => view! { <EncryptPage/> }.into_any(),
        DataPage::Passphrase => view! { <ChangePassphrasePage/> }.into_any(),
        DataPage::DeleteAll => view! { <DeleteAllPage/> }.into_any(),
        // Shown through `sync_module`, with the sync code.
        DataPage::Team => return Err(PartMissing),
    })
}

/// The accessibility statement: rarely opened, so it goes with the data pages.
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(data, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn accessibility_module() -> PageResult {
    Ok(view! { <AccessibilityPage/> }.into_any())
}

/// The Sozialraum level: the catalogue, the lists and the report.
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(sozialraum, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn sozialraum_module(page: SozialraumPage) -> PageResult {
    Ok(match page {
        SozialraumPage::Catalogue => view! { <CataloguePage/> }.into_any(),
        SozialraumPage::NewEntry => view! { <NewEntryPage/> }.into_any(),
        SozialraumPage::Entry(id) => view! { <EntryPage id=id/> }.into_any(),
        SozialraumPage::Places => view! { <PlacesPage/> }.into_any(),
        SozialraumPage::Report => view! { <ReportPage/> }.into_any(),
    })
}

/// The team page, or the header's state of sync (which starts the sync loop): the sync code.
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(sync, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn sync_module(badge: bool) -> PageResult {
    Ok(if badge {
        view! { <SyncBadge/> }.into_any()
    } else {
        view! { <TeamPage/> }.into_any()
    })
}

/// The unlock page, needed only on an encrypted device.
#[cfg_attr(
    lotse_split,
    leptos::wasm_split::wasm_split(unlock, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn unlock_module() -> PageResult {
    Ok(view! { <UnlockPage/> }.into_any())
}

/// Calls a split point: awaited in the split build, direct otherwise.
macro_rules! load {
    ($call:expr) => {{
        #[cfg(lotse_split)]
        let result = $call.await;
        #[cfg(not(lotse_split))]
        let result = $call;
        result
    }};
}

/// What is loaded on first use and shown where it is asked for.
#[derive(Clone)]
enum Later {
    /// The page of a route that is not in the first load.
    Page(Route),
    /// The unlock page of an encrypted device.
    Unlock,
    /// The start page's notices of records that cannot be read.
    DamagedRecords(Vec<DamagedRecord>),
    /// The client mode's exit button.
    ClientModeExit,
    /// The header's state of sync.
    SyncBadge,
}

/// Loads and shows any [`Later`]: one function for all of them, so that the first load
/// carries the loading code once, not once per kind of page.
fn lazy(later: Later, missing: fn(RwSignal<u32>) -> AnyView) -> AnyView {
    lazy_view(
        move || {
            let later = later.clone();
            async move {
                let badge = matches!(later, Later::SyncBadge);
                match later {
                    Later::Page(Route::Case(id, page)) => load!(case_module(id, page)),
                    Later::Page(Route::AllCases) => load!(all_cases_module()),
                    Later::Page(Route::Data(DataPage::Team)) | Later::SyncBadge => {
                        load!(sync_module(badge))
                    }
                    Later::Page(Route::Data(page)) => load!(data_module(page)),
                    Later::Page(Route::Accessibility) => load!(accessibility_module()),
                    Later::Page(Route::Sozialraum(page)) => load!(sozialraum_module(page)),
                    Later::DamagedRecords(records) => load!(damaged_records_module(records)),
                    Later::ClientModeExit => load!(client_mode_exit_module()),
                    // The other routes' pages come with the first load and are never asked
                    // for here.
                    Later::Page(_) | Later::Unlock => load!(unlock_module()),
                }
            }
        },
        missing,
    )
}

/// The page of a route that is not in the first load.
pub fn lazy_page(route: Route) -> AnyView {
    lazy(Later::Page(route), part_missing_page)
}

/// The unlock page of an encrypted device.
pub fn lazy_unlock_page() -> AnyView {
    lazy(Later::Unlock, part_missing_page)
}

/// The notices of records that cannot be read. If the module cannot be fetched, they are
/// shown at the next start (the records stay as they are).
pub fn lazy_damaged_records(records: Vec<DamagedRecord>) -> AnyView {
    lazy(Later::DamagedRecords(records), |_| ().into_any())
}

/// The client mode's exit button. If the case pages' module cannot be fetched, the page
/// below says so (and offers to try again), so the header stays as it is.
pub fn lazy_client_mode_exit() -> AnyView {
    lazy(Later::ClientModeExit, |_| ().into_any())
}

/// The header's state of sync on a device that syncs with a team, which starts the sync loop
/// (a team joined shows from the next start). If the sync code cannot be fetched, the header
/// goes without, and the outbox keeps every change for later.
pub fn lazy_sync_badge() -> AnyView {
    if crate::storage::sync::is_set_up() {
        lazy(Later::SyncBadge, |_| ().into_any())
    } else {
        ().into_any()
    }
}

/// The encoder and decoder of cases, for writing a new case (fetched with the case pages,
/// which the new case opens next anyway).
pub async fn case_codec() -> Result<CaseCodec, PartMissing> {
    load!(case_codec_module())
}

/// Moves what earlier versions kept in localStorage into the database (see
/// [`leftovers_module`]); if the module cannot be fetched, it stays there for the next start.
pub async fn take_in_leftovers() {
    if let Ok(work) = load!(leftovers_module()) {
        work.await;
    }
}

/// Writes again the summaries that lack their review date ([`outdated_summaries_module`]).
pub async fn rewrite_outdated_summaries() {
    if let Ok(work) = load!(outdated_summaries_module()) {
        work.await;
    }
}

/// Shows the page once its module is there; until then nothing (it is a few milliseconds
/// from the service worker's cache), and a message with "try again" if it cannot be fetched.
fn lazy_view<F, Fut>(load: F, missing: fn(RwSignal<u32>) -> AnyView) -> AnyView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = PageResult> + 'static,
{
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                attempt.track();
                let load = load.clone();
                Suspend::new(SendWrapper::new(async move {
                    // The German texts of these pages come with them (see `crate::i18n`). They
                    // must be here first: calling a split point builds its view at once, and the
                    // page's effects (the title) read the texts before it is mounted.
                    let texts = crate::i18n::load_later_texts().await;
                    let page = load().await;
                    match page.and_then(|page| if texts { Ok(page) } else { Err(PartMissing) }) {
                        Ok(page) => page,
                        Err(PartMissing) => missing(attempt),
                    }
                }))
            }}
        </Suspense>
    }
    .into_any()
}

fn part_missing_page(attempt: RwSignal<u32>) -> AnyView {
    view! { <PartMissingNotice attempt=attempt/> }.into_any()
}

/// Says that this part of Lotse could not be fetched, keeps everything stored, and lets the
/// user try again once the connection is back.
#[component]
fn PartMissingNotice(attempt: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t(Key::PartMissingTitle).to_string());
    // The client cannot fix a connection: they are asked to hand the tablet back.
    let body = if use_client_mode().is_on_untracked() {
        Key::PartMissingBodyClient
    } else {
        Key::PartMissingBody
    };
    view! {
        <div class="lotse-page lotse-page--narrow">
            <div class="lotse-alert lotse-alert--warning" role="alert" data-testid="part-missing">
                <h1 class="lotse-heading-l" tabindex="-1">{tr(Key::PartMissingTitle)}</h1>
                <p class="lotse-alert__body">{tr(body)}</p>
                <button type="button" class="lotse-button" on:click=move |_| attempt.update(|n| *n += 1)>
                    {tr(Key::PartMissingRetry)}
                </button>
            </div>
        </div>
    }
}
