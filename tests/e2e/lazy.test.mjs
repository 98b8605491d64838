// What loads on first use: the first visit loads only the start (the main module and the
// German texts it shows); a case's pages, the data pages and another language come when they
// are first used, work offline after that, and a part that cannot be fetched is explained in
// the user's language and can be tried again, without losing anything.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  withBrowser, stopServer, appUrl, appStarted, createCase, expectAccessible, serviceWorkerControls, waitUntilSaved, storedCaseKeys, storedRecord,
} from "./helpers.mjs";
import { serveDist } from "./server.mjs";

after(stopServer);

const DIST = new URL("../../dist/", import.meta.url).pathname;
const WORDING = "Was wollen Sie ändern? Was wollen Sie erreichen?";
const fileName = (url) => new URL(url).pathname.slice(1);

/** A copy of the release build with one file taken away; `restore()` puts it back. */
function distWithout(pattern) {
  const dir = mkdtempSync(join(tmpdir(), "lotse-partial-")) + "/";
  cpSync(DIST, dir, { recursive: true });
  const file = readdirSync(dir).find((f) => pattern.test(f));
  assert.ok(file, `the build has a file matching ${pattern}`);
  renameSync(join(dir, file), join(dir, `${file}.away`));
  return { dir, restore: () => renameSync(join(dir, `${file}.away`), join(dir, file)) };
}

/** Runs `fn` in a fresh browser against a copy of the release build served without the file
 * `missing` matches; `restore()` puts the file back. */
async function withoutFile(missing, fn) {
  const partial = distWithout(missing);
  const server = await serveDist(partial.dir);
  try {
    await withBrowser((browser) => fn({ ...browser, url: server.url, restore: partial.restore }));
  } finally {
    await server.close();
  }
}

/** Takes the console errors a missing file is expected to cause out of `problems`. */
function expectOnlyMissingFile(problems, pattern) {
  const expected = problems.filter((p) => pattern.test(p) || /404|Failed to (load|fetch)|failed to load split module|HTTP status code is not ok/i.test(p));
  const other = problems.filter((p) => !expected.includes(p));
  assert.deepEqual(other, [], "no other console errors, and no panic");
  assert.ok(expected.length > 0, "the missing file was asked for");
  problems.length = 0;
}

test("the first visit loads only the start; case pages, data pages and other languages come on first use and then work offline", () =>
  withBrowser(async ({ page, context }) => {
    const asked = [];
    page.on("request", (request) => asked.push(fileName(request.url())));
    await page.goto((await appUrl()) + "/");
    await appStarted(page);
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    const wasm = asked.filter((f) => f.endsWith(".wasm"));
    assert.equal(wasm.length, 1, `only the main module: ${wasm}`);
    assert.match(wasm[0], /^lotse-[0-9a-f]+_bg\.wasm$/);
    assert.deepEqual(asked.filter((f) => f.startsWith("texts-")), [], "German needs no texts file at the start");

    const id = await createCase(page, "Frau B.");
    assert.ok(asked.some((f) => /^split_case-/.test(f)), "the case pages' module was fetched when a case was opened");
    assert.ok(asked.some((f) => /^texts-de-later-/.test(f)), "their German texts came with them");
    assert.ok(!asked.some((f) => /^split_data-/.test(f)), "the data pages are not fetched for a case");
    await page.getByLabel(WORDING).fill("Ich will eine eigene Wohnung.");
    await waitUntilSaved(page);

    // The service worker has precached every file of the build (it controls the page only
    // once its install, which caches them all or nothing, is done): everything works offline.
    await serviceWorkerControls(page);
    const precached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    for (const module of [/^\/split_case-/, /^\/split_data-/, /^\/texts-en-/, /^\/texts-de-later-/])
      assert.ok(precached.some((url) => module.test(url)), `${module} is precached`);
    await context.setOffline(true);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "What you want" }).waitFor();
    // The document's language follows in an effect after the texts: on a busy machine later.
    await page.waitForFunction(() => document.documentElement.lang === "en", null, { timeout: 5_000 });
    await page.goto((await appUrl()) + "/daten");
    await page.getByRole("heading", { level: 1, name: "Data on this device" }).waitFor();
    await expectAccessible(page, "data page, offline, English");
    await page.goto((await appUrl()) + `/fall/${id}/wille`);
    assert.equal(await page.getByLabel(/What do you want to change/).inputValue(), "Ich will eine eigene Wohnung.");
    await context.setOffline(false);
  }));

test("a page that cannot be fetched says so, keeps the case, and comes when tried again", () => {
  const missing = /^split_case-/;
  return withoutFile(missing, async ({ page, problems, url, restore }) => {
    // Creating a case needs the case pages' module (it writes the case): the form says so
    // and keeps what was entered; nothing is stored.
    await page.goto(url + "/neu");
    await appStarted(page);
    await page.getByLabel("Kürzel oder Pseudonym").fill("Herr K.");
    await page.getByRole("button", { name: "Fall anlegen" }).click();
    const formAlert = page.getByRole("alert").filter({ hasText: "Der Fall ist noch nicht angelegt" });
    await formAlert.waitFor();
    assert.equal(await page.getByLabel("Kürzel oder Pseudonym").inputValue(), "Herr K.", "the form keeps the alias");
    assert.equal(new URL(page.url()).pathname, "/neu");
    assert.deepEqual(await storedCaseKeys(page), [], "no case half created");
    await expectAccessible(page, "new case, part missing");
    expectOnlyMissingFile(problems, missing);

    // A stored case's page: a notice in place of the page, the case untouched.
    const record = readFileSync(new URL("../fixtures/case-v1.json", import.meta.url), "utf8");
    const id = JSON.parse(record).case.id;
    await page.evaluate(([key, record]) => localStorage.setItem(key, record), [`lotse:case:${id}`, record]);
    await page.goto(`${url}/fall/${id}/wille`);
    const notice = page.locator("[data-testid=part-missing]");
    await notice.getByRole("heading", { level: 1, name: "Dieser Teil von Lotse konnte nicht geladen werden" }).waitFor();
    assert.equal(await notice.getAttribute("role"), "alert");
    assert.match(await page.title(), /^Dieser Teil von Lotse konnte nicht geladen werden/);
    await expectAccessible(page, "part missing");
    assert.equal(await storedRecord(page, id), record, "the case is untouched");
    expectOnlyMissingFile(problems, missing);

    restore();
    await page.getByRole("button", { name: "Erneut versuchen" }).click();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    await page.getByLabel(WORDING).first().fill("Ich will wieder arbeiten.");
    await waitUntilSaved(page);
    // And a new case can be created now.
    await page.goto(url + "/neu");
    await appStarted(page);
    await page.getByLabel("Kürzel oder Pseudonym").fill("Frau S.");
    await page.getByRole("button", { name: "Fall anlegen" }).click();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
  });
});

test("a language that cannot be fetched is said so and nothing changes; it comes when chosen again", () => {
  const missing = /^texts-en-/;
  return withoutFile(missing, async ({ page, problems, url, restore }) => {
    await page.goto(url + "/");
    await appStarted(page);
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    const message = page.locator("[data-testid=language-unavailable]");
    await message.waitFor();
    assert.equal(await message.getAttribute("role"), "alert");
    assert.match(await message.textContent(), /English konnte nicht geladen werden/);
    assert.equal(await page.locator("html").getAttribute("lang"), "de");
    assert.equal(await page.getByRole("button", { name: "Deutsch", exact: true }).getAttribute("aria-pressed"), "true");
    await expectAccessible(page, "language unavailable");
    expectOnlyMissingFile(problems, missing);

    restore();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
    assert.equal(await message.count(), 0);
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
  });
});

test("client mode starts only once its Leichte Sprache texts are here, and says so to the caseworker", () => {
  const missing = /^texts-de-leicht-/;
  return withoutFile(missing, async ({ page, problems, url, restore }) => {
    await page.goto(url + "/neu");
    await appStarted(page);
    await page.getByLabel("Kürzel oder Pseudonym").fill("Frau B.");
    await page.getByRole("button", { name: "Fall anlegen" }).click();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    const handOver = page.getByRole("button", { name: "Tablet an Klient:in geben" });
    await handOver.click();
    const message = page.locator("[data-testid=client-mode-unavailable]");
    await message.waitFor();
    assert.equal(await message.getAttribute("role"), "alert");
    assert.match(await message.innerText(), /Der Klienten-Modus startet erst, wenn sie da sind/);
    assert.equal(await page.locator("html").getAttribute("data-locale"), "de", "not handed over in German");
    assert.ok(await handOver.isVisible(), "still the caseworker's screen");
    assert.equal(await page.locator(".lotse-step-nav a").count(), 8);
    await expectAccessible(page, "client mode unavailable");
    expectOnlyMissingFile(problems, missing);

    restore();
    await handOver.click();
    await page.locator("html[data-locale=de-leicht]").waitFor({ state: "attached" });
    await message.waitFor({ state: "detached" });
    assert.equal(await page.locator(".lotse-step-nav a").count(), 5, "client mode, in Leichte Sprache");
  });
});
