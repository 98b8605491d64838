//! What the browser says about this site's storage (usage, quota, persistence), for the data
//! page; the records themselves are [`crate::storage`]'s.

use wasm_bindgen::JsCast;

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
