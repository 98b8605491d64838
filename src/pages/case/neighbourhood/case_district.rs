use super::use_neighbourhood;
use crate::components::{district_of, district_options, OptionSelect, StorageErrorNotice};
use crate::i18n::{use_i18n, Key};
use crate::session::use_session;
use leptos::prelude::*;

/// The case's district, chosen from the device's list: the report groups cases by it, and
/// the catalogue suggests its entries first.
#[component]
pub fn CaseDistrict() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let neighbourhood = use_neighbourhood();
    move || {
        let neighbourhood = neighbourhood?;
        if let Some(error) = neighbourhood.failed.get() {
            return Some(view! { <StorageErrorNotice error=error/> }.into_any());
        }
        let places = neighbourhood.places.get()?;
        let kept = session.with_untracked(|c| c.district.clone()).flatten();
        let options = district_options(&places, kept.as_ref(), i18n, Key::DistrictNone);
        let chosen = kept.map(|d| d.0).unwrap_or_default();
        Some(view! {
            <OptionSelect id="case-district" label=Key::CaseDistrictLabel hint=Key::CaseDistrictHint
                options=options selected=chosen
                on_change=move |value| session.edit(|case| case.district = district_of(&value))/>
        }.into_any())
    }
}
