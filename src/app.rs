//! The app: context providers, and which page each route shows.

use crate::client_mode::provide_client_mode;
use crate::components::{AppFooter, AppHeader, Reading, UpdateBanner};
use crate::display::provide_display;
use crate::first_screen::FirstScreen;
use crate::flash::Flash;
use crate::i18n::provide_i18n;
use crate::lock::provide_device_lock;
use crate::pages::{
    lazy_client_mode_exit, lazy_page, lazy_sync_badge, lazy_unlock_page, CaseListPage, NewCasePage,
    NotFoundPage,
};
use crate::router::provide_navigator;
use crate::routes::{DataPage, Route};
use crate::session::provide_session;
use crate::updates::provide_updates;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let first_screen = FirstScreen::build();
    let i18n = provide_i18n();
    let display = provide_display();
    let client_mode = provide_client_mode(i18n, display);
    let navigator = provide_navigator();
    let session = provide_session();
    provide_updates(session);
    provide_context(Flash::new());
    provide_context(Reading(RwSignal::new(None)));
    let lock = provide_device_lock(session);
    let route = client_mode.shown_route(navigator);
    let FirstScreen {
        frame,
        header,
        toolbar,
        page,
    } = first_screen;
    view! {
        {move || frame.get().then(|| view! {
            {move || header.get().then(|| view! {
                <AppHeader toolbar=toolbar client_mode_exit=lazy_client_mode_exit sync_badge=lazy_sync_badge/>
            })}
            <main id="main" class="lotse-main" tabindex="-1">
                {move || header.get().then(|| view! { <UpdateBanner/> })}
                // A page is built anew when the client mode starts or ends (it shows or hides
                // the caseworker's parts) and when another tab replaced the open case.
                {move || page.get().then(|| match (client_mode.is_on(), session.generation(), lock.is_locked(), route.get()) {
                    // A locked device shows only what holds no case: deleting everything (for
                    // a forgotten passphrase) and the statement, reachable from every screen.
                    (_, _, true, route) if !matches!(route, Route::Data(DataPage::DeleteAll) | Route::Accessibility) => lazy_unlock_page(),
                    (.., route) => match route {
                    Route::CaseElement => {
                        view! { <CaseListPage/> }.into_any()
                    }
                    Route::NewCase => view! { <NewCasePage/> }.into_any(),
                    Route::NotFound => view! { <NotFoundPage/> }.into_any(),
                    later => lazy_page(later),
                    },
                })}
            </main>
            {move || header.get().then(|| view! { <AppFooter/> })}
        })}
    }
}
