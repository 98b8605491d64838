//! The device's lists: the districts cases and entries are grouped by, and the categories a
//! circumstance can be given.

use super::{use_read, Read};
use crate::browser;
use crate::components::{category_name, StorageErrorNotice};
use crate::domain::sozialraum::{CategoryId, DistrictId, NameError, Places, BUILT_IN_CATEGORIES};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::routes::CATALOGUE;
use crate::storage::sozialraum::{load_places, save_places};
use crate::storage::StorageError;
use leptos::prelude::*;

/// The lists' page.
#[component]
pub fn PlacesPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t(Key::PlacesTitle).to_string());
    let read = use_read();
    view! {
        <div class="lotse-page lotse-page--narrow">
            <a href=CATALOGUE class="lotse-back-link">{tr(Key::BackToCatalogue)}</a>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::PlacesTitle)}</h1>
            {move || read.get().map(|read| match read {
                Ok(Read { places: Ok(places), .. }) => view! { <Lists places=places/> }.into_any(),
                Ok(_) => view! {
                    <div class="lotse-alert lotse-alert--warning" role="alert">
                        <p class="lotse-alert__body">{tr(Key::PlacesUnreadable)}</p>
                    </div>
                }.into_any(),
                Err(error) => view! { <StorageErrorNotice error=error/> }.into_any(),
            })}
        </div>
    }
}

/// One change of the lists, as the user made it.
type Edit = Box<dyn Fn(&mut Places) -> Result<(), NameError> + Send + Sync>;

/// Both lists, each stored as soon as it changes.
#[component]
fn Lists(places: Places) -> impl IntoView {
    let i18n = use_i18n();
    let places = RwSignal::new(places);
    let failed = RwSignal::new(None::<StorageError>);
    let status = RwSignal::new(None::<String>);
    // Changes are shown at once and stored one after the other, each applied to the lists
    // as stored just before (another device of the team may have added to them meanwhile),
    // so a quick second change never overtakes or undoes the first, nor a change the
    // other device's.
    let waiting = StoredValue::new(Vec::<(Edit, String)>::new());
    let writing = StoredValue::new(false);
    let store = move |edit: Edit, said: String| -> Result<(), NameError> {
        let mut changed = places.get_untracked();
        edit(&mut changed)?;
        places.set(changed);
        waiting.update_value(|w| w.push((edit, said)));
        if writing.get_value() {
            return Ok(());
        }
        writing.set_value(true);
        leptos::task::spawn_local(async move {
            loop {
                let edits = waiting.try_update_value(std::mem::take).unwrap_or_default();
                if edits.is_empty() {
                    break;
                }
                let mut next = load_places()
                    .await
                    .unwrap_or_else(|_| places.get_untracked());
                for (edit, _) in &edits {
                    // Already there under that name (another device added it): nothing to do.
                    let _ = edit(&mut next);
                }
                match save_places(&next).await {
                    Ok(()) => {
                        failed.set(None);
                        status.set(edits.last().map(|(_, said)| said.clone()));
                        places.set(next);
                    }
                    Err(error) => failed.set(Some(error)),
                }
            }
            writing.set_value(false);
        });
        Ok(())
    };
    let add_district = move |name: String| -> Result<(), NameError> {
        let id = DistrictId(browser::new_id());
        let said = i18n.tf(Key::PlacesAdded, &[("name", name.trim())]);
        store(Box::new(move |p| p.add_district(id.clone(), &name)), said)
    };
    let add_category = move |name: String| -> Result<(), NameError> {
        let taken = BUILT_IN_CATEGORIES.iter().any(|id| {
            let built_in =
                places.with_untracked(|p| category_name(p, &CategoryId(id.to_string()), i18n));
            crate::domain::sozialraum::comparable(&built_in)
                == crate::domain::sozialraum::comparable(&name)
        });
        if taken {
            return Err(NameError::Taken);
        }
        let id = CategoryId(browser::new_id());
        let said = i18n.tf(Key::PlacesAdded, &[("name", name.trim())]);
        store(Box::new(move |p| p.add_category(id.clone(), &name)), said)
    };
    let toggle = move |id: CategoryId, offer: bool| {
        let name = places.with_untracked(|p| category_name(p, &id, i18n));
        let key = if offer {
            Key::PlacesOffered
        } else {
            Key::PlacesNotOffered
        };
        let edit: Edit = Box::new(move |p| {
            if offer {
                p.show_category(&id);
            } else {
                p.hide_category(&id);
            }
            Ok(())
        });
        let _ = store(edit, i18n.tf(key, &[("name", &name)]));
    };
    view! {
        <p class="lotse-status" role="status">{move || status.get()}</p>
        {move || failed.get().map(|error| view! { <StorageErrorNotice error=error/> })}
        <section class="lotse-section" aria-labelledby="districts-title">
            <h2 id="districts-title" class="lotse-heading-l">{tr(Key::DistrictsTitle)}</h2>
            <p>{tr(Key::DistrictsIntro)}</p>
            {move || places.with(|p| if p.districts.is_empty() {
                view! { <p class="lotse-hint">{tr(Key::DistrictsNone)}</p> }.into_any()
            } else {
                view! {
                    <ul class="lotse-places" aria-labelledby="districts-title">
                        {p.districts.iter().map(|d| {
                            let id = d.id.clone();
                            let rename = move |name: String| -> Result<(), NameError> {
                                let (id, said) = (id.clone(), i18n.tf(Key::PlacesRenamed, &[("name", name.trim())]));
                                store(Box::new(move |p| p.rename_district(&id, &name)), said)
                            };
                            view! { <DistrictRow id=d.id.0.clone() name=d.name.clone() on_rename=rename/> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
            <AddName id="district-name" label=Key::DistrictAdd on_add=add_district/>
        </section>
        <section class="lotse-section" aria-labelledby="categories-title">
            <h2 id="categories-title" class="lotse-heading-l">{tr(Key::CategoriesTitle)}</h2>
            <p>{tr(Key::CategoriesIntro)}</p>
            {move || {
                let (offered, hidden) = places.with(|p| {
                    let hidden: Vec<CategoryId> = p.hidden_categories.clone();
                    (p.categories(), hidden)
                });
                let row = move |id: CategoryId, offer: bool| {
                    let name = places.with_untracked(|p| category_name(p, &id, i18n));
                    let label = i18n.tf(if offer { Key::CategoryOffer } else { Key::CategoryHide }, &[("name", &name)]);
                    view! {
                        <li class="lotse-places__row">
                            <span>{name}</span>
                            <button type="button" id=toggle_id(&id) class="lotse-button lotse-button--secondary"
                                on:click=move |_| toggle(id.clone(), offer)>{label}</button>
                        </li>
                    }
                };
                view! {
                    <ul class="lotse-places" aria-labelledby="categories-title">
                        {offered.into_iter().map(|id| row(id, false)).collect_view()}
                    </ul>
                    {(!hidden.is_empty()).then(|| view! {
                        <h3 id="categories-hidden-title" class="lotse-heading-s">{tr(Key::CategoriesHidden)}</h3>
                        <ul class="lotse-places" aria-labelledby="categories-hidden-title">
                            {hidden.into_iter().map(|id| row(id, true)).collect_view()}
                        </ul>
                    })}
                }
            }}
            <AddName id="category-name" label=Key::CategoryAdd on_add=add_category/>
        </section>
    }
}

/// A district on the list, renamed in place: its cases and entries keep it.
#[component]
fn DistrictRow(
    id: String,
    name: String,
    on_rename: impl Fn(String) -> Result<(), NameError> + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let editing = RwSignal::new(false);
    let field = format!("district-{id}-name");
    let button = format!("district-{id}-rename");
    let label = i18n.tf(Key::DistrictRename, &[("name", &name)]);
    view! {
        <li class="lotse-places__row">
            <Show when=move || editing.get()
                fallback={
                    let (name, button, field, label) = (name.clone(), button.clone(), field.clone(), label.clone());
                    move || {
                        let field = field.clone();
                        view! {
                            <span>{name.clone()}</span>
                            <button type="button" id=button.clone() class="lotse-button lotse-button--secondary"
                                on:click=move |_| {
                                    editing.set(true);
                                    crate::focus::focus_after_render(&field);
                                }>{label.clone()}</button>
                        }
                    }
                }>
                {
                    let (on_rename, button) = (on_rename.clone(), button.clone());
                    let on_add = move |typed: String| {
                        on_rename(typed)?;
                        editing.set(false);
                        crate::focus::focus_after_render(&button);
                        Ok(())
                    };
                    view! {
                        <AddName id=field.clone() label=Key::DistrictNewName initial=name.clone()
                            submit=Key::DistrictRenameSave on_add=on_add/>
                    }
                }
            </Show>
        </li>
    }
}

/// The id of a category's button that takes it off the list or offers it again.
fn toggle_id(id: &CategoryId) -> String {
    format!("category-{}-toggle", id.0)
}

/// A name to add to a list (or to rename one on it), with its error.
#[component]
fn AddName(
    #[prop(into)] id: String,
    label: Key,
    /// The name the field starts with (renaming).
    #[prop(optional)]
    initial: String,
    /// What the button says.
    #[prop(default = Key::PlacesAddButton)]
    submit: Key,
    on_add: impl Fn(String) -> Result<(), NameError> + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(initial);
    let error = RwSignal::new(None::<Key>);
    let error_id = format!("{id}-error");
    let focus_id = id.clone();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match on_add(name.get_untracked()) {
            Ok(()) => {
                error.set(None);
                name.set(String::new());
            }
            Err(problem) => {
                error.set(Some(match problem {
                    NameError::Empty => Key::PlacesNameMissing,
                    NameError::Taken => Key::PlacesNameTaken,
                }));
                // The field says what is wrong (its description), so focus goes there.
                crate::focus::focus_after_render(&focus_id);
            }
        }
    };
    let described = error_id.clone();
    view! {
        <form novalidate on:submit=send class="lotse-places__add">
            <div class="lotse-form-group" class:lotse-form-group--error=move || error.get().is_some()>
                <label class="lotse-label" for=id.clone()>{tr(label)}</label>
                {move || error.get().map(|message| view! {
                    <p class="lotse-error-message" id=error_id.clone()>
                        <span class="lotse-visually-hidden">{i18n.t(Key::ErrorPrefix)}</span>
                        {i18n.t(message)}
                    </p>
                })}
                <input class="lotse-input" id=id.clone() name=id type="text" autocomplete="off"
                    aria-describedby=move || error.get().map(|_| described.clone())
                    aria-invalid=move || error.get().map(|_| "true")
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="lotse-button lotse-button--secondary">{tr(submit)}</button>
        </form>
    }
}
