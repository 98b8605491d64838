// The case list: first start, creating (with validation), renaming and deleting cases.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import {
  withBrowser, open, stopServer, expectAccessible, expectTouchTargets, createCase, storedCase,
  waitUntilSaved, goToCaseList, storedCaseKeys, storedCaseWhen, storedValue,
} from "./helpers.mjs";

after(stopServer);

/** The accessible name of a case action: the visible verb plus the hidden alias. */
const forCase = (action, alias) => new RegExp(`^${action}\\W+${alias.replace(/[.()]/g, "\\$&")}$`);

test("a first-time user sees an empty case list that says what to do", () =>
  withBrowser(async ({ page }) => {
    await open(page, "/");
    assert.equal(await page.title(), "Ihre Fälle – Lotse");
    assert.equal(await page.locator("html").getAttribute("lang"), "de");
    await page.getByRole("heading", { name: "Noch keine Fälle auf diesem Gerät" }).waitFor();
    assert.match(await page.locator(".lotse-empty-state").innerText(), /Legen Sie einen neuen Fall an/);
    await expectAccessible(page, "empty case list");
    await expectTouchTargets(page, "empty case list");
    await page.getByRole("link", { name: "Neuen Fall anlegen" }).click();
    await page.getByRole("heading", { level: 1, name: "Neuen Fall anlegen" }).waitFor();
  }));

test("the new-case form explains every error in a summary that takes focus", () =>
  withBrowser(async ({ page }) => {
    await open(page, "/neu");
    await expectAccessible(page, "new case form");
    await page.getByLabel("Datum des Erstkontakts").fill("");
    await page.getByRole("button", { name: "Fall anlegen" }).click();

    const summary = page.locator("#error-summary");
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "error-summary");
    assert.deepEqual(await summary.locator("a").allInnerTexts(), [
      "Geben Sie ein Kürzel oder Pseudonym ein",
      "Geben Sie das Datum des Erstkontakts ein",
    ]);
    assert.match(await page.title(), /^Fehler: Neuen Fall anlegen/);
    const alias = page.getByLabel("Kürzel oder Pseudonym");
    assert.equal(await alias.getAttribute("aria-invalid"), "true");
    assert.match(await alias.getAttribute("aria-describedby"), /alias-hint alias-error/);
    assert.match(await page.locator("#alias-error").innerText(), /Geben Sie ein Kürzel oder Pseudonym ein/);
    await expectAccessible(page, "new case form with errors");
    await expectTouchTargets(page, "new case form with errors");

    await summary.getByRole("link", { name: "Geben Sie das Datum des Erstkontakts ein" }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), "first-contact");

    await alias.fill("Herr K.");
    await page.getByLabel("Datum des Erstkontakts").fill("2999-01-01");
    await page.getByRole("button", { name: "Fall anlegen" }).click();
    await page.locator("#first-contact-error").getByText("Das Datum des Erstkontakts darf nicht in der Zukunft liegen").waitFor();
    assert.deepEqual(await storedCaseKeys(page), [], "nothing is stored while the form has errors");
  }));

test("cases are listed with the most recent change first, and can be renamed", () =>
  withBrowser(async ({ page }) => {
    const first = await createCase(page, "Herr K.", "2026-11-20");
    const second = await createCase(page, "Frau S.", "2026-11-18");
    await goToCaseList(page);
    assert.deepEqual(await page.locator(".lotse-case-card__title").allInnerTexts(), ["Frau S.", "Herr K."]);
    assert.match(await page.locator(".lotse-case-card").first().innerText(), /Erstkontakt:?\s*18\.11\.2026/);
    await expectAccessible(page, "case list with cases");
    await expectTouchTargets(page, "case list with cases");

    // Typing in the older case moves it to the top.
    await page.getByRole("link", { name: forCase("Öffnen", "Herr K.") }).click();
    await page.getByLabel("Was wollen Sie ändern? Was wollen Sie erreichen?").fill("Ich will wieder arbeiten.");
    await waitUntilSaved(page);
    await goToCaseList(page);
    assert.deepEqual(await page.locator(".lotse-case-card__title").allInnerTexts(), ["Herr K.", "Frau S."]);

    await page.getByRole("link", { name: forCase("Umbenennen", "Frau S.") }).click();
    await page.getByRole("heading", { level: 1, name: "Fall umbenennen" }).waitFor();
    await expectAccessible(page, "rename form");
    const alias = page.getByLabel("Kürzel oder Pseudonym");
    assert.equal(await alias.inputValue(), "Frau S.");
    await alias.fill("   ");
    await page.getByRole("button", { name: "Neuen Namen speichern" }).click();
    await page.locator("#error-summary").waitFor();
    assert.equal((await storedCase(page, second)).alias, "Frau S.", "an invalid name is not stored");
    await alias.fill("Frau S. (Nachbarschaft)");
    await page.getByRole("button", { name: "Neuen Namen speichern" }).click();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    // The list shows the new name at once; the write is committed in the background.
    const renamed = await storedCaseWhen(page, second, (c) => c?.alias === "Frau S. (Nachbarschaft)");
    assert.equal(renamed.alias, "Frau S. (Nachbarschaft)");
    assert.equal((await storedCase(page, first)).alias, "Herr K.");
    await page.reload();
    await page.getByRole("link", { name: "Frau S. (Nachbarschaft)", exact: true }).waitFor();
  }));

test("deleting a case asks first, says what will be lost, and removes only that case", () =>
  withBrowser(async ({ page }) => {
    const keep = await createCase(page, "Frau S.");
    const doomed = await createCase(page, "Herr K.");
    await page.getByLabel("Was wollen Sie ändern? Was wollen Sie erreichen?").fill("Ich will wieder arbeiten.");
    await page.getByLabel("Was machen Sie selbst dafür?").fill("Ich schreibe Bewerbungen.");
    await waitUntilSaved(page);

    await goToCaseList(page);
    await page.getByRole("link", { name: forCase("Löschen", "Herr K.") }).click();
    await page.getByRole("heading", { level: 1, name: "Fall „Herr K.“ löschen?" }).waitFor();
    const body = await page.locator("main").innerText();
    assert.match(body, /1 Aussage zum Willen/);
    assert.match(body, /1 Antwort auf „Was machen Sie selbst dafür\?“/);
    assert.match(body, /Das lässt sich nicht rückgängig machen/);
    await expectAccessible(page, "delete confirmation");
    await expectTouchTargets(page, "delete confirmation");

    // Saying no keeps everything.
    await page.getByRole("link", { name: "Nein, Fall behalten" }).click();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    assert.notEqual(await storedCase(page, doomed), null);

    await page.getByRole("link", { name: forCase("Löschen", "Herr K.") }).click();
    await page.getByRole("button", { name: "Ja, Fall endgültig löschen" }).click();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    assert.equal(await page.locator(".lotse-alert--success[role=status]").innerText(), "Der Fall „Herr K.“ wurde gelöscht.");
    assert.equal(await storedCase(page, doomed), null);
    assert.equal(await storedValue(page, "copies", doomed), null, "its recovery copy is gone too");
    assert.equal((await storedCase(page, keep)).alias, "Frau S.");
    assert.deepEqual(await page.locator(".lotse-case-card__title").allInnerTexts(), ["Frau S."]);

    // The deleted case's address now explains itself instead of failing.
    await open(page, `/fall/${doomed}/wille`);
    await page.getByRole("heading", { level: 1, name: "Dieser Fall kann nicht geöffnet werden" }).waitFor();
    await expectAccessible(page, "case not found");
  }));

test("an unknown address shows a page that leads back", () =>
  withBrowser(async ({ page }) => {
    await open(page, "/gibt-es-nicht");
    await page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" }).waitFor();
    await expectAccessible(page, "not found");
    await page.getByRole("link", { name: "Zurück zu Ihren Fällen" }).click();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
  }));
