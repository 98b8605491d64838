fn main() {
    console_error_panic_hook::set_once();
    lotse::kept_start_page::start();
    // The language chosen on this device is fetched first (when it is not compiled in), so
    // the first screen is already in it.
    wasm_bindgen_futures::spawn_local(async {
        lotse::i18n::load_stored_locale().await;
        if lotse::storage::has_leftovers() {
            lotse::pages::lazy::take_in_leftovers().await;
        }
        // A failure to start storage is said by every page that reads it.
        let _ = lotse::storage::start().await;
        // Opening the database may have upgraded it: older summaries are written again, in
        // the background (before the app is mounted, so not through Leptos's executor).
        if lotse::storage::summaries_outdated() {
            wasm_bindgen_futures::spawn_local(lotse::pages::lazy::rewrite_outdated_summaries());
        }
        lotse::router::forget_unreadable_location().await;
        lotse::first_screen::mount(lotse::App).await;
    });
}
