// The pre-rendered pages (scripts/prerender.mjs): a first visitor to the start page or the
// new-case form sees it as soon as index.html (which carries the styles) is there; the app takes its
// place without anything moving, and nothing typed before is lost (the pre-rendered form takes
// no input); every other visit (stored cases or settings, another address) never sees one.
// A start at the case list shows the list as the app last showed it (src/kept_start_page.rs;
// the service worker keeps it), as long as it still holds.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  withBrowser, stopServer, appUrl, appStarted, expectAccessible, createCase, goToCaseList, waitUntilSaved, caseIdOf, holdWasm, keptStartPage,
  waitForKeptStartPage, storedRecord,
} from "./helpers.mjs";
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

    // The start moved the case from localStorage (as earlier versions kept it) into IndexedDB:
    // a visit still counts as one with something stored.
    const id = JSON.parse(record).case.id;
    assert.equal(await storedRecord(page, id), record, "the case is in IndexedDB");
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), `lotse:case:${id}`), null, "and no longer in localStorage");
    await expectNothingBeforeApp(page, "none at /neu with the case in IndexedDB", "/neu");
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

test("a start at the case list shows the list as last shown before the app has arrived; the app then takes its place without a shift", () =>
  withBrowser(async ({ page }) => {
    await createCase(page, "Herr K.");
    await createCase(page, "Frau S.");
    await goToCaseList(page);
    await waitForKeptStartPage(page, (kept) => kept?.cards.includes("Frau S."), "both cases");
    // The service worker keeps it, in the page it serves at "/" without starting (its static
    // route), which reads nothing from localStorage before the list is there; localStorage holds
    // only the marker that any write forgets it by.
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEPT), "1");
    // Its cards come before any script, so the parser puts them in place before it runs one,
    // and the browser renders nothing until they are parsed to their end (an empty element
    // after the last card): the first frame never shows the header without them.
    const kept = await page.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await (await caches.match("/")).text(), "text/html");
      const cards = doc.body.firstElementChild;
      const end = cards.lastElementChild;
      return {
        cards: cards.matches("div.lotse-prerender") && cards.querySelectorAll(".lotse-case-list > li").length,
        beforeScripts: [...doc.body.querySelectorAll("script")].every((s) => cards.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING),
        end: !end.hasChildNodes() && end.hidden && end.id,
        expected: [...doc.head.querySelectorAll('link[rel="expect"]')].filter((l) => l.blocking.contains("render")).map((l) => l.getAttribute("href")),
      };
    });
    assert.equal(kept.cards, 2, "the cards are the body's first element");
    assert.ok(kept.beforeScripts, "the cards come before every script");
    assert.ok(kept.end, "an empty, hidden element with an id ends the cards");
    assert.deepEqual(kept.expected, [`#${kept.end}`], "rendering waits for the end of the cards");
    await page.addInitScript(() => requestAnimationFrame(() => (window.__firstFrameCards = document.querySelectorAll(".lotse-case-list > li").length)));

    // The route serves it while the worker is not running (as after a restart of the browser);
    // a running worker serves it from its fetch handler, once the changes sent to it are made.
    const release = await holdWasm(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.stopAllWorkers");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    assert.equal(await page.evaluate(() => performance.getEntriesByType("navigation")[0].deliveryType), "cache-storage", "served by the static route");
    assert.ok(await page.locator("div.lotse-prerender").isVisible(), "the start page as last shown is on screen");
    assert.equal(await page.evaluate(() => window.__firstFrameCards), 2, "the first frame showed every card");
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

test("a kept start page without its marker (a forget that never reached the service worker) is forgotten at the next start", () =>
  withBrowser(async ({ page }) => {
    const id = await createCase(page, "Frau M.");
    await goToCaseList(page);
    await waitForKeptStartPage(page, (kept) => kept?.cards.includes("Frau M."), "kept at the list");
    // What a tab that forgot nothing leaves behind: the case as the place to reopen, and no
    // marker, while the service worker still holds the list.
    await page.evaluate(({ key, id }) => {
      localStorage.setItem("lotse:ui:last-location", JSON.stringify(`/fall/${id}/wille`));
      localStorage.removeItem(key);
    }, { key: KEPT, id });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    assert.equal(caseIdOf(page), id);
    await waitForKeptStartPage(page, (kept) => kept === null, "forgotten at the start");
    await expectNothingBeforeApp(page, "not shown again", "/");
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
  }));

test("the start page as last shown is never shown out of date: a case opened, a setting, a record written in another tab, a message, another build", () =>
  withBrowser(async ({ page, context }) => {
    const id = await createCase(page, "Frau M.");
    await goToCaseList(page);
    await waitForKeptStartPage(page, (kept) => kept !== null, "kept at the list");

    // Opening a case forgets it at once: the next start reopens the case, without the list
    // first; a save there keeps it forgotten.
    await page.getByRole("link", { name: "Frau M.", exact: true }).click();
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten.");
    await waitUntilSaved(page);
    await waitForKeptStartPage(page, (kept) => kept === null, "forgotten when the case was opened");
    await expectNothingBeforeApp(page, "not shown when a case is reopened", "/");
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    assert.equal(caseIdOf(page), id);

    // Another language: forgotten with the setting; the next start keeps it as it looks now,
    // and the one after shows it so, `lang` included.
    await goToCaseList(page);
    await waitForKeptStartPage(page, (kept) => kept !== null, "kept again at the list");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
    await waitForKeptStartPage(page, (kept) => kept === null, "forgotten with the setting");
    await page.reload();
    await appStarted(page);
    await waitForKeptStartPage(page, (kept) => kept?.lang === "en", "kept in English");
    const release = await holdWasm(page);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    release();
    await appStarted(page);
    await page.getByRole("button", { name: "Deutsch" }).click();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();

    // A case created in another tab: that tab forgets the page this one kept.
    await page.reload();
    await appStarted(page);
    await waitForKeptStartPage(page, (kept) => kept?.cards.includes("Frau M.") && !kept.cards.includes("Herr T."), "kept with one case");
    const other = await context.newPage();
    await createCase(other, "Herr T.");
    await waitForKeptStartPage(page, (kept) => kept === null, "forgotten by the other tab's write");
    // (That tab on the list again: the next start here would reopen its case otherwise.)
    await goToCaseList(other);
    await other.close();
    await page.reload();
    await appStarted(page);
    assert.equal(await page.locator(".lotse-case-list > li").count(), 2);

    // A page sent by a page of another build (before an update): its markup may differ from
    // what this build shows, so the service worker keeps the plain shell instead.
    await waitForKeptStartPage(page, (kept) => kept?.cards.includes("Herr T."), "kept with two cases");
    await page.evaluate(() => navigator.serviceWorker.controller.postMessage("lotse:start-page\n0123456789ab\nde\nde\n\n<main><h1>Alt</h1></main>"));
    await waitForKeptStartPage(page, (kept) => kept === null, "the shell again");
    await expectNothingBeforeApp(page, "not shown when kept by another build");

    // A message on the list (here: the case just deleted) is not kept, and the deletion forgot
    // the page that still named the case.
    await waitForKeptStartPage(page, (kept) => kept?.cards.includes("Frau M."), "kept before the deletion");
    await page.getByRole("link", { name: /^Löschen\W+Frau M\.$/ }).click();
    await page.getByRole("button", { name: "Ja, Fall endgültig löschen" }).click();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    await page.waitForTimeout(1500);
    assert.equal(await keptStartPage(page), null, "not kept with a message on the page");
  }));
