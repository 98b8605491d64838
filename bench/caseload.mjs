// The caseload benchmark: Lotse with a whole caseload in IndexedDB. It stores 5,000 cases the
// size of Herr K.'s (tests/fixtures/case-v2-herr-k.json) with two signatures drawn on a canvas,
// in the stores and shapes the app writes (src/storage/idb.rs), and measures:
// - capacity: the bytes one case takes (navigator.storage.estimate(), before and after) and how
//   many fit in the quota this browser gives the site;
// - the start page's list against a static page of the same cards (from navigation start);
// - the page of all cases, opened from the start page (click to its first 50 cards), and
//   until every case is read (click to the count of cases: search and pages need them all);
// - a search keystroke (key down to the count of cases found);
// - opening one case from the page of all cases (click to its will page with its fields);
// - autosave in one of them (the app's "lotse:save" measure, typing never waits on a write).
// Run by scripts/bench.sh after bench/run.mjs; directly:
//
//   LOTSE_DIST=dist node bench/caseload.mjs [--cases N] [--runs N]
//
// The report goes to stdout, bench/results/caseload.json and bench/README.md (its own markers).
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "node:http";
import { serve } from "./serve.mjs";
import { CHROMIUM, FLAGS, median, option, p95, typeInBursts, writeReport } from "./report.mjs";
import { SIGNATURE_SCRIPT } from "../tests/e2e/signature.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const CASES = option("--cases", 5000);
const RUNS = option("--runs", 5);
const LOTSE_DIST = resolve(process.env.LOTSE_DIST ?? join(here, "..", "dist"));
const FIXTURE = readFileSync(join(here, "..", "tests", "fixtures", "case-v2-herr-k.json"), "utf8");
const BUDGETS = { listRatio: 1.5, allCases: 300, keystroke: 50, openCase: 100, saveMedian: 2, saveP95: 8, capacity: 5000 };
const log = (...parts) => console.error("[caseload]", ...parts);

/**
 * Runs in the page: stores `count` cases in the app's IndexedDB shapes, in batches, and says
 * how much the site's storage grew. The ids, aliases and change times are distinct; the
 * revisions are `1-<FNV-1a of the body>`, as the app writes them (src/domain/document.rs).
 */
async function seedCaseload([fixture, count]) {
  const fnv = (text) => {
    let h = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(text)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
    return h.toString(16).padStart(16, "0");
  };
  const signatures = [
    { signer: "client", image: self.lotseDrawSignature(1), signed_on: "2026-11-20" },
    { signer: "caseworker", image: self.lotseDrawSignature(2), signed_on: "2026-11-20" },
  ];
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open("lotse");
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of ["cases", "copies", "set_aside"]) db.createObjectStore(name);
      db.createObjectStore("summaries").createIndex("order", "order");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const before = (await navigator.storage.estimate()).usage;
  const start = Date.UTC(2026, 0, 1);
  let bytes = 0;
  for (let from = 0; from < count; from += 250) {
    await new Promise((resolve, reject) => {
      const tx = database.transaction(["cases", "copies", "summaries"], "readwrite");
      for (let i = from; i < Math.min(count, from + 250); i++) {
        const record = JSON.parse(fixture);
        const c = record.case;
        c.id = `bench-${String(i).padStart(5, "0")}`;
        c.alias = `Klient ${String(i).padStart(5, "0")}`;
        c.first_contact = new Date(start + (i % 700) * 86_400_000).toISOString().slice(0, 10);
        c.updated_at = start + i * 60_000;
        c.agreement.signatures = signatures;
        const body = JSON.stringify(record);
        bytes += body.length;
        const summary = JSON.stringify({ schema: 2, case: { id: c.id, alias: c.alias, first_contact: c.first_contact, updated_at: c.updated_at } });
        tx.objectStore("cases").put({ _id: c.id, _rev: `1-${fnv(body)}`, body }, c.id);
        tx.objectStore("copies").put(body, c.id);
        tx.objectStore("summaries").put({ order: -c.updated_at, body: summary }, c.id);
      }
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
  }
  database.close();
  const after = await navigator.storage.estimate();
  return { stored: count, recordChars: bytes / count, before, usage: after.usage, quota: after.quota };
}

/** Runs in the page before its scripts: when `count` items of `selector` are first there. */
function watchList({ selector, count }) {
  window.__shown = null;
  window.__measures = { "lotse:save": [], "lotse:save-commit": [] };
  // The app drops its save measures from the timeline at once; an observer still sees them.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__measures[e.name]?.push(e.duration);
  }).observe({ type: "measure" });
  const check = () => {
    if (window.__shown === null && document.querySelectorAll(selector).length >= count) window.__shown = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/** Runs in the page: clicks `link`, resolves with the time until `done()` holds. */
function timeClick([link, doneSource]) {
  const done = new Function(`return (${doneSource})`)();
  return new Promise((resolve) => {
    const start = performance.now();
    window.__clicked = start;
    const check = () => {
      if (done()) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    document.querySelector(link).click();
  });
}

const server = await serve(LOTSE_DIST, { blank: true });
const profile = mkdtempSync(join(tmpdir(), "lotse-caseload-"));
const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1024, height: 768 }, locale: "de-DE" });
const errors = [];
context.on("page", (page) => page.on("pageerror", (e) => errors.push(e.message)));
const figures = {};
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/__bench/blank`);
  log(`storing ${CASES} cases with two signatures`);
  const started = Date.now();
  await page.evaluate(SIGNATURE_SCRIPT);
  const seeded = await page.evaluate(seedCaseload, [FIXTURE, CASES]);
  figures.capacity = {
    ...seeded,
    seconds: (Date.now() - started) / 1000,
    bytesPerCase: (seeded.usage - seeded.before) / CASES,
    fit: Math.floor(seeded.quota / ((seeded.usage - seeded.before) / CASES)),
  };
  log(`stored: ${JSON.stringify(figures.capacity)}`);

  // The start page, from navigation start to its 20 cards; then a static page of the same
  // cards (the app's markup, without its scripts), measured the same way.
  await context.addInitScript(watchList, { selector: ".lotse-case-list > li", count: 20 });
  const list = [];
  let markup = "";
  for (let i = 0; i < RUNS + 1; i++) {
    const tab = await context.newPage();
    tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await tab.goto(server.url + "/");
    await tab.waitForFunction(() => window.__shown !== null, null, { timeout: 60_000 });
    if (i > 0) list.push(await tab.evaluate(() => window.__shown));
    // The first time, the start page is kept for the next start (in idle time), as every
    // day after the first.
    else await tab.waitForTimeout(2000);
    markup = await tab.evaluate(() => document.querySelector("main").outerHTML);
    await tab.close();
  }
  const head = readFileSync(join(LOTSE_DIST, "index.html"), "utf8").match(/<style[^>]*>[\s\S]*?<\/style>/)?.[0] ?? "";
  const staticPage = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ihre Fälle</title>${head}</head><body>${markup}</body></html>`;
  // On an origin of its own: the app's service worker answers every navigation on its origin.
  const staticServer = createServer((_, response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(staticPage));
  await new Promise((done) => staticServer.listen(0, "127.0.0.1", done));
  const staticUrl = `http://127.0.0.1:${staticServer.address().port}/`;
  const staticTimes = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const tab = await context.newPage();
    await tab.goto(staticUrl);
    await tab.waitForFunction(() => window.__shown !== null, null, { timeout: 60_000 });
    if (i > 0) staticTimes.push(await tab.evaluate(() => window.__shown));
    await tab.close();
  }
  staticServer.close();
  figures.list = { app: median(list), static: median(staticTimes), samples: { app: list, static: staticTimes } };
  figures.list.ratio = figures.list.app / figures.list.static;

  // The page of all cases from the start page, a search, and a case opened from there.
  const allCases = [];
  const allRead = [];
  const keystrokes = [];
  const opens = [];
  const firstOpens = [];
  for (let i = 0; i < RUNS; i++) {
    const tab = await context.newPage();
    await tab.goto(server.url + "/");
    await tab.waitForFunction(() => window.__shown !== null, null, { timeout: 60_000 });
    // The app itself, not the start page its service worker kept for this start.
    await tab.waitForFunction(() => !document.querySelector(".lotse-prerender") && !document.documentElement.classList.contains("lotse-building"));
    allCases.push(await tab.evaluate(timeClick, [".lotse-case-list__all a", "() => document.querySelectorAll('#case-search-results .lotse-case-list > li').length >= 50"]));
    allRead.push(await tab.evaluate(() => new Promise((resolve) => {
      const count = document.querySelector("[data-testid=case-search-count]");
      const check = () => count.textContent.trim() && resolve(performance.now() - window.__clicked);
      new MutationObserver(check).observe(count, { childList: true, subtree: true, characterData: true });
      check();
    })));
    const search = tab.locator("#case-search");
    await search.focus();
    for (const key of "klient 0421") {
      const took = await tab.evaluate(
        (key) =>
          new Promise((resolve) => {
            const count = document.querySelector("[data-testid=case-search-count]");
            const input = document.querySelector("#case-search");
            const start = performance.now();
            const observer = new MutationObserver(() => {
              observer.disconnect();
              resolve(performance.now() - start);
            });
            observer.observe(count, { childList: true, subtree: true, characterData: true });
            input.value += key;
            input.dispatchEvent(new InputEvent("input", { bubbles: true, data: key }));
            // A keystroke that does not change the count is answered when the frame is drawn.
            requestAnimationFrame(() => setTimeout(() => { observer.disconnect(); resolve(performance.now() - start); }));
          }),
        key,
      );
      keystrokes.push(took);
    }
    await tab.locator("#case-search").fill("");
    await tab.locator("#case-search-results .lotse-case-list > li").nth(49).waitFor();
    const willShown = "() => /Wille/.test(document.querySelector('main h1')?.textContent ?? '') && document.querySelectorAll('main textarea').length >= 2";
    // The first case opened in this tab fetches the case pages' module; then, back on the
    // page of all cases, another one: what opening a case costs.
    const first = await tab.evaluate(timeClick, ["#case-search-results .lotse-case-card__link", willShown]);
    await tab.goBack();
    // Once every case is read, as the first time: the page reads them after its first cards.
    await tab.waitForFunction(() => document.querySelector("[data-testid=case-search-count]")?.textContent.trim());
    opens.push(await tab.evaluate(timeClick, ["#case-search-results li:nth-child(2) .lotse-case-card__link", willShown]));
    firstOpens.push(first);
    if (i === RUNS - 1) {
      // Autosave in the case just opened: 32 bursts of two keys, a save after each pause.
      await tab.evaluate(() => Object.values(window.__measures).forEach((m) => (m.length = 0)));
      await typeInBursts(tab);
      const { "lotse:save": saves, "lotse:save-commit": commits } = await tab.evaluate(() => window.__measures);
      figures.autosave = { saves: saves.length, median: median(saves), p95: p95(saves), commitMedian: median(commits), commitP95: p95(commits) };
    }
    // The next start at "/" shows the list, not this case again (the app reopens the last).
    await tab.evaluate(() => localStorage.setItem("lotse:ui:last-location", JSON.stringify("/")));
    await tab.close();
  }
  figures.allCases = { median: median(allCases), samples: allCases, read: median(allRead), readSamples: allRead };
  figures.keystroke = { median: median(keystrokes), p95: p95(keystrokes), max: Math.max(...keystrokes), samples: keystrokes.length };
  figures.openCase = { first: median(firstOpens), median: median(opens), samples: opens };
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const C = figures.capacity;
const budgets = [
  [`capacity: at least ${BUDGETS.capacity} cases fit`, C.stored >= BUDGETS.capacity && C.fit >= BUDGETS.capacity, `${C.stored} stored, about ${C.fit} fit`],
  [`start page ≤ ${BUDGETS.listRatio}× the static page`, figures.list.ratio <= BUDGETS.listRatio, `${ms(figures.list.app)} vs ${ms(figures.list.static)} (${figures.list.ratio.toFixed(2)}×)`],
  [`all cases shown ≤ ${BUDGETS.allCases} ms`, figures.allCases.median <= BUDGETS.allCases, `${ms(figures.allCases.median)} (every case read, to search: ${ms(figures.allCases.read)})`],
  [`search keystroke ≤ ${BUDGETS.keystroke} ms (max)`, figures.keystroke.max <= BUDGETS.keystroke, `median ${ms(figures.keystroke.median)}, max ${ms(figures.keystroke.max)}`],
  [`opening a case ≤ ${BUDGETS.openCase} ms`, figures.openCase.median <= BUDGETS.openCase, `${ms(figures.openCase.median)} (the first in a tab, with its module: ${ms(figures.openCase.first)})`],
  [`autosave median ≤ ${BUDGETS.saveMedian} ms, p95 ≤ ${BUDGETS.saveP95} ms`, figures.autosave.median <= BUDGETS.saveMedian && figures.autosave.p95 <= BUDGETS.saveP95, `${ms(figures.autosave.median)} / ${ms(figures.autosave.p95)} (${figures.autosave.saves} saves)`],
];
const out = [
  `caseload: ${C.stored} cases of ${kb(C.recordChars)} each (Herr K. with two signatures), stored in ${C.seconds.toFixed(0)} s`,
  `  bytes per case on disk (estimate): ${kb(C.bytesPerCase)}; quota ${(C.quota / 1e9).toFixed(1)} GB → about ${C.fit} cases fit`,
  `  the write to IndexedDB after a save (off the typing path): median ${ms(figures.autosave.commitMedian)}, p95 ${ms(figures.autosave.commitP95)}`,
  ...budgets.map(([label, ok, value]) => `  ${ok ? "PASS" : "FAIL"}  ${label.padEnd(42)} ${value}`),
  errors.length ? `  page errors: ${errors.join("; ")}` : "  no page errors",
];
writeReport({ name: "caseload", title: "A whole caseload", lines: out, figures, budgets, errors });
if (errors.length) process.exitCode = 1;
