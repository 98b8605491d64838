// The pre-rendered pages (scripts/prerender.mjs): a first visitor to the start page or the
// new-case form sees it as soon as index.html and the stylesheets are there; the app takes its
// place without anything moving, and nothing typed before is lost (the pre-rendered form takes
// no input); every other visit (stored cases or settings, another address) never sees one.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withBrowser, stopServer, appUrl, appStarted, expectAccessible } from "./helpers.mjs";
import { PRERENDERED, renderPage } from "../../scripts/prerender.mjs";

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
    await page.getByRole("link", { name: "Zurück zu allen Fällen" }).click();
    await page.getByText("Herr K.").first().waitFor();
    assert.equal(await page.getByText("Noch keine Fälle auf diesem Gerät").count(), 0);
  }));
