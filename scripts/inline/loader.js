// Loads and starts the app, as Trunk's own loader does, and sends the same event when it has
// started (the benchmark listens for it). A module script, after starter.js, for its top-level
// await.
// Build-time values, defined by scripts/post-build.mjs:
/* global LOTSE_GLUE, LOTSE_MAIN_WASM */

if (document.documentElement.classList.contains("lotse-first-visit")) {
  // The pre-rendered page is painted before the app's code is fetched (starter.js says why):
  // at its first contentful paint, or after a second, as a tab opened in the background paints
  // nothing.
  await new Promise((resolve) => {
    try {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName("first-contentful-paint").length) {
          observer.disconnect();
          resolve();
        }
      }).observe({ type: "paint", buffered: true });
    } catch {}
    setTimeout(resolve, 1000);
  });
  lotseFetchApp();
}

const { default: init } = await import(LOTSE_GLUE);
// A server that does not send wasm as application/wasm cannot stream it: the glue then fetches
// the module its own way.
let wasmModule = LOTSE_MAIN_WASM;
try {
  wasmModule = await WebAssembly.compileStreaming(fetch(wasmModule));
} catch {}
// Started in a task of its own: the end of the compilation and the app's first steps in one
// task were a long task, which Lighthouse counts as blocking.
await new Promise((resolve) => setTimeout(resolve));
const wasm = await init({ module_or_path: wasmModule });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
