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
        lotse::router::forget_unreadable_location().await;
        lotse::first_screen::mount(lotse::App).await;
    });
}
