// Data that survives and does not leak: recovery copies, two tabs, encryption at rest,
// export and import, the storage panel, and deleting everything.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  withBrowser, open, stopServer, expectAccessible, expectTouchTargets, createCase, storedCase, waitUntilSaved, goToCaseList, appUrl,
  waitForKeptStartPage, storedEntries, storedRecord, setAsideText, setStoredRecord, keepAppChannel, fillStorage, poll,
} from "./helpers.mjs";
import { loadFtl } from "./ftl.mjs";

after(stopServer);

const WORDING = "Was wollen Sie ändern? Was wollen Sie erreichen?";
const PASSPHRASE = "Küchentisch am Dienstag 7";
const SECOND_PASSPHRASE = "Neuer Satz für das Tablet 9";

/** Everything Lotse stored, as [key, value] pairs: every entry of its IndexedDB stores (the
 * cases, as `<store>/<id>`, see helpers.mjs), then every localStorage entry it wrote, sorted;
 * the remembered address (which follows navigation and holds no client data) is left out. */
async function snapshot(page) {
  const local = await page.evaluate(() =>
    // Not the last place nor the start page kept for a quicker start: they change as pages are
    // shown. (The encryption test checks the kept page on its own.)
    Object.keys(localStorage).filter((k) => k.startsWith("lotse:") && k !== "lotse:ui:last-location" && k !== "lotse:ui:start-page")
      .sort().map((k) => [k, localStorage.getItem(k)]));
  return [...(await storedEntries(page)), ...local];
}

/** A stored value as text, to search it: a text as it is, a document or summary as JSON. */
const asText = (value) => (typeof value === "string" ? value : JSON.stringify(value));

async function download(page, click) {
  const pending = page.waitForEvent("download");
  await click();
  const file = await pending;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

async function fileWith(name, text) {
  const dir = await mkdtemp(join(tmpdir(), "lotse-import-"));
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

async function enableEncryption(page) {
  await open(page, "/daten/verschluesseln");
  await page.getByRole("heading", { level: 1, name: "Verschlüsselung einschalten" }).waitFor();
  await expectAccessible(page, "switch on encryption");
  await page.getByLabel("Passwort", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("Passwort wiederholen").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Verschlüsseln" }).click();
  await page.getByText("Die Verschlüsselung ist eingeschaltet.").waitFor();
}

async function unlock(page, passphrase) {
  await page.getByRole("heading", { level: 1, name: "Lotse entsperren" }).waitFor();
  await page.getByLabel("Passwort", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Entsperren" }).click();
}

test("a torn record is recovered from the last good copy, and the damaged text is kept", () =>
  withBrowser(async ({ page }) => {
    const id = await createCase(page, "Frau M.");
    await page.getByLabel(WORDING).fill("Ich will meine Wohnung behalten.");
    await waitUntilSaved(page);
    await goToCaseList(page);
    // The record torn half way, next to its last good copy, as a write cut off in localStorage
    // left it where earlier versions kept the cases (and nothing of it in IndexedDB yet): the
    // next start moves both into IndexedDB as they are, and reads the case from its copy.
    const whole = await storedRecord(page, id);
    const torn = whole.slice(0, Math.floor(whole.length / 2));
    await page.evaluate(([id, torn, whole]) => new Promise((resolve, reject) => {
      const request = indexedDB.open("lotse");
      request.onsuccess = () => {
        const tx = request.result.transaction(["cases", "copies", "summaries"], "readwrite");
        for (const store of ["cases", "copies", "summaries"]) tx.objectStore(store).delete(id);
        tx.oncomplete = () => {
          request.result.close();
          localStorage.setItem(`lotse:case:${id}`, torn);
          localStorage.setItem(`lotse:copy:${id}`, whole);
          resolve();
        };
        tx.onabort = () => reject(tx.error);
      };
      request.onerror = () => reject(request.error);
    }), [id, torn, whole]);

    await page.reload();
    const notice = page.locator("[data-testid=recovered-notice]");
    await notice.waitFor();
    assert.match(await notice.innerText(), /letzte gute Kopie/);
    assert.match(await notice.innerText(), /Frau M\./);
    await expectAccessible(page, "case list after a recovery");
    assert.equal(await setAsideText(page, id), torn);

    // The case opens with its words; the next edit heals the record.
    await page.getByRole("link", { name: "Frau M.", exact: true }).click();
    await page.locator("[data-testid=case-notice]").waitFor();
    assert.equal(await page.getByLabel(WORDING).inputValue(), "Ich will meine Wohnung behalten.");
    await page.getByLabel(WORDING).fill("Ich will meine Wohnung behalten. Und den Hund.");
    await waitUntilSaved(page);
    assert.equal((await storedCase(page, id)).will[0].wording, "Ich will meine Wohnung behalten. Und den Hund.");

    // The damaged text is listed on the data page, can be saved as a file and removed.
    await open(page, "/daten");
    await page.getByRole("heading", { level: 2, name: "Aufbewahrte beschädigte Einträge" }).waitFor();
    await expectAccessible(page, "data page with a damaged record set aside");
    const file = await download(page, () => page.getByRole("button", { name: "Eintrag als Datei sichern" }).click());
    assert.equal(file.text, torn);
    await page.getByRole("button", { name: "Entfernen" }).click();
    await page.getByRole("heading", { level: 2, name: "Aufbewahrte beschädigte Einträge" }).waitFor({ state: "detached" });
    assert.equal(await setAsideText(page, id), null);
  }));

test("two tabs on one case never overwrite each other silently", () =>
  withBrowser(async ({ context, page }) => {
    // One save of tab 1 below is written by the test, and told to the other tabs through tab
    // 1's own channel, as the app tells them (so tab 1 does not hear it, as with its own save).
    await keepAppChannel(page);
    const id = await createCase(page, "Herr K.");
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten.");
    await waitUntilSaved(page);
    const other = await context.newPage();
    await other.goto(`${await appUrl()}/fall/${id}/wille`);
    await other.getByLabel(WORDING).waitFor();

    // Tab 1 saves; tab 2 has no own changes and shows the newer text at once.
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten. Mit Maschinen.");
    await waitUntilSaved(page);
    await other.locator("[data-testid=case-notice]").waitFor();
    assert.match(await other.locator("[data-testid=case-notice]").innerText(), /neuere Fassung/);
    assert.equal(await other.getByLabel(WORDING).inputValue(), "Ich will wieder arbeiten. Mit Maschinen.");

    // Tab 2 types; before its save is due, tab 1 saves another text (its record and copy,
    // then it tells the other tabs).
    const record = JSON.parse(await storedRecord(page, id));
    record.case.will[0].wording = "Ich will in Rente gehen.";
    record.case.updated_at += 1;
    await other.getByLabel(WORDING).fill("Ich will in die Werkstatt.");
    await setStoredRecord(page, id, JSON.stringify(record), { announce: true });
    const conflict = other.locator("[data-testid=case-conflict]");
    await conflict.waitFor();
    const table = await conflict.locator("table").innerText();
    assert.match(table, /Wille 1/);
    assert.match(table, /Ich will in Rente gehen\./);
    assert.match(table, /Ich will in die Werkstatt\./);
    await expectAccessible(other, "two-tab conflict");
    // Saving is paused: tab 1's text stays stored, even after a while.
    await other.waitForTimeout(800);
    assert.equal((await storedCase(page, id)).will[0].wording, "Ich will in Rente gehen.");

    // Tab 2 keeps its own version on purpose; tab 1 is then shown that one.
    await conflict.getByRole("button", { name: "Meine Fassung speichern" }).click();
    await waitUntilSaved(other);
    assert.equal((await storedCase(page, id)).will[0].wording, "Ich will in die Werkstatt.");
    await page.locator("[data-testid=case-notice]").waitFor();
    assert.equal(await page.getByLabel(WORDING).inputValue(), "Ich will in die Werkstatt.");
  }));

test("a full storage keeps the edit and offers it as a file", () =>
  withBrowser(async ({ page }) => {
    const id = await createCase(page, "Herr K.");
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten.");
    await waitUntilSaved(page);
    const before = await snapshot(page);
    // From now on every write fails as on a full disk (IndexedDB and localStorage).
    await fillStorage(page);
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten. Und die Wohnung behalten.");
    await page.locator("[data-testid=storage-alert]").waitFor();
    await page.locator("[data-testid=export-unsaved]").click();
    await page.getByLabel("Datei mit einem Passwort schützen").uncheck();
    const file = await download(page, () => page.getByRole("button", { name: "Datei speichern" }).click());
    assert.match(file.name, /^lotse-herr-k-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(file.text);
    assert.equal(exported.format, "lotse-export");
    assert.equal(exported.cases[0].case.will[0].wording, "Ich will wieder arbeiten. Und die Wohnung behalten.");
    assert.deepEqual(await snapshot(page), before, "nothing stored was changed");
    void id;
  }));

test("with encryption on, IndexedDB and localStorage hold no plaintext; a wrong passphrase changes nothing", () =>
  withBrowser(async ({ page }) => {
    // Offered at first start.
    await open(page, "/");
    await page.locator("[data-testid=encryption-offer]").waitFor();
    const id = await createCase(page, "Frau Sonnenschein");
    await page.getByLabel(WORDING).fill("Ich will meine Tochter öfter sehen.");
    await waitUntilSaved(page);
    // The start page, kept in plain text for a quicker start, names the case until then.
    await goToCaseList(page);
    await waitForKeptStartPage(page, (kept) => kept?.cards.includes("Sonnenschein"), "kept naming the case");
    await enableEncryption(page);

    // New words after switching on are sealed too (in-app navigation: a reload would lock).
    await page.getByRole("link", { name: "Zurück zu Ihren Fällen" }).click();
    await page.getByRole("link", { name: "Frau Sonnenschein", exact: true }).click();
    await page.getByLabel(WORDING).fill("Ich will meine Tochter öfter sehen. Jeden Sonntag.");
    await waitUntilSaved(page);
    // Every store of IndexedDB (record, copy, summary, anything set aside) and localStorage.
    const stored = await poll(() => snapshot(page), (entries) => !entries.some(([, v]) => asText(v).includes("Sonntag")));
    for (const [key, value] of stored) {
      for (const secret of ["Sonnenschein", "Tochter", "Sonntag", "öfter", "\\u00f6fter"]) {
        assert.ok(!asText(value).includes(secret), `${key} holds plaintext "${secret}"`);
      }
    }
    assert.ok(stored.some(([k, v]) => k === `cases/${id}` && v.body.startsWith('{"enc":1,')), "the case is sealed");
    assert.ok(stored.some(([k, v]) => k === `copies/${id}` && v.startsWith('{"enc":1,')), "its copy is sealed");
    assert.ok(stored.some(([k, v]) => k === `summaries/${id}` && v.body.startsWith('{"enc":1,')), "its summary is sealed");
    await waitForKeptStartPage(page, (kept) => kept === null, "the kept start page, which named the case, is gone");
    for (const cache of await page.evaluate(async () => Promise.all((await caches.keys()).map(async (name) => {
      const cache = await caches.open(name);
      return Promise.all((await cache.keys()).map(async (request) => (await cache.match(request)).text()));
    })))) for (const text of cache) assert.ok(!text.includes("Sonnenschein"), "no cached file names the case");

    // Locked on demand: nothing of the case is on screen.
    await page.getByTestId("lock-now").click();
    await page.getByRole("heading", { level: 1, name: "Lotse entsperren" }).waitFor();
    assert.ok(!(await page.content()).includes("Sonnenschein"));
    await expectAccessible(page, "unlock");

    // A wrong passphrase says so and changes nothing.
    await page.reload();
    await unlock(page, "falsches Passwort 123");
    await page.getByText("Das Passwort stimmt nicht. Es wurde nichts verändert.").first().waitFor();
    assert.deepEqual(await snapshot(page), stored);

    // The right one opens the same address again; pasting works (WCAG 3.3.8).
    await page.getByLabel("Passwort", { exact: true }).fill("");
    await page.getByLabel("Passwort", { exact: true }).focus();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      if (document.activeElement.value === "") {
        document.activeElement.value = text;
        document.activeElement.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }, PASSPHRASE);
    await page.getByRole("button", { name: "Entsperren" }).click();
    await page.getByLabel(WORDING).waitFor();
    assert.equal(await page.getByLabel(WORDING).inputValue(), "Ich will meine Tochter öfter sehen. Jeden Sonntag.");

    // Changing the passphrase: the old one opens nothing afterwards, the new one everything.
    await page.getByRole("link", { name: /zur Startseite/ }).click();
    await page.getByRole("link", { name: /Daten auf diesem Gerät/ }).click();
    await page.getByRole("link", { name: "Passwort ändern" }).click();
    await page.getByLabel("Bisheriges Passwort").fill("nicht das richtige");
    await page.getByLabel("Neues Passwort").fill(SECOND_PASSPHRASE);
    await page.getByLabel("Passwort wiederholen").fill(SECOND_PASSPHRASE);
    const beforeChange = await snapshot(page);
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await page.locator("#error-summary").getByText("Das bisherige Passwort stimmt nicht").waitFor();
    assert.deepEqual(await snapshot(page), beforeChange, "a wrong current passphrase changes nothing");
    await page.getByLabel("Bisheriges Passwort").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await page.getByText("Das Passwort wurde geändert.").waitFor();
    const vault = await page.evaluate(() => JSON.parse(localStorage.getItem("lotse:vault")));
    assert.equal(vault.keys.length, 1, "the old data key is gone once every record is re-encrypted");
    assert.equal(vault.kdf.iterations, 600000);
    const records = await snapshot(page);
    // Every text of a case (record, copy, summary, anything set aside), where IndexedDB keeps it.
    const texts = records.filter(([k]) => /^(cases|copies|set_aside|summaries)\//.test(k))
      .map(([key, value]) => [key, typeof value === "string" ? value : value.body])
      .filter(([, text]) => text !== undefined);
    assert.ok(texts.length >= 3, "the case's record, copy and summary are stored");
    for (const [key, text] of texts) {
      assert.equal(JSON.parse(text).kid, vault.keys[0].kid, `${key} is sealed with the new key`);
    }
    await page.reload();
    await unlock(page, PASSPHRASE);
    await page.getByText("Das Passwort stimmt nicht.").first().waitFor();
    assert.deepEqual(await snapshot(page), records, "the old passphrase opens nothing and changes nothing");
    await page.getByLabel("Passwort", { exact: true }).fill(SECOND_PASSPHRASE);
    await page.getByRole("button", { name: "Entsperren" }).click();
    await page.getByRole("heading", { level: 1, name: "Daten auf diesem Gerät" }).waitFor();

    // After the chosen idle time the device locks itself.
    await page.selectOption("#lock-after", "2");
    await page.evaluate(() => {
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + 3 * 60 * 1000;
    });
    await page.getByRole("heading", { level: 1, name: "Lotse entsperren" }).waitFor({ timeout: 15_000 });
  }));

test("export and import round-trip every case, encrypted or not, with keep-both and replace", () =>
  withBrowser(async ({ page }) => {
    const first = await createCase(page, "Herr K.");
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten. 🛠️ Mit Maschinen.");
    await waitUntilSaved(page);
    const second = await createCase(page, "Frau Ö.");
    await page.getByLabel(WORDING).fill("أريد أن أتعلم الألمانية");
    await waitUntilSaved(page);
    const originals = [await storedCase(page, first), await storedCase(page, second)];

    await open(page, "/daten");
    await page.getByRole("heading", { level: 1, name: "Daten auf diesem Gerät" }).waitFor();
    assert.equal(await page.getByTestId("last-export").innerText(), "Noch nie");
    // What Lotse keeps is counted in cases (data-lotse-cases-other), not in bytes.
    assert.match(await page.getByTestId("storage-panel").innerText(), /Lotse-Daten\s+2 Fälle(\n|$)/);
    await page.getByText(/löschen die Daten einer Website/).waitFor();
    await expectAccessible(page, "data page");

    // Encrypted export of everything.
    await page.getByLabel("Passwort für diese Datei").fill(PASSPHRASE);
    await page.getByLabel("Passwort wiederholen").fill(PASSPHRASE);
    const sealed = await download(page, () => page.getByRole("button", { name: "Datei speichern" }).click());
    assert.match(sealed.name, /^lotse-\d{4}-\d{2}-\d{2}\.lotse$/);
    assert.equal(JSON.parse(sealed.text).format, "lotse-export-encrypted");
    assert.ok(!sealed.text.includes("Maschinen"));
    assert.notEqual(await page.getByTestId("last-export").innerText(), "Noch nie");

    // Delete everything, after a confirmation that says what goes: the start page the service
    // worker keeps, which names the cases, goes too.
    await goToCaseList(page);
    await waitForKeptStartPage(page, (kept) => kept?.cards.includes("Herr K."), "kept naming the cases");
    await open(page, "/daten/alles-loeschen");
    assert.match(await page.getByTestId("delete-all-list").innerText(), /2 Fälle/);
    await expectAccessible(page, "delete everything");
    await page.getByRole("button", { name: "Ja, alles löschen" }).click();
    await page.getByText("Alle Daten von Lotse auf diesem Gerät wurden gelöscht.").waitFor();
    assert.deepEqual(await snapshot(page), []);
    await waitForKeptStartPage(page, (kept) => kept === null, "gone with everything");

    // Import: wrong passphrase first, then the right one; every case comes back exactly.
    await open(page, "/daten/import");
    await page.getByLabel("Lotse-Datei").setInputFiles(await fileWith("sicherung.lotse", sealed.text));
    await page.getByLabel("Passwort der Datei").fill("falsch falsch falsch");
    await page.getByRole("button", { name: "Datei öffnen" }).click();
    await page.getByText("Das Passwort für diese Datei stimmt nicht.").waitFor();
    await page.getByLabel("Passwort der Datei").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Datei öffnen" }).click();
    await page.getByRole("heading", { level: 2, name: "Die Datei enthält 2 Fälle:" }).waitFor();
    await expectAccessible(page, "import review");
    await page.getByRole("button", { name: "Fälle übernehmen" }).click();
    await page.getByText("2 Fälle wurden übernommen.").waitFor();
    assert.deepEqual([await storedCase(page, first), await storedCase(page, second)], originals);

    // A plain export of one case, changed here, then imported again: keep both, then replace.
    await page.getByRole("link", { name: "Herr K.", exact: true }).click();
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten. Jetzt geändert.");
    await waitUntilSaved(page);
    await open(page, `/fall/${first}/export`);
    await page.getByLabel("Datei mit einem Passwort schützen").uncheck();
    await page.getByText("Ohne Passwort kann jede Person").waitFor();
    const plain = await download(page, () => page.getByRole("button", { name: "Datei speichern" }).click());
    const path = await fileWith(plain.name, plain.text);

    // Restore the original text, then import the changed one.
    await open(page, `/fall/${first}/wille`);
    await page.getByLabel(WORDING).fill("Ursprünglicher Text.");
    await waitUntilSaved(page);
    await open(page, "/daten/import");
    await page.getByLabel("Lotse-Datei").setInputFiles(path);
    const legend = page.getByRole("group", { name: "„Herr K.“ ist schon auf diesem Gerät. Was soll geschehen?" });
    await legend.waitFor();
    assert.equal(await legend.getByLabel(/Beide behalten/).isChecked(), true);
    await page.getByRole("button", { name: "Fälle übernehmen" }).click();
    await page.getByText("1 Fall wurde übernommen.").waitFor();
    assert.deepEqual((await page.locator(".lotse-case-card__title").allInnerTexts()).sort(),
      ["Frau Ö.", "Herr K.", "Herr K. (übernommen)"]);
    assert.equal((await storedCase(page, first)).will[0].wording, "Ursprünglicher Text.");

    await open(page, "/daten/import");
    await page.getByLabel("Lotse-Datei").setInputFiles(path);
    await page.getByLabel(/Ersetzen/).check();
    await page.getByRole("button", { name: "Fälle übernehmen" }).click();
    await page.getByText("1 Fall wurde übernommen.").waitFor();
    assert.equal((await storedCase(page, first)).will[0].wording, "Ich will wieder arbeiten. Jetzt geändert.");
  }));

test("an import that is wrong says exactly what and where, and stores nothing", () =>
  withBrowser(async ({ page }) => {
    await createCase(page, "Herr K.");
    await waitUntilSaved(page);
    await goToCaseList(page);
    const before = await snapshot(page);
    await open(page, "/daten/import");
    const error = page.getByTestId("import-error");
    const tryFile = async (name, text) => {
      await page.getByLabel("Lotse-Datei").setInputFiles(await fileWith(name, text));
      await error.waitFor();
      return error.innerText();
    };
    assert.match(await tryFile("leer.json", ""), /Die Datei ist leer/);
    assert.match(await tryFile("kaputt.json", '{"format":"lotse-export",\n"version":1,\n"cases":[{"schema":2'),
      /In Zeile 3, Spalte \d+ bricht der Text ab/);
    assert.match(await tryFile("fremd.json", '{"name":"etwas anderes"}'), /keine Lotse-Datei/);
    assert.match(await tryFile("neu.json", '{"format":"lotse-export","version":7,"cases":[]}'), /neueren Version von Lotse erstellt \(Format 7\)/);
    const missing = '{\n  "format": "lotse-export",\n  "version": 1,\n  "cases": [\n    {"schema": 2, "case": {"id": "a1", "alias": "Frau B."}}\n  ]\n}';
    const message = await tryFile("unvollstaendig.json", missing);
    assert.match(message, /Fall 1 \(„Frau B.“\)/);
    assert.match(message, /Zeile 5, Spalte \d+/);
    assert.match(message, /Das Feld „first_contact“ fehlt/);
    await expectAccessible(page, "import error");
    assert.deepEqual(await snapshot(page), before);
  }));

test("the choice for a case already on this device passes axe and 44 px targets in every language, and works by keyboard", () =>
  withBrowser(async ({ page }) => {
    const record = await readFile(new URL("../fixtures/case-v2-herr-k.json", import.meta.url), "utf8");
    const { id, alias } = JSON.parse(record).case;
    const path = await fileWith("herr-k.json", `{"format":"lotse-export","version":1,"exported_at":0,"cases":[${record}]}`);
    const group = page.locator(`fieldset#import-choice-${id}`);
    const keep = page.locator(`#import-choice-${id}-keep`);
    const replace = page.locator(`#import-choice-${id}-replace`);
    for (const locale of ["de", "de-leicht", "en"]) {
      const texts = loadFtl(locale);
      await page.goto((await appUrl()) + "/gibt-es-nicht");
      await page.evaluate(([id, record, locale]) => {
        localStorage.setItem(`lotse:case:${id}`, record);
        localStorage.setItem("lotse:ui:locale", JSON.stringify(locale));
      }, [id, record, locale]);
      await open(page, "/daten/import");
      await page.getByLabel(texts["import-file-label"]).setInputFiles(path);
      await group.waitFor();
      // The question is the group's name; each answer is a radio named by its label.
      const legend = texts["import-exists-legend"].replace("{ $alias }", alias).replace(/\s+/g, " ");
      assert.equal((await group.locator("legend").innerText()).replace(/\s+/g, " "), legend, locale);
      assert.equal((await keep.evaluate((r) => r.labels[0].innerText)).replace(/\s+/g, " "), texts["import-keep-both"].replace(/\s+/g, " "));
      assert.equal(await keep.isChecked(), true, `${locale}: keeping both is the default`);
      await expectAccessible(page, `import, a case already here (${locale})`);
      await expectTouchTargets(page, `import, a case already here (${locale})`);
      for (const radio of [keep, replace]) {
        const row = await radio.evaluate((r) => r.closest(".lotse-radio").getBoundingClientRect().height);
        assert.ok(row >= 44, `${locale}: the row of a radio is a 44 px target (${row})`);
      }
    }

    // By keyboard (German): Tab from the file enters the group on the checked radio, the
    // arrow chooses "replace", Tab and Enter import. The case is replaced, not copied.
    await page.evaluate(() => localStorage.setItem("lotse:ui:locale", JSON.stringify("de")));
    await open(page, "/daten/import");
    await page.getByLabel("Lotse-Datei").setInputFiles(path);
    await group.waitFor();
    await page.getByLabel("Lotse-Datei").focus();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.id), `import-choice-${id}-keep`);
    await page.keyboard.press("ArrowDown");
    assert.equal(await replace.isChecked(), true);
    assert.equal(await page.evaluate(() => document.activeElement.id), `import-choice-${id}-replace`);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Fälle übernehmen");
    await page.keyboard.press("Enter");
    await page.getByText("1 Fall wurde übernommen.").waitFor();
    assert.deepEqual(await page.locator(".lotse-case-card__title").allInnerTexts(), [alias]);
  }));
