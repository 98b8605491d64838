// The case list on a device with many cases: the start page lists the 20 changed last and
// links to the page of all of them (/faelle); the start page kept for the next start holds
// those 20 cards, not hundreds.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withBrowser, open, stopServer, appUrl, appStarted, expectAccessible, expectTouchTargets, holdWasm, waitForKeptStartPage } from "./helpers.mjs";

after(stopServer);

const FIXTURE = readFileSync(new URL("../fixtures/case-v2-herr-k.json", import.meta.url), "utf8");

/** Stores `count` copies of the fixture case as "Klient 01" … (the higher the number, the later changed). */
async function seedCases(page, count) {
  await page.goto((await appUrl()) + "/daten");
  await page.evaluate(([fixture, count]) => {
    for (let i = 1; i <= count; i++) {
      const record = JSON.parse(fixture);
      record.case.id = `seeded-${String(i).padStart(3, "0")}`;
      record.case.alias = `Klient ${String(i).padStart(2, "0")}`;
      record.case.updated_at = record.case.created_at + i * 60_000;
      localStorage.setItem(`lotse:case:${record.case.id}`, JSON.stringify(record));
    }
  }, [FIXTURE, count]);
}

const cardTitles = (page) => page.locator(".lotse-case-list > li h2").allTextContents();

test("with more than 20 cases the start page lists the 20 changed last and links to all of them", () =>
  withBrowser(async ({ page }) => {
    await seedCases(page, 45);
    await open(page, "/");
    const titles = await cardTitles(page);
    assert.equal(titles.length, 20);
    assert.deepEqual([titles[0], titles[19]], ["Klient 45", "Klient 26"]);
    assert.equal(await page.locator(".lotse-case-list__recent").innerText(), "Die 20 zuletzt geänderten von 45 Fällen:");
    await expectAccessible(page, "start page with 45 cases");
    await expectTouchTargets(page, "start page with 45 cases");

    // The link comes right after the last card, for a keyboard too.
    await page.getByRole("link", { name: "Löschen Klient 26" }).focus();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Alle 45 Fälle zeigen");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Alle Fälle" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.matches("main h1"));
    assert.equal(new URL(page.url()).pathname, "/faelle");
    assert.equal(await page.title(), "Alle Fälle – Lotse");
    const all = await cardTitles(page);
    assert.equal(all.length, 45);
    assert.deepEqual([all[0], all[44]], ["Klient 45", "Klient 01"]);
    assert.equal(await page.locator(".lotse-case-list__recent, .lotse-case-list__all").count(), 0);
    await expectAccessible(page, "all 45 cases");

    // A case opened from there, and back: all of them again; a reload too.
    await page.getByRole("link", { name: "Klient 03", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Alle Fälle" }).waitFor();
    assert.equal((await cardTitles(page)).length, 45);
    await page.reload();
    await appStarted(page);
    await page.getByRole("heading", { level: 1, name: "Alle Fälle" }).waitFor();
    assert.equal((await cardTitles(page)).length, 45);

    // In English and in easy language the line and the link say the same.
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("link", { name: "Show all 45 cases" }).waitFor();
    assert.equal(await page.locator(".lotse-case-list__recent").innerText(), "The 20 most recently changed of 45 cases:");
    await page.getByRole("button", { name: "Leichte Sprache" }).click();
    await page.getByRole("link", { name: "Zur Liste mit allen 45 Fällen" }).waitFor();
    assert.equal(
      (await page.locator(".lotse-case-list__recent").innerText()).replace(/\s+/g, " "),
      "Hier sehen Sie 20 Fälle von 45 Fällen. Das sind die Fälle mit den neuesten Änderungen.",
    );
    await page.getByRole("button", { name: "Deutsch" }).click();
    await page.getByRole("link", { name: "Alle 45 Fälle zeigen" }).waitFor();
  }));

test("the start page kept for the next start holds the 20 cards it shows, and is shown again after the last visit to all cases", () =>
  withBrowser(async ({ page }) => {
    await seedCases(page, 45);
    await open(page, "/");
    const kept = (await waitForKeptStartPage(page, (kept) => kept !== null, "kept at the list")).cards;
    assert.equal(kept.match(/<li class="lotse-case-card">/g).length, 20);
    assert.ok(kept.includes("Alle 45 Fälle zeigen"));

    // The page of all cases is not kept, and a start at the list after it still shows the
    // kept start page at once (the place to reopen was not a case).
    await page.getByRole("link", { name: "Alle 45 Fälle zeigen" }).click();
    await page.getByRole("heading", { level: 1, name: "Alle Fälle" }).waitFor();
    // Time for the idle-time keeping (at most 1 s) that the start page does and this page must not.
    await page.waitForTimeout(1500);
    const release = await holdWasm(page);
    await page.goto((await appUrl()) + "/");
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    assert.ok(await page.locator("div.lotse-prerender").isVisible(), "the kept start page is on screen before the app");
    assert.equal((await cardTitles(page)).length, 20);
    release();
    await appStarted(page);
    assert.equal((await cardTitles(page)).length, 20);
    assert.equal(await page.locator("h1").count(), 1);
  }));

test("with at most 20 cases the start page lists them all, without a link to all", () =>
  withBrowser(async ({ page }) => {
    await seedCases(page, 20);
    await open(page, "/");
    assert.equal((await cardTitles(page)).length, 20);
    assert.equal(await page.locator(".lotse-case-list__recent, .lotse-case-list__all").count(), 0);
    assert.equal(await page.title(), "Ihre Fälle – Lotse");
  }));

test("the page of all cases shows them in pages of 50 and finds a case by alias or first contact as the user types", () =>
  withBrowser(async ({ page }) => {
    await seedCases(page, 120);
    await open(page, "/faelle");
    await page.getByRole("heading", { level: 1, name: "Alle Fälle" }).waitFor();
    await page.locator(".lotse-case-list > li").first().waitFor();
    assert.equal((await cardTitles(page)).length, 50);
    assert.equal(await page.getByTestId("case-search-count").innerText(), "120 Fälle");
    const pages = page.getByRole("navigation", { name: "Seiten" });
    assert.equal(await pages.getByText("Seite 1 von 3").count(), 1);
    assert.ok(await pages.getByRole("button", { name: "Vorherige Seite" }).isDisabled());
    await expectAccessible(page, "all cases, page 1");
    await expectTouchTargets(page, "all cases, page 1");

    // By keyboard to the last page: 20 cases, the last one changed first of all.
    await pages.getByRole("button", { name: "Nächste Seite" }).focus();
    await page.keyboard.press("Enter");
    await pages.getByText("Seite 2 von 3").waitFor();
    await page.keyboard.press("Enter");
    await pages.getByText("Seite 3 von 3").waitFor();
    const last = await cardTitles(page);
    assert.equal(last.length, 20);
    assert.equal(last[19], "Klient 01");
    assert.ok(await pages.getByRole("button", { name: "Nächste Seite" }).isDisabled());

    // The search answers at every keystroke and starts again at the first page.
    const search = page.getByLabel("Fall suchen");
    await search.pressSequentially("klient 07", { delay: 30 });
    await page.getByTestId("case-search-count").getByText("1 Fall").waitFor();
    assert.deepEqual(await cardTitles(page), ["Klient 07"]);
    assert.equal(await pages.count(), 0, "one page needs no navigation");
    await search.fill("Niemand");
    await page.getByTestId("case-search-count").getByText("Kein Fall passt zu „Niemand“.").waitFor();
    assert.equal((await cardTitles(page)).length, 0);
    await expectAccessible(page, "all cases, nothing found");
    // The date of first contact, as written in German.
    const fixture = JSON.parse(FIXTURE).case.first_contact.split("-").reverse().join(".");
    await search.fill(fixture);
    await page.getByTestId("case-search-count").getByText("120 Fälle").waitFor();

    // In English and in easy language too.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("navigation", { name: "Pages" }).getByText("Page 1 of 3").waitFor();
    await expectAccessible(page, "all cases in English");
    await page.getByRole("button", { name: "Leichte Sprache" }).click();
    await page.getByRole("button", { name: "Seite weiter" }).waitFor();
    await expectAccessible(page, "all cases in easy language");
    await expectTouchTargets(page, "all cases in easy language");
  }));
