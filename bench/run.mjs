// The benchmark: measures Lotse's release build against the SurveyJS peer (bench/peer) in one
// run and prints every figure, the Lotse/peer ratios and the budgets. Run through
// scripts/bench.sh (which builds both first); directly:
//
//   LOTSE_DIST=dist node bench/run.mjs [--lighthouse-runs N] [--loads N] [--no-lighthouse]
//
// Both apps are served by bench/serve.mjs on 127.0.0.1 with brotli. Browsers are Debian's
// Chromium (CHROMIUM, default /usr/bin/chromium), a fresh profile for every load. Nothing here
// needs the network. The report goes to stdout and to bench/results/latest.json; the exit code
// is 0 whether or not the budgets hold (it reports them), and non-zero only when a measurement
// could not be taken.
import { chromium } from "playwright-core";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "node:http";
import { brotli, serve } from "./serve.mjs";
import { FIRST_LOAD_BUDGET_KB, firstLoadFiles } from "../scripts/first-load.mjs";
import { keptStartPageIn } from "../tests/e2e/kept-start-page.mjs";
import { largeCase, smallCases, lotseKey, lotseRecord, peerKey, peerRecord, LARGE } from "./fixtures.mjs";

const here = new URL(".", import.meta.url).pathname;
const repo = resolve(here, "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const LIGHTHOUSE_RUNS = args.includes("--no-lighthouse") ? 0 : option("--lighthouse-runs", 3);
const LOADS = option("--loads", 5);
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const LOTSE_DIST = resolve(process.env.LOTSE_DIST ?? join(repo, "dist"));
const PEER_DIST = resolve(process.env.PEER_DIST ?? join(here, "peer", "dist"));
const RESULTS = join(here, "results");
mkdirSync(RESULTS, { recursive: true });

// Flags that work on these machines (tests/e2e/helpers.mjs); nothing may reach the network.
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--no-first-run",
  "--lang=de-DE",
];
const log = (...parts) => console.error("[bench]", ...parts);

// ---------------------------------------------------------------- statistics and formatting

const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (values, p) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.max(0, Math.ceil((p / 100) * v.length) - 1)] : NaN;
};
const fmt = {
  kb: (b) => (Number.isFinite(b) ? `${(b / 1000).toFixed(1)} KB` : "n/a"),
  mb: (b) => (Number.isFinite(b) ? `${(b / 1e6).toFixed(2)} MB` : "n/a"),
  ms: (x) => (!Number.isFinite(x) ? "n/a" : x < 10 ? `${x.toFixed(2)} ms` : `${Math.round(x)} ms`),
  s: (x) => (Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : "n/a"),
  score: (x) => (Number.isFinite(x) ? String(Math.round(x)) : "n/a"),
  cls: (x) => (Number.isFinite(x) ? x.toFixed(3) : "n/a"),
  int: (x) => (Number.isFinite(x) ? String(x) : "n/a"),
};
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? (a / b).toFixed(2) : "–");

// ---------------------------------------------------------------- the two apps

/** What differs between Lotse and the peer; everything else is measured the same way. */
const APPS = {
  lotse: {
    label: "Lotse",
    dist: LOTSE_DIST,
    newPath: "/neu",
    listPath: "/",
    listItems: ".lotse-case-list > li",
    // The start page lists the cases changed last (RECENT_CASES in src/domain/case.rs) and
    // links to all of them, which /faelle lists (timed too, as "all cases listed").
    listShows: (stored) => Math.min(stored, 20),
    allCasesPath: "/faelle",
    // The page of all cases shows them in pages of 50 (src/pages/all_cases/mod.rs).
    allCasesShows: (stored) => Math.min(stored, 50),
    saveMeasure: "lotse:save",
    // The write to IndexedDB, from the queue to the committed transaction
    // (src/storage/writes.rs): off the typing path, reported on its own line.
    idleMeasure: "lotse:save-commit",
    /** The stored text of a case (its IndexedDB document's body). */
    stored: (page, id) =>
      page.evaluate((id) => new Promise((resolve) => {
        const request = indexedDB.open("lotse");
        request.onsuccess = () => {
          const get = request.result.transaction("cases").objectStore("cases").get(id);
          get.onsuccess = () => { request.result.close(); resolve(get.result?.body ?? ""); };
          get.onerror = () => resolve("");
        };
        request.onerror = () => resolve("");
      }), id),
    storagePrefix: "lotse:", // lotse:case:<id> and whatever else a save writes; lotse:ui:* is left out
    key: lotseKey,
    record: lotseRecord,
    openPath: (c) => `/fall/${c.id}/wille`,
    // The first will statement's wording (src/pages/case/field_ids.rs: will-<id>-wording).
    typeInto: (c) => `#will-${c.will[0].id}-wording`,
    /** The large case is on screen and was read (no "damaged record" or "not found"). */
    async checkOpen(page, c) {
      await page.locator("main h1").first().waitFor();
      await page.locator(this.typeInto(c)).waitFor();
      const state = await page.evaluate(() => ({
        h1: document.querySelector("main h1")?.textContent ?? "",
        damaged: document.querySelectorAll("[data-testid=damaged-record]").length,
        textareas: document.querySelectorAll("main textarea").length,
      }));
      if (state.damaged || !/Wille/.test(state.h1) || state.textareas < 2 * c.will.length)
        throw new Error(`Lotse did not open the large case: ${JSON.stringify(state)}`);
      return state;
    },
  },
  peer: {
    label: "peer",
    dist: PEER_DIST,
    newPath: "/neu",
    listPath: "/",
    listItems: ".draft-list > li",
    listShows: (stored) => stored,
    saveMeasure: "peer:save",
    storagePrefix: "peer:draft:",
    key: peerKey,
    record: peerRecord,
    stored: (page, id) => page.evaluate((key) => localStorage.getItem(key) ?? "", peerKey(id)),
    openPath: (c) => `/entwurf/${c.id}/wille`,
    typeInto: () => ".sd-root-modern textarea >> nth=0",
    async checkOpen(page, c) {
      await page.locator(this.typeInto(c)).waitFor();
      const state = await page.evaluate(() => ({
        textareas: document.querySelectorAll(".sd-root-modern textarea").length,
        first: document.querySelector(".sd-root-modern textarea")?.value ?? "",
      }));
      if (state.textareas < 2 * c.will.length || !state.first) throw new Error(`the peer did not open the large case: ${JSON.stringify(state)}`);
      return state;
    },
  },
};

// ---------------------------------------------------------------- browser helpers

/**
 * Installed before any page script: records when the first text field accepts input and when
 * the list shows `listCount` items (performance.now(), i.e. since navigation start), keeps the
 * app's save measures (PerformanceObserver, buffered) and times localStorage.setItem for the
 * app's case keys (the fallback when the app has no save measure), and keeps Lotse's wasm
 * memory once Trunk's loader has started the app.
 */
function probe({ prefix, saveMeasure, idleMeasure, listItems, listCount }) {
  const bench = (window.__bench = { firstInput: null, listShown: null, measures: [], idleMeasures: [], setItem: [], wasmMemory: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === saveMeasure) bench.measures.push({ start: e.startTime, duration: e.duration });
        if (idleMeasure && e.name === idleMeasure) bench.idleMeasures.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: "measure", buffered: true });
  } catch {}
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const start = performance.now();
    try {
      return setItem.call(this, key, value);
    } finally {
      if (String(key).startsWith(prefix) && !String(key).startsWith(`${prefix}ui:`)) bench.setItem.push({ start, duration: performance.now() - start, bytes: String(value).length });
    }
  };
  addEventListener("TrunkApplicationStarted", (e) => (bench.wasmMemory = e.detail?.wasm?.memory ?? null));
  const TEXT = new Set(["text", "search", "email", "tel", "url", "password", "number"]);
  const acceptsText = (el) =>
    (el.localName === "textarea" || TEXT.has(el.type)) &&
    !el.disabled &&
    !el.readOnly &&
    el.getClientRects().length > 0 &&
    getComputedStyle(el).visibility !== "hidden";
  const check = () => {
    const now = performance.now();
    if (bench.firstInput === null) {
      const field = [...document.querySelectorAll("input, textarea")].find(acceptsText);
      if (field) {
        bench.firstInput = now;
        bench.firstInputField = `${field.localName}#${field.id}[name=${field.name}]`;
      }
    }
    if (bench.listShown === null && listCount && document.querySelectorAll(listItems).length >= listCount) bench.listShown = now;
    return bench.firstInput !== null && (!listCount || bench.listShown !== null);
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  const frame = () => check() || (performance.now() < 60_000 && requestAnimationFrame(frame));
  requestAnimationFrame(frame);
}

/** A browser on a fresh profile; `fn(page, context)`; always closed. */
async function withFreshBrowser(fn, { viewport = { width: 1024, height: 768 }, init, profile } = {}) {
  const dir = profile ?? mkdtempSync(join(tmpdir(), "lotse-bench-profile-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROME_FLAGS.filter((f) => f !== "--headless=new"),
    viewport,
    locale: "de-DE",
  });
  const errors = [];
  try {
    if (init) await context.addInitScript(probe, init);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    return await fn(page, context, errors);
  } finally {
    await context.close().catch(() => {});
    if (!profile) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One save may write more than one key (a record and a copy of it) or be timed in parts:
 * entries that start within 2 ms of the previous one's end belong to the same save and are
 * added up. Saves come at least 40 ms apart (a keystroke), so two saves never merge.
 */
function groupSaves(entries) {
  const saves = [];
  let end = -Infinity;
  for (const e of [...entries].sort((a, b) => a.start - b.start)) {
    if (e.start - end <= 2 && saves.length) saves[saves.length - 1] += e.duration;
    else saves.push(e.duration);
    end = Math.max(end, e.start + e.duration);
  }
  return saves;
}

/** Fills localStorage from a blank page on the app's origin, before the timed navigation. */
async function seed(page, origin, entries) {
  await page.goto(`${origin}/__bench/blank`);
  await page.evaluate((pairs) => {
    localStorage.clear();
    for (const [k, v] of pairs) localStorage.setItem(k, v);
  }, entries);
}

// ---------------------------------------------------------------- the measurements

/** First-load transfer: the files scripts/first-load.mjs names, as served (brotli where compressible). */
function transfer(files) {
  const html = files.get("/index.html").raw.toString("utf8");
  const names = firstLoadFiles(html, (name) => files.get(`/${name}`)?.raw.toString("utf8"));
  const list = [...names]
    .map((name) => `/${name}`)
    .filter((p) => files.has(p))
    .map((p) => ({ path: p, raw: files.get(p).raw.length, br: (files.get(p).br ?? files.get(p).raw).length }));
  return { files: list, raw: list.reduce((n, f) => n + f.raw, 0), br: list.reduce((n, f) => n + f.br, 0) };
}

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const failed = (category) =>
      lhr.categories[category].auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => r.id);
    return {
      performance: lhr.categories.performance.score * 100,
      accessibility: lhr.categories.accessibility.score * 100,
      bestPractices: lhr.categories["best-practices"].score * 100,
      fcp: audit("first-contentful-paint"),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
      si: audit("speed-index"),
      bytes: audit("total-byte-weight"),
      failedAccessibility: failed("accessibility"),
      failedBestPractices: failed("best-practices"),
      warnings: lhr.runWarnings,
      // Anything asked of another origin than the served app (there should be nothing).
      foreign: (lhr.audits["network-requests"]?.details?.items ?? []).map((i) => i.url).filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(u)),
      benchmarkIndex: lhr.environment?.benchmarkIndex,
    };
  } finally {
    await chrome.kill();
  }
}

/** Milliseconds from navigation start until the first text field accepts input. */
async function firstInput(app, origin) {
  return withFreshBrowser(
    async (page) => {
      await page.goto(origin + app.newPath);
      await page.waitForFunction(() => window.__bench.firstInput !== null, null, { timeout: 30_000 });
      return page.evaluate(() => ({ at: window.__bench.firstInput, field: window.__bench.firstInputField }));
    },
    { init: { prefix: app.storagePrefix, saveMeasure: app.saveMeasure, idleMeasure: app.idleMeasure, listItems: app.listItems, listCount: 0 } },
  );
}

/**
 * For scale beside the 500-case list: the same cards as Lotse last showed them (its kept start
 * page, with its styles) as a static page, without any script, storage or service worker, from
 * a server of its own on 127.0.0.1: what the browser needs to show them as a plain page.
 * `set(html)` gives it the page to serve.
 */
async function staticListServer() {
  let body = null;
  const server = createServer((req, res) => {
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "br", "cache-control": "no-store" }).end(body);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    set(html) {
      body = brotli(Buffer.from(html));
    },
    close: () => new Promise((done) => server.close(done)),
  };
}

/** The static list page: Lotse's styles (inline in its index.html) and `markup`. */
function staticListPage(lotseIndex, markup) {
  const style = lotseIndex.match(/<style>[\s\S]*?<\/style>/)?.[0];
  if (!style) throw new Error("no <style> in Lotse's index.html for the static list page");
  return `<!doctype html><html lang=de><meta charset=utf-8><meta name=viewport content="width=device-width,initial-scale=1"><title>Lotse</title>${style}<body><div class=lotse-prerender>${markup}</div>`;
}

/**
 * Milliseconds from navigation start until the list shows all `count` stored cases. With
 * `staticList` (Lotse only), the same list as a static page is measured the same way after the
 * runs of the app.
 */
async function coldStart(app, origin, entries, staticList) {
  const listCount = app.listShows(entries.length);
  const init = { prefix: app.storagePrefix, saveMeasure: app.saveMeasure, idleMeasure: app.idleMeasure, listItems: app.listItems, listCount };
  const listShown = async (page, expected = listCount) => {
    await page.waitForFunction(() => window.__bench.listShown !== null && performance.getEntriesByName("first-contentful-paint").length, null, { timeout: 60_000 });
    const shown = await page.evaluate(({ listItems }) => ({
      at: window.__bench.listShown,
      // The page's first paint with content (its presentation time): on Lotse's kept start
      // page, the first frame, which waits for all of its cards.
      painted: performance.getEntriesByName("first-contentful-paint")[0].startTime,
      items: document.querySelectorAll(listItems).length,
      // When the app's code (JS and wasm) had arrived: the rest is start-up and the list.
      codeLoaded: Math.max(0, ...performance.getEntriesByType("resource").filter((r) => /\.(js|wasm)$/.test(r.name)).map((r) => r.responseEnd)),
    }), { listItems: app.listItems });
    if (shown.items !== expected) throw new Error(`${app.label}: ${shown.items} cases listed, not ${expected} of ${entries.length}`);
    return shown;
  };
  const profile = mkdtempSync(join(tmpdir(), "lotse-bench-profile-"));
  try {
    // The first time the list is opened on this profile: the records are there (seeded), but
    // nothing the app keeps for itself, nor its code in any cache.
    const seeded = await withFreshBrowser(
      async (page) => {
        await seed(page, origin, entries);
        await page.goto(origin + app.listPath);
        const shown = await listShown(page);
        // Time for what the app does after showing the list (idle-time writes, its service worker).
        await page.waitForTimeout(2000);
        if (staticList) {
          // The start page as kept by Lotse's service worker: its cards, after <body>.
          const markup = keptStartPageIn(await page.evaluate(async () => (await caches.match("/"))?.text()))?.cards;
          if (!markup) throw new Error("Lotse kept no start page for the static list page");
          staticList.server.set(staticListPage(staticList.index, markup));
          await page.goto(staticList.server.url);
          await listShown(page);
        }
        return shown;
      },
      { init, profile },
    );
    // The cold start: the browser was closed after that use and is started again, as a
    // caseworker's tablet does the next morning.
    // Then, in that running browser, the list is opened again in a new tab (no tab of the app
    // open any more): the app's own cold start, without the browser's.
    const restarted = await withFreshBrowser(
      async (page, context) => {
        await page.goto(origin + app.listPath);
        const shown = await listShown(page);
        await page.goto("about:blank");
        const tab = await context.newPage();
        await tab.goto(origin + app.listPath);
        const newTab = await listShown(tab);
        await tab.close();
        // The page of all cases (Lotse), in a new tab: when all of them are listed (the same
        // probe, this page waiting for every case).
        let allCases = null;
        if (app.allCasesPath) {
          const all = await context.newPage();
          const shows = app.allCasesShows(entries.length);
          await all.addInitScript(probe, { ...init, listCount: shows });
          await all.goto(origin + app.allCasesPath);
          allCases = await listShown(all, shows);
          await all.close();
        }
        return { ...shown, newTab, allCases };
      },
      { init, profile },
    );
    // The static list page, in the same two situations, on the same profile.
    const staticShown =
      staticList &&
      (await withFreshBrowser(
        async (page, context) => {
          await page.goto(staticList.server.url);
          const shown = await listShown(page);
          await page.goto("about:blank");
          const tab = await context.newPage();
          await tab.goto(staticList.server.url);
          const newTab = await listShown(tab);
          await tab.close();
          return { at: shown.at, painted: shown.painted, newTab: newTab.at };
        },
        { init, profile },
      ));
    return { ...restarted, seeded, staticList: staticShown };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Opens the large case; takes the JS heap after a full GC (and Lotse's wasm memory), then types
 * 64 characters in 32 bursts of 2 with a 450 ms pause after each, so a 300 ms debounce saves
 * after every burst, and reads back the save times.
 */
async function largeCaseRun(app, origin, large, screenshot) {
  return withFreshBrowser(
    async (page, context, errors) => {
      await seed(page, origin, [[app.key(large.id), app.record(large)]]);
      await page.goto(origin + app.openPath(large));
      const opened = await app.checkOpen(page, large);
      await page.waitForLoadState("load");
      await page.waitForTimeout(1000);
      await page.screenshot({ path: screenshot });
      const cdp = await context.newCDPSession(page);
      await cdp.send("HeapProfiler.enable");
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("Performance.enable");
      const { metrics } = await cdp.send("Performance.getMetrics");
      const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
      const usage = await cdp.send("Runtime.getHeapUsage");
      const wasmMemory = await page.evaluate(() => window.__bench.wasmMemory?.buffer.byteLength ?? null);
      const field = page.locator(app.typeInto(large));
      await field.click();
      await page.keyboard.press("Control+End");
      await page.evaluate(() => {
        window.__bench.measures.length = 0;
        window.__bench.idleMeasures.length = 0;
        window.__bench.setItem.length = 0;
      });
      const typed = [];
      const BURSTS = 32;
      for (let i = 0; i < BURSTS; i++) {
        const chunk = "abcdefghijklmnopqrstuvwxyz"[i % 26] + " ";
        typed.push(chunk);
        await page.keyboard.type(chunk, { delay: 40 });
        await page.waitForTimeout(450);
      }
      await page.waitForTimeout(800);
      const { measures, idleMeasures, setItem } = await page.evaluate(() => window.__bench);
      const idleTimes = idleMeasures.map((m) => m.duration);
      // Also read measures straight from the timeline (if the observer missed any).
      const direct = await page.evaluate((name) => performance.getEntriesByName(name, "measure").map((e) => ({ start: e.startTime, duration: e.duration })), app.saveMeasure);
      await page.waitForTimeout(500);
      const stored = await app.stored(page, large.id);
      if (!stored.includes(typed.join("").trimEnd())) throw new Error(`${app.label}: the typed text was not saved`);
      const useMeasure = measures.length || direct.length;
      const saves = groupSaves(measures.length >= direct.length ? measures : direct);
      const setItems = groupSaves(setItem);
      const times = useMeasure ? saves : setItems;
      return {
        opened,
        errors,
        heap: { jsHeapUsed: metric("JSHeapUsedSize"), jsHeapTotal: metric("JSHeapTotalSize"), heapUsage: usage, wasmMemory, nodes: metric("Nodes") },
        autosave: {
          method: useMeasure ? `User Timing "${app.saveMeasure}"` : "setItem wrapper (no save measure in the app)",
          keystrokes: BURSTS * 2,
          saves: times.length,
          median: median(times),
          p95: percentile(times, 95),
          max: Math.max(...times),
          total: times.reduce((a, b) => a + b, 0),
          idleCopies: idleTimes.length,
          idleMedian: median(idleTimes),
          idleP95: percentile(idleTimes, 95),
          setItemMedian: median(setItems),
          setItemP95: percentile(setItems, 95),
          recordBytes: median(setItem.map((s) => s.bytes)),
          samples: times,
        },
      };
    },
    { init: { prefix: app.storagePrefix, saveMeasure: app.saveMeasure, idleMeasure: app.idleMeasure, listItems: app.listItems, listCount: 0 } },
  );
}

// ---------------------------------------------------------------- the run

const started = Date.now();
const env = {
  date: new Date().toISOString(),
  chromium: execFileSync(CHROMIUM, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(),
  node: process.version,
  cpus: cpus().length,
  loadavg: loadavg().map((x) => x.toFixed(2)).join(" "),
  lotseDist: LOTSE_DIST,
  peerDist: PEER_DIST,
};
log(`${env.chromium}; ${env.cpus} cores, load ${env.loadavg}; Lotse from ${LOTSE_DIST}`);

const servers = {};
const results = { lotse: {}, peer: {} };
try {
  for (const [name, app] of Object.entries(APPS)) servers[name] = await serve(app.dist, { blank: true });
  for (const name of Object.keys(APPS)) results[name].transfer = transfer(servers[name].files);

  const large = largeCase();
  const small = smallCases(500);

  log("large case: heap and autosave");
  for (const [name, app] of Object.entries(APPS)) {
    results[name].large = await largeCaseRun(app, servers[name].url, large, join(RESULTS, `${name}-large-case.png`));
    results[name].large.recordBytes = app.record(large).length;
  }

  log(`cold start with 500 cases (${LOADS} loads each)`);
  for (const name of Object.keys(APPS)) results[name].coldStart = [];
  const entries = Object.fromEntries(Object.entries(APPS).map(([name, app]) => [name, small.map((c) => [app.key(c.id), app.record(c)])]));
  const staticList = { server: await staticListServer(), index: servers.lotse.files.get("/index.html").raw.toString("utf8") };
  try {
    for (let i = 0; i < LOADS; i++)
      for (const [name, app] of Object.entries(APPS))
        results[name].coldStart.push(await coldStart(app, servers[name].url, entries[name], name === "lotse" ? staticList : null));
  } finally {
    await staticList.server.close();
  }

  log(`first input accepting text (${LOADS} loads each)`);
  for (const name of Object.keys(APPS)) results[name].firstInput = [];
  for (let i = 0; i < LOADS; i++)
    for (const [name, app] of Object.entries(APPS)) results[name].firstInput.push(await firstInput(app, servers[name].url));

  for (const name of Object.keys(APPS)) results[name].lighthouse = [];
  // Lotse's start page too, where a first visitor lands (it is pre-rendered into index.html);
  // reported beside the budgets, which are checked on the form both apps have.
  results.lotse.lighthouseStart = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    for (const [name, app] of Object.entries(APPS)) {
      log(`Lighthouse ${i + 1}/${LIGHTHOUSE_RUNS}: ${app.label}`);
      results[name].lighthouse.push(await lighthouseRun(servers[name].url + app.newPath));
    }
    log(`Lighthouse ${i + 1}/${LIGHTHOUSE_RUNS}: ${APPS.lotse.label} start page`);
    results.lotse.lighthouseStart.push(await lighthouseRun(servers.lotse.url + "/"));
  }
} finally {
  for (const server of Object.values(servers)) await server.close();
}

// ---------------------------------------------------------------- the report

const fig = {};
for (const name of Object.keys(APPS)) {
  const r = results[name];
  const lh = (key) => median(r.lighthouse.map((x) => x[key]));
  const heap = r.large.heap;
  fig[name] = {
    transfer: r.transfer.br,
    lhBytes: lh("bytes"),
    performance: lh("performance"),
    accessibility: lh("accessibility"),
    bestPractices: lh("bestPractices"),
    fcp: lh("fcp"),
    lcp: lh("lcp"),
    tbt: lh("tbt"),
    cls: lh("cls"),
    firstInput: median(r.firstInput.map((x) => x.at)),
    saveMedian: r.large.autosave.median,
    saveP95: r.large.autosave.p95,
    saves: r.large.autosave.saves,
    savePerKeystroke: r.large.autosave.total / r.large.autosave.keystrokes,
    setItemMedian: r.large.autosave.setItemMedian,
    coldStart: median(r.coldStart.map((x) => x.at)),
    coldStartCode: median(r.coldStart.map((x) => x.codeLoaded)),
    coldStartPainted: median(r.coldStart.map((x) => x.painted)),
    newTab: median(r.coldStart.map((x) => x.newTab.at)),
    // Lotse: its page of all cases, in a new tab; the peer's list is always all of them.
    allCases: median(r.coldStart.map((x) => x.allCases?.at ?? x.newTab.at)),
    firstOpen: median(r.coldStart.map((x) => x.seeded.at)),
    staticList: median(r.coldStart.map((x) => x.staticList?.at)),
    staticListNewTab: median(r.coldStart.map((x) => x.staticList?.newTab)),
    staticListPainted: median(r.coldStart.map((x) => x.staticList?.painted)),
    firstOpenCode: median(r.coldStart.map((x) => x.seeded.codeLoaded)),
    jsHeap: heap.jsHeapUsed,
    wasmMemory: heap.wasmMemory ?? 0,
    memory: heap.jsHeapUsed + (heap.wasmMemory ?? 0),
    recordBytes: r.large.recordBytes,
  };
}
const L = fig.lotse;
const P = fig.peer;
const lhNote = LIGHTHOUSE_RUNS ? `median of ${LIGHTHOUSE_RUNS}` : "skipped";
const rows = [
  ["first-load transfer (brotli, q11)", fmt.kb, "transfer"],
  [`  Lighthouse total byte weight`, fmt.kb, "lhBytes"],
  [`Lighthouse performance (${lhNote})`, fmt.score, "performance"],
  ["Lighthouse accessibility", fmt.score, "accessibility"],
  ["Lighthouse best practices", fmt.score, "bestPractices"],
  ["  FCP", fmt.s, "fcp"],
  ["  LCP", fmt.s, "lcp"],
  ["  TBT", fmt.ms, "tbt"],
  ["  CLS", fmt.cls, "cls"],
  [`first input accepting text (median of ${LOADS})`, fmt.ms, "firstInput"],
  ["autosave, large case: median per save", fmt.ms, "saveMedian"],
  ["autosave, large case: p95 per save", fmt.ms, "saveP95"],
  ["  saves for 64 keystrokes", fmt.int, "saves"],
  ["  save time per keystroke (total/64)", fmt.ms, "savePerKeystroke"],
  ["  localStorage.setItem alone, median", fmt.ms, "setItemMedian"],
  [`cold start, 500 cases: list shown (median of ${LOADS})`, fmt.ms, "coldStart"],
  ["  first contentful paint", fmt.ms, "coldStartPainted"],
  ["  until the code had arrived", fmt.ms, "coldStartCode"],
  ["  then in a new tab of that browser", fmt.ms, "newTab"],
  ["  all 500 listed, new tab (Lotse: /faelle)", fmt.ms, "allCases"],
  ["  the same cards as a static page, no script", fmt.ms, "staticList"],
  ["    first contentful paint", fmt.ms, "staticListPainted"],
  ["    then in a new tab", fmt.ms, "staticListNewTab"],
  ["  first open of seeded records: list shown", fmt.ms, "firstOpen"],
  ["    until the code had arrived", fmt.ms, "firstOpenCode"],
  ["JS heap used, large case open (after GC)", fmt.mb, "jsHeap"],
  ["  wasm linear memory", fmt.mb, "wasmMemory"],
  ["  JS heap + wasm memory", fmt.mb, "memory"],
  ["stored record of the large case", fmt.kb, "recordBytes"],
];
const W = [46, 12, 12, 11];
const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(W[0]) : String(c).padStart(W[i]))).join("");
const out = [];
out.push(`Lotse benchmark, ${env.date}`);
out.push(`${env.chromium}, Node ${env.node}, ${env.cpus} cores (load ${env.loadavg}), lighthouse 12.8.2 mobile preset`);
out.push(`large case: ${LARGE.goals} goals x ${LARGE.steps} steps, ${LARGE.resources} resources, ${LARGE.contacts} contacts, ${LARGE.wills} will statements`);
out.push("");
out.push(line(["", "Lotse", "peer", "Lotse/peer"]));
out.push("-".repeat(W.reduce((a, b) => a + b)));
for (const [label, f, key] of rows) out.push(line([label, f(L[key]), f(P[key]), ratio(L[key], P[key])]));
out.push("");
out.push(`Lighthouse: ${LIGHTHOUSE_RUNS ? "each score and metric is the median of its own runs" : "skipped"}; page /neu of each app (the form a new case starts with), simulated mobile throttling`);
out.push("500 cases: Lotse's start page lists the 20 changed last and links to all of them (/faelle); the peer's lists all 500");
out.push(`first input: ${[...new Set(results.lotse.firstInput.map((x) => x.field))].join(", ")} (Lotse /neu), ${[...new Set(results.peer.firstInput.map((x) => x.field))].join(", ")} (peer /neu)`);
out.push(`autosave measured with: Lotse ${results.lotse.large.autosave.method}; peer ${results.peer.large.autosave.method}`);
{
  const a = results.lotse.large.autosave;
  if (a.idleCopies) out.push(`Lotse's write to IndexedDB, from the queue to the committed transaction (not on the typing path): ${a.idleCopies} writes, median ${fmt.ms(a.idleMedian)}, p95 ${fmt.ms(a.idleP95)}`);
}
out.push("Lotse first-load files: " + results.lotse.transfer.files.map((f) => `${f.path.slice(1)} ${fmt.kb(f.br)}`).join(", "));
out.push("peer first-load files:  " + results.peer.transfer.files.map((f) => `${f.path.slice(1)} ${fmt.kb(f.br)}`).join(", "));
for (const name of Object.keys(APPS)) {
  const runs = results[name].lighthouse;
  if (!runs.length) continue;
  out.push(`${APPS[name].label} Lighthouse runs (perf/a11y/bp, LCP, TBT): ` + runs.map((r) => `${fmt.score(r.performance)}/${fmt.score(r.accessibility)}/${fmt.score(r.bestPractices)} ${fmt.s(r.lcp)} ${fmt.ms(r.tbt)}`).join("; "));
  const start = results[name].lighthouseStart ?? [];
  if (start.length) {
    const m = (key) => median(start.map((r) => r[key]));
    out.push(`${APPS[name].label} start page / on a first visit (median of ${start.length}): performance ${fmt.score(m("performance"))}, accessibility ${fmt.score(m("accessibility"))}, best practices ${fmt.score(m("bestPractices"))}, FCP ${fmt.s(m("fcp"))}, LCP ${fmt.s(m("lcp"))}, TBT ${fmt.ms(m("tbt"))}, CLS ${m("cls").toFixed(3)}`);
    out.push(`  runs (perf, LCP, TBT): ` + start.map((r) => `${fmt.score(r.performance)} ${fmt.s(r.lcp)} ${fmt.ms(r.tbt)}`).join("; "));
  }
  const a11y = [...new Set(runs.flatMap((r) => r.failedAccessibility))];
  const bp = [...new Set(runs.flatMap((r) => r.failedBestPractices))];
  if (a11y.length || bp.length) out.push(`  failed audits: ${[...a11y, ...bp].join(", ")}`);
  const foreign = [...new Set(runs.flatMap((r) => r.foreign))];
  if (foreign.length) out.push(`  WARNING: requests to other origins: ${foreign.join(", ")}`);
  const warnings = [...new Set(runs.flatMap((r) => r.warnings ?? []))];
  if (warnings.length) out.push(`  Lighthouse warnings: ${warnings.join(" | ")}`);
}

const budgets = [
  [`first-load transfer <= ${FIRST_LOAD_BUDGET_KB} KB brotli`, L.transfer <= FIRST_LOAD_BUDGET_KB * 1000, fmt.kb(L.transfer)],
  ["first-load transfer <= half of the peer's", L.transfer <= P.transfer / 2, `${ratio(L.transfer, P.transfer)} of the peer's`],
  ["Lighthouse mobile performance >= 98", L.performance >= 98, fmt.score(L.performance)],
  ["Lighthouse accessibility = 100", L.accessibility === 100, fmt.score(L.accessibility)],
  ["Lighthouse best practices = 100", L.bestPractices === 100, fmt.score(L.bestPractices)],
  ["LCP <= 1.8 s", L.lcp <= 1800, fmt.s(L.lcp)],
  ["TBT <= 50 ms", L.tbt <= 50, fmt.ms(L.tbt)],
  ["autosave median <= 2 ms", L.saveMedian <= 2, fmt.ms(L.saveMedian)],
  ["autosave p95 <= 8 ms", L.saveP95 <= 8, fmt.ms(L.saveP95)],
  // The same cards as a static page, in the same run, are what the browser alone needs.
  ["500-case list <= 1.5 x the static page's", L.coldStart <= 1.5 * L.staticList, `${fmt.ms(L.coldStart)} (static page ${fmt.ms(L.staticList)})`],
];
out.push("");
out.push("budgets (Lotse):");
for (const [label, ok, value] of budgets) out.push(`  ${!LIGHTHOUSE_RUNS && /Lighthouse|LCP|TBT/.test(label) ? "SKIP" : ok ? "PASS" : "FAIL"}  ${label.padEnd(44)} ${value}`);
const failed = budgets.filter(([label, ok]) => !ok && (LIGHTHOUSE_RUNS || !/Lighthouse|LCP|TBT/.test(label))).length;
out.push(`${budgets.length - failed} of ${budgets.length} budgets met; took ${Math.round((Date.now() - started) / 1000)} s`);
const errors = Object.entries(results).flatMap(([name, r]) => r.large.errors.map((e) => `${name}: ${e}`));
if (errors.length) out.push(`console errors seen: ${errors.join(" | ")}`);
console.log(out.join("\n"));

for (const r of Object.values(results)) delete r.large.opened;
writeFileSync(join(RESULTS, "latest.json"), JSON.stringify({ env, figures: fig, budgets: budgets.map(([label, ok, value]) => ({ label, ok, value })), results }, null, 1));
log(`written: ${join(RESULTS, "latest.json")}, screenshots ${join(RESULTS, "*-large-case.png")}`);

// The latest figures, with the date and commit, in bench/README.md between its two markers.
const readme = join(dirname(fileURLToPath(import.meta.url)), "README.md");
const [begin, end] = ["<!-- latest results: written by bench/run.mjs -->", "<!-- end of latest results -->"];
const text = readFileSync(readme, "utf8");
if (text.includes(begin) && text.includes(end)) {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {}
  const section = [begin, "", `Run on ${env.date.slice(0, 10)} at commit ${commit}: ${env.chromium}, ${env.cpus} cores, load ${env.loadavg} at the start.`, "", "```", ...out, "```", end].join("\n");
  writeFileSync(readme, text.slice(0, text.indexOf(begin)) + section + text.slice(text.indexOf(end) + end.length));
  log(`written: ${readme}`);
}
