fn main() {
    console_error_panic_hook::set_once();
    lotse::storage::check_kept_start_page();
    // The language chosen on this device is fetched first (when it is not compiled in), so
    // the first screen is already in it.
    wasm_bindgen_futures::spawn_local(async {
        lotse::i18n::load_stored_locale().await;
        if lotse::browser::prerendered_page_shown() {
            // Its links can be tapped while the app starts: starting the wasm and building the
            // first screen are separate tasks then (and the screen is built in five, see App).
            lotse::browser::prerendered_page_painted().await;
            lotse::browser::sleep(0).await;
        }
        // Shown once complete (see App), in place of the pre-rendered start page.
        lotse::browser::app_is_building(true);
        leptos::mount::mount_to_body(lotse::App);
    });
}
