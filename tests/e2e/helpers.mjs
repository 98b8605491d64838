// Shared helpers for the end-to-end tests: a fresh Chromium profile per test, the release
// build served on 127.0.0.1, console-error and panic detection, and axe-core scans.
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";
import { keptStartPageIn } from "./kept-start-page.mjs";
import { serveDist } from "./server.mjs";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
// Flags that work on these machines; background networking off, since only loopback exists.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--lang=de-DE",
];
const AXE_SOURCE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
export const OUTPUT = new URL("./output/", import.meta.url).pathname;
mkdirSync(OUTPUT, { recursive: true });

let server;
/** The release build, served once per test file. */
export async function appUrl() {
  server ??= await serveDist();
  return server.url;
}

export async function stopServer() {
  await server?.close();
  server = undefined;
}

/**
 * A browser on its own fresh profile. `profileDir` reuses a profile (to simulate a restart).
 * Every page is watched: a console error, an uncaught exception or a Rust panic is recorded
 * in `problems`, and `close()` fails the test if there were any.
 */
export async function launch({ profileDir, viewport = { width: 1024, height: 768 }, initScript } = {}) {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), "lotse-profile-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    locale: "de-DE",
    acceptDownloads: true,
  });
  const problems = [];
  const watch = (page) => {
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  };
  // A function is sent as its source (it cannot close over test variables); a string runs as is.
  if (initScript) await context.addInitScript(typeof initScript === "string" ? { content: initScript } : initScript);
  context.on("page", watch);
  context.pages().forEach(watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    profileDir: dir,
    problems,
    /** Closes the browser; fails on any console error or panic seen. */
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !profileDir) rmSync(dir, { recursive: true, force: true });
      assert.deepEqual(problems, [], "no console errors, exceptions or panics");
    },
  };
}

/**
 * Runs `fn` with a fresh browser and always closes it, even when an assertion fails, so a
 * failing test never leaves Chromium running. Fails on console errors or panics.
 */
export async function withBrowser(options, fn) {
  if (typeof options === "function") [options, fn] = [{}, options];
  const browser = await launch(options);
  let failed = false;
  try {
    await fn(browser);
  } catch (error) {
    failed = true;
    await browser.page.screenshot({ path: join(OUTPUT, `failure-${Date.now()}.png`), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    if (failed) await browser.context.close().catch(() => {});
  }
  await browser.close();
}

/** Goes to the case list the way a user does: the link in the header. */
export async function goToCaseList(page) {
  await page.getByRole("link", { name: "Lotse (zur Startseite)" }).click();
  await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
}

/**
 * Waits until Lotse has started and shows its first screen. A first visit to "/" or "/neu"
 * shows the pre-rendered page before that (scripts/prerender.mjs), whose buttons and fields do
 * nothing yet.
 */
export async function appStarted(page) {
  await page.waitForFunction(() => !document.querySelector(".lotse-prerender") && !document.documentElement.classList.contains("lotse-building"));
}

/**
 * Waits until the service worker controls the page (its install, which caches every file of
 * the build or none, is done). A timeout says what state the registration is in.
 */
export async function serviceWorkerControls(page) {
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  } catch (error) {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const worker = (w) => w && { state: w.state, url: w.scriptURL };
      return registration
        ? { installing: worker(registration.installing), waiting: worker(registration.waiting), active: worker(registration.active) }
        : "no registration";
    });
    throw new Error(`the service worker never took control: ${JSON.stringify(state)} (${error.message})`);
  }
}

/** Per page: the gate the app's wasm waits at (see `holdWasm`). */
const wasmGates = new WeakMap();

/**
 * Holds back the start of the app (the instantiation of its wasm) in `page` until
 * `release()`, from the next load on (and any module instantiated until then, the lazily
 * loaded ones of a page already started included). At the browser's WebAssembly functions, not at the
 * network: the service worker serves the module from its cache, unseen by routes, and the
 * start page it keeps needs it registered.
 */
export async function holdWasm(page) {
  let gate = wasmGates.get(page);
  if (!gate) {
    gate = { open: Promise.resolve() };
    wasmGates.set(page, gate);
    await page.exposeFunction("__lotseWasmGate", () => gate.open);
    await page.addInitScript(() => {
      for (const name of ["instantiateStreaming", "instantiate", "compileStreaming", "compile"]) {
        const original = WebAssembly[name];
        WebAssembly[name] = async function (...args) {
          await window.__lotseWasmGate();
          return original.apply(this, args);
        };
      }
    });
  }
  let release;
  gate.open = new Promise((resolve) => (release = resolve));
  return release;
}

/** The start page the service worker keeps for the next start at "/" (sw.js), or null. */
export async function keptStartPage(page) {
  return keptStartPageIn(await page.evaluate(async () => (await caches.match("/"))?.text()));
}

/** Waits until the kept start page (`keptStartPage`) is as `expected` says; `what` for a timeout. */
export async function waitForKeptStartPage(page, expected, what) {
  let kept = null;
  for (const until = Date.now() + 10_000; Date.now() < until; await page.waitForTimeout(100)) {
    kept = await keptStartPage(page);
    if (expected(kept)) return kept;
  }
  throw new Error(`the kept start page never became as expected (${what}): ${JSON.stringify(kept)?.slice(0, 300)}`);
}

/** Opens a path of the app and waits until Lotse has started and rendered its main heading. */
export async function open(page, path = "/") {
  await page.goto((await appUrl()) + path);
  await appStarted(page);
  await page.locator("main h1").first().waitFor();
}

/**
 * Runs axe-core with the WCAG 2.2 AA tags; fails with the violations listed. `skipRules`
 * is only for forced-colours mode, where the user's system colours replace ours and
 * contrast is theirs to choose.
 */
export async function expectAccessible(page, screen, { skipRules = [] } = {}) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    ([tags, skip]) =>
      window.axe.run(document, {
        runOnly: { type: "tag", values: tags },
        rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])),
      }),
    [AXE_TAGS, skipRules],
  );
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  assert.deepEqual(violations, [], `axe violations on ${screen}`);
  assert.ok(result.passes.length > 0, `axe ran rules on ${screen}`);
}

/** Every interactive control on the page is at least 44 x 44 CSS px (WCAG 2.5.8, our bar). */
export async function expectTouchTargets(page, screen) {
  const small = await page.evaluate(() => {
    const controls = document.querySelectorAll(
      "button, input, textarea, select, a.lotse-button, nav a, .lotse-back-link, .lotse-link, .lotse-error-summary a, .lotse-case-card__link",
    );
    return [...controls]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el.tagName.toLowerCase()}#${el.id}.${el.className} ${box.width}x${box.height}`);
  });
  assert.deepEqual(small, [], `touch targets under 44 px on ${screen}`);
}

// ---------------------------------------------------------------------------------------------
// What Lotse stores, read and changed the way the app keeps it (src/storage/idb.rs): the cases
// live in the IndexedDB database `lotse`, in four object stores keyed by the case id:
// - `cases`: `{ _id, _rev: "<generation>-<16 hex>", body: "<record text>" }`, or a tombstone
//   `{ _id, _rev, _deleted: true }` for a deleted case;
// - `copies`: the recovery copy, a text;
// - `set_aside`: a damaged text set aside, a text;
// - `summaries`: `{ order, body: "<summary text>" }` (or `{ order, damaged: true }`).
// Settings stay in localStorage (`lotse:ui:*`, `lotse:vault`, ...). A test may still seed cases
// as `lotse:case:<id>` in localStorage: the next start of the app moves them into IndexedDB.
//
// Every read opens the database without a version number, so it never upgrades (nor creates)
// it, and closes its connection at once, so it never holds up an upgrade by the app.
// ---------------------------------------------------------------------------------------------

/** The object stores of Lotse's database. */
export const STORES = ["cases", "copies", "set_aside", "summaries", "facts", "sozialraum", "sozialraum_copies", "sync", "outbox"];

/**
 * Every [key, value] of each store in `stores` (an array per store, in key order), read in one
 * transaction in `page`. Empty arrays while the database or a store does not exist.
 */
async function readStores(page, stores) {
  return page.evaluate(async (stores) => {
    if (!(await indexedDB.databases()).some((d) => d.name === "lotse")) return stores.map(() => []);
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open("lotse");
      let aborted = false;
      // Only when it vanished meanwhile: a reader must not create it (without the app's stores).
      request.onupgradeneeded = () => {
        aborted = true;
        request.transaction.abort();
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => (aborted ? resolve(null) : reject(request.error));
    });
    if (!db) return stores.map(() => []);
    db.onversionchange = () => db.close();
    try {
      const present = stores.filter((s) => db.objectStoreNames.contains(s));
      if (present.length === 0) return stores.map(() => []);
      const transaction = db.transaction(present, "readonly");
      const result = (request) =>
        new Promise((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      return await Promise.all(stores.map(async (name) => {
        if (!present.includes(name)) return [];
        const store = transaction.objectStore(name);
        const [keys, values] = await Promise.all([result(store.getAllKeys()), result(store.getAll())]);
        return keys.map((key, i) => [key, values[i]]);
      }));
    } finally {
      db.close();
    }
  }, stores);
}

/** Every [key, value] of one object store (`store`: one of `STORES`), in key order. */
export async function storedValues(page, store) {
  return (await readStores(page, [store]))[0];
}

/**
 * Every [key, value] of all four stores, as [`<store>/<id>`, value], sorted by that key: for
 * checks over everything stored in IndexedDB (no plaintext anywhere, nothing changed).
 */
export async function storedEntries(page) {
  const all = await readStores(page, STORES);
  return STORES.flatMap((store, i) => all[i].map(([key, value]) => [`${store}/${key}`, value]))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The value stored under `id` in `store`, or null. */
export async function storedValue(page, store, id) {
  return (await storedValues(page, store)).find(([key]) => key === id)?.[1] ?? null;
}

/** The text of a case's record as stored (the `body` of its document), or null (none, or deleted). */
export async function storedRecord(page, id) {
  return (await storedValue(page, "cases", id))?.body ?? null;
}

/** The damaged text set aside for a case (store `set_aside`), or null. */
export async function setAsideText(page, id) {
  return storedValue(page, "set_aside", id);
}

/** The stored record of a case, parsed (null when there is none or it was deleted). */
export async function storedCase(page, id) {
  const raw = await storedRecord(page, id);
  return raw === null ? null : JSON.parse(raw).case;
}

/**
 * Every key under which a case is stored, wherever: the ids in `cases` (tombstones included)
 * as `cases/<id>`, and the localStorage keys of a case not yet moved (`lotse:case:*`) or of a
 * save written as a page was hidden (`lotse:journal:*`). Empty when no case was ever stored.
 */
export async function storedCaseKeys(page) {
  const ids = (await storedValues(page, "cases")).map(([id]) => `cases/${id}`);
  const local = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("lotse:case:") || k.startsWith("lotse:journal:")).sort());
  return [...ids, ...local];
}

/**
 * Calls `read` until `done(value)` holds, every 100 ms for up to `timeout` ms, and returns the
 * last value read (also when time ran out: the caller's assertion then reports it). For what
 * is written in the background: a page may show a change before IndexedDB has committed it.
 */
export async function poll(read, done, timeout = 10_000) {
  let value = await read();
  for (const until = Date.now() + timeout; !done(value) && Date.now() < until;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** The stored case once `done(case)` holds (see `poll`): for a write no save indicator shows. */
export async function storedCaseWhen(page, id, done, timeout) {
  return poll(() => storedCase(page, id), done, timeout);
}

/**
 * Replaces the text of a case's record, as a save in `page` would: the document's `body` (its
 * other fields kept, a tombstone revived) under the next revision, and, unless `copy` is
 * false, its recovery copy. Its summary is left as it is. With `announce`, the other tabs are
 * then told, as the app tells them of its own saves: through the app's channel, which
 * `keepAppChannel` must have kept in `page` (the other tabs hear it, `page` does not).
 */
export async function setStoredRecord(page, id, body, { copy = true, announce = false } = {}) {
  await page.evaluate(async ({ id, body, copy, announce }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open("lotse");
      request.onupgradeneeded = () => request.transaction.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(`no database of Lotse to write to: ${request.error}`));
    });
    db.onversionchange = () => db.close();
    try {
      // The revision's hash as the app makes it (src/domain/document.rs): FNV-1a, 64 bits, over
      // the UTF-8 bytes of the text, as 16 hex digits.
      const hash = (text) => {
        let h = 0xcbf29ce484222325n;
        for (const byte of new TextEncoder().encode(text)) {
          h ^= BigInt(byte);
          h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
        }
        return h.toString(16).padStart(16, "0");
      };
      const transaction = db.transaction(copy ? ["cases", "copies"] : ["cases"], "readwrite");
      const done = new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onabort = () => reject(transaction.error);
      });
      done.catch(() => {}); // Awaited below; a failure before that is thrown by the get.
      const cases = transaction.objectStore("cases");
      const stored = await new Promise((resolve, reject) => {
        const request = cases.get(id);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const { _deleted, ...kept } = stored ?? {};
      const generation = Number.parseInt(String(kept._rev ?? "0"), 10) || 0;
      cases.put({ ...kept, _id: id, _rev: `${generation + 1}-${hash(body)}`, body }, id);
      if (copy) transaction.objectStore("copies").put(body, id);
      await done;
    } finally {
      db.close();
    }
    if (announce) {
      const channel = window.__lotseChannels?.find((c) => c.name === "lotse");
      if (!channel) throw new Error("no channel of the app's kept: call keepAppChannel before the app starts");
      channel.postMessage(id);
    }
  }, { id, body, copy, announce });
}

/**
 * From the next load of `page` on, keeps every BroadcastChannel the page opens, the one the app
 * tells the other tabs of its saves through (channel `lotse`, src/storage/other_tabs.rs)
 * included, so that `setStoredRecord(..., { announce: true })` can post through it: a channel
 * does not hear its own messages, so only the other tabs hear the write, as with a save made by
 * the app in `page`.
 */
export async function keepAppChannel(page) {
  await page.addInitScript(() => {
    const Channel = window.BroadcastChannel;
    window.BroadcastChannel = class extends Channel {
      constructor(...args) {
        super(...args);
        (window.__lotseChannels ??= []).push(this);
      }
    };
  });
}

/**
 * From now on every write to storage in `page` fails as on a full disk: localStorage throws a
 * QuotaExceededError, and an IndexedDB transaction that puts anything is aborted with one once
 * its first put is done (as the browser aborts a transaction when the quota is used up: the
 * transaction's `error` says why). Meanwhile a transaction does not commit early (`commit()`
 * does nothing), so that the abort comes before it could commit. `freeStorage` ends it.
 *
 * Made for the saves of the open case (one transaction that puts the record, its copy and its
 * summary, then waits): a write that goes on in an aborted transaction after its first put
 * (deleting a case, the move at the start) is not meant to run meanwhile.
 */
export async function fillStorage(page) {
  await page.evaluate(() => {
    const full = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");
    window.__lotseReal ??= {
      setItem: Storage.prototype.setItem,
      put: IDBObjectStore.prototype.put,
      add: IDBObjectStore.prototype.add,
      commit: IDBTransaction.prototype.commit,
    };
    Storage.prototype.setItem = function () {
      throw full();
    };
    IDBTransaction.prototype.commit = function () {};
    for (const name of ["put", "add"]) {
      const real = window.__lotseReal[name];
      IDBObjectStore.prototype[name] = function (...args) {
        const request = real.apply(this, args);
        const transaction = this.transaction;
        request.addEventListener("success", () => {
          Object.defineProperty(transaction, "error", { configurable: true, value: full() });
          try {
            transaction.abort();
          } catch {
            // Aborted already, by an earlier put.
          }
        }, { once: true });
        return request;
      };
    }
  });
}

/** Ends `fillStorage`: writes succeed again. */
export async function freeStorage(page) {
  await page.evaluate(() => {
    Storage.prototype.setItem = window.__lotseReal.setItem;
    IDBObjectStore.prototype.put = window.__lotseReal.put;
    IDBObjectStore.prototype.add = window.__lotseReal.add;
    IDBTransaction.prototype.commit = window.__lotseReal.commit;
  });
}


/** The case id in the current address. */
export function caseIdOf(page) {
  const match = new URL(page.url()).pathname.match(/^\/fall\/([^/]+)/);
  assert.ok(match, `on a case page: ${page.url()}`);
  return match[1];
}

/** Creates a case through the form and lands on its will page. */
export async function createCase(page, alias, firstContact) {
  await open(page, "/neu");
  await page.getByLabel("Kürzel oder Pseudonym").fill(alias);
  if (firstContact) await page.getByLabel("Datum des Erstkontakts").fill(firstContact);
  await page.getByRole("button", { name: "Fall anlegen" }).click();
  await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
  return caseIdOf(page);
}

/** Waits until the save indicator's live region says the case is stored. */
export async function waitUntilSaved(page) {
  await page.locator("[data-testid=save-indicator]").and(page.locator(".lotse-save-indicator--saved")).waitFor();
}
