// A whole caseload in IndexedDB: the move from localStorage (every schema, plain and
// encrypted, and a move that was interrupted), a database upgrade blocked by an older tab, a
// newer Lotse taking over in another tab, and 1,000 signed cases imported and read back exactly.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  withBrowser, open, stopServer, appUrl, appStarted, expectAccessible, storedValue, storedEntries, storedRecord,
  setAsideText, createCase, waitUntilSaved,
} from "./helpers.mjs";
import { SIGNATURE_SCRIPT } from "./signature.mjs";

after(stopServer);

const V1 = readFileSync(new URL("../fixtures/case-v1.json", import.meta.url), "utf8");
const V2 = readFileSync(new URL("../fixtures/case-v2-herr-k.json", import.meta.url), "utf8");
const PASSPHRASE = "Wiesenweg sieben Laterne";
const CASE_KEYS = /^lotse:(case|copy|damaged):/;

/** Every key of records an earlier Lotse kept in localStorage. */
const leftInLocalStorage = (page) =>
  page.evaluate((pattern) => Object.keys(localStorage).filter((k) => new RegExp(pattern).test(k)), CASE_KEYS.source);

/** Writes records as an earlier Lotse kept them, from a page of the app's origin. */
async function storeAsEarlierVersion(page, entries) {
  await page.evaluate((entries) => { for (const [k, v] of entries) localStorage.setItem(k, v); }, entries);
}

/** A blank page on the app's origin (its storage, without the app running). */
async function blankOnOrigin(page) {
  const url = (await appUrl()) + "/__blank";
  await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: '<!doctype html><title>leer</title><link rel="icon" href="data:,">' }));
  await page.goto(url);
}

const cardTitles = (page) => page.locator(".lotse-case-list > li h2").allTextContents();

test("the cases of every schema move from localStorage exactly, once, and a half-finished move ends", () =>
  withBrowser(async ({ page }) => {
    const v1 = JSON.parse(V1);
    const v2 = JSON.parse(V2);
    const torn = V2.slice(0, 2000);
    await blankOnOrigin(page);
    await storeAsEarlierVersion(page, [
      [`lotse:case:${v1.case.id}`, V1],
      [`lotse:copy:${v1.case.id}`, V1],
      [`lotse:case:${v2.case.id}`, V2],
      [`lotse:copy:${v2.case.id}`, V2],
      [`lotse:damaged:${v2.case.id}`, torn],
    ]);
    await open(page, "/");
    assert.deepEqual((await cardTitles(page)).sort(), [v1.case.alias, v2.case.alias].sort());
    assert.deepEqual(await leftInLocalStorage(page), [], "every moved key is removed");
    // Moved exactly as stored: the schema-1 text too (it is lifted when read, not when moved).
    assert.equal(await storedRecord(page, v1.case.id), V1);
    assert.equal(await storedRecord(page, v2.case.id), V2);
    assert.equal(await storedValue(page, "copies", v2.case.id), V2);
    assert.equal(await setAsideText(page, v2.case.id), torn);
    const revision = (await storedValue(page, "cases", v2.case.id))._rev;
    assert.match(revision, /^1-[0-9a-f]{16}$/);

    // A move interrupted after the transaction, before the keys were removed: the next start
    // finds the same text in both places, writes nothing twice, and removes the key.
    await storeAsEarlierVersion(page, [[`lotse:case:${v2.case.id}`, V2]]);
    await page.reload();
    await appStarted(page);
    await page.locator(".lotse-case-list").waitFor();
    assert.deepEqual(await leftInLocalStorage(page), []);
    assert.equal((await storedValue(page, "cases", v2.case.id))._rev, revision, "no second revision");
    assert.equal((await cardTitles(page)).length, 2, "nothing doubled");

    // An older tab kept writing to localStorage after the move: its text is set aside beside
    // the torn one, never written over the case.
    const older = V2.replace("Ich", "Ich (alter Tab)");
    assert.notEqual(older, V2);
    await storeAsEarlierVersion(page, [[`lotse:case:${v2.case.id}`, older]]);
    await page.reload();
    await appStarted(page);
    await page.locator(".lotse-case-list").waitFor();
    assert.deepEqual(await leftInLocalStorage(page), []);
    assert.equal(await storedRecord(page, v2.case.id), V2, "the case as it was");
    assert.equal(await setAsideText(page, v2.case.id), torn);
    assert.equal(await storedValue(page, "set_aside", `${v2.case.id}~2`), older, "the older tab's text kept aside");

    // Opening the schema-1 case reads it lifted, with every word.
    await page.locator(`a.lotse-case-card__link[href="/fall/${v1.case.id}/wille"]`).click();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    const values = await page.locator("main textarea").evaluateAll((fields) => fields.map((f) => f.value));
    for (const statement of v1.case.will) {
      assert.ok(values.includes(statement.wording), statement.wording);
      assert.ok(values.includes(statement.own_action), statement.own_action);
    }
  }));

test("encrypted records move as they are, sealed, and open with the passphrase", () =>
  withBrowser(async ({ page }) => {
    await open(page, "/");
    const id = await createCase(page, "Frau Sonntag", "2026-11-02");
    await page.getByLabel("Was wollen Sie ändern? Was wollen Sie erreichen?").first().fill("Ich will wieder Sonntag haben.");
    await waitUntilSaved(page);
    await open(page, "/daten/verschluesseln");
    await page.getByLabel("Passwort", { exact: true }).fill(PASSPHRASE);
    await page.getByLabel("Passwort wiederholen").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Verschlüsseln" }).click();
    await page.getByText("Die Verschlüsselung ist eingeschaltet.").waitFor();
    const sealed = await storedRecord(page, id);
    assert.match(sealed, /^\{"enc":1,/);

    // As an earlier Lotse kept them: the sealed texts in localStorage, nothing in IndexedDB.
    await blankOnOrigin(page);
    await page.evaluate(() => new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase("lotse");
      request.onsuccess = resolve;
      request.onerror = reject;
    }));
    await storeAsEarlierVersion(page, [[`lotse:case:${id}`, sealed], [`lotse:copy:${id}`, sealed]]);
    await page.goto(await appUrl());
    await page.getByRole("heading", { level: 1, name: "Lotse entsperren" }).waitFor();
    assert.deepEqual(await leftInLocalStorage(page), [], "moved while locked");
    assert.equal(await storedRecord(page, id), sealed, "moved sealed, as it was");
    await page.getByLabel("Passwort").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Entsperren" }).click();
    await page.getByRole("link", { name: "Frau Sonntag", exact: true }).waitFor();
    const everything = JSON.stringify(await storedEntries(page)) + JSON.stringify(await page.evaluate(() => ({ ...localStorage })));
    for (const word of ["Sonntag", "wieder"]) assert.ok(!everything.includes(word), `no "${word}" stored in plain text`);
    await page.getByRole("link", { name: "Frau Sonntag", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    assert.equal(await page.getByLabel("Was wollen Sie ändern? Was wollen Sie erreichen?").first().inputValue(), "Ich will wieder Sonntag haben.");
  }));

test("an older tab that holds the database open is named, and the page goes on once it is closed", () =>
  withBrowser(async ({ context, page }) => {
    // A tab that opened "lotse" before it had Lotse's stores and ignores requests to let go.
    const older = await context.newPage();
    await blankOnOrigin(older);
    await older.evaluate(() => new Promise((resolve, reject) => {
      const request = indexedDB.open("lotse", 1);
      request.onsuccess = () => { self.held = request.result; resolve(); };
      request.onerror = reject;
    }));
    await page.goto(await appUrl());
    const alert = page.getByText("Lotse ist in einem anderen Tab noch in einer älteren Version geöffnet");
    await alert.waitFor();
    await expectAccessible(page, "upgrade blocked");
    await older.close();
    // The page reloads by itself once the upgrade has gone through.
    await alert.waitFor({ state: "detached" });
    await appStarted(page);
    await page.getByRole("heading", { level: 2, name: "Noch keine Fälle auf diesem Gerät" }).waitFor();
    assert.equal(await alert.count(), 0);
    await createCase(page, "Herr Blau", "2026-11-03");
    await waitUntilSaved(page);
  }));

test("a newer Lotse in another tab takes over: this tab lets go at once and says so", () =>
  withBrowser(async ({ context, page }) => {
    await open(page, "/");
    await createCase(page, "Frau Grün", "2026-11-04");
    await waitUntilSaved(page);
    const newer = await context.newPage();
    await blankOnOrigin(newer);
    // Succeeds only because the app's tab closes its connection when asked.
    await newer.evaluate(() => new Promise((resolve, reject) => {
      const request = indexedDB.open("lotse", 99);
      request.onsuccess = () => { request.result.close(); resolve(); };
      request.onerror = reject;
      request.onblocked = () => reject(new Error("blocked by the app's tab"));
    }));
    await page.getByLabel("Was wollen Sie ändern? Was wollen Sie erreichen?").first().fill("Ich will arbeiten.");
    await page.getByText("Lotse wurde in einem anderen Tab auf eine neue Version umgestellt").waitFor();
    assert.equal(await page.getByLabel("Was wollen Sie ändern? Was wollen Sie erreichen?").first().inputValue(), "Ich will arbeiten.", "what was typed stays");
  }));

test("1,000 signed cases are imported in one step and read back exactly", { timeout: 600_000 }, () =>
  withBrowser(async ({ page }) => {
    await open(page, "/");
    // Two signatures drawn as on a tablet (PNG, as the agreement stores them).
    await page.evaluate(SIGNATURE_SCRIPT);
    const cases = await page.evaluate(([fixture]) => {
      const signatures = [
        { signer: "client", image: self.lotseDrawSignature(1), signed_on: "2026-11-20" },
        { signer: "caseworker", image: self.lotseDrawSignature(2), signed_on: "2026-11-20" },
      ];
      return Array.from({ length: 1000 }, (_, i) => {
        const record = JSON.parse(fixture);
        record.case.id = `import-${String(i).padStart(4, "0")}`;
        record.case.alias = `Klient ${String(i).padStart(4, "0")}`;
        record.case.agreement.signatures = signatures;
        return record;
      });
    }, [V2]);
    const text = JSON.stringify({ format: "lotse-export", version: 1, exported_at: 1_764_000_000_000, cases }, null, 2);
    assert.ok(text.length > 30_000_000, `a realistic size (${text.length} characters)`);
    const dir = await mkdtemp(join(tmpdir(), "lotse-caseload-"));
    const path = join(dir, "tausend.json");
    await writeFile(path, text);

    await open(page, "/daten/import");
    await page.getByLabel("Lotse-Datei").setInputFiles(path);
    await page.getByRole("heading", { level: 2, name: "Die Datei enthält 1000 Fälle:" }).waitFor({ timeout: 120_000 });
    await page.getByRole("button", { name: "Fälle übernehmen" }).click();
    await page.getByText("1000 Fälle wurden übernommen.").waitFor({ timeout: 300_000 });
    assert.equal(await page.locator(".lotse-case-list__recent").innerText(), "Die 20 zuletzt geänderten von 1000 Fällen:");
    // Every field as imported; stored in the current schema (4), which adds what reviews and
    // the Sozialraum need.
    const lifted = ({ case: c }) => ({
      schema: 4,
      case: {
        ...c,
        goals: c.goals.map((g) => ({ ...g, start: { client: null, caseworker: null }, earlier_wordings: [], outcome: null })),
        resources: c.resources.map((r) => ({ ...r, catalogue: null })),
        circumstances: c.circumstances.map((x) => ({ ...x, category: null })),
        reviews: [],
        earlier_agreements: [],
        district: null,
      },
    });
    for (const index of [0, 499, 999]) {
      const record = cases[index];
      assert.deepEqual(JSON.parse(await storedRecord(page, record.case.id)), lifted(record), `case ${index} exactly`);
    }
    const count = await page.evaluate(() => new Promise((resolve, reject) => {
      const request = indexedDB.open("lotse");
      request.onsuccess = () => {
        const counting = request.result.transaction("cases").objectStore("cases").count();
        counting.onsuccess = () => { request.result.close(); resolve(counting.result); };
        counting.onerror = reject;
      };
      request.onerror = reject;
    }));
    assert.equal(count, 1000);
  }));
