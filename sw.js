// Lotse's service worker: after one visit the whole app works offline, a reload on any
// route included. Each build is one cache, installed whole and used whole, so old and new
// files are never mixed; a new version waits until the user accepts it in the app.
// The build id below is stamped by scripts/post-build.mjs after each Trunk build.
const VERSION = "__LOTSE_BUILD__";
// Every file of this build but index.html and sw.js, stamped by scripts/post-build.mjs: the
// main module and the modules of the pages that load on first use.
const FILES = "__LOTSE_FILES__";
const CACHE = `lotse-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch("/index.html", { cache: "no-store" });
      if (!response.ok) throw new Error(`index.html: ${response.status}`);
      await cache.addAll(FILES);
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
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Any route is the app shell of this version; the network only when it is not cached.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => (await cache.match("/index.html")) ?? fetch(request)),
    );
    return;
  }
  event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(request)) ?? fetch(request)));
});
