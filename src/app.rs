//! The app: context providers, and which page each route shows.

use crate::components::{AppHeader, LocationMemory};
use crate::i18n::provide_i18n;
use crate::pages::{CaseLayout, CaseListPage, NewCasePage, NotFoundPage};
use crate::router::provide_navigator;
use crate::routes::Route;
use crate::session::CaseSession;
use crate::{browser, flash::Flash};
use leptos::ev;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    let navigator = provide_navigator();
    let session = CaseSession::new();
    provide_context(session);
    provide_context(Flash::new());

    // A pending save is written the moment the page is hidden or closed: a closed tab or a
    // switched app must not cost the last keystrokes.
    let on_pagehide = window_event_listener(ev::pagehide, move |_| session.flush());
    let on_hidden = window_event_listener(ev::visibilitychange, move |_| {
        if browser::page_is_hidden() {
            session.flush();
        }
    });
    on_cleanup(move || {
        on_pagehide.remove();
        on_hidden.remove();
    });

    let route = Memo::new(move |_| navigator.route());
    view! {
        <AppHeader/>
        <main id="main" class="lotse-main" tabindex="-1">
            {move || match route.get() {
                Route::CaseList => view! { <CaseListPage/> }.into_any(),
                Route::NewCase => view! { <NewCasePage/> }.into_any(),
                Route::Case(id, page) => view! { <CaseLayout id=id page=page/> }.into_any(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
            }}
        </main>
        <LocationMemory/>
    }
}
