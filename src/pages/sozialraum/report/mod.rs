//! The Sozialraum report (*fallübergreifende Auswertung*) for a period and a district, across
//! every case on this device: anonymous by construction (see
//! [`crate::domain::sozialraum::report`]), printable and exportable as CSV.

mod figure;
mod words;

use super::{load, Read};
use crate::browser;
use crate::components::{
    district_of, district_options, DateField, OptionSelect, StorageErrorNotice,
};
use crate::domain::sozialraum::{
    compute, report_csv, CaseFacts, Figure as Kind, Report, ReportScope, Table,
};
use crate::domain::IsoDate;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::routes::CATALOGUE;
use crate::storage::sozialraum::{report_facts, ReportFacts};
use crate::storage::StorageError;
use figure::Figure;
use leptos::prelude::*;
use words::{figure_title, Words};

/// How many rows a figure shows at most: the entries used most (a catalogue of thousands would
/// be a chart no one reads); the CSV has every row.
const MOST_USED: usize = 20;

/// What the report is computed from.
#[derive(Clone)]
struct Sources {
    read: Read,
    facts: Vec<CaseFacts>,
    /// How many cases cannot be read, so are not counted.
    uncounted: usize,
}

/// The report's page: the anonymity notice, the scope, and the figures.
#[component]
pub fn ReportPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t(Key::ReportTitle).to_string());
    // A handle, so showing the page never copies thousands of facts.
    let sources = RwSignal::new(None::<Result<StoredValue<Sources>, StorageError>>);
    leptos::task::spawn_local(async move {
        crate::storage::settled().await;
        let loaded = async {
            let read = load().await?;
            let ReportFacts {
                mut facts,
                uncounted,
            } = report_facts().await?;
            // A case linked to an entry merged since counts for the entry it went into, and
            // one in a district or category another device of the team named first counts
            // for the list's.
            let resolve = read.catalogue.resolver();
            let places = read.places.clone().unwrap_or_default();
            for f in &mut facts {
                f.district = f.district.as_ref().map(|d| places.same_district(d));
                for category in f.circumstances.iter_mut().flatten() {
                    *category = places.same_category(category);
                }
                let mut used: Vec<_> = f.catalogue_used.iter().map(&resolve).collect();
                used.sort();
                used.dedup();
                f.catalogue_used = used;
            }
            drop(resolve);
            Ok(Sources {
                read,
                facts,
                uncounted,
            })
        };
        sources.set(Some(loaded.await.map(StoredValue::new)));
    });
    view! {
        <div class="lotse-page">
            <a href=CATALOGUE class="lotse-back-link lotse-no-print">{tr(Key::BackToCatalogue)}</a>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::ReportTitle)}</h1>
            <div class="lotse-alert lotse-alert--info" role="note" aria-labelledby="report-anonymous-title">
                <h2 id="report-anonymous-title" class="lotse-alert__title">{tr(Key::ReportAnonymousTitle)}</h2>
                <p class="lotse-alert__body">{tr(Key::ReportAnonymous)}</p>
            </div>
            {move || sources.get().map(|sources| match sources {
                Ok(sources) => view! { <Scoped sources=sources/> }.into_any(),
                Err(error) => view! { <StorageErrorNotice error=error/> }.into_any(),
            })}
        </div>
    }
}

/// The scope's fields and the report for it, computed again when they change.
#[component]
fn Scoped(sources: StoredValue<Sources>) -> impl IntoView {
    let i18n = use_i18n();
    let today = browser::today();
    let start = RwSignal::new(IsoDate::new(today.year(), 1, 1));
    let end = RwSignal::new(Some(today));
    let district = RwSignal::new(String::new());
    let places = sources.with_value(|s| s.read.places.clone().unwrap_or_default());
    let report = Memo::new(move |_| {
        let (start, end) = (start.get()?, end.get()?);
        let scope = ReportScope {
            start: start.min(end),
            end: end.max(start),
            district: district_of(&district.get()),
        };
        let categories = places_categories(sources);
        Some(
            sources
                .with_value(|s| compute(&s.facts, &scope, &s.read.catalogue.entries, &categories)),
        )
    });
    let download_failed = RwSignal::new(false);
    let download = move |_| {
        let Some(report) = report.get_untracked() else {
            return;
        };
        let csv = sources.with_value(|s| {
            let places = s.read.places.clone().unwrap_or_default();
            let words = Words::new(i18n, &places, &s.read.catalogue);
            report_csv(&report, &words)
        });
        let name = format!("sozialraum-bericht-{}.csv", browser::today());
        // The byte order mark makes spreadsheets read the file as UTF-8.
        let saved = browser::download_file(&name, &format!("\u{feff}{csv}"), "text/csv");
        download_failed.set(saved.is_err());
    };
    let uncounted = sources.with_value(|s| s.uncounted);
    // One live region for the count, so a changed scope is announced.
    let count = move || {
        report.with(|r| {
            r.as_ref().map_or_else(
                || i18n.t(Key::ReportScopeMissing).to_string(),
                |r| {
                    let cases = r
                        .cases
                        .shown()
                        .map_or_else(|| i18n.t(Key::ReportHidden).to_string(), |n| n.to_string());
                    i18n.tf(Key::ReportCaseCount, &[("count", &cases)])
                },
            )
        })
    };
    view! {
        <form class="lotse-report__scope lotse-no-print" novalidate on:submit=|ev| ev.prevent_default()>
            <fieldset class="lotse-fieldset">
                <legend class="lotse-fieldset__legend">{tr(Key::ReportScope)}</legend>
                <div class="lotse-report__fields">
                    <DateField id="report-start".to_string() label=Key::ReportStart
                        initial=start.get_untracked() on_change=move |day| start.set(day)/>
                    <DateField id="report-end".to_string() label=Key::ReportEnd
                        initial=end.get_untracked() on_change=move |day| end.set(day)/>
                    <OptionSelect id="report-district" label=Key::ReportDistrict
                        options=district_options(&places, None, i18n, Key::ReportAllDistricts)
                        selected=String::new() on_change=move |value| district.set(value)/>
                </div>
            </fieldset>
        </form>
        <div class="lotse-button-group lotse-no-print">
            <button type="button" class="lotse-button" on:click=|_| {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }>{tr(Key::ReportPrint)}</button>
            <button type="button" class="lotse-button lotse-button--secondary" on:click=download>
                {tr(Key::ReportCsv)}
            </button>
        </div>
        {move || download_failed.get().then(|| view! {
            <p class="lotse-error-message" role="alert">{tr(Key::ReportCsvFailed)}</p>
        })}
        {(uncounted > 0).then(|| view! {
            <div class="lotse-alert lotse-alert--warning" role="alert">
                <p class="lotse-alert__body">{move || i18n.count(uncounted, Key::ReportUncountedOne, Key::ReportUncountedOther)}</p>
            </div>
        })}
        <p class="lotse-report__cases" role="status" data-testid="report-cases">{count}</p>
        {move || report.get().map(|report| view! { <Figures report=report sources=sources/> })}
    }
}

/// The categories in the order the device's list offers them.
fn places_categories(sources: StoredValue<Sources>) -> Vec<crate::domain::sozialraum::CategoryId> {
    sources.with_value(|s| {
        s.read
            .places
            .as_ref()
            .map(|p| p.categories())
            .unwrap_or_default()
    })
}

/// Every figure of one report.
#[component]
fn Figures(report: Report, sources: StoredValue<Sources>) -> impl IntoView {
    let i18n = use_i18n();
    let share = report.own_initiative_percent.map(|percent| {
        i18n.tf(
            Key::ReportOwnInitiative,
            &[("percent", &percent.to_string())],
        )
    });
    let figure = |id: &'static str, kind: Kind, note: Option<Key>, table: &Table| {
        let rows = sources.with_value(|s| {
            let places = s.read.places.clone().unwrap_or_default();
            let words = Words::new(i18n, &places, &s.read.catalogue);
            table
                .rows
                .iter()
                .take(MOST_USED)
                .map(|(label, cell)| {
                    (
                        crate::domain::sozialraum::CsvWords::row(&words, label),
                        *cell,
                    )
                })
                .collect::<Vec<_>>()
        });
        view! { <Figure id=id title=figure_title(kind) note=note rows=rows total=table.total/> }
    };
    view! {
        {figure("figure-goals", Kind::GoalsByDomain, Some(Key::ReportGoalsNote), &report.goals_by_domain)}
        {figure("figure-circumstances", Kind::Circumstances, None, &report.circumstances)}
        {figure("figure-steps", Kind::StepsByOwner, None, &report.steps_by_owner)}
        {share.map(|share| view! { <p class="lotse-report__share" data-testid="report-own-initiative">{share}</p> })}
        {figure("figure-catalogue", Kind::CatalogueUsed, Some(Key::ReportCatalogueNote), &report.catalogue_used)}
        {(report.catalogue_used.rows.len() > MOST_USED).then(|| view! {
            <p class="lotse-hint">
                {i18n.tf(Key::ReportMostUsed, &[
                    ("shown", &MOST_USED.to_string()),
                    ("count", &report.catalogue_used.rows.len().to_string()),
                ])}
            </p>
        })}
        {figure("figure-gaps", Kind::Gaps, Some(Key::ReportGapsNote), &report.gaps)}
        {figure("figure-network", Kind::NetworkSizes, None, &report.network_sizes)}
        {figure("figure-sectors", Kind::SectorsUsed, None, &report.sectors_used)}
    }
}
