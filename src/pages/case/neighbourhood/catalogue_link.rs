use super::use_neighbourhood;
use crate::browser;
use crate::components::StorageErrorNotice;
use crate::domain::sozialraum::{suggestions, CatalogueEntry, CatalogueId};
use crate::domain::{Case, ResourceId};
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::routes::{sozialraum_path, SozialraumPage};
use crate::session::use_session;
use crate::storage::sozialraum::save_entry;
use crate::storage::StorageError;
use leptos::prelude::*;

/// How many suggestions are offered at once.
const SUGGESTED: usize = 5;

/// A neighbourhood resource's link to the catalogue: the entry it is linked to (its details
/// as the catalogue has them now), or the entries that match what is typed, and taking it
/// into the catalogue. Its own text stays the case's note.
#[component]
pub fn CatalogueLink(
    /// The resource.
    id: ResourceId,
    /// Its text as typed.
    text: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let Some(neighbourhood) = use_neighbourhood() else {
        return ().into_any();
    };
    let taking = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let alike = RwSignal::new(None::<CatalogueEntry>);
    let failed = RwSignal::new(None::<StorageError>);
    let field = format!("resource-{}-catalogue-name", id.0);
    let take_button = format!("resource-{}-catalogue-take", id.0);
    let id = StoredValue::new(id);
    let linked = Memo::new(move |_| {
        session
            .with(|c| {
                id.with_value(|id| c.resources.iter().find(|r| &r.id == id))
                    .and_then(|r| r.catalogue.clone())
            })
            .flatten()
    });
    let link = move |entry: Option<CatalogueId>| {
        session.edit(move |case| {
            let id = id.get_value();
            if let Some(resource) = case.resources.iter_mut().find(|r| r.id == id) {
                resource.catalogue = entry;
            }
        });
    };
    let take = move |anyway: bool| {
        let typed = name.get_untracked().trim().to_string();
        if typed.is_empty() {
            return;
        }
        let resource = id.get_value();
        let Some(entry) = session.with_untracked(|case| new_entry(case, &resource, typed)) else {
            return;
        };
        if !anyway {
            let found = neighbourhood.catalogue.with_untracked(|c| {
                c.as_ref()
                    .and_then(|c| c.entries.iter().find(|e| entry.looks_like(e)).cloned())
            });
            if found.is_some() {
                alike.set(found);
                return;
            }
        }
        leptos::task::spawn_local(async move {
            match save_entry(&entry).await {
                Ok(()) => {
                    link(Some(entry.id.clone()));
                    taking.set(false);
                    alike.set(None);
                    failed.set(None);
                    neighbourhood.reload();
                }
                Err(error) => failed.set(Some(error)),
            }
        });
    };
    view! {
        <div class="lotse-catalogue-link">
            {move || failed.get().map(|error| view! { <StorageErrorNotice error=error/> })}
            {move || match linked.get() {
                Some(entry_id) => {
                    let entry = neighbourhood.catalogue.with(|c| c.as_ref().and_then(|c| c.entry(&entry_id).cloned()));
                    view! {
                        {match entry {
                            Some(entry) => view! {
                                <p class="lotse-catalogue-link__entry">
                                    {tr(Key::CatalogueLinked)}" "
                                    <a class="lotse-link" href=sozialraum_path(&SozialraumPage::Entry(entry.id.clone()))>{entry.name.clone()}</a>
                                </p>
                                {details(&entry).map(|d| view! { <p class="lotse-hint">{d}</p> })}
                            }.into_any(),
                            None => view! { <p class="lotse-hint">{tr(Key::CatalogueLinkGone)}</p> }.into_any(),
                        }}
                        <button type="button" class="lotse-button lotse-button--secondary" on:click=move |_| link(None)>
                            {tr(Key::CatalogueUnlink)}
                        </button>
                    }.into_any()
                }
                None => {
                    let district = session.with(|c| c.district.clone()).flatten();
                    let found: Vec<CatalogueEntry> = neighbourhood.catalogue.with(|c| {
                        c.as_ref().map(|c| {
                            suggestions(&c.entries, &text.get(), district.as_ref(), SUGGESTED)
                                .into_iter().cloned().collect()
                        })
                    }).unwrap_or_default();
                    view! {
                        {(!found.is_empty()).then(|| view! {
                            <div class="lotse-catalogue-link__suggestions" role="group" aria-label=i18n.t(Key::CatalogueSuggestions)>
                                <p class="lotse-hint">{tr(Key::CatalogueSuggestions)}</p>
                                <ul class="lotse-plain-list">
                                    {found.into_iter().map(|entry| {
                                        let label = i18n.tf(Key::CatalogueLinkTo, &[("name", &entry.name)]);
                                        view! {
                                            <li><button type="button" class="lotse-button lotse-button--secondary"
                                                on:click=move |_| link(Some(entry.id.clone()))>{label}</button></li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </div>
                        })}
                    }.into_any()
                }
            }}
            {
                let (field, take_button) = (field.clone(), take_button.clone());
                move || {
                    if linked.get().is_some() {
                        return ().into_any();
                    }
                    if !taking.get() {
                        let field = field.clone();
                        return view! {
                            <button type="button" id=take_button.clone() class="lotse-button lotse-button--secondary"
                                on:click=move |_| {
                                    name.set(text.get_untracked().lines().next().unwrap_or("").trim().to_string());
                                    taking.set(true);
                                    focus_after_render(&field);
                                }>
                                {tr(Key::CatalogueTake)}
                            </button>
                        }.into_any();
                    }
                                        let take_button = take_button.clone();
                    view! {
                        <div class="lotse-catalogue-link__take">
                            <div class="lotse-form-group">
                                <label class="lotse-label" for=field.clone()>{tr(Key::CatalogueTakeName)}</label>
                                <p class="lotse-hint" id=format!("{field}-hint")>{tr(Key::CatalogueNoClientData)}</p>
                                <input class="lotse-input" id=field.clone() type="text" autocomplete="off"
                                    aria-describedby=format!("{field}-hint")
                                    prop:value=move || name.get()
                                    on:input=move |ev| { name.set(event_target_value(&ev)); alike.set(None); }/>
                            </div>
                            {move || match alike.get() {
                                Some(other) => {
                                                                        let other_id = other.id.clone();
                                    view! {
                                        <p role="alert">{i18n.tf(Key::CatalogueAlreadyThere, &[("name", &other.name)])}</p>
                                        <div class="lotse-button-group">
                                            <button type="button" class="lotse-button" on:click=move |_| {
                                                link(Some(other_id.clone()));
                                                taking.set(false);
                                                alike.set(None);
                                            }>{tr(Key::CatalogueUseExisting)}</button>
                                            <button type="button" class="lotse-button lotse-button--secondary"
                                                on:click=move |_| take(true)>{tr(Key::CatalogueTakeAnyway)}</button>
                                        </div>
                                    }.into_any()
                                }
                                None => {
                                                                        let take_button = take_button.clone();
                                    view! {
                                        <div class="lotse-button-group">
                                            <button type="button" class="lotse-button" on:click=move |_| take(false)>
                                                {tr(Key::CatalogueTakeConfirm)}
                                            </button>
                                            <button type="button" class="lotse-button lotse-button--secondary" on:click=move |_| {
                                                taking.set(false);
                                                focus_after_render(&take_button);
                                            }>{tr(Key::Cancel)}</button>
                                        </div>
                                    }.into_any()
                                }
                            }}
                        </div>
                    }.into_any()
                }
            }
        </div>
    }
    .into_any()
}

/// A new catalogue entry named `name`, in the case's district, serving the life domains of
/// the goals the resource helps.
fn new_entry(case: &Case, resource: &ResourceId, name: String) -> CatalogueEntry {
    let mut entry = CatalogueEntry::new(
        CatalogueId(browser::new_id()),
        name,
        case.district.clone(),
        browser::now(),
    );
    let goals = case
        .resources
        .iter()
        .find(|r| &r.id == resource)
        .map(|r| r.goals.clone())
        .unwrap_or_default();
    for goal in case.goals.iter().filter(|g| goals.contains(&g.id)) {
        for domain in &goal.life_domains {
            if !entry.life_domains.contains(domain) {
                entry.life_domains.push(*domain);
            }
        }
    }
    entry.life_domains.sort();
    entry
}

/// Where the entry is and when it is open, as one line.
fn details(entry: &CatalogueEntry) -> Option<String> {
    let parts: Vec<&str> = [&entry.address, &entry.opening_times]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}
