// The team benchmark: replication with a CouchDB-compatible server on 127.0.0.1 (PouchDB Server
// from npm, in memory, behind the test server's /couchdb/ as an agency's reverse proxy). Two
// browser profiles are two devices of one team. It measures:
// - sending: device A holds CASES cases the size of Herr K.'s (tests/fixtures/case-v2-herr-k.json)
//   and joins the team; from joining until its outbox is empty (reported, no budget);
// - receiving: a fresh device B joins; from joining until all CASES cases are stored on it;
// - an edit: typed on A (on its will page) until B has stored it, RUNS times.
//
//   LOTSE_DIST=dist node bench/team.mjs [--cases N] [--runs N]
//
// The report goes to stdout, bench/results/team.json and bench/README.md (its own markers).
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serveDist } from "../tests/e2e/server.mjs";
import { startCouch } from "../scripts/couch.mjs";
import { CHROMIUM, FLAGS, median, option, writeReport } from "./report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const CASES = option("--cases", 500);
const RUNS = option("--runs", 10);
const LOTSE_DIST = resolve(process.env.LOTSE_DIST ?? join(here, "..", "dist"));
const FIXTURE = readFileSync(join(here, "..", "tests", "fixtures", "case-v2-herr-k.json"), "utf8");
const BUDGETS = { receive: 20_000, edit: 5_000 };
const PASSPHRASE = "Bench-Team Nordstadt 2026";
const log = (...parts) => console.error("[team]", ...parts);

/** Runs in the page, once the app has made its database: stores `count` cases in its shapes. */
async function seed([fixture, count]) {
  let database;
  // The app creates its stores as it starts.
  for (;;) {
    database = await new Promise((resolve, reject) => {
      const request = indexedDB.open("lotse");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (database.objectStoreNames.contains("outbox")) break;
    database.close();
    await new Promise((r) => setTimeout(r, 200));
  }
  const start = Date.UTC(2026, 0, 1);
  for (let from = 0; from < count; from += 100) {
    await new Promise((resolve, reject) => {
      const tx = database.transaction(["cases", "copies", "summaries"], "readwrite");
      for (let i = from; i < Math.min(count, from + 100); i++) {
        const record = JSON.parse(fixture);
        const c = record.case;
        c.id = `bench-${String(i).padStart(5, "0")}`;
        c.alias = `Klient ${String(i).padStart(5, "0")}`;
        c.updated_at = start + i * 60_000;
        const body = JSON.stringify(record);
        const summary = JSON.stringify({ schema: 2, case: { id: c.id, alias: c.alias, first_contact: c.first_contact, updated_at: c.updated_at } });
        tx.objectStore("cases").put({ _id: c.id, _rev: "1-0000000000000001", body }, c.id);
        tx.objectStore("copies").put(body, c.id);
        tx.objectStore("summaries").put({ order: -c.updated_at, body: summary }, c.id);
      }
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
  }
  database.close();
}

/** Runs in the page: how many entries `store` holds (cases: only those with a body). */
function count(store) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open("lotse");
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction(store).objectStore(store).getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result.filter((v) => store !== "cases" || v.body).length);
      };
      all.onerror = () => reject(all.error);
    };
    request.onerror = () => reject(request.error);
  });
}

/** Runs in the page: whether the stored record of `id` contains `text`. */
function holds([id, text]) {
  return new Promise((resolve) => {
    const request = indexedDB.open("lotse");
    request.onsuccess = () => {
      const db = request.result;
      const get = db.transaction("cases").objectStore("cases").get(id);
      get.onsuccess = () => {
        db.close();
        resolve(Boolean(get.result?.body?.includes(text)));
      };
    };
  });
}

async function until(check, timeout) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeout) throw new Error(`not done within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - started;
}

async function device(errors) {
  const profile = mkdtempSync(join(tmpdir(), "lotse-team-bench-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1024, height: 768 }, locale: "de-DE" });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

async function joinTeam(page, url, name, password) {
  await page.goto(`${url}/daten/team`);
  await page.getByLabel("Adresse des Servers", { exact: true }).fill(`${url}/couchdb`);
  await page.getByLabel("Datenbank des Teams", { exact: true }).fill("team-bench");
  await page.getByLabel("Ihr Benutzername auf dem Server", { exact: true }).fill(name);
  await page.getByLabel("Ihr Passwort auf dem Server", { exact: true }).fill(password);
  await page.getByLabel("Team-Passwort", { exact: true }).fill(PASSPHRASE);
  await page.getByRole("button", { name: "Prüfen und verbinden" }).click();
  await page.getByTestId("team-status").waitFor({ timeout: 60_000 });
}

const couch = await startCouch();
await couch.addUser("anna", "anna-pw");
await couch.addUser("ben", "ben-pw");
await couch.addDatabase("team-bench", ["anna", "ben"]);
const server = await serveDist(LOTSE_DIST + "/", { couch: couch.url });
const errors = [];
const a = await device(errors);
const b = await device(errors);
const figures = {};
try {
  await a.page.goto(`${server.url}/`);
  await a.page.locator("main h1").first().waitFor();
  await a.page.evaluate(seed, [FIXTURE, CASES]);
  log(`stored ${CASES} cases on device A`);
  const sendStart = Date.now();
  await joinTeam(a.page, server.url, "anna", "anna-pw");
  await until(async () => (await a.page.evaluate(count, "outbox")) === 0, 300_000);
  figures.send = Date.now() - sendStart;
  log(`A sent them in ${figures.send} ms`);

  await b.page.goto(`${server.url}/`);
  await b.page.locator("main h1").first().waitFor();
  const receiveStart = Date.now();
  await joinTeam(b.page, server.url, "ben", "ben-pw");
  await until(async () => (await b.page.evaluate(count, "cases")) === CASES, 300_000);
  figures.receive = Date.now() - receiveStart;
  log(`B received them in ${figures.receive} ms`);

  await a.page.goto(`${server.url}/fall/bench-00001/wille`);
  const field = a.page.getByLabel("Was wollen Sie ändern? Was wollen Sie erreichen?").first();
  await field.waitFor();
  figures.edit = [];
  for (let run = 0; run < RUNS; run++) {
    const text = `Lauf ${run}: Ich will wieder arbeiten.`;
    const started = Date.now();
    await field.fill(text);
    await until(() => b.page.evaluate(holds, ["bench-00001", text]), 60_000);
    figures.edit.push(Date.now() - started);
  }
  log(`edits arrived in ${figures.edit.join(", ")} ms`);
} finally {
  await a.close();
  await b.close();
  await server.close();
  await couch.stop();
}

const editMedian = median(figures.edit);
const editMax = Math.max(...figures.edit);
const budgets = [
  [`a fresh device receives ${CASES} cases ≤ ${BUDGETS.receive / 1000} s`, figures.receive <= BUDGETS.receive, `${(figures.receive / 1000).toFixed(1)} s`],
  [`an edit on one device is on the other ≤ ${BUDGETS.edit / 1000} s (slowest of ${RUNS})`, editMax <= BUDGETS.edit, `${(editMax / 1000).toFixed(2)} s`],
];
const lines = [
  `Team sync against PouchDB Server on 127.0.0.1, ${CASES} cases the size of Herr K.'s, two devices`,
  `  device A sends them after joining:         ${(figures.send / 1000).toFixed(1)} s (no budget)`,
  `  a fresh device B receives them:            ${(figures.receive / 1000).toFixed(1)} s`,
  `  an edit typed on A, stored on B: median    ${(editMedian / 1000).toFixed(2)} s, slowest ${(editMax / 1000).toFixed(2)} s (${RUNS} runs, 300 ms autosave pause included)`,
  ...budgets.map(([label, ok, value]) => `  ${ok ? "within" : "OVER  "} ${label}: ${value}`),
  errors.length ? `  page errors: ${errors.join("; ")}` : "  no page errors",
];
writeReport({ name: "team", title: "Team sync", lines, figures, budgets, errors });
if (budgets.some(([, ok]) => !ok) || errors.length) process.exitCode = 1;
