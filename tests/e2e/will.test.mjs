// The client's will: kept verbatim, autosaved, and back after a reload, a closed tab and a
// browser restart, on the same case and step; usable by keyboard alone.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import {
  withBrowser, launch, open, appUrl, stopServer, expectAccessible, expectTouchTargets, createCase,
  storedCase, waitUntilSaved, caseIdOf,
} from "./helpers.mjs";

after(stopServer);

const WORDING = "Was wollen Sie ändern? Was wollen Sie erreichen?";
const OWN = "Was machen Sie selbst dafür?";
// Umlauts, ß, emoji (with a zero-width joiner), Arabic and Hebrew, surrounding white space,
// blank lines and a tab: all must come back exactly.
const WILL_1 = "  Ich will wieder arbeiten. Am liebsten was mit Maschinen. Größe, Übermut, Äpfel 😀👨‍👩‍👧\n\nأريد أن أعمل مرة أخرى\tשלום  ";
const OWN_1 = "Ich schreibe Bewerbungen, wenn mir einer zeigt, wie das heute online geht.";
const WILL_2 = "Ich will, dass wir in der Wohnung bleiben können. Die Mädchen sollen nicht die Schule wechseln.";

test("a will typed with umlauts, emoji and right-to-left text is back after a reload, on the same step", () =>
  withBrowser(async ({ page }) => {
    const id = await createCase(page, "Herr K.", "2026-11-20");
    assert.equal(new URL(page.url()).pathname, `/fall/${id}/wille`);
    assert.equal(await page.title(), "Wille – Lotse");
    await expectAccessible(page, "will step");
    await expectTouchTargets(page, "will step");

    const statement1 = page.getByRole("group", { name: "Aussage 1" });
    await statement1.getByLabel(WORDING).fill(WILL_1);
    await statement1.getByLabel(OWN).fill(OWN_1);

    await page.getByRole("button", { name: "Weitere Aussage hinzufügen" }).click();
    const statement2 = page.getByRole("group", { name: "Aussage 2" });
    // The new statement's first field has the cursor.
    await page.waitForFunction(() => document.activeElement?.id?.endsWith("-wording") && document.activeElement.value === "");
    await page.keyboard.type(WILL_2);
    assert.equal(await statement2.getByLabel(WORDING).inputValue(), WILL_2);

    await waitUntilSaved(page);
    const live = page.locator("[data-testid=save-indicator] [role=status]");
    assert.equal(await live.getAttribute("aria-live"), "polite");
    assert.equal(await live.innerText(), "Gespeichert");

    const stored = await storedCase(page, id);
    assert.equal(stored.will[0].wording, WILL_1);
    assert.equal(stored.will[0].own_action, OWN_1);
    assert.equal(stored.will[1].wording, WILL_2);

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/fall/${id}/wille`);
    assert.equal(await page.getByRole("group", { name: "Aussage 1" }).getByLabel(WORDING).inputValue(), WILL_1);
    assert.equal(await page.getByRole("group", { name: "Aussage 1" }).getByLabel(OWN).inputValue(), OWN_1);
    assert.equal(await page.getByRole("group", { name: "Aussage 2" }).getByLabel(WORDING).inputValue(), WILL_2);
    assert.equal(await page.locator("[data-testid=case-alias]").innerText(), "Herr K.");
    assert.equal(await page.getByRole("link", { name: /Wille/ }).getAttribute("aria-current"), "step");
  }));

test("long statements are kept whole: nothing is trimmed or limited below 2000 characters", () =>
  withBrowser(async ({ page }) => {
    const id = await createCase(page, "Frau S.");
    const long = ("Ich will mein Leben selbst bestimmen, Schritt für Schritt. ".repeat(60)).slice(0, 3000) + " Ende.";
    assert.ok(long.length > 2000);
    const field = page.getByLabel(WORDING);
    await field.fill(long);
    await waitUntilSaved(page);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    assert.equal(await page.getByLabel(WORDING).inputValue(), long);
    assert.equal((await storedCase(page, id)).will[0].wording, long);
    assert.equal(await page.getByLabel(WORDING).getAttribute("maxlength"), null);
  }));

test("the last keystroke survives a closed tab, and a browser restart reopens the case and step", async () => {
  const first = await launch();
  let id;
  try {
    id = await createCase(first.page, "Herr K.");
    const field = first.page.getByLabel(OWN);
    await field.fill("Ich rufe die Vermieterin a");
    await first.page.keyboard.type("n.");
    // Close the tab at once, before the autosave pause has passed.
    await first.page.close({ runBeforeUnload: true });
  } finally {
    await first.close({ keepProfile: true });
  }

  // A browser restart on the same profile, opening the app's start address.
  const second = await launch({ profileDir: first.profileDir });
  try {
    await second.page.goto((await appUrl()) + "/");
    await second.page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    assert.equal(caseIdOf(second.page), id);
    assert.equal(await second.page.getByLabel(OWN).inputValue(), "Ich rufe die Vermieterin an.");
  } finally {
    await second.close();
  }
});

test("removing a statement with the client's words asks first; an empty one goes at once", () =>
  withBrowser(async ({ page }) => {
    const id = await createCase(page, "Herr K.");
    await page.getByLabel(WORDING).fill("Die vom Amt sollen mir endlich das Geld überweisen.");
    await page.getByRole("button", { name: "Weitere Aussage hinzufügen" }).click();
    await page.getByRole("group", { name: "Aussage 2" }).waitFor();

    // The empty second statement is removed without a question; focus goes to "add".
    await page.getByRole("button", { name: /Aussage entfernen\W+Aussage 2/ }).click();
    await page.getByRole("group", { name: "Aussage 2" }).waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.id === "will-add");

    await page.getByRole("button", { name: /Aussage entfernen\W+Aussage 1/ }).click();
    const question = page.getByRole("group", { name: /Aussage 1 mit allen Worten/ });
    await question.waitFor();
    // Focus moves to the confirming button (on the next frame).
    await page.waitForFunction(() => document.activeElement?.textContent === "Ja, entfernen");
    await expectAccessible(page, "remove confirmation");
    await question.getByRole("button", { name: "Abbrechen" }).click();
    await page.waitForFunction(() => document.activeElement?.id?.endsWith("-remove"));
    await waitUntilSaved(page);
    assert.equal((await storedCase(page, id)).will.length, 1);

    await page.getByRole("button", { name: /Aussage entfernen\W+Aussage 1/ }).click();
    await page.getByRole("button", { name: "Ja, entfernen" }).click();
    await page.getByRole("group", { name: "Aussage 1" }).waitFor({ state: "detached" });
    await waitUntilSaved(page);
    assert.deepEqual((await storedCase(page, id)).will, []);
  }));

test("a case can be created and its will typed by keyboard alone, with focus always visible", () =>
  withBrowser(async ({ page }) => {
    await open(page, "/");
    // The skip link is the first stop and leads to the content.
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Zum Inhalt springen");
    const focusRing = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.activeElement);
        return style.outlineStyle !== "none" || style.boxShadow !== "none" || style.backgroundColor === "rgb(255, 221, 0)";
      });
    assert.ok(await focusRing(), "skip link shows focus");

    // Tab to "Neuen Fall anlegen" and follow it with Enter.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement.textContent)) === "Neuen Fall anlegen") break;
    }
    assert.ok(await focusRing(), "the start button shows focus");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Neuen Fall anlegen" }).waitFor();
    // Focus moved to the new page's heading, so the next Tab starts at the top of the page.
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");

    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement.id)) !== "alias"; i++) {
      await page.keyboard.press("Tab");
    }
    assert.equal(await page.evaluate(() => document.activeElement.id), "alias");
    assert.ok(await focusRing(), "the input shows focus");
    await page.keyboard.type("Herr K.");
    await page.keyboard.press("Enter"); // submits the form
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");

    for (let i = 0; i < 25 && (await page.evaluate(() => document.activeElement.tagName)) !== "TEXTAREA"; i++) {
      await page.keyboard.press("Tab");
    }
    assert.ok(await focusRing(), "the text field shows focus");
    await page.keyboard.type("Ich will wieder arbeiten.");
    // On past the "Vorlesen" button of the next question to its field.
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement.id.endsWith("-own"))); i++) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.type("Ich rufe Tom an.");
    await waitUntilSaved(page);
    const stored = await storedCase(page, caseIdOf(page));
    assert.equal(stored.will[0].wording, "Ich will wieder arbeiten.");
    assert.equal(stored.will[0].own_action, "Ich rufe Tom an.");
  }));
