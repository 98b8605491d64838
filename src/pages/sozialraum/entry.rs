//! One catalogue entry: changed, merged with an entry it looks like, or removed.

use super::entry_conflict::EntryConflict;
use super::entry_form::EntryForm;
use super::{load, Read};
use crate::browser;
use crate::components::{ConfirmButtons, StorageErrorNotice};
use crate::domain::sozialraum::{CatalogueEntry, CatalogueId};
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::router::use_navigator;
use crate::routes::CATALOGUE;
use crate::storage::sozialraum::{delete_entry, merge_entries, save_entry};
use crate::storage::StorageError;
use leptos::prelude::*;

/// The id of the page's heading, where focus goes once the page is built anew.
const TITLE: &str = "entry-title";

/// What the page last did, said in a status line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Done {
    Saved,
    Merged,
    /// Read again to show another device's version: nothing to say.
    Read,
}

/// The page of one entry.
#[component]
pub fn EntryPage(id: CatalogueId) -> impl IntoView {
    let i18n = use_i18n();
    let read = RwSignal::new(None::<Result<Read, StorageError>>);
    let done = RwSignal::new(None::<Done>);
    let failed = RwSignal::new(None::<StorageError>);
    let edited = RwSignal::new(false);
    leptos::task::spawn_local(async move { read.set(Some(load().await)) });
    let title = Memo::new({
        let id = id.clone();
        move |_| {
            read.with(|r| match r {
                Some(Ok(read)) => read.catalogue.entry(&id).map(|e| e.name.clone()),
                _ => None,
            })
        }
    });
    use_page_title(move || {
        title
            .get()
            .unwrap_or_else(|| i18n.t(Key::EntryNotFoundTitle).to_string())
    });
    let act = move |work: std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<(), StorageError>>>,
    >,
                    what: Done| {
        leptos::task::spawn_local(async move {
            match work.await {
                Ok(()) => {
                    failed.set(None);
                    edited.set(false);
                    read.set(Some(load().await));
                    done.set(Some(what));
                    // The page is built anew from what is stored: focus starts at its top.
                    focus_after_render(TITLE);
                }
                Err(error) => failed.set(Some(error)),
            }
        });
    };
    view! {
        <div class="lotse-page lotse-page--narrow">
            <a href=CATALOGUE class="lotse-back-link">{tr(Key::BackToCatalogue)}</a>
            <p class="lotse-status" role="status">
                {move || done.get().and_then(|done| match done {
                    Done::Saved => Some(i18n.t(Key::EntrySaved)),
                    Done::Merged => Some(i18n.t(Key::EntryMerged)),
                    Done::Read => None,
                })}
            </p>
            {move || failed.get().map(|error| view! { <StorageErrorNotice error=error/> })}
            {move || read.get().map(|read| match read {
                Err(error) => view! { <StorageErrorNotice error=error/> }.into_any(),
                Ok(read) => match read.catalogue.entry(&id).cloned() {
                    None => view! {
                        <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::EntryNotFoundTitle)}</h1>
                        <p>{tr(Key::EntryNotFoundBody)}</p>
                    }.into_any(),
                    Some(entry) => {
                        let alike: Vec<CatalogueEntry> = read.catalogue.entries.iter()
                            .filter(|other| entry.looks_like(other)).cloned().collect();
                        let places = read.places.clone().unwrap_or_default();
                        let save = move |changed: CatalogueEntry| {
                            let mut changed = changed;
                            changed.updated_at = browser::now();
                            act(Box::pin(async move { save_entry(&changed).await }), Done::Saved);
                        };
                        view! {
                            <h1 id=TITLE class="lotse-heading-xl" tabindex="-1">{entry.name.clone()}</h1>
                            <EntryConflict entry=entry.clone() places=places.clone() edited=edited
                                decide=move |work| act(work, Done::Saved)
                                show_new=move || act(Box::pin(async { Ok(()) }), Done::Read)/>
                            {alike.into_iter().enumerate().map(|(index, other)| {
                                let kept = entry.clone();
                                let name = other.name.clone();
                                let merge = move |_| {
                                    let mut kept = kept.clone();
                                    kept.merge_from(&other, browser::now());
                                    let gone = other.id.clone();
                                    act(Box::pin(async move { merge_entries(&kept, &gone).await }), Done::Merged);
                                };
                                view! { <MergeOffer index=index name=name edited=edited on_merge=merge/> }
                            }).collect_view()}
                            <EntryForm entry=entry.clone() places=places submit=Key::EntrySaveChanges on_save=save edited=edited/>
                            <DeleteEntry id=entry.id.clone()/>
                        }.into_any()
                    }
                },
            })}
        </div>
    }
}

/// Offers to merge an entry that looks like this one into it.
#[component]
fn MergeOffer(
    index: usize,
    name: String,
    /// Whether the form below holds changes not saved yet: merging would build the page
    /// anew from what is stored, so it waits for them.
    edited: RwSignal<bool>,
    on_merge: impl Fn(leptos::ev::MouseEvent) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let title_id = format!("merge-title-{index}");
    let labelled_by = title_id.clone();
    view! {
        <div class="lotse-alert lotse-alert--info" role="region" aria-labelledby=labelled_by>
            <h2 id=title_id class="lotse-alert__title">
                {move || i18n.tf(Key::EntryLooksLike, &[("name", &name)])}
            </h2>
            <p class="lotse-alert__body">{tr(Key::EntryMergeExplain)}</p>
            <Show when=move || !edited.get()
                fallback=|| view! { <p class="lotse-alert__body"><strong>{tr(Key::EntryMergeSaveFirst)}</strong></p> }>
                <button type="button" class="lotse-button lotse-button--secondary" on:click=on_merge.clone()>
                    {tr(Key::EntryMerge)}
                </button>
            </Show>
        </div>
    }
}

/// Removes the entry, once confirmed; cases that used it keep their own note of it.
#[component]
fn DeleteEntry(id: CatalogueId) -> impl IntoView {
    let navigator = use_navigator();
    let confirming = RwSignal::new(false);
    let failed = RwSignal::new(None::<StorageError>);
    let remove = move || {
        let id = id.clone();
        leptos::task::spawn_local(async move {
            match delete_entry(&id).await {
                Ok(()) => navigator.go(CATALOGUE),
                Err(error) => failed.set(Some(error)),
            }
        });
    };
    view! {
        <section class="lotse-section" aria-labelledby="entry-delete-title">
            <h2 id="entry-delete-title" class="lotse-heading-m">{tr(Key::EntryDeleteTitle)}</h2>
            <p>{tr(Key::EntryDeleteBody)}</p>
            {move || failed.get().map(|error| view! { <StorageErrorNotice error=error/> })}
            <Show when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" id="entry-delete" class="lotse-button lotse-button--warning"
                        on:click=move |_| {
                            confirming.set(true);
                            focus_after_render("entry-delete-confirm");
                        }>
                        {tr(Key::EntryDelete)}
                    </button>
                }>
                <ConfirmButtons confirm=Key::EntryDeleteConfirm confirm_id="entry-delete-confirm".to_string()
                    on_confirm={
                        let remove = remove.clone();
                        move || remove()
                    }
                    on_cancel=move || {
                        confirming.set(false);
                        focus_after_render("entry-delete");
                    }/>
            </Show>
        </section>
    }
}
