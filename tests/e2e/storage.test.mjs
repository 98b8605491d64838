// When storage fails: a damaged or newer record, a full quota, storage switched off. The
// user gets a clear German message, nothing stored is overwritten, and the app keeps running.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import {
  withBrowser, open, stopServer, expectAccessible, createCase, storedCase, waitUntilSaved, goToCaseList, storedRecord,
  fillStorage, freeStorage,
} from "./helpers.mjs";

after(stopServer);

const WORDING = "Was wollen Sie ändern? Was wollen Sie erreichen?";
const BROKEN = '{"schema":1,"case":{"id":"kaputt","alias":"Frau B.","first_contact":"2026-1';
const FUTURE = '{"schema":99,"case":{"id":"zukunft","alias":"Herr Z.","neues_feld":[1,2,3]}}';

test("a corrupt record gives a German message and leaves the other cases intact", () =>
  withBrowser(async ({ page }) => {
    const id = await createCase(page, "Herr K.");
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten.");
    await waitUntilSaved(page);
    // As an earlier version left them in localStorage; the next start moves them, as they are,
    // into IndexedDB.
    await page.evaluate(([broken, future]) => {
      localStorage.setItem("lotse:case:kaputt", broken);
      localStorage.setItem("lotse:case:zukunft", future);
    }, [BROKEN, FUTURE]);

    await goToCaseList(page);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();

    const notices = page.locator("[data-testid=damaged-record]");
    await notices.first().waitFor();
    const texts = await notices.allInnerTexts();
    assert.equal(texts.length, 2);
    const damaged = texts.find((t) => t.includes("lotse:case:kaputt"));
    const newer = texts.find((t) => t.includes("lotse:case:zukunft"));
    assert.match(damaged, /Ein gespeicherter Fall kann nicht gelesen werden/);
    assert.match(damaged, /lässt ihn unverändert/);
    assert.match(damaged, /Alle anderen Fälle können Sie wie gewohnt nutzen/);
    assert.match(newer, /neueren Version von Lotse/);
    await expectAccessible(page, "case list with damaged records");

    // The intact case is listed, opens, and can still be edited.
    assert.deepEqual(await page.locator(".lotse-case-card__title").allInnerTexts(), ["Herr K."]);
    await page.getByRole("link", { name: "Herr K.", exact: true }).click();
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten. Mit Maschinen.");
    await waitUntilSaved(page);
    assert.equal((await storedCase(page, id)).will[0].wording, "Ich will wieder arbeiten. Mit Maschinen.");

    // The damaged record's address explains itself too, and offers a copy as a file.
    await open(page, "/fall/kaputt/wille");
    await page.getByRole("heading", { level: 1, name: "Dieser Fall kann nicht geöffnet werden" }).waitFor();
    await expectAccessible(page, "damaged case");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Eintrag als Datei sichern" }).click();
    const file = await download;
    const { readFile } = await import("node:fs/promises");
    assert.equal(await readFile(await file.path(), "utf8"), BROKEN);

    // Nothing touched the damaged records.
    const raw = [await storedRecord(page, "kaputt"), await storedRecord(page, "zukunft")];
    assert.deepEqual(raw, [BROKEN, FUTURE]);
  }));

test("a full storage keeps the edit on screen, says so in German, and damages nothing", () =>
  withBrowser(async ({ page }) => {
    const id = await createCase(page, "Herr K.");
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten.");
    await waitUntilSaved(page);

    // From now on every write fails as a full disk does (IndexedDB, where the cases are, and
    // localStorage).
    await fillStorage(page);
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten. Und die Wohnung behalten.");
    const alert = page.locator("[data-testid=storage-alert]");
    await alert.waitFor();
    assert.equal(await alert.getAttribute("role"), "alert");
    assert.match(await alert.innerText(), /Der Speicher ist voll/);
    assert.match(await alert.innerText(), /Gespeicherte Fälle wurden nicht verändert/);
    assert.equal(await page.locator("[data-testid=save-indicator] [role=status]").innerText(), "Nicht gespeichert");
    await expectAccessible(page, "storage full");

    // The edit is still on screen; the stored record is the last good one.
    assert.equal(await page.getByLabel(WORDING).inputValue(), "Ich will wieder arbeiten. Und die Wohnung behalten.");
    assert.equal((await storedCase(page, id)).will[0].wording, "Ich will wieder arbeiten.");

    // Once there is room again, "Erneut speichern" stores the edit.
    await freeStorage(page);
    await page.getByRole("button", { name: "Erneut speichern" }).click();
    await alert.waitFor({ state: "detached" });
    await waitUntilSaved(page);
    assert.equal((await storedCase(page, id)).will[0].wording, "Ich will wieder arbeiten. Und die Wohnung behalten.");
  }));

test("with storage switched off the app still runs and explains what to do", () =>
  withBrowser(
    {
      // Like a browser whose site settings block storage: touching localStorage or IndexedDB
      // (where the cases are) throws.
      initScript: () => {
        for (const name of ["localStorage", "indexedDB"]) {
          Object.defineProperty(window, name, {
            configurable: true,
            get() {
              throw new DOMException("Access is denied for this document.", "SecurityError");
            },
          });
        }
      },
    },
    async ({ page }) => {
      await open(page, "/");
      const alert = page.locator("[data-testid=storage-alert]");
      await alert.waitFor();
      assert.match(await alert.innerText(), /Speichern ist in diesem Browser nicht möglich/);
      assert.match(await alert.innerText(), /Erlauben Sie in den Browser-Einstellungen/);
      await expectAccessible(page, "storage unavailable");

      // Work can go on in this window; the app says it is not stored.
      await page.getByRole("link", { name: "Neuen Fall anlegen" }).click();
      await page.getByLabel("Kürzel oder Pseudonym").fill("Herr K.");
      await page.getByRole("button", { name: "Fall anlegen" }).click();
      await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
      await page.getByLabel(WORDING).fill("Ich will wieder arbeiten.");
      await page.locator("[data-testid=storage-alert]").waitFor();
      assert.match(await page.locator("[data-testid=storage-alert]").innerText(), /solange dieses Fenster offen ist/);
      assert.equal(await page.getByLabel(WORDING).inputValue(), "Ich will wieder arbeiten.");
    },
  ));
