// The pre-rendered pages (scripts/prerender.mjs): a first visitor to the start page or the
// new-case form sees it as soon as index.html (which carries the styles) is there; the app takes its
// place without anything moving, and nothing typed before is lost (the pre-rendered form takes
// no input); every other visit (stored cases or settings, another address) never sees one.
// A start at the case list shows the list as the app last showed it (storage::keep_start_page),
// as long as it still holds.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withBrowser, stopServer, appUrl, appStarted, expectAccessible, createCase, goToCaseList, waitUntilSaved, caseIdOf, holdWasm } from "./helpers.mjs";
import { PRERENDERED, renderPage } from "../../scripts/prerender.mjs";

after(stopServer);

const WORDING = "Was wollen Sie ändern? Was wollen Sie erreichen?";
const KEPT = "lotse:ui:start-page";

/** Sums the layout shifts of the page so far (CLS without session windows); none is 0. */
const layoutShift = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, entry) => sum + entry.value, 0))).observe({ type: "layout-shift", buffered: true });
        // Buffered entries are delivered at once; without any, the callback never comes.
        setTimeout(() => resolve(0), 500);
      }),
  );

test("each pre-rendered page is exactly what the app shows a first visitor there", async () => {
  for (const [path, file] of Object.entries(PRERENDERED))
    await withBrowser(async ({ page }) => {
      const live = await renderPage(page, await appUrl(), path);
      const stored = readFileSync(file, "utf8").trim();
      assert.equal(stored, live, `${file} (${path}) is out of date: run \`node scripts/prerender.mjs\` after a release build, and rebuild`);
    });
});

test("a first visit shows the start page before the app has arrived; the app then takes its place without a shift", () =>
  withBrowser(async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto((await appUrl()) + "/");
    const heading = page.getByRole("heading", { level: 1, name: "Ihre Fälle" });
    await heading.waitFor();
    assert.ok(await page.locator("div.lotse-prerender").isVisible(), "the pre-rendered page is shown");
    assert.equal(await page.locator("h1").count(), 1);
    await expectAccessible(page, "pre-rendered start page");
    // The app is fetched only once the page has been painted, so on a slow connection it never
    // holds up the first paint.
    const order = await page.evaluate(() => ({
      painted: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      fetched: performance.getEntriesByType("resource").find((r) => /lotse-[0-9a-f]+\.js$/.test(r.name))?.startTime,
    }));
    assert.ok(order.painted !== undefined && order.fetched !== undefined, JSON.stringify(order));
    assert.ok(order.fetched >= order.painted, `the app was fetched after the first paint: ${JSON.stringify(order)}`);

    release();
    await appStarted(page);
    assert.equal(await page.locator(".lotse-prerender").count(), 0, "the pre-rendered page and the templates are gone");
    assert.equal(await page.locator("main").count(), 1);
    assert.equal(await page.locator("h1").count(), 1);
    assert.equal(await layoutShift(page), 0, "nothing moved when the app took over");
    // It is the app now: the language switch works.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
    await expectAccessible(page, "start page after the app took over");
  }));

test("on a first visit to the new-case form, nothing can be typed before the app has taken over, and then everything", () =>
  withBrowser(async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto((await appUrl()) + "/neu");
    await page.getByRole("heading", { level: 1, name: "Neuen Fall anlegen" }).waitFor();
    await expectAccessible(page, "pre-rendered new-case form");
    const alias = page.getByLabel("Kürzel oder Pseudonym");
    assert.equal(await alias.getAttribute("readonly"), "", "the pre-rendered field is read-only");
    await alias.focus();
    await page.keyboard.type("Herr K.");
    assert.equal(await alias.inputValue(), "", "nothing typed into the pre-rendered form");

    release();
    await appStarted(page);
    assert.equal(await alias.getAttribute("readonly"), null);
    await alias.fill("Herr K.");
    await page.getByRole("button", { name: "Fall anlegen" }).click();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    assert.equal(await layoutShift(page), 0, "nothing moved when the app took over");
  }));

test("a visit with something stored, or to another address, never shows a pre-rendered page", () =>
  withBrowser(async ({ page }) => {
    // The app never starts before release(), so there is no service worker to bypass the hold.
    const release = await holdWasm(page);
    await page.goto((await appUrl()) + "/daten");
    await page.waitForLoadState("load");
    assert.equal(await page.locator("div.lotse-prerender").count(), 0, "none at /daten");
    assert.equal(await page.getByRole("heading", { level: 1 }).count(), 0, "no heading before the app, at /daten");

    const record = readFileSync(new URL("../fixtures/case-v1.json", import.meta.url), "utf8");
    await page.evaluate((record) => localStorage.setItem(`lotse:case:${JSON.parse(record).case.id}`, record), record);
    for (const path of ["/", "/neu"]) {
      await page.goto((await appUrl()) + path);
      await page.waitForLoadState("load");
      assert.equal(await page.locator("div.lotse-prerender").count(), 0, `none at ${path} with a case stored`);
      assert.equal(await page.getByRole("heading", { level: 1 }).count(), 0, `no heading before the app, at ${path}`);
    }

    release();
    await appStarted(page);
    await page.getByRole("heading", { level: 1, name: "Neuen Fall anlegen" }).waitFor();
    await page.getByRole("link", { name: "Zurück zu Ihren Fällen" }).click();
    await page.getByText("Herr K.").first().waitFor();
    assert.equal(await page.getByText("Noch keine Fälle auf diesem Gerät").count(), 0);
  }));

/**
 * Opens `path` (a reload without it) with the app held back and checks that nothing is on
 * screen before it: no kept or pre-rendered page, no heading. Then lets the app start.
 */
async function expectNothingBeforeApp(page, why, path) {
  const release = await holdWasm(page);
  if (path) await page.goto((await appUrl()) + path);
  else await page.reload();
  await page.waitForLoadState("load");
  assert.equal(await page.locator("div.lotse-prerender").count(), 0, why);
  assert.equal(await page.getByRole("heading", { level: 1 }).count(), 0, `nothing before the app: ${why}`);
  release();
  await appStarted(page);
}

/** The start page kept for the next start, or null. */
const keptStartPage = (page) => page.evaluate((key) => localStorage.getItem(key), KEPT);

test("a start at the case list shows the list as last shown before the app has arrived; the app then takes its place without a shift", () =>
  withBrowser(async ({ page }) => {
    await createCase(page, "Herr K.");
    await createCase(page, "Frau S.");
    await goToCaseList(page);
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes("Frau S."), KEPT);

    const release = await holdWasm(page);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    assert.ok(await page.locator("div.lotse-prerender").isVisible(), "the start page as last shown is on screen");
    assert.deepEqual(await page.locator(".lotse-case-list > li h2").allTextContents(), ["Frau S.", "Herr K."]);
    assert.equal(await page.locator("h1").count(), 1);
    await expectAccessible(page, "start page as last shown");

    release();
    await appStarted(page);
    assert.equal(await page.locator(".lotse-prerender").count(), 0, "the kept page is gone");
    assert.equal(await page.locator("h1").count(), 1);
    assert.deepEqual(await page.locator(".lotse-case-list > li h2").allTextContents(), ["Frau S.", "Herr K."]);
    assert.equal(await layoutShift(page), 0, "nothing moved when the app took over");
    await page.getByRole("link", { name: "Frau S.", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
  }));

test("the start page as last shown is never shown out of date: a save, a setting, a message, a record from elsewhere or another place to reopen", () =>
  withBrowser(async ({ page }) => {
    const id = await createCase(page, "Frau M.");
    await goToCaseList(page);
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEPT);

    // A save forgets it at once.
    await page.getByRole("link", { name: "Frau M.", exact: true }).click();
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten.");
    await waitUntilSaved(page);
    assert.equal(await keptStartPage(page), null, "forgotten by a save");

    // Another language: forgotten with the setting; the next start keeps it as it looks now,
    // and the one after shows it so, `lang` included.
    await goToCaseList(page);
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEPT);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
    assert.equal(await keptStartPage(page), null, "forgotten with the setting");
    await page.reload();
    await appStarted(page);
    await page.waitForFunction((key) => localStorage.getItem(key)?.split("\n")[4] === "en", KEPT);
    const release = await holdWasm(page);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    release();
    await appStarted(page);
    await page.getByRole("button", { name: "Deutsch" }).click();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();

    // Kept again at the list; a record written elsewhere (another version, say) changes the
    // number of cases, so it is not shown, and the app builds the list as always.
    await page.reload();
    await appStarted(page);
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEPT);
    const record = readFileSync(new URL("../fixtures/case-v1.json", import.meta.url), "utf8");
    await page.evaluate((record) => localStorage.setItem(`lotse:case:${JSON.parse(record).case.id}`, record), record);
    await expectNothingBeforeApp(page, "not shown with another number of cases");
    assert.equal(await page.locator(".lotse-case-list > li").count(), 2);

    // A setting written elsewhere (not through this app, which forgets the page then).
    await page.waitForFunction((key) => localStorage.getItem(key)?.startsWith("2\n"), KEPT);
    await page.evaluate(() => localStorage.setItem("lotse:ui:large-text", JSON.stringify("on")));
    await expectNothingBeforeApp(page, "not shown with other settings");
    // This visit keeps the page (with the setting) in idle time. Only once it has is the
    // setting taken back and that page removed: the wait below must see the page the next
    // visit keeps, not one kept late by this visit.
    await page.waitForFunction((key) => localStorage.getItem(key)?.split("\n")[1].includes("large-text"), KEPT);
    await page.evaluate((key) => {
      localStorage.removeItem("lotse:ui:large-text");
      localStorage.removeItem(key);
    }, KEPT);
    await page.reload();
    await appStarted(page);

    // A page kept by another build (before an update): its markup may differ, so not shown.
    // (First the page kept again without the setting, so that nothing else keeps it off.)
    await page.waitForFunction((key) => {
      const kept = localStorage.getItem(key)?.split("\n");
      return kept?.[0] === "2" && !kept[1].includes("large-text");
    }, KEPT);
    await page.evaluate((key) => {
      const lines = localStorage.getItem(key).split("\n");
      lines[2] = "0123456789ab";
      localStorage.setItem(key, lines.join("\n"));
    }, KEPT);
    await expectNothingBeforeApp(page, "not shown when kept by another build");

    // The app reopens the case it was last on: the list is not shown first.
    await page.waitForFunction((key) => localStorage.getItem(key)?.startsWith("2\n"), KEPT);
    await page.getByRole("link", { name: "Frau M.", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    assert.notEqual(await keptStartPage(page), null, "opening a case changes nothing it shows");
    await expectNothingBeforeApp(page, "not shown when a case is reopened", "/");
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    assert.equal(caseIdOf(page), id);

    // A message on the list (here: the case just deleted) is not kept, and the deletion forgot
    // the page that still named the case.
    await goToCaseList(page);
    await page.getByRole("link", { name: /^Löschen\W+Frau M\.$/ }).click();
    await page.getByRole("button", { name: "Ja, Fall endgültig löschen" }).click();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await keptStartPage(page), null, "not kept with a message on the page");
  }));

test("a start page that would crowd out a save is given up for it", () =>
  withBrowser(async ({ page }) => {
    await createCase(page, "Herr K.");
    await goToCaseList(page);
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEPT);
    // A storage that is full, the kept page in it: a save that needs more room than is left
    // succeeds once the kept page has made room.
    await page.evaluate(() => {
      let size = 1 << 20;
      let n = 0;
      while (size >= 16) {
        try {
          localStorage.setItem(`filler:${n}`, "x".repeat(size));
          n++;
        } catch {
          size >>= 1;
        }
      }
    });
    assert.notEqual(await keptStartPage(page), null);
    await page.getByRole("link", { name: "Herr K.", exact: true }).click();
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten. ".repeat(20));
    await waitUntilSaved(page);
    assert.equal(await keptStartPage(page), null, "the kept page made room");
    assert.match(await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith("lotse:case:"))[1]), /wieder arbeiten/);
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler:")).forEach((k) => localStorage.removeItem(k)));
  }));
