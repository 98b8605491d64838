// A team through CouchDB's protocol: two browser profiles (two devices) join one database of
// a real server (PouchDB Server on 127.0.0.1, behind the test server's /couchdb/ as an
// agency's reverse proxy), and share a case. The server holds only ciphertext. A case changed
// on both while apart is shown field by field and joined from both versions.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, waitUntilSaved, OUTPUT, poll, storedRecord, storedValues, expectAccessible, expectTouchTargets } from "./helpers.mjs";
import { loadFtl } from "./ftl.mjs";
import { serveDist } from "./server.mjs";
import { startCouch } from "../../scripts/couch.mjs";
import { DE, WILL, OWN_ACTION, TEAM_PASSPHRASE, teamHelpers, refused, joined, allSent, caseState, withTwoDevices } from "./team.mjs";

let couch;
let app;
let go, createCase, joinTeam;

before(async () => {
  couch = await startCouch();
  await couch.addUser("anna", "anna-pw");
  await couch.addUser("ben", "ben-pw");
  await couch.addUser("carla", "carla-pw");
  await couch.addDatabase("team-nord", ["anna", "ben"]);
  app = await serveDist(undefined, { couch: couch.url });
  ({ go, createCase, joinTeam } = teamHelpers(app, "team-nord"));
});

after(async () => {
  await app?.close();
  await couch?.stop();
});

test("two devices share a case through the team's server, which holds no text of it", { timeout: 240_000 }, () =>
  withTwoDevices("team", async (anna, ben, checked) => {
    // Each problem has its own message, before anything is kept.
    await joinTeam(anna.page, { server: "https://couch.example.org", name: "anna", password: "anna-pw" });
    await refused(anna.page, "team-problem-not-allowed");
    await joinTeam(anna.page, { server: app.url, name: "anna", password: "anna-pw" });
    await refused(anna.page, "team-problem-not-couchdb");
    await joinTeam(anna.page, { name: "anna", password: "falsch" });
    await refused(anna.page, "team-problem-wrong-password");
    await joinTeam(anna.page, { database: "team-sued", name: "anna", password: "anna-pw" });
    await refused(anna.page, "team-problem-no-database");
    await joinTeam(anna.page, { name: "carla", password: "carla-pw" });
    await refused(anna.page, "team-problem-no-permission");
    assert.deepEqual(await storedValues(anna.page, "sync"), [], "nothing kept while the checks fail");

    // Anna is the team's first member: her passphrase makes the team key.
    await joinTeam(anna.page, { name: "anna", password: "anna-pw" });
    await joined(anna.page);
    checked(anna);
    const id = await createCase(anna.page, "Herr K.");
    await anna.page.getByLabel(WILL).fill("Ich will wieder arbeiten, am liebsten mit Holz.");
    await waitUntilSaved(anna.page);
    await allSent(anna.page);

    // Ben's device: the wrong team passphrase is found before anything is kept.
    await joinTeam(ben.page, { name: "ben", password: "ben-pw", passphrase: "ein anderes Passwort" });
    await refused(ben.page, "team-problem-wrong-team-passphrase");
    await joinTeam(ben.page, { name: "ben", password: "ben-pw" });
    await joined(ben.page);
    checked(ben);
    const received = await poll(() => storedRecord(ben.page, id), (record) => record?.includes("mit Holz"), 30_000);
    assert.match(received ?? "", /Herr K\./, "the case is on the second device");
    await go(ben.page, "/");
    await ben.page.getByRole("link", { name: /Herr K\./ }).first().waitFor();

    // The server holds ciphertext under ids that say nothing; no alias, no word of the case.
    const stored = await couch.documents("team-nord");
    const cases = stored.filter((doc) => doc._id !== "lotse-team");
    assert.equal(cases.length, 1);
    for (const doc of cases) {
      assert.match(doc._id, /^[0-9a-f]{32}$/);
      assert.equal(doc.lotse, 1);
      assert.deepEqual(Object.keys(doc).sort(), ["_id", "_rev", "data", "lotse"]);
    }
    const everything = JSON.stringify(stored);
    for (const secret of ["Herr K.", "Holz", "arbeiten", id]) assert.ok(!everything.includes(secret), `the server holds no "${secret}"`);

    // An edit on Ben's device comes to Anna's while both are online.
    await go(ben.page, `/fall/${id}/wille`);
    await ben.page.getByLabel(WILL).fill("Ich will wieder arbeiten, in einer Werkstatt.");
    await waitUntilSaved(ben.page);
    const back = await poll(() => storedRecord(anna.page, id), (record) => record?.includes("Werkstatt"), 30_000);
    assert.match(back ?? "", /Werkstatt/, "the edit is on the first device");

    // Both offline, both edit: neither version is lost, and each device keeps the other's.
    await go(anna.page, `/fall/${id}/wille`);
    await anna.context.setOffline(true);
    await ben.context.setOffline(true);
    await anna.page.getByLabel(WILL).fill("Anna: Ich will in einer Tischlerei arbeiten.");
    await waitUntilSaved(anna.page);
    await ben.page.getByLabel(WILL).fill("Ben: Ich will zuerst einen Kurs machen.");
    await ben.page.getByLabel(OWN_ACTION).fill("Ben: Ich frage bei der Volkshochschule.");
    await waitUntilSaved(ben.page);
    await anna.context.setOffline(false);
    await allSent(anna.page);
    await ben.context.setOffline(false);
    await allSent(ben.page);
    const state = (browser) => caseState(browser.page, id);
    for (const [browser, own, other] of [[ben, "Ben:", "Anna:"], [anna, "Anna:", "Ben:"]]) {
      const known = await poll(() => state(browser), (s) => s?.others?.length === 1, 30_000);
      assert.ok(known?.others?.[0]?.body?.includes(other), `the other version is kept: ${JSON.stringify(known)}`);
      assert.match(await storedRecord(browser.page, id), new RegExp(own), "the own version stays");
    }
    const onServer = (await couch.documents("team-nord")).find((doc) => doc._id !== "lotse-team");
    assert.equal(onServer._conflicts?.length, 1, "the server keeps both versions");

    // Anna's case shows the conflict field by field; she keeps her will and takes Ben's step.
    await go(anna.page, `/fall/${id}/wille`);
    const notice = anna.page.getByTestId("sync-conflict");
    await notice.waitFor({ timeout: 15_000 });
    const row = notice.getByRole("row", { name: /Ben: Ich will zuerst einen Kurs machen/ });
    await row.getByText("Anna: Ich will in einer Tischlerei arbeiten.").waitFor();
    await notice.screenshot({ path: join(OUTPUT, "team-conflict.png") });
    await anna.page.screenshot({ path: join(OUTPUT, "team-conflict-page.png"), fullPage: true });
    await expectAccessible(anna.page, "a case in conflict");
    await expectTouchTargets(anna.page, "a case in conflict");
    await notice.getByLabel(`${DE["sync-conflict-theirs"]}: Ben: Ich frage bei der Volkshochschule.`).check();
    await notice.getByRole("button", { name: DE["conflict-save-picks"] }).click();
    await notice.waitFor({ state: "detached" });
    assert.equal(await anna.page.getByLabel(WILL).inputValue(), "Anna: Ich will in einer Tischlerei arbeiten.");
    assert.equal(await anna.page.getByLabel(OWN_ACTION).inputValue(), "Ben: Ich frage bei der Volkshochschule.");
    await allSent(anna.page);

    // The decision reaches Ben's device and the server: one version left everywhere.
    const settled = await poll(() => state(ben), (s) => s?.others?.length === 0, 30_000);
    assert.deepEqual(settled?.others, [], "Ben's device knows of no other version any more");
    const joinedCase = await storedRecord(ben.page, id);
    assert.match(joinedCase, /Anna: Ich will in einer Tischlerei arbeiten/, "Anna's will, joined");
    assert.match(joinedCase, /Ben: Ich frage bei der Volkshochschule/, "with Ben's own step");
    const resolved = await poll(async () => (await couch.documents("team-nord")).find((doc) => doc._id !== "lotse-team"), (doc) => !doc._conflicts, 10_000);
    assert.equal(resolved._conflicts, undefined, "the server has one version left");
    for (const browser of [anna, ben]) await allSent(browser.page);
  }));

test("the team page passes axe and 44 px targets in German, Leichte Sprache and English", { timeout: 180_000 }, async () => {
  const device = await launch();
  try {
    for (const [locale, lang] of [["de", "de"], ["de-leicht", "de"], ["en", "en"]]) {
      const texts = loadFtl(locale);
      await go(device.page, "/");
      await device.page.evaluate((locale) => localStorage.setItem("lotse:ui:locale", JSON.stringify(locale)), locale);
      await go(device.page, "/daten/team");
      assert.equal(await device.page.locator("html").getAttribute("lang"), lang);
      await expectAccessible(device.page, `team form (${locale})`);
      await expectTouchTargets(device.page, `team form (${locale})`);
      await device.page.getByRole("button", { name: texts["team-submit"] }).click();
      await device.page.locator("#error-summary").getByText(texts["team-server-empty"]).waitFor();
      await expectAccessible(device.page, `team form with errors (${locale})`);
      await device.page.setViewportSize({ width: 320, height: 700 });
      const overflow = await device.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the team page scrolls sideways by ${overflow}px at 320 px (${locale})`);
      await device.page.setViewportSize({ width: 1024, height: 768 });
    }
    await go(device.page, "/");
    await device.page.evaluate(() => localStorage.setItem("lotse:ui:locale", JSON.stringify("de")));
    await joinTeam(device.page, { name: "anna", password: "anna-pw", passphrase: TEAM_PASSPHRASE });
    await joined(device.page);
    for (const [locale] of [["de"], ["de-leicht"], ["en"]]) {
      await device.page.evaluate((locale) => localStorage.setItem("lotse:ui:locale", JSON.stringify(locale)), locale);
      await go(device.page, "/daten/team");
      await device.page.getByTestId("team-status").waitFor();
      await expectAccessible(device.page, `team status (${locale})`);
      await expectTouchTargets(device.page, `team status (${locale})`);
    }
  } finally {
    await device.close();
  }
});
