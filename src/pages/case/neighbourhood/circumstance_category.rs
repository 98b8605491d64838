use super::use_neighbourhood;
use crate::components::{category_options, OptionSelect};
use crate::domain::sozialraum::CategoryId;
use crate::domain::{Circumstance, CircumstanceId};
use crate::i18n::{use_i18n, Key};
use crate::session::use_session;
use leptos::prelude::*;

/// The category of a circumstance (childcare, housing…), from the device's list: the
/// Sozialraum report counts circumstances by it.
#[component]
pub fn CircumstanceCategory(id: CircumstanceId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let neighbourhood = use_neighbourhood();
    let select_id = format!("circumstance-{}-category", id.0);
    let id = StoredValue::new(id);
    move || {
        let places = neighbourhood.and_then(|n| n.places.get())?;
        let chosen = session
            .with_untracked(|c| {
                id.with_value(|id| c.circumstances.iter().find(|x| &x.id == id))
                    .and_then(|x| x.category.clone())
            })
            .flatten();
        Some(view! {
            <OptionSelect id=select_id.clone() label=Key::CircumstanceCategoryLabel
                options=category_options(&places, chosen.as_ref(), i18n)
                selected=chosen.map(|c| c.0).unwrap_or_default()
                on_change=move |value: String| session.edit(|case| {
                    if let Some(circumstance) = id.with_value(|id| case.element_mut::<Circumstance>(id)) {
                        circumstance.category = (!value.is_empty()).then_some(CategoryId(value));
                    }
                })/>
        })
    }
}
