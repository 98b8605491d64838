use crate::browser;
use crate::components::{Choice, Radios};
use crate::domain::export_file::{as_copy, ImportChoice};
use crate::domain::sozialraum::{join, SozialraumExport};
use crate::domain::{Case, CaseId};
use crate::flash::use_flash;
use crate::i18n::{tr, use_i18n, Key};
use crate::router::use_navigator;
use crate::routes::HOME;
use crate::session::use_session;
use crate::storage;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

impl Choice for ImportChoice {
    fn all() -> &'static [Self] {
        &[ImportChoice::KeepBoth, ImportChoice::Replace]
    }

    fn slug(self) -> &'static str {
        match self {
            ImportChoice::KeepBoth => "keep",
            ImportChoice::Replace => "replace",
        }
    }

    fn label(self) -> Key {
        match self {
            ImportChoice::KeepBoth => Key::ImportKeepBoth,
            ImportChoice::Replace => Key::ImportReplace,
        }
    }
}

/// The cases a file holds, a choice for each one already on this device (keep both, the
/// default, or replace), and the button that stores them all or none.
#[component]
pub fn ImportReview(
    /// The cases in the file.
    cases: Vec<Case>,
    /// The ids of the cases already on this device.
    stored: HashSet<CaseId>,
    /// The file's Sozialraum lists and entries, joined with the device's before the cases
    /// are stored.
    sozialraum: Option<SozialraumExport>,
    /// Where a failure to store is said.
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let flash = use_flash();
    let navigator = use_navigator();
    let choices = RwSignal::new(HashMap::<CaseId, ImportChoice>::new());
    let count = cases.len();
    let names: Vec<String> = cases.iter().map(|c| c.alias.clone()).collect();
    let existing: Vec<(CaseId, String)> = cases
        .iter()
        .filter(|c| stored.contains(&c.id))
        .map(|c| (c.id.clone(), c.alias.clone()))
        .collect();

    let import = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let suffix = i18n.t_untracked(Key::ImportCopySuffix);
        let chosen = choices.get_untracked();
        let mut ready: Vec<Case> = cases
            .iter()
            .cloned()
            .map(|case| {
                let exists = stored.contains(&case.id);
                match chosen.get(&case.id).copied() {
                    Some(ImportChoice::Replace) if exists => case,
                    _ if exists => as_copy(case, CaseId(browser::new_id()), suffix),
                    _ => case,
                }
            })
            .collect();
        for case in &ready {
            session.discard(&case.id);
        }
        let sozialraum = sozialraum.clone();
        leptos::task::spawn_local(async move {
            let joined = match &sozialraum {
                Some(file) => store_sozialraum(file).await,
                None => Ok(None),
            };
            let stored = match joined {
                Ok(joined) => {
                    if let Some(joined) = joined {
                        ready.iter_mut().for_each(|case| joined.adapt_case(case));
                    }
                    storage::save_cases_atomically(&ready).await
                }
                Err(error) => Err(error),
            };
            match stored {
                Ok(()) => {
                    flash.set(i18n.count(ready.len(), Key::ImportDoneOne, Key::ImportDoneOther));
                    navigator.go(HOME);
                }
                Err(_) => problem.set(Some(i18n.t_untracked(Key::ImportStorageFailed).to_string())),
            }
        });
    };

    view! {
        <form novalidate on:submit=import data-testid="import-review">
            <h2 class="lotse-heading-m">{move || i18n.count(count, Key::ImportFoundOne, Key::ImportFoundOther)}</h2>
            <ul class="lotse-list lotse-list--bullet">
                {names.into_iter().map(|alias| view! { <li dir="auto">{alias}</li> }).collect_view()}
            </ul>
            {existing.into_iter().map(|(id, alias)| {
                let chosen = {
                    let id = id.clone();
                    Signal::derive(move || Some(choices.with(|c| c.get(&id).copied().unwrap_or(ImportChoice::KeepBoth))))
                };
                view! {
                    <Radios id=format!("import-choice-{}", id.0) boxed=true
                        legend=move || i18n.tf(Key::ImportExistsLegend, &[("alias", &alias)])
                        value=chosen
                        on_change=move |choice| choices.update(|c| { c.insert(id.clone(), choice); })/>
                }
            }).collect_view()}
            <button type="submit" class="lotse-button">{tr(Key::ImportSubmit)}</button>
        </form>
    }
}

/// Joins the file's lists and entries with the device's and stores them (first, so the cases
/// stored next find what they are linked to); how the file's districts and categories are
/// named on this device. Lists that cannot be read stay as they are, and the file's are not
/// joined in.
async fn store_sozialraum(
    file: &SozialraumExport,
) -> Result<Option<crate::domain::sozialraum::Joined>, storage::StorageError> {
    use storage::sozialraum::{
        load_catalogue, load_places, save_entries, save_places, PlacesError,
    };
    let catalogue = load_catalogue().await?;
    let places = match load_places().await {
        Ok(places) => Some(places),
        Err(PlacesError::Storage(error)) => return Err(error),
        Err(PlacesError::Unreadable) => None,
    };
    let joined = join(
        places.as_ref().unwrap_or(&Default::default()),
        &catalogue.entries,
        &catalogue.left_alone,
        file,
    );
    if places.is_some() {
        save_places(&joined.places).await?;
    }
    if !joined.entries.is_empty() {
        save_entries(&joined.entries).await?;
    }
    Ok(Some(joined))
}
