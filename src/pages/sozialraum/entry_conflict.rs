//! An entry that another device of the team changed too while they were apart (a sync
//! conflict): both versions field by field, and the user's choice. Also an entry that
//! another device changed while this page shows it: said, so no save replaces it unseen.

use crate::components::{ConflictRow, ConflictTable};
use crate::domain::sozialraum::{
    decode_entry, differing_fields, with_fields_from, CatalogueEntry, CatalogueId, EntryField,
    Known, Places,
};
use crate::domain::sync::envelope::sozialraum_key;
use crate::domain::sync::DocState;
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::pages::case::labels::life_domain_label;
use crate::storage::sozialraum::{delete_entry_as_there, save_entry};
use crate::storage::sync as stored;
use crate::storage::StorageError;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// What deciding does, run by the page (which reads the entry again once it is done).
pub type Decision = Pin<Box<dyn Future<Output = Result<(), StorageError>>>>;

/// Shows the other device's version of `entry` while the two are in conflict; nothing is
/// decided until the user chooses. Then the other version is ended on the server.
#[component]
pub fn EntryConflict(
    entry: CatalogueEntry,
    places: Places,
    /// Whether the form below holds changes not saved yet: deciding reads the entry anew.
    edited: RwSignal<bool>,
    decide: impl Fn(Decision) + Clone + Send + Sync + 'static,
    /// Reads the entry anew, to show another device's version.
    show_new: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(None::<DocState>);
    let picks = RwSignal::new(Vec::<bool>::new());
    // Another device's version came in since the page read the entry.
    let changed_there = RwSignal::new(false);
    let id = entry.id.clone();
    let shown = entry.clone();
    let read = move |came_in: bool| {
        let (id, shown) = (id.clone(), shown.clone());
        leptos::task::spawn_local(async move {
            let known = stored::entry_state(&id.0).await.ok().flatten();
            if came_in && !known.as_ref().is_some_and(DocState::in_conflict) {
                let now = super::load().await.ok();
                let now = now.as_ref().and_then(|read| read.catalogue.entry(&id));
                let _ = changed_there.try_set(now != Some(&shown));
            }
            let _ = state.try_set(known.filter(DocState::in_conflict));
        });
    };
    read(false);
    stored::on_versions({
        let key = sozialraum_key(&entry.id.0);
        move |changed: &str| {
            if changed == key {
                read(true);
            }
        }
    });
    let mine = entry;
    let newer = move || {
        let show_new = show_new.clone();
        view! {
                <div class="lotse-alert lotse-alert--info" role="status" data-testid="entry-changed-there">
                    <p class="lotse-alert__body">{tr(Key::EntryChangedThere)}</p>
                    {move || edited.get().then(|| view! {
                        <p class="lotse-alert__body">{tr(Key::EntryChangedThereEdited)}</p>
                    })}
                    <button type="button" class="lotse-button lotse-button--secondary"
                        on:click=move |_| show_new()>
                        {tr(Key::EntryShowNew)}
                    </button>
                </div>
        }
    };
    move || {
        if state.with(Option::is_none) && changed_there.get() {
            return Some(newer().into_any());
        }
        let known = state.get()?;
        let other = known.others.first()?.clone();
        let decide = decide.clone();
        let rev = other.rev.clone();
        let save_first = || view! { <p class="lotse-alert__body"><strong>{tr(Key::EntryConflictSaveFirst)}</strong></p> };
        let choice = match other.body.as_deref().map(decode_entry) {
            None => {
                let (keep, remove) = (known.clone(), known.clone());
                let (decide_keep, id) = (decide.clone(), mine.id.clone());
                let into = other.merged_into.clone().map(CatalogueId);
                let (keep_rev, remove_rev) = (rev.clone(), rev.clone());
                view! {
                    <p class="lotse-alert__body">{tr(Key::EntryConflictDeletedThere)}</p>
                    <Show when=move || !edited.get() fallback=save_first>
                        <div class="lotse-button-group">
                            <button type="button" class="lotse-button" on:click={
                                let (keep, rev, decide) = (keep.clone(), keep_rev.clone(), decide_keep.clone());
                                move |_| {
                                    let (keep, rev) = (keep.clone(), rev.clone());
                                    decide(Box::pin(async move { stored::decided(&keep, &rev).await }));
                                }
                            }>{tr(Key::EntryConflictKeep)}</button>
                            <button type="button" class="lotse-button lotse-button--warning" on:click={
                                let (remove, rev, id, into, decide) =
                                    (remove.clone(), remove_rev.clone(), id.clone(), into.clone(), decide.clone());
                                move |_| {
                                    let (remove, rev, id, into) = (remove.clone(), rev.clone(), id.clone(), into.clone());
                                    decide(Box::pin(async move {
                                        delete_entry_as_there(&id, into.as_ref()).await?;
                                        stored::decided(&remove, &rev).await
                                    }));
                                }
                            }>{tr(Key::EntryConflictDelete)}</button>
                        </div>
                    </Show>
                }
                .into_any()
            }
            Some(Ok(mut theirs)) => {
                // Named by the id the lists give it here, as this device's version is.
                theirs.district = theirs.district.map(|d| places.same_district(&d));
                let fields = differing_fields(&mine, &theirs);
                picks.set(vec![false; fields.len()]);
                let rows = fields
                    .iter()
                    .map(|field| ConflictRow {
                        field: i18n.t(field_label(*field)).to_string(),
                        theirs: field_text(i18n, &places, &theirs, *field),
                        mine: field_text(i18n, &places, &mine, *field),
                    })
                    .collect();
                let chosen = {
                    let (mine, theirs, known) = (mine.clone(), theirs.clone(), known.clone());
                    move |all: bool| {
                        let taken: Vec<EntryField> = picks.with_untracked(|p| {
                            fields
                                .iter()
                                .zip(p)
                                .filter(|(_, theirs)| all || **theirs)
                                .map(|(field, _)| *field)
                                .collect()
                        });
                        let mut joined = with_fields_from(&mine, &theirs, &taken);
                        joined.updated_at = crate::browser::now();
                        let (known, rev) = (known.clone(), rev.clone());
                        Box::pin(async move {
                            save_entry(&joined).await?;
                            stored::decided(&known, &rev).await
                        }) as Decision
                    }
                };
                let (decide_all, chosen_all) = (decide.clone(), chosen.clone());
                view! {
                    <p class="lotse-alert__body">{tr(Key::EntryConflictBody)}</p>
                    <ConflictTable rows=rows theirs=Key::SyncConflictTheirs mine=Key::SyncConflictMine picks=picks/>
                    <Show when=move || !edited.get() fallback=save_first>
                        <div class="lotse-button-group">
                            <button type="button" class="lotse-button" on:click={
                                let (decide, chosen) = (decide.clone(), chosen.clone());
                                move |_| decide(chosen(false))
                            }>{tr(Key::ConflictSavePicks)}</button>
                            <button type="button" class="lotse-button lotse-button--secondary" on:click={
                                let (decide, chosen) = (decide_all.clone(), chosen_all.clone());
                                move |_| decide(chosen(true))
                            }>{tr(Key::EntryConflictTakeTheirs)}</button>
                        </div>
                    </Show>
                }
                .into_any()
            }
            // From a newer Lotse: it stays on the server until this device can read it.
            Some(Err(_)) => {
                view! { <p class="lotse-alert__body">{tr(Key::SyncConflictUnreadable)}</p> }
                    .into_any()
            }
        };
        Some(view! {
            <div class="lotse-alert lotse-alert--error" role="alert" data-testid="entry-conflict">
                <h2 class="lotse-alert__title">{tr(Key::EntryConflictTitle)}</h2>
                {choice}
            </div>
        }
        .into_any())
    }
}

/// The label of a field, as the entry's form names it.
fn field_label(field: EntryField) -> Key {
    match field {
        EntryField::Name => Key::EntryName,
        EntryField::Offers => Key::EntryOffers,
        EntryField::District => Key::EntryDistrict,
        EntryField::Address => Key::EntryAddress,
        EntryField::HowToReach => Key::EntryHowToReach,
        EntryField::OpeningTimes => Key::EntryOpeningTimes,
        EntryField::ContactPerson => Key::EntryContactPerson,
        EntryField::LifeDomains => Key::EntryLifeDomains,
        EntryField::CostsMoney => Key::EntryCostsMoney,
        EntryField::StepFree => Key::EntryStepFree,
        EntryField::EasyLanguage => Key::EntryEasyLanguage,
        EntryField::Languages => Key::EntryLanguages,
        EntryField::CheckedOn => Key::EntryCheckedOn,
    }
}

/// A field's value as text in the user's language.
fn field_text(i18n: I18n, places: &Places, entry: &CatalogueEntry, field: EntryField) -> String {
    let known = |answer: Known| {
        i18n.t(match answer {
            Known::Yes => Key::KnownYes,
            Known::No => Key::KnownNo,
            Known::Unknown => Key::KnownUnknown,
        })
        .to_string()
    };
    match field {
        EntryField::Name => entry.name.clone(),
        EntryField::Offers => entry.offers.clone(),
        EntryField::District => entry.district.as_ref().map_or_else(String::new, |d| {
            places
                .district_name(d)
                .map_or_else(|| i18n.t(Key::DistrictUnknown).to_string(), str::to_string)
        }),
        EntryField::Address => entry.address.clone(),
        EntryField::HowToReach => entry.how_to_reach.clone(),
        EntryField::OpeningTimes => entry.opening_times.clone(),
        EntryField::ContactPerson => entry.contact_person.clone(),
        EntryField::LifeDomains => entry
            .life_domains
            .iter()
            .map(|d| i18n.t(life_domain_label(*d)).to_string())
            .collect::<Vec<_>>()
            .join(", "),
        EntryField::CostsMoney => known(entry.costs_money),
        EntryField::StepFree => known(entry.step_free),
        EntryField::EasyLanguage => known(entry.easy_language),
        EntryField::Languages => entry.languages.clone(),
        EntryField::CheckedOn => entry.checked_on.map(|d| d.german()).unwrap_or_default(),
    }
}
