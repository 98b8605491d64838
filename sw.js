// Lotse's service worker: after one visit the whole app works offline, a reload on any
// route included. Each build is one cache, installed whole and used whole, so old and new
// files are never mixed; a new version waits until the user accepts it in the app.
// The build id below is stamped by scripts/post-build.mjs after each Trunk build.
const VERSION = "__LOTSE_BUILD__";
// Every file of this build but index.html and sw.js, stamped by scripts/post-build.mjs: the
// main module and the modules of the pages that load on first use.
const FILES = "__LOTSE_FILES__";
const CACHE = `lotse-${VERSION}`;
// The build's stamp (scripts/post-build.mjs), for the kept start page: see
// src/kept_start_page.rs.
const STAMP = "__LOTSE_STAMP__";

self.addEventListener("install", (event) => {
  // The start page (the installed app's start_url) comes straight from this version's cache
  // while this worker is not running: after a restart of the browser, starting it took longer
  // than showing the page. A running worker may still be changing the kept page (a setting
  // just changed, then a reload): its fetch handler waits for that. The shell is kept under "/"
  // for the route, so it never misses (a miss would go to the network, which offline is not
  // there). Browsers without static routes, or an address with a query, use the fetch handler.
  try {
    event.addRoutes?.({ condition: { urlPattern: { pathname: "/", search: "" }, requestMode: "navigate", runningStatus: "not-running" }, source: { cacheName: CACHE } }).catch(() => {});
  } catch {}
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch("/index.html", { cache: "no-store" });
      if (!response.ok) throw new Error(`index.html: ${response.status}`);
      await cache.addAll(FILES);
      await cache.put("/", response.clone());
      await cache.put("/index.html", response);
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("lotse-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The app asks the waiting version to take over once the user chose "Jetzt aktualisieren".
self.addEventListener("message", (event) => {
  if (event.data === "lotse:activate-update") self.skipWaiting();
  // A page that was still starting when this version activated asks to be served by it.
  if (event.data === "lotse:claim") event.waitUntil(self.clients.claim());
  // The start page as the app shows it now, for the next start at "/", or the plain shell
  // again (the message: see src/kept_start_page.rs).
  if (typeof event.data === "string" && event.data.startsWith(START_PAGE)) {
    keeping = keeping.then(() => keepStartPage(event.data.slice(START_PAGE.length + 1).split("\n"))).catch(() => {});
    event.waitUntil(keeping);
  }
});

// The prefix of the app's messages about the kept start page.
const START_PAGE = "lotse:start-page";
// One change of the kept start page after the other, in the order the app sent them.
let keeping = Promise.resolve();

/**
 * Puts under "/" the shell with the start page in its body, as the app showed it (the lines of
 * the message after its prefix, sent by lotseKeepPage in scripts/inline/show.js; their format
 * and when a page is kept: see src/kept_start_page.rs); otherwise the shell alone.
 * `lotse-prerendered` tells index.html's scripts and the app that a page is on screen, which the
 * app replaces once built.
 */
async function keepStartPage([stamp, lang, locale, classes, ...markup]) {
  const cache = await caches.open(CACHE);
  const shell = await cache.match("/index.html");
  if (!shell) return;
  let html = await shell.text();
  if (stamp === STAMP) {
    // The values go into attributes: nothing in them may end one.
    const value = (text) => String(text).replace(/[^\w -]/g, "");
    // The browser renders nothing until the cards are parsed to their end (`rel=expect` in the
    // head, naming an empty element after the last card: Chromium lets go at the named
    // element's start tag), so the first frame never shows the header without them.
    html = html
      .replace(/<html[^>]*>/, () => `<html lang="${value(lang)}" data-locale="${value(locale)}" class="lotse-prerendered ${value(classes)}">`)
      .replace(/<\/head>|<body/, (next) => `<link rel=expect href="#lotse-kept" blocking=render>${next}`)
      .replace(/<body[^>]*>/, (body) => `${body}<div class=lotse-prerender>${markup.join("\n")}<span id=lotse-kept hidden></span></div>`);
  }
  // The shell's headers as served (those a host adds for security included), but for the
  // length and encoding of a body that is now another.
  const headers = new Headers(shell.headers);
  headers.delete("content-length");
  headers.delete("content-encoding");
  await cache.put("/", new Response(html, { headers }));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Any route is the app shell of this version ("/" may hold the start page as kept, once
    // the changes to it sent so far are made); the network only when it is not cached.
    event.respondWith(
      keeping.then(() => caches.open(CACHE)).then(async (cache) => (await cache.match(request)) ?? (await cache.match("/index.html")) ?? fetch(request)),
    );
    return;
  }
  // Only the build's own files; anything else (the team's sync server behind a reverse proxy)
  // goes to the network untouched, with its long polls and their ends.
  if (!FILES.includes(url.pathname)) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(request)) ?? fetch(request)));
});
