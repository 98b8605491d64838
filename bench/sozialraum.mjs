// The Sozialraum benchmark: the report over a whole caseload and the catalogue's suggestions.
// It stores 5,000 cases the size of Herr K.'s (tests/fixtures/case-v2-herr-k.json), each with
// the facts the app keeps beside it (src/domain/sozialraum/facts.rs), in two districts, and a
// catalogue of 2,000 entries, in the stores and shapes the app writes (src/storage/idb.rs,
// src/storage/sozialraum.rs), and measures:
// - the report: from a click on "Sozialraum-Bericht" until it shows its count of cases, and
//   from choosing another district until the count changes; the longest main-thread task
//   meanwhile (typing and scrolling wait for no task longer than that);
// - a suggestion: in a case of the Nordstadt, each keystroke into a neighbourhood resource
//   until the suggestions from the catalogue have changed (or the next frame);
// - the first report after an update: the same 5,000 cases without their facts, which the
//   report counts again from the cases once (reported, no budget).
//
//   LOTSE_DIST=dist node bench/sozialraum.mjs [--cases N] [--entries N] [--runs N]
//
// The report goes to stdout, bench/results/sozialraum.json and bench/README.md (its own markers).
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { CHROMIUM, FLAGS, median, option, p95, writeReport } from "./report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const CASES = option("--cases", 5000);
const ENTRIES = option("--entries", 2000);
const RUNS = option("--runs", 5);
const LOTSE_DIST = resolve(process.env.LOTSE_DIST ?? join(here, "..", "dist"));
const FIXTURE = readFileSync(join(here, "..", "tests", "fixtures", "case-v2-herr-k.json"), "utf8");
const BUDGETS = { report: 1000, longTask: 100, suggestion: 50 };
const log = (...parts) => console.error("[sozialraum]", ...parts);

/**
 * Runs in the page: stores `count` cases (with their facts unless `withoutFacts`) and `entries`
 * catalogue entries with the lists of two districts, in the app's shapes.
 */
async function seed([fixture, count, entries, withoutFacts]) {
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open("lotse");
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of ["cases", "copies", "set_aside", "facts", "sozialraum", "sozialraum_copies"]) db.createObjectStore(name);
      const summaries = db.createObjectStore("summaries");
      summaries.createIndex("order", "order");
      summaries.createIndex("due", "due");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const start = Date.UTC(2026, 0, 1);
  const words = ["Repair-Café", "Nachbarschaftstreff", "Tafel", "Sportverein", "Bücherei", "Mieterverein", "Sprachcafé", "Elterncafé"];
  const put = (stores, write) => new Promise((resolve, reject) => {
    const tx = database.transaction(stores, "readwrite");
    write(tx);
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
  const doc = (tx, id, body) => {
    const text = JSON.stringify({ schema: 1, body });
    tx.objectStore("sozialraum").put({ _id: id, _rev: "1-0000000000000001", body: text }, id);
    tx.objectStore("sozialraum_copies").put(text, id);
  };
  await put(["sozialraum", "sozialraum_copies"], (tx) => {
    doc(tx, "places", { districts: [{ id: "nord", name: "Nordstadt" }, { id: "sued", name: "Südstadt" }], own_categories: [], hidden_categories: [] });
    for (let i = 0; i < entries; i++) {
      doc(tx, `entry-${i}`, {
        id: `entry-${i}`, name: `${words[i % words.length]} ${i}`, offers: "Beratung und Treffen", district: i % 2 ? "sued" : "nord",
        address: "", how_to_reach: "", opening_times: "", contact_person: "", life_domains: [`d${1 + (i % 9)}`],
        costs_money: "unknown", step_free: "unknown", easy_language: "unknown", languages: "", checked_on: null,
        created_at: start, updated_at: start,
      });
    }
  });
  const categories = ["childcare", "housing", "mobility", "digital-access", "language", "money", "health", "leisure", null];
  for (let from = 0; from < count; from += 250) {
    await put(["cases", "copies", "summaries", "facts"], (tx) => {
      for (let i = from; i < Math.min(count, from + 250); i++) {
        const record = JSON.parse(fixture);
        const c = record.case;
        c.id = `bench-${String(i).padStart(5, "0")}`;
        c.alias = `Klient ${String(i).padStart(5, "0")}`;
        c.first_contact = new Date(start + (i % 300) * 86_400_000).toISOString().slice(0, 10);
        c.updated_at = start + i * 60_000;
        c.district = i % 3 ? "nord" : "sued";
        c.circumstances.forEach((x, k) => { x.category = categories[(i + k) % categories.length]; });
        c.resources.filter((r) => r.kind === "neighbourhood").forEach((r, k) => { r.catalogue = `entry-${(i * 7 + k) % entries}`; });
        const body = JSON.stringify({ schema: 4, case: c });
        const summary = JSON.stringify({ schema: 2, case: { id: c.id, alias: c.alias, first_contact: c.first_contact, updated_at: c.updated_at } });
        tx.objectStore("cases").put({ _id: c.id, _rev: "1-0000000000000001", body }, c.id);
        tx.objectStore("copies").put(body, c.id);
        tx.objectStore("summaries").put({ order: -c.updated_at, body: summary }, c.id);
        if (withoutFacts) continue;
        const domains = Array(9).fill(0);
        for (const g of c.goals) for (const d of g.life_domains) domains[Number(d.slice(1)) - 1] += 1;
        tx.objectStore("facts").put(JSON.stringify({
          version: 1,
          facts: {
            district: c.district, from: c.first_contact, until: "2027-05-20", goals_by_domain: domains,
            circumstances: c.circumstances.map((x) => x.category), steps_by_owner: [3 + (i % 4), 2, 1, i % 3],
            catalogue_used: [...new Set(c.resources.filter((r) => r.catalogue).map((r) => r.catalogue))],
            network_size: i % 12, sectors_used: i % 5,
          },
        }), c.id);
      }
    });
  }
  database.close();
}

/** Runs in the page before its scripts: records the longest task from now on. */
function watchTasks() {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: "longtask" });
}

/** Runs in the page: resolves with the time from `act()` until `done()` holds. */
function timeUntil([actSource, doneSource]) {
  const act = new Function(`return (${actSource})`)();
  const done = new Function(`return (${doneSource})`)();
  return new Promise((resolve) => {
    const start = performance.now();
    const check = () => {
      if (done()) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    act();
  });
}

const REPORT_SHOWN = "() => /\\d/.test(document.querySelector('[data-testid=report-cases]')?.textContent ?? '')";

/** On a fresh profile with the caseload seeded: the report `RUNS` times, and the suggestions. */
async function measure(server, { withoutFacts }) {
  const profile = mkdtempSync(join(tmpdir(), "lotse-sozialraum-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1024, height: 768 }, locale: "de-DE" });
  const errors = [];
  const result = { report: [], district: [], longest: [], keystrokes: [] };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}/__bench/blank`);
    const started = Date.now();
    await page.evaluate(seed, [FIXTURE, CASES, ENTRIES, withoutFacts]);
    result.seeded = (Date.now() - started) / 1000;
    log(`stored ${CASES} cases ${withoutFacts ? "without" : "with"} facts and ${ENTRIES} entries in ${result.seeded} s`);
    await context.addInitScript(watchTasks);
    for (let i = 0; i < (withoutFacts ? 1 : RUNS + 1); i++) {
      const tab = await context.newPage();
      tab.on("pageerror", (e) => errors.push(e.message));
      await tab.goto(server.url + "/stadtteil");
      // The catalogue's list in place, so what is timed is the report alone.
      await tab.locator("main .lotse-plain-list > li").first().waitFor();
      await tab.evaluate(() => { window.__longest = 0; });
      const took = await tab.evaluate(timeUntil, ["() => document.querySelector(\"main a[href='/stadtteil/bericht']\").click()", REPORT_SHOWN]);
      const before = await tab.locator("[data-testid=report-cases]").textContent();
      const district = await tab.evaluate(timeUntil, [
        "() => { const s = document.querySelector('#report-district'); s.value = 'nord'; s.dispatchEvent(new Event('change', { bubbles: true })); }",
        `() => (document.querySelector('[data-testid=report-cases]')?.textContent ?? '') !== ${JSON.stringify(before)}`,
      ]);
      const longest = await tab.evaluate(() => window.__longest);
      // The first run fetches the module and its texts; the budget is for the report itself.
      if (i > 0 || withoutFacts) {
        result.report.push(took);
        result.district.push(district);
        result.longest.push(longest);
      }
      await tab.close();
    }
    if (!withoutFacts) {
      // A case of the Nordstadt: its Repair-Café, typed anew, letter by letter.
      const tab = await context.newPage();
      tab.on("pageerror", (e) => errors.push(e.message));
      await tab.goto(server.url + "/fall/bench-00001/ressourcen");
      await tab.locator(".lotse-catalogue-link").first().waitFor();
      await tab.evaluate(() => {
        const id = [...document.querySelectorAll("textarea")].find((t) => t.value.startsWith("Repair-Café")).id;
        window.__field = id;
      });
      for (let run = 0; run < RUNS; run++) {
        await tab.evaluate(() => {
          const field = document.getElementById(window.__field);
          field.value = "";
          field.dispatchEvent(new InputEvent("input", { bubbles: true }));
        });
        await tab.waitForTimeout(100);
        for (const key of "repair cafe 12") {
          result.keystrokes.push(await tab.evaluate((key) => new Promise((resolve) => {
            const field = document.getElementById(window.__field);
            const box = field.closest("fieldset");
            const start = performance.now();
            const observer = new MutationObserver(() => {
              observer.disconnect();
              resolve(performance.now() - start);
            });
            observer.observe(box, { childList: true, subtree: true, characterData: true });
            field.value += key;
            field.dispatchEvent(new InputEvent("input", { bubbles: true, data: key }));
            // A keystroke that changes no suggestion is answered when the frame is drawn.
            requestAnimationFrame(() => setTimeout(() => { observer.disconnect(); resolve(performance.now() - start); }));
          }), key));
        }
      }
      result.suggested = await tab.locator(".lotse-catalogue-link__suggestions li").count();
      await tab.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return { ...result, errors };
}

const server = await serve(LOTSE_DIST, { blank: true });
let warm;
let cold;
try {
  warm = await measure(server, { withoutFacts: false });
  cold = await measure(server, { withoutFacts: true });
} finally {
  await server.close();
}

const ms = (n) => `${n.toFixed(1)} ms`;
const figures = {
  report: { median: median(warm.report), samples: warm.report },
  district: { median: median(warm.district), samples: warm.district },
  longest: { max: Math.max(...warm.longest), samples: warm.longest },
  suggestion: { median: median(warm.keystrokes), p95: p95(warm.keystrokes), max: Math.max(...warm.keystrokes), samples: warm.keystrokes.length, shown: warm.suggested },
  firstReportWithoutFacts: { ms: cold.report[0], longest: cold.longest[0] },
};
const errors = [...warm.errors, ...cold.errors];
const budgets = [
  [`report over ${CASES} cases ≤ ${BUDGETS.report} ms`, figures.report.median <= BUDGETS.report && figures.district.median <= BUDGETS.report, `${ms(figures.report.median)} (another district: ${ms(figures.district.median)})`],
  [`no task longer than ${BUDGETS.longTask} ms meanwhile`, figures.longest.max <= BUDGETS.longTask, `longest ${ms(figures.longest.max)}`],
  [`suggestion ≤ ${BUDGETS.suggestion} ms per keystroke (max)`, figures.suggestion.max <= BUDGETS.suggestion, `median ${ms(figures.suggestion.median)}, max ${ms(figures.suggestion.max)} (${ENTRIES} entries)`],
];
const out = [
  `sozialraum: ${CASES} cases of Herr K.'s size in two districts, ${ENTRIES} catalogue entries; report median of ${RUNS}, suggestions for "repair cafe 12" typed ${RUNS} times`,
  ...budgets.map(([label, ok, value]) => `  ${ok ? "PASS" : "FAIL"}  ${label.padEnd(42)} ${value}`),
  `  the first report after an update, facts counted again from every case: ${ms(figures.firstReportWithoutFacts.ms)} (longest task ${ms(figures.firstReportWithoutFacts.longest)})`,
  errors.length ? `  page errors: ${errors.join("; ")}` : "  no page errors",
];
writeReport({ name: "sozialraum", title: "The Sozialraum level", lines: out, figures, budgets, errors });
if (errors.length) process.exitCode = 1;
