//! The save's User Timing measures, which the benchmark reads.

/// Marks one save as a User Timing measure (`lotse:save` for the part on the typing path,
/// `lotse:save-commit` for the write to IndexedDB, from the queue to the commit), so
/// benchmarks can read what a save costs without timing the app from outside.
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
