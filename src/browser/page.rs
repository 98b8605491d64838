//! The document and the window: title, visibility, reload, ids, downloads and fetches of the
//! app's own files.

use super::document;
use super::time::now;
use wasm_bindgen::JsCast;

/// A new random identifier (a UUID where the browser offers one).
pub fn new_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| {
            let random = (js_sys::Math::random() * 1e15) as u64;
            format!("{:x}-{:x}", now(), random)
        })
}

/// Sets the document title (WCAG 2.4.2: every page says what it is).
pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Whether the page is being hidden (tab switched, app closed).
pub fn page_is_hidden() -> bool {
    document().is_some_and(|d| d.hidden())
}

/// The browser refused to create a download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DownloadFailed;

/// Offers `text` as a file download, entirely on the device.
pub fn download_text(file_name: &str, text: &str) -> Result<(), DownloadFailed> {
    download_file(file_name, text, "application/json")
}

/// Offers `text` as a file of the media type `mime` to save.
pub fn download_file(file_name: &str, text: &str, mime: &str) -> Result<(), DownloadFailed> {
    let document = document().ok_or(DownloadFailed)?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| DownloadFailed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| DownloadFailed)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| DownloadFailed)?
        .dyn_into()
        .map_err(|_| DownloadFailed)?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Loads the app anew (after another tab changed the whole device).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Fetches a file of this app as text; `None` when the network or the server says no.
pub async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?;
    text.as_string()
}
