//! Small wrappers around browser APIs the pages need (clock, ids, focus, titles, downloads).
//! Each returns a fallback instead of panicking when the browser says no.

use crate::domain::{IsoDate, Timestamp};
use wasm_bindgen::JsCast;

/// Milliseconds since the Unix epoch.
pub fn now() -> Timestamp {
    js_sys::Date::now() as Timestamp
}

/// Today's date on this device's clock and time zone.
pub fn today() -> IsoDate {
    let date = js_sys::Date::new_0();
    IsoDate::new(
        date.get_full_year() as u16,
        date.get_month() as u8 + 1,
        date.get_date() as u8,
    )
    .unwrap_or_else(|| IsoDate::from_days_since_epoch((now() / 86_400_000) as i64))
}

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

/// Date and time of a timestamp, formatted for the given BCP 47 language tag.
pub fn format_timestamp(timestamp: Timestamp, language: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(timestamp as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(language, &options).into()
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_element(id: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Moves focus to the first element matching a CSS selector, if any.
pub fn focus_selector(selector: &str) {
    if let Some(Ok(Some(element))) = document().map(|d| d.query_selector(selector)) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
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
    let document = document().ok_or(DownloadFailed)?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
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

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}
