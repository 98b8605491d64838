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
    let field = StoredValue::new(format!("resource-{}-catalogue-name", id.0));
    let take_button = StoredValue::new(format!("resource-{}-catalogue-take", id.0));
    let unlink_button = StoredValue::new(format!("resource-{}-catalogue-unlink", id.0));
    let use_button = StoredValue::new(format!("resource-{}-catalogue-use", id.0));
    let busy = RwSignal::new(false);
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
        // A second tap while the entry is being stored would store it twice.
        if typed.is_empty() || busy.get_untracked() {
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
                focus_after_render(&use_button.get_value());
                return;
            }
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let saved = save_entry(&entry).await;
            busy.set(false);
            match saved {
                Ok(()) => {
                    link(Some(entry.id.clone()));
                    taking.set(false);
                    alike.set(None);
                    failed.set(None);
                    neighbourhood.reload();
                    focus_after_render(&unlink_button.get_value());
                }
                Err(error) => failed.set(Some(error)),
            }
        });
    };
    // How many entries match, said by a live region that stays in place.
    let suggested = move || {
        if linked.get().is_some() {
            return String::new();
        }
        let district = session.with(|c| c.district.clone()).flatten();
        let count = neighbourhood
            .catalogue
            .with(|c| {
                c.as_ref().map(|c| {
                    suggestions(&c.entries, &text.get(), district.as_ref(), SUGGESTED).len()
                })
            })
            .unwrap_or(0);
        if count == 0 {
            String::new()
        } else {
            i18n.count(
                count,
                Key::CatalogueSuggestedOne,
                Key::CatalogueSuggestedOther,
            )
        }
    };
    view! {
        <div class="lotse-catalogue-link">
            <p class="lotse-visually-hidden" role="status">{suggested}</p>
            {move || failed.get().map(|error| view! { <StorageErrorNotice error=error/> })}
            {move || match linked.get() {
                Some(entry_id) => {
                    // `None` while the catalogue is read; `Some(None)` once it is, without it.
                    let entry = neighbourhood.catalogue.with(|c| c.as_ref().map(|c| c.entry(&entry_id).cloned()));
                    view! {
                        {match entry {
                            None => ().into_any(),
                            Some(Some(entry)) => view! {
                                <p class="lotse-catalogue-link__entry">
                                    {tr(Key::CatalogueLinked)}" "
                                    <a class="lotse-link" href=sozialraum_path(&SozialraumPage::Entry(entry.id.clone()))>{entry.name.clone()}</a>
                                </p>
                                {details(&entry).map(|d| view! { <p class="lotse-hint">{d}</p> })}
                            }.into_any(),
                            Some(None) => view! { <p class="lotse-hint">{tr(Key::CatalogueLinkGone)}</p> }.into_any(),
                        }}
                        <button type="button" id=unlink_button.get_value() class="lotse-button lotse-button--secondary" on:click=move |_| {
                            link(None);
                            focus_after_render(&take_button.get_value());
                        }>
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
                                                on:click=move |_| {
                                                    link(Some(entry.id.clone()));
                                                    focus_after_render(&unlink_button.get_value());
                                                }>{label}</button></li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </div>
                        })}
                    }.into_any()
                }
            }}
            {
                move || {
                    if linked.get().is_some() {
                        return ().into_any();
                    }
                    if !taking.get() {
                        return view! {
                            <button type="button" id=take_button.get_value() class="lotse-button lotse-button--secondary"
                                on:click=move |_| {
                                    name.set(text.get_untracked().lines().next().unwrap_or("").trim().to_string());
                                    taking.set(true);
                                    focus_after_render(&field.get_value());
                                }>
                                {tr(Key::CatalogueTake)}
                            </button>
                        }.into_any();
                    }
                    view! {
                        <div class="lotse-catalogue-link__take">
                            <div class="lotse-form-group">
                                <label class="lotse-label" for=field.get_value()>{tr(Key::CatalogueTakeName)}</label>
                                <p class="lotse-hint" id=field.with_value(|f| format!("{f}-hint"))>{tr(Key::CatalogueNoClientData)}</p>
                                <input class="lotse-input" id=field.get_value() type="text" autocomplete="off"
                                    aria-describedby=field.with_value(|f| format!("{f}-hint"))
                                    prop:value=move || name.get()
                                    on:input=move |ev| { name.set(event_target_value(&ev)); alike.set(None); }/>
                            </div>
                            {move || match alike.get() {
                                Some(other) => {
                                    let other_id = other.id.clone();
                                    view! {
                                        <p role="alert">{i18n.tf(Key::CatalogueAlreadyThere, &[("name", &other.name)])}</p>
                                        <div class="lotse-button-group">
                                            <button type="button" id=use_button.get_value() class="lotse-button" on:click=move |_| {
                                                link(Some(other_id.clone()));
                                                taking.set(false);
                                                alike.set(None);
                                                focus_after_render(&unlink_button.get_value());
                                            }>{tr(Key::CatalogueUseExisting)}</button>
                                            <button type="button" class="lotse-button lotse-button--secondary"
                                                on:click=move |_| take(true)>{tr(Key::CatalogueTakeAnyway)}</button>
                                        </div>
                                    }.into_any()
                                }
                                None => {
                                    view! {
                                        <div class="lotse-button-group">
                                            <button type="button" class="lotse-button" on:click=move |_| take(false)>
                                                {tr(Key::CatalogueTakeConfirm)}
                                            </button>
                                            <button type="button" class="lotse-button lotse-button--secondary" on:click=move |_| {
                                                taking.set(false);
                                                focus_after_render(&take_button.get_value());
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
