// The last inline script of index.html's body, after the pre-rendered pages' templates
// (scripts/post-build.mjs puts them there). Before the first paint, on a first visit
// (starter.js), the pre-rendered page of this address takes the place of the empty body;
// lotse-prerendered tells the app, which builds its first screen hidden and then replaces it.
// With a start page kept by the service worker on screen, the app is fetched now.
// The build wraps it in a function: its names stay its own, but for self.lotseKeepPage.
// Build-time values, defined by scripts/post-build.mjs:
/* global LOTSE_BUILD_STAMP */

/**
 * The page's half of the kept start page (the service worker's half: sw.js, keepStartPage).
 * With `keep`, sends the page on screen to the service worker; without, tells it to forget the
 * kept page. Returns whether it sent anything: not while a message or an alert is shown, or the
 * app is still taking over. The message and when a kept page is dropped: see
 * src/kept_start_page.rs.
 */
self.lotseKeepPage = (keep) => {
  const html = document.documentElement;
  const classes = html.classList;
  const body = document.body;
  const page = !keep
    ? ""
    : classes.contains("lotse-building") || body.querySelector(".lotse-alert,.lotse-prerender")
      ? null
      : "\n" +
        [
          LOTSE_BUILD_STAMP,
          html.lang,
          html.dataset.locale,
          // The display settings' classes (src/display.rs).
          ["lotse-large-text", "lotse-high-contrast"].filter((name) => classes.contains(name)).join(" "),
          [...body.children]
            .filter((element) => !/^(SCRIPT|NOSCRIPT|TEMPLATE)$/.test(element.tagName))
            .map((element) => element.outerHTML)
            .join(""),
        ].join("\n");
  if (page != null) navigator.serviceWorker?.ready.then((registration) => registration.active.postMessage("lotse:start-page" + page));
  return page != null;
};

const classes = document.documentElement.classList;
if (classes.contains("lotse-first-visit")) {
  for (const template of document.querySelectorAll("template.lotse-prerender")) {
    if (template.dataset.path == location.pathname) {
      template.replaceWith(template.content);
      classes.add("lotse-prerendered");
    }
  }
} else if (classes.contains("lotse-prerendered")) lotseFetchApp();
