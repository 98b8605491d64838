//! The clock and the scheduling of work: now and today, dates for people, waiting for a task,
//! a frame or idle time.

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
pub async fn after_next_frame() {
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
