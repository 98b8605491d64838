// WCAG 2.2 AA on real tablet sizes, in all three languages: axe, touch targets and reflow on
// every screen; 200 % text; screenshots at 768x1024, 1024x768 and 1280x800 for review.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { withBrowser, appUrl, stopServer, expectAccessible, expectTouchTargets, OUTPUT } from "./helpers.mjs";
import { loadFtl } from "./ftl.mjs";

after(stopServer);

const DE = loadFtl("de");
const EASY = loadFtl("de-leicht");
const FIXTURE = readFileSync(new URL("../fixtures/case-v2-herr-k.json", import.meta.url), "utf8");
const ID = JSON.parse(FIXTURE).case.id;
export const SCREENS = [
  ["case-list", "/"],
  ["new-case", "/neu"],
  ...["wille", "ziele", "schritte", "ressourcen", "netzwerk", "lebensbereiche", "ueberpruefen", "vereinbarung"].map((s) => [s, `/fall/${ID}/${s}`]),
  ["rename", `/fall/${ID}/umbenennen`],
  ["delete", `/fall/${ID}/loeschen`],
  ["not-found", "/gibt-es-nicht"],
  ["accessibility-statement", "/barrierefreiheit"],
];
const LOCALES = [["de", "de"], ["de-leicht", "de"], ["en", "en"]];

/** Stores Herr K.'s case and the chosen language, as a device that has used Lotse would. */
async function seed(page, locale) {
  await page.goto((await appUrl()) + "/gibt-es-nicht");
  await page.evaluate(([id, record, locale]) => {
    localStorage.setItem(`lotse:case:${id}`, record);
    localStorage.setItem("lotse:ui:locale", JSON.stringify(locale));
  }, [ID, FIXTURE, locale]);
}

/** Opens a screen directly (the start page without being sent on to the last case). */
async function show(page, path) {
  await page.evaluate(() => localStorage.setItem("lotse:ui:last-location", JSON.stringify("/")));
  await page.goto((await appUrl()) + path);
  await page.locator("main h1").first().waitFor();
}

/** Nothing is wider than the viewport (WCAG 1.4.10); data tables may scroll inside their box. */
async function expectNoHorizontalScroll(page, screen) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${screen} scrolls sideways by ${overflow}px`);
}

test("every screen passes axe, 44 px targets and 320 px reflow in German, Leichte Sprache and English", { timeout: 300_000 }, () =>
  withBrowser(async ({ page }) => {
    for (const [locale, lang] of LOCALES) {
      await seed(page, locale);
      for (const [name, path] of SCREENS) {
        const screen = `${name} (${locale})`;
        await page.setViewportSize({ width: 1024, height: 768 });
        await show(page, path);
        assert.equal(await page.locator("html").getAttribute("lang"), lang, screen);
        assert.equal(await page.locator("html").getAttribute("data-locale"), locale, screen);
        await expectAccessible(page, screen);
        await expectTouchTargets(page, screen);
        await page.setViewportSize({ width: 320, height: 700 });
        await expectNoHorizontalScroll(page, `${screen} at 320 px`);
      }
    }
  }));

test("at 200 % text size nothing needs horizontal scrolling", { timeout: 120_000 }, () =>
  withBrowser({ viewport: { width: 1280, height: 800 } }, async ({ page }) => {
    await seed(page, "de");
    for (const [name, path] of SCREENS) {
      await show(page, path);
      await page.evaluate(() => { document.documentElement.style.fontSize = "200%"; });
      await expectNoHorizontalScroll(page, `${name} at 200 % text`);
    }
  }));

test("screens at the three tablet sizes are kept for review", { timeout: 120_000 }, () =>
  withBrowser(async ({ page }) => {
    await seed(page, "de");
    for (const [width, height] of [[768, 1024], [1024, 768], [1280, 800]]) {
      await page.setViewportSize({ width, height });
      for (const [name, path] of SCREENS) {
        await show(page, path);
        await expectNoHorizontalScroll(page, `${name} at ${width}x${height}`);
        await page.screenshot({ path: join(OUTPUT, `tablet-${width}x${height}-${name}.png`) });
      }
    }
  }));

test("the language switch is on every screen, remembered, and sets lang on <html>", () =>
  withBrowser(async ({ page }) => {
    await seed(page, "de");
    await show(page, "/");
    const switcher = page.getByRole("group", { name: "Sprache" });
    await switcher.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.equal(await page.title(), "Your cases – Lotse");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
    for (const [, path] of SCREENS) {
      await show(page, path);
      assert.equal(await page.getByRole("group", { name: "Language" }).getByRole("button").count(), 3, path);
    }
    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Leichte Sprache" }).click();
    // Leichte Sprache is fetched when chosen (from the service worker's cache once it has one).
    await page.locator('html[data-locale="de-leicht"]').waitFor({ state: "attached" });
    assert.equal(await page.locator("html").getAttribute("lang"), "de");
    assert.equal(await page.getByRole("button", { name: "English" }).getAttribute("lang"), "en");
  }));

test("the accessibility statement is a tap away on every screen, with a prepared report and its Leichte Sprache version", { timeout: 120_000 }, () =>
  withBrowser(async ({ page }) => {
    await seed(page, "de");
    for (const [name, path] of SCREENS) {
      await show(page, path);
      assert.equal(await page.getByRole("contentinfo").getByRole("link", { name: DE["footer-accessibility"] }).count(), 1, name);
    }
    // Opened directly, its way back leads to the start, never to a page outside Lotse.
    assert.equal(await page.getByRole("link", { name: DE["accessibility-back"], exact: true }).getAttribute("href"), "/");
    await show(page, "/");
    await page.getByRole("contentinfo").getByRole("link", { name: DE["footer-accessibility"] }).click();
    await page.getByRole("heading", { level: 1, name: DE["accessibility-title"] }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/barrierefreiheit");
    assert.equal(await page.title(), `${DE["accessibility-title"]} – Lotse`);
    const main = await page.locator("main").innerText();
    for (const key of ["accessibility-gap-signature", "accessibility-works-keyboard"]) assert.ok(main.includes(DE[key]), key);
    assert.match(main, /2\.12\.2026|02\.12\.2026/, "the date of the last check");
    // No server: the report is an e-mail the user sends, and the same text to copy.
    const mail = await page.getByRole("link", { name: DE["accessibility-report-mail"] }).getAttribute("href");
    const prepared = new URL(mail);
    assert.equal(prepared.protocol, "mailto:");
    assert.equal(prepared.searchParams.get("subject"), DE["accessibility-report-subject"]);
    const body = prepared.searchParams.get("body");
    assert.ok(body.includes(await page.evaluate(() => navigator.userAgent)), "names the device");
    assert.equal(await page.getByLabel(DE["accessibility-report-text-label"]).inputValue(), body);
    // Its Leichte Sprache version, with what Lotse is.
    await page.getByRole("button", { name: DE["accessibility-easy-link"] }).click();
    await page.getByRole("heading", { level: 1, name: EASY["accessibility-title"] }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), "accessibility-title", "focus does not fall to the page");
    assert.ok((await page.locator("main").innerText()).includes(EASY["accessibility-about"].split("\n")[0]));
    await page.getByRole("link", { name: EASY["accessibility-back"], exact: true }).click();
    await page.getByRole("heading", { level: 1, name: EASY["case-list-title"].split("\n")[0] }).waitFor();
  }));

test("larger text and high contrast are settings that are remembered", () =>
  withBrowser(async ({ page }) => {
    await seed(page, "de");
    await show(page, "/");
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await size();
    await page.getByRole("button", { name: "Große Schrift" }).click();
    await page.getByRole("button", { name: "Hoher Kontrast" }).click();
    assert.ok((await size()) >= before * 1.2, "text is larger");
    assert.equal(await page.getByRole("button", { name: "Große Schrift" }).getAttribute("aria-pressed"), "true");
    await page.reload();
    await page.locator("main h1").waitFor();
    assert.match(await page.locator("html").getAttribute("class"), /lotse-large-text/);
    assert.match(await page.locator("html").getAttribute("class"), /lotse-high-contrast/);
    await expectAccessible(page, "case list, large text and high contrast");
  }));

test("dark scheme and reduced motion are respected", () =>
  withBrowser(async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    await seed(page, "de");
    for (const [name, path] of SCREENS) {
      await show(page, path);
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.notEqual(background, "rgb(246, 244, 239)", `${name} follows the dark scheme`);
      await expectAccessible(page, `${name}, dark`);
    }
    // Forced colours (Windows high contrast): the system's colours replace ours, so contrast
    // is the user's choice; every other rule still holds, and controls keep a visible border.
    await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
    await show(page, `/fall/${ID}/netzwerk`);
    await expectAccessible(page, "network, forced colours", { skipRules: ["color-contrast"] });
    const border = await page.locator("button[type=submit]").evaluate((b) => getComputedStyle(b).borderTopStyle);
    assert.equal(border, "solid");
  }));
