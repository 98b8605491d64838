//! The team page (`/daten/team`): joining a team's server, and once joined, the state of
//! sync and turning it off. It comes with the sync code, not with the other data pages.

mod join_form;
mod messages;
mod team_status;

use crate::domain::sync::TeamSettings;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::routes::DataPage;
use crate::storage::sync as stored;
use join_form::JoinForm;
use leptos::prelude::*;
use team_status::TeamStatus;

/// Joining a team, or the team this device syncs with.
#[component]
pub fn TeamPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t(Key::TeamTitle).to_string());
    // `None` while reading; then the settings, or none.
    let settings = RwSignal::new(None::<Option<TeamSettings>>);
    leptos::task::spawn_local(async move {
        let _ = settings.try_set(Some(stored::load_settings().await.ok().flatten()));
    });
    let joined = Callback::new(move |joined: TeamSettings| {
        let _ = settings.try_set(Some(Some(joined)));
    });
    let left = Callback::new(move |()| {
        let _ = settings.try_set(Some(None));
    });

    view! {
        <div class="lotse-page lotse-page--narrow">
            <a href=DataPage::Overview.path() class="lotse-back-link">{tr(Key::DataTitle)}</a>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::TeamTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::TeamIntro)}</p>
            {move || match settings.get() {
                None => ().into_any(),
                Some(None) => view! { <JoinForm joined=joined/> }.into_any(),
                Some(Some(team)) => view! { <TeamStatus team=team left=left/> }.into_any(),
            }}
        </div>
    }
}
