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

/// Date and time of a timestamp in this device's time zone, written the way the language
/// writes it (de: "21.11.2026, 14:05"; en-GB: "21 Nov 2026, 14:05"). Built from the date's
/// parts instead of `Intl.DateTimeFormat`, whose first use costs tens of milliseconds.
pub fn format_timestamp(timestamp: Timestamp, language: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(timestamp as f64));
    let (day, month, year) = (date.get_date(), date.get_month(), date.get_full_year());
    let (hours, minutes) = (date.get_hours(), date.get_minutes());
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
    ];
    if language.starts_with("en") {
        let month = MONTHS.get(month as usize).copied().unwrap_or("");
        format!("{day} {month} {year}, {hours:02}:{minutes:02}")
    } else {
        format!("{day:02}.{:02}.{year}, {hours:02}:{minutes:02}", month + 1)
    }
}

/// Whether a page was put on screen before the app started: the pre-rendered start page or
/// new-case form on a first visit (scripts/post-build.mjs, scripts/prerender.mjs), or the
/// start page as last shown, served so by the service worker
/// ([`crate::storage::keep_start_page`]); until the app has taken its place.
pub fn prerendered_page_shown() -> bool {
    html_has_class("lotse-prerendered")
}

/// Whether the page on screen before the app started is the start page as last shown (see
/// [`prerendered_page_shown`]), not a pre-rendered page of a first visit.
pub fn kept_start_page_shown() -> bool {
    prerendered_page_shown() && !html_has_class("lotse-first-visit")
}

fn html_has_class(class: &str) -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|html| html.class_list().contains(class))
}

/// Sends the page on screen to the service worker, which keeps it for the next start at the
/// case list (`keep`), or tells it to forget the kept page (both are the script `lotseKeepPage`
/// in scripts/post-build.mjs; sw.js keeps it). Sent with the build's stamp, `lang`,
/// `data-locale` and the display classes of `<html>`, then the elements the app has put into
/// `<body>`. Whether it was handed over (the service worker gets it once one is active): not
/// while the page shows a message or an alert (out of date the next time) or is not complete
/// (still building, or a pre-rendered page still shown), and not in a build without the script.
pub fn keep_shown_page(keep: bool) -> bool {
    web_sys::window().is_some_and(|window| {
        js_sys::Reflect::get(&window, &"lotseKeepPage".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(&window, &keep.into()).ok())
            .is_some_and(|sent| sent.is_truthy())
    })
}

/// Waits until the pre-rendered page has been presented (its first contentful paint,
/// half a second at most): replaced before, it would not count as the page's content, and the
/// page would count as shown only once the wasm has arrived and run.
pub async fn prerendered_page_painted() {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    for _ in 0..30 {
        if performance
            .get_entries_by_name("first-contentful-paint")
            .length()
            > 0
        {
            return;
        }
        after_next_frame().await;
    }
}

/// While the app builds its first screen (over a few tasks), its elements stay hidden and the
/// pre-rendered page, if shown, stays (style/base.css).
pub fn app_is_building(building: bool) {
    let Some(document) = document() else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html
            .class_list()
            .toggle_with_force("lotse-building", building);
    }
    if !building {
        // The pre-rendered page shown, and the templates of all of them.
        while let Ok(Some(page)) = document.query_selector(".lotse-prerender") {
            page.remove();
        }
    }
}

/// Resolves after `ms` milliseconds, in a task of its own: `sleep(0)` ends the current task,
/// so that the work before and the work after are not one long task.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window().is_some_and(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .is_ok()
        });
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves in the first task after the next frame.
async fn after_next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let requested = web_sys::window()
            .is_some_and(|window| window.request_animation_frame(&resolve).is_ok());
        if !requested {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    sleep(0).await;
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

/// Marks one save as a User Timing measure (`lotse:save` for the write on the typing path,
/// `lotse:save-copy` for the recovery copy written in idle time), so benchmarks can read what
/// a save costs without timing the app from outside.
///
/// The start is only a timestamp and the measure is made after the end's timestamp, from the
/// two times: what the measure spans is the save, not the timing (a mark at the start cost
/// about as much as encoding the large case).
pub struct SaveTiming {
    performance: Option<web_sys::Performance>,
    name: &'static str,
    start: f64,
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `performance.measure(name, { start, end })` (web-sys has it only as unstable).
    #[wasm_bindgen(catch, js_namespace = performance, js_name = measure)]
    fn measure_between(
        name: &str,
        times: &js_sys::Object,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

impl SaveTiming {
    /// Takes the time a save starts.
    pub fn start(name: &'static str) -> Self {
        let performance = web_sys::window().and_then(|w| w.performance());
        let start = performance.as_ref().map_or(0.0, |p| p.now());
        Self {
            performance,
            name,
            start,
        }
    }

    /// Records the measure and drops it from the timeline, so nothing piles up (observers
    /// still see it).
    pub fn finish(self) {
        if let Some(p) = self.performance {
            let end = p.now();
            let times = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&times, &"start".into(), &self.start.into());
            let _ = js_sys::Reflect::set(&times, &"end".into(), &end.into());
            let _ = measure_between(self.name, &times);
            p.clear_measures_with_measure_name(self.name);
        }
    }
}

/// Runs `task` when the browser is idle (within a second at the latest); where there is no
/// `requestIdleCallback` (Safari), after a short timeout.
pub fn when_idle(task: impl FnOnce() + 'static) {
    // One copy of the code below for every caller, not one per task type.
    when_idle_boxed(Box::new(task));
}

fn when_idle_boxed(task: Box<dyn FnOnce()>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(task);
    let callback: &js_sys::Function = callback.unchecked_ref();
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(1000);
    // Where there is no requestIdleCallback, calling it throws, and that is the error here.
    if window
        .request_idle_callback_with_options(callback, &options)
        .is_err()
    {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, 200);
    }
}

/// What the browser says about this site's storage.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StorageFacts {
    /// Bytes used by this site, all storage types (if the browser says).
    pub usage: Option<f64>,
    /// Bytes this site may use (if the browser says).
    pub quota: Option<f64>,
    /// Whether the browser promised not to evict this site's data.
    pub persisted: Option<bool>,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers and insecure contexts have no navigator.storage.
    js_sys::Reflect::get(&navigator, &"storage".into())
        .ok()
        .filter(|s| !s.is_undefined())?;
    Some(navigator.storage())
}

async fn promised(
    promise: Option<Result<js_sys::Promise, wasm_bindgen::JsValue>>,
) -> Option<wasm_bindgen::JsValue> {
    let promise = promise?.ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// Asks the browser how much storage this site uses and may use, and whether it is persistent.
pub async fn storage_facts() -> StorageFacts {
    let manager = storage_manager();
    let estimate = promised(manager.as_ref().map(|m| m.estimate())).await;
    let persisted = promised(manager.as_ref().map(|m| m.persisted())).await;
    let estimate: Option<web_sys::StorageEstimate> = estimate.map(|e| e.unchecked_into());
    StorageFacts {
        usage: estimate.as_ref().and_then(|e| e.get_usage()),
        quota: estimate.as_ref().and_then(|e| e.get_quota()),
        persisted: persisted.and_then(|p| p.as_bool()),
    }
}

/// Asks the browser to keep this site's data even when space runs low; whether it agreed.
pub async fn request_persistence() -> bool {
    let manager = storage_manager();
    promised(manager.as_ref().map(|m| m.persist()))
        .await
        .and_then(|p| p.as_bool())
        .unwrap_or(false)
}

/// A byte count for people ("1,2 MB"), in the given BCP 47 language.
pub fn format_bytes(bytes: f64, language: &str) -> String {
    let (value, unit) = if bytes >= 1_000_000_000.0 {
        (bytes / 1_000_000_000.0, "GB")
    } else if bytes >= 1_000_000.0 {
        (bytes / 1_000_000.0, "MB")
    } else {
        (bytes / 1_000.0, "kB")
    };
    let rounded = (value * 10.0).round() / 10.0;
    let number = js_sys::Number::from(rounded)
        .to_locale_string(language)
        .as_string()
        .unwrap_or_else(|| format!("{rounded:.1}"));
    format!("{number} {unit}")
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
