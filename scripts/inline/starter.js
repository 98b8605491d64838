// The first inline script of index.html's body (scripts/post-build.mjs puts it there, after the
// start page the service worker may have kept and before anything else). It decides when the
// app is fetched:
// - a start page kept by the service worker (`<html>` has lotse-prerendered) reads nothing from
//   localStorage, as a first read after a restart of the browser loads every record; show.js
//   fetches the app once the templates are parsed too, so these fetches do not hold up the page;
// - a first visit (nothing of Lotse stored: German, no case, no setting) to a pre-rendered
//   address shows that page (show.js), and loader.js fetches the app once it is painted, so on a
//   slow connection the app's code does not hold up the first paint;
// - any other visit fetches the glue and the main module at once, in parallel.
// The build wraps it in a function: its names stay its own, but for self.lotseFetchApp.
// Build-time values, defined by scripts/post-build.mjs:
/* global LOTSE_GLUE, LOTSE_MAIN_WASM, LOTSE_PRERENDERED_PATHS */

/** Starts fetching the app's code: the JS glue and the main wasm module, in parallel. */
self.lotseFetchApp = () => {
  for (const [rel, href, as] of [
    ["modulepreload", LOTSE_GLUE],
    ["preload", LOTSE_MAIN_WASM, "fetch"],
  ]) {
    const link = document.createElement("link");
    link.rel = rel;
    link.href = href;
    if (as) {
      // As the loader fetches it (WebAssembly.compileStreaming), or the preload is not used.
      link.as = as;
      link.type = "application/wasm";
      link.crossOrigin = "";
    }
    document.head.append(link);
  }
};

const classes = document.documentElement.classList;
let firstVisit = false;
if (!classes.contains("lotse-prerendered") && LOTSE_PRERENDERED_PATHS.includes(location.pathname)) {
  try {
    firstVisit = !Object.keys(localStorage).some((key) => key.startsWith("lotse:"));
  } catch {
    // Storage that cannot be read holds nothing of Lotse for this page either.
    firstVisit = true;
  }
}
if (firstVisit) classes.add("lotse-first-visit");
else if (!classes.contains("lotse-prerendered")) lotseFetchApp();
