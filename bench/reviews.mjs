// The reviews benchmark: what a long case history costs. Two cases of Herr K. with 10 goals
// each, one without reviews and one with 20 completed reviews of all 10 goals (ratings, what
// changed, every step looked back at, and 20 earlier agreement versions, each with its two
// signatures), and measures:
// - opening each case from the start page (click to its will page with its fields), with the
//   case pages' module already loaded in the tab; the budget: at most 50 ms more with reviews;
// - autosave while typing in the case with reviews (the app's "lotse:save" measure); the
//   budget: median 2 ms, p95 8 ms.
// Run by scripts/bench.sh after bench/caseload.mjs; directly:
//
//   LOTSE_DIST=dist node bench/reviews.mjs [--runs N]
//
// The report goes to stdout, bench/results/reviews.json and bench/README.md (its own markers).
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { median, p95, typeInBursts, writeReport } from "./report.mjs";
import { SIGNATURE_SCRIPT } from "../tests/e2e/signature.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const RUNS = (() => { const i = args.indexOf("--runs"); return i >= 0 ? Number(args[i + 1]) : 7; })();
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const LOTSE_DIST = resolve(process.env.LOTSE_DIST ?? join(here, "..", "dist"));
const FIXTURE = JSON.parse(readFileSync(join(here, "..", "tests", "fixtures", "case-v2-herr-k.json"), "utf8"));
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=de-DE"];
const BUDGETS = { extraOpen: 50, saveMedian: 2, saveP95: 8 };
const REVIEWS = 20;
const GOALS = 10;
const log = (...parts) => console.error("[reviews]", ...parts);
const day = (offset) => new Date(Date.UTC(2026, 10, 20) + offset * 86_400_000).toISOString().slice(0, 10);

/** Herr K. with `GOALS` goals (his two, repeated with their steps), as schema 3 stores him. */
function tenGoals(id, alias, signatures) {
  const record = structuredClone(FIXTURE);
  const c = record.case;
  c.id = id;
  c.alias = alias;
  const originals = c.goals;
  c.goals = Array.from({ length: GOALS }, (_, g) => {
    const goal = structuredClone(originals[g % originals.length]);
    goal.id = `${id}-goal-${g}`;
    goal.client_wording = `${goal.client_wording} (${g + 1})`;
    goal.steps = goal.steps.map((s, n) => ({ ...s, id: `${goal.id}-step-${n}` }));
    goal.start = { client: 2 + (g % 3), caseworker: 3 };
    goal.earlier_wordings = [];
    goal.outcome = null;
    return goal;
  });
  c.agreement.signatures = signatures(0);
  c.reviews = [];
  c.earlier_agreements = [];
  return { schema: 3, case: c };
}

/** The same case after `REVIEWS` completed reviews of every goal, about three months apart. */
function withReviews(record, signatures) {
  const c = record.case;
  for (let r = 0; r < REVIEWS; r++) {
    const held = day(90 * (r + 1));
    c.earlier_agreements.push({
      version: r + 1, replaced_on: held,
      will: structuredClone(c.will), goals: structuredClone(c.goals), resources: structuredClone(c.resources),
      network: structuredClone(c.network), circumstances: structuredClone(c.circumstances), agreement: structuredClone(c.agreement),
    });
    c.reviews.push({
      id: `${c.id}-review-${r}`, held_on: held, completed: true,
      goals: c.goals.map((goal, g) => ({
        goal: goal.id,
        ratings: { client: (3 + r + g) % 11, caseworker: (2 + r + g) % 11 },
        changes: "Die Vermieterin hat den Ratenplan angenommen. Zwei Raten sind bezahlt.",
        steps: goal.steps.map((s, n) => ({ step: s.id, progress: ["done", "partly", "not_done", "no_longer_needed"][(r + n) % 4], note: "Tom hat mir gezeigt, wie es geht. Zwei sind fertig." })),
        decision: "kept", new_wording: "", drop_reason: "",
      })),
      added: { will: [], goals: [], resources: [], contacts: [] },
      next_review: day(90 * (r + 2)), signatures: [], agreement_version: r + 2,
    });
    c.agreement.signatures = signatures(r + 1);
    c.agreement.review_date = day(90 * (r + 2));
  }
  return record;
}

/** Runs in the page: when the will page of the case just clicked shows its fields. */
function timeOpen(alias) {
  return new Promise((resolve) => {
    const link = [...document.querySelectorAll(".lotse-case-card__link")].find((a) => a.textContent.trim() === alias);
    const start = performance.now();
    const done = () => /Wille/.test(document.querySelector("main h1")?.textContent ?? "") && document.querySelectorAll("main textarea").length >= 2;
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    link.click();
  });
}

const server = await serve(LOTSE_DIST, { blank: true });
const profile = mkdtempSync(join(tmpdir(), "lotse-reviews-"));
const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1024, height: 768 }, locale: "de-DE" });
const errors = [];
context.on("page", (page) => {
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
});
const figures = {};
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}/__bench/blank`);
  await page.evaluate(SIGNATURE_SCRIPT);
  const drawn = await page.evaluate((count) => Array.from({ length: count }, (_, i) => self.lotseDrawSignature(i + 1)), 2 * (REVIEWS + 1));
  const signatures = (version) => [
    { signer: "client", image: drawn[2 * version], signed_on: day(90 * version) },
    { signer: "caseworker", image: drawn[2 * version + 1], signed_on: day(90 * version) },
  ];
  const plain = tenGoals("bench-plain", "Ohne Überprüfungen", signatures);
  const reviewed = withReviews(tenGoals("bench-reviewed", "Mit 20 Überprüfungen", signatures), signatures);
  const warm = tenGoals("bench-warm", "Zum Aufwärmen", signatures);
  figures.records = { plain: JSON.stringify(plain).length, reviewed: JSON.stringify(reviewed).length };
  log(`records: ${JSON.stringify(figures.records)}`);
  // Stored as an earlier version left them; the app moves them into IndexedDB at its start.
  await page.evaluate((records) => {
    for (const r of records) localStorage.setItem(`lotse:case:${r.case.id}`, JSON.stringify(r));
  }, [plain, reviewed, warm]);
  await page.goto(server.url + "/");
  await page.locator(".lotse-case-card__link").nth(2).waitFor({ timeout: 60_000 });
  await page.close();

  const opens = { plain: [], reviewed: [] };
  for (let run = 0; run < RUNS; run++) {
    const tab = await context.newPage();
    const toList = async () => {
      await tab.goto(`${server.url}/__bench/blank`);
      await tab.evaluate(() => localStorage.setItem("lotse:ui:last-location", JSON.stringify("/")));
      await tab.goto(server.url + "/");
      await tab.locator(".lotse-case-card__link").nth(2).waitFor({ timeout: 60_000 });
      await tab.waitForFunction(() => !document.querySelector(".lotse-prerender") && !document.documentElement.classList.contains("lotse-building"));
    };
    await toList();
    // The case pages' module comes with the first case opened in a tab; not measured.
    await tab.evaluate(timeOpen, "Zum Aufwärmen");
    const order = run % 2 ? ["reviewed", "plain"] : ["plain", "reviewed"];
    for (const which of order) {
      await tab.goBack();
      await tab.locator(".lotse-case-card__link").nth(2).waitFor();
      opens[which].push(await tab.evaluate(timeOpen, which === "plain" ? "Ohne Überprüfungen" : "Mit 20 Überprüfungen"));
    }
    if (run === RUNS - 1) {
      // Autosave in the case with reviews: 32 bursts of two keys, a save after each pause.
      await tab.goBack();
      await tab.locator(".lotse-case-card__link").nth(2).waitFor();
      await tab.evaluate(() => {
        window.__saves = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.name === "lotse:save") window.__saves.push(e.duration);
        }).observe({ type: "measure" });
      });
      await tab.evaluate(timeOpen, "Mit 20 Überprüfungen");
      await typeInBursts(tab);
      const saves = await tab.evaluate(() => window.__saves);
      figures.autosave = { saves: saves.length, median: median(saves), p95: p95(saves) };
    }
    await tab.close();
  }
  figures.open = {
    plain: median(opens.plain), reviewed: median(opens.reviewed), samples: opens,
  };
  figures.open.extra = figures.open.reviewed - figures.open.plain;
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

const ms = (n) => `${n.toFixed(1)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const budgets = [
  [`opening a case with ${REVIEWS} reviews: ≤ ${BUDGETS.extraOpen} ms more`, figures.open.extra <= BUDGETS.extraOpen, `${ms(figures.open.reviewed)} vs ${ms(figures.open.plain)} (+${ms(figures.open.extra)})`],
  [`autosave median ≤ ${BUDGETS.saveMedian} ms, p95 ≤ ${BUDGETS.saveP95} ms`, figures.autosave.median <= BUDGETS.saveMedian && figures.autosave.p95 <= BUDGETS.saveP95, `${ms(figures.autosave.median)} / ${ms(figures.autosave.p95)} (${figures.autosave.saves} saves)`],
];
const out = [
  `reviews: Herr K. with ${GOALS} goals, stored ${kb(figures.records.plain)}; with ${REVIEWS} completed reviews of every goal and ${REVIEWS} earlier agreements with their signatures, ${kb(figures.records.reviewed)}`,
  `  opening from the start page, median of ${RUNS} each, the case pages' module already loaded`,
  ...budgets.map(([label, ok, value]) => `  ${ok ? "PASS" : "FAIL"}  ${label.padEnd(48)} ${value}`),
  errors.length ? `  page errors: ${errors.join("; ")}` : "  no page errors",
];
writeReport({ name: "reviews", title: "A long case history", lines: out, figures, budgets, errors });
if (errors.length) process.exitCode = 1;
