// The pre-rendered start page (scripts/prerender.mjs): a first visitor sees the start page as
// soon as index.html and the stylesheets are there; the app takes its place without anything
// moving; every other visit (stored cases or settings, another address) never sees it.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withBrowser, stopServer, appUrl, appStarted, expectAccessible } from "./helpers.mjs";
import { PRERENDER_FILE, renderStart } from "../../scripts/prerender.mjs";

after(stopServer);

/** Holds back the main wasm module until `release()`. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/lotse-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

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

test("the pre-rendered start page is exactly what the app shows a first visitor", () =>
  withBrowser(async ({ page }) => {
    const live = await renderStart(page, await appUrl());
    const stored = readFileSync(PRERENDER_FILE, "utf8").trim();
    assert.equal(stored, live, "assets/prerendered-start.html is out of date: run `node scripts/prerender.mjs` after a release build, and rebuild");
  }));

test("a first visit shows the start page before the app has arrived; the app then takes its place without a shift", () =>
  withBrowser(async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto((await appUrl()) + "/");
    const heading = page.getByRole("heading", { level: 1, name: "Ihre Fälle" });
    await heading.waitFor();
    assert.ok(await page.locator("#lotse-prerender").isVisible(), "the pre-rendered page is shown");
    assert.equal(await page.locator("h1").count(), 1);
    await expectAccessible(page, "pre-rendered start page");
    // The app is fetched only once the page has been painted, so it never holds up the
    // stylesheets on a slow connection.
    const order = await page.evaluate(() => ({
      painted: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      fetched: performance.getEntriesByType("resource").find((r) => /lotse-[0-9a-f]+\.js$/.test(r.name))?.startTime,
    }));
    assert.ok(order.painted !== undefined && order.fetched !== undefined, JSON.stringify(order));
    assert.ok(order.fetched >= order.painted, `the app was fetched after the first paint: ${JSON.stringify(order)}`);

    release();
    await appStarted(page);
    assert.equal(await page.locator("#lotse-prerender").count(), 0, "the pre-rendered page is gone");
    assert.equal(await page.locator("main").count(), 1);
    assert.equal(await page.locator("h1").count(), 1);
    assert.equal(await layoutShift(page), 0, "nothing moved when the app took over");
    // It is the app now: the language switch works.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
    await expectAccessible(page, "start page after the app took over");
  }));

test("a visit with something stored, or to another address, never shows the pre-rendered page", () =>
  withBrowser(async ({ page }) => {
    // The app never starts before release(), so there is no service worker to bypass the hold.
    const release = await holdWasm(page);
    await page.goto((await appUrl()) + "/neu");
    await page.waitForLoadState("load");
    assert.equal(await page.locator("#lotse-prerender").isVisible(), false, "hidden at /neu");
    assert.equal(await page.getByRole("heading", { level: 1 }).count(), 0, "no heading before the app, at /neu");

    const record = readFileSync(new URL("../fixtures/case-v1.json", import.meta.url), "utf8");
    await page.evaluate((record) => localStorage.setItem(`lotse:case:${JSON.parse(record).case.id}`, record), record);
    await page.goto((await appUrl()) + "/");
    await page.waitForLoadState("load");
    assert.equal(await page.locator("#lotse-prerender").isVisible(), false, "hidden with a case stored");
    assert.equal(await page.getByRole("heading", { level: 1 }).count(), 0, "not the empty start page of a first visit");

    release();
    await appStarted(page);
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    await page.getByText("Herr K.").first().waitFor();
    assert.equal(await page.getByText("Noch keine Fälle auf diesem Gerät").count(), 0);
  }));
