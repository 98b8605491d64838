// Offline after one visit (a reload on a deep route included), and a new build deployed
// while a case is open: offered, never forced, and the case is kept.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withBrowser, stopServer, createCase, serviceWorkerControls, storedCase, storedCaseWhen, waitUntilSaved, appUrl } from "./helpers.mjs";
import { serveDist } from "./server.mjs";

after(stopServer);

const WORDING = "Was wollen Sie ändern? Was wollen Sie erreichen?";

test("after one visit the app works offline, a reload on a deep route included", () =>
  withBrowser(async ({ page, context }) => {
    const id = await createCase(page, "Herr K.");
    await serviceWorkerControls(page);
    await page.getByLabel(WORDING).fill("Ich will wieder arbeiten.");
    await waitUntilSaved(page);

    await context.setOffline(true);
    await page.goto((await appUrl()) + `/fall/${id}/ziele`);
    await page.getByRole("heading", { level: 1, name: "Ziele" }).waitFor();
    await page.getByRole("button", { name: "Ziel hinzufügen" }).click();
    await page.getByLabel("Das Ziel in Ihren Worten").fill("Wieder Arbeit mit Maschinen");
    await waitUntilSaved(page);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Ziele" }).waitFor();
    assert.equal(await page.getByLabel("Das Ziel in Ihren Worten").inputValue(), "Wieder Arbeit mit Maschinen");
    await page.getByRole("link", { name: /Wille/ }).first().click();
    assert.equal(await page.getByLabel(WORDING).inputValue(), "Ich will wieder arbeiten.");
    assert.equal((await storedCase(page, id)).goals[0].client_wording, "Wieder Arbeit mit Maschinen");
    await context.setOffline(false);
  }));

test("a page the service worker did not serve (a hard reload) is taken over, and works offline too", () =>
  withBrowser(async ({ page, context }) => {
    await createCase(page, "Herr K.");
    await serviceWorkerControls(page);
    // A reload that bypasses the cache is not served by the service worker; the app asks it
    // to take the page over (as for a page that was still starting when the worker activated).
    const cdp = await context.newCDPSession(page);
    await cdp.send("Page.reload", { ignoreCache: true });
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    await serviceWorkerControls(page);

    await context.setOffline(true);
    // The data pages' module has not been loaded in this page: it comes from the worker.
    await page.getByRole("link", { name: "Lotse (zur Startseite)" }).click();
    await page.getByRole("link", { name: /^Daten auf diesem Gerät/ }).click();
    await page.getByRole("heading", { level: 1, name: "Daten auf diesem Gerät" }).waitFor();
    await context.setOffline(false);
  }));

test("a new build deployed while a case is open is offered, and the case is kept", () =>
  withBrowser(async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), "lotse-deploy-")) + "/";
    cpSync(new URL("../../dist/", import.meta.url).pathname, dir, { recursive: true });
    const server = await serveDist(dir);
    try {
      await page.goto(server.url + "/neu");
      await page.getByLabel("Kürzel oder Pseudonym").fill("Herr K.");
      await page.getByRole("button", { name: "Fall anlegen" }).click();
      await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
      await serviceWorkerControls(page);
      const id = new URL(page.url()).pathname.split("/")[2];
      await page.getByLabel(WORDING).fill("Ich will, dass wir in der Wohnung bleiben.");
      await waitUntilSaved(page);

      // Deploy a new build: a new service worker and a changed page.
      const sw = readFileSync(join(dir, "sw.js"), "utf8");
      // The release minifies sw.js: `const VERSION="…"`.
      const next = sw.replace(/const VERSION\s*=\s*"[^"]*"/, 'const VERSION="next-build"');
      assert.notEqual(next, sw, "the build id is stamped in sw.js");
      writeFileSync(join(dir, "sw.js"), next);
      writeFileSync(join(dir, "index.html"), readFileSync(join(dir, "index.html"), "utf8") + "\n<!-- next build -->\n");
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

      const banner = page.locator("[data-testid=update-banner]");
      await banner.waitFor();
      assert.match(await banner.innerText(), /Neue Version verfügbar/);
      // Nothing changed under the user's hands.
      assert.equal(await page.getByLabel(WORDING).inputValue(), "Ich will, dass wir in der Wohnung bleiben.");

      await page.getByLabel(WORDING).fill("Ich will, dass wir in der Wohnung bleiben können.");
      await banner.getByRole("button", { name: "Jetzt aktualisieren" }).click();
      await page.waitForFunction(() => caches.keys().then((keys) => keys.includes("lotse-next-build")));
      await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
      await page.waitForFunction(() => !document.querySelector("[data-testid=update-banner]"));
      assert.equal(await page.getByLabel(WORDING).inputValue(), "Ich will, dass wir in der Wohnung bleiben können.");
      // Stored, not only on screen (a write in flight may still be committing).
      const stored = await storedCaseWhen(page, id, (c) => c?.will?.[0]?.wording === "Ich will, dass wir in der Wohnung bleiben können.");
      assert.equal(stored.will[0].wording, "Ich will, dass wir in der Wohnung bleiben können.");
      assert.deepEqual(await page.evaluate(() => caches.keys()), ["lotse-next-build"], "the old version's files are gone");
    } finally {
      await server.close();
    }
  }));
