// Lotse's service worker: after one visit the whole app works offline, a reload on any
// route included. Each build is one cache, installed whole and used whole, so old and new
// files are never mixed; a new version waits until the user accepts it in the app.
// The build id below is stamped by scripts/post-build.mjs after each Trunk build.
const VERSION = "__LOTSE_BUILD__";
const CACHE = `lotse-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch("/index.html", { cache: "no-store" });
      if (!response.ok) throw new Error(`index.html: ${response.status}`);
      const html = await response.clone().text();
      // Everything index.html references on this origin: stylesheets, icon, manifest, the
      // JS glue and the wasm (named in the module script).
      const referenced = [...html.matchAll(/(?:href|src)=["']?(\/[^"' >]+)/g), ...html.matchAll(/['"](\/[^'"]+\.(?:js|wasm))['"]/g)]
        .map((match) => match[1])
        .filter((url) => url !== "/index.html" && url !== "/sw.js");
      // The manifest's icon is not in index.html but is asked for offline too.
      await cache.addAll([...new Set([...referenced, "/manifest.webmanifest", "/icon.svg"])]);
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
