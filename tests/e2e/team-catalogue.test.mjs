// The team's Sozialraum level through CouchDB's protocol: two devices that each had their own
// lists and catalogue join one team; the lists become one (the same district named on both is
// one district), the catalogue arrives on both, and an entry changed on both while they were
// apart is shown field by field and joined from both versions.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { poll, storedValues, expectAccessible, expectTouchTargets } from "./helpers.mjs";
import { loadFtl } from "./ftl.mjs";
import { serveDist } from "./server.mjs";
import { startCouch } from "../../scripts/couch.mjs";
import { DE, teamHelpers, joined, allSent, withTwoDevices } from "./team.mjs";

let couch;
let app;
let go, joinTeam;

before(async () => {
  couch = await startCouch();
  await couch.addUser("anna", "anna-pw");
  await couch.addUser("ben", "ben-pw");
  await couch.addDatabase("team-sued", ["anna", "ben"]);
  app = await serveDist(undefined, { couch: couch.url });
  ({ go, joinTeam } = teamHelpers(app, "team-sued"));
});

after(async () => {
  await app?.close();
  await couch?.stop();
});

/** Adds a district on the lists' page (opened first unless `here`). */
async function addDistrict(page, name, { here = false } = {}) {
  if (!here) await go(page, "/stadtteil/listen");
  await page.getByLabel(DE["district-add"]).fill(name);
  await page.locator("form", { has: page.getByLabel(DE["district-add"]) }).getByRole("button", { name: DE["places-add-button"] }).click();
  await page.getByRole("status").filter({ hasText: name }).waitFor();
}

/** The device's lists as stored. */
async function storedPlaces(page) {
  const doc = (await storedValues(page, "sozialraum")).find(([key]) => key === "places")?.[1];
  return doc?.body ? JSON.parse(doc.body).body : null;
}

/** The catalogue's entries as stored, by id. */
async function storedEntries(page) {
  return Object.fromEntries((await storedValues(page, "sozialraum"))
    .filter(([key, doc]) => key !== "places" && doc.body)
    .map(([key, doc]) => [key, JSON.parse(doc.body).body]));
}

/** What the device knows of a Sozialraum document on the server (its `DocState`), or null. */
async function docState(page, id) {
  const entry = (await storedValues(page, "sync")).find(([key]) => key === `doc:sozialraum:${id}`);
  return entry ? JSON.parse(entry[1]) : null;
}

const districtNames = (places) => places?.districts.map((d) => d.name) ?? [];

test("the team shares its lists and catalogue; an entry changed on both devices is joined from both", { timeout: 240_000 }, () =>
  withTwoDevices("team-catalogue", async (anna, ben) => {
    // Before the team: each device has its own "Nordstadt", Anna an entry in hers.
    await addDistrict(anna.page, "Nordstadt");
    await go(anna.page, "/stadtteil/neu");
    await anna.page.getByLabel(DE["entry-name"], { exact: true }).fill("Repair-Café Nordstadt");
    await anna.page.getByLabel(DE["entry-district"], { exact: true }).selectOption({ label: "Nordstadt" });
    await anna.page.getByLabel(DE["entry-opening-times"]).fill("samstags 10 bis 14 Uhr");
    await anna.page.getByRole("button", { name: DE["entry-save"] }).click();
    await anna.page.getByRole("heading", { level: 1, name: "Repair-Café Nordstadt" }).waitFor();
    const [id] = Object.keys(await storedEntries(anna.page));
    await addDistrict(ben.page, "nordstadt");
    await addDistrict(ben.page, "Südviertel");
    const bensNordstadt = (await storedPlaces(ben.page)).districts.find((d) => d.name === "nordstadt").id;

    await joinTeam(anna.page, { name: "anna", password: "anna-pw" });
    await joined(anna.page);
    await allSent(anna.page);
    // Anna's lists page shows them as they were before Ben's came in.
    await go(anna.page, "/stadtteil/listen");
    await joinTeam(ben.page, { name: "ben", password: "ben-pw" });
    await joined(ben.page);

    // The entry arrives; the lists are one on both devices, and Ben's id still names the district.
    await poll(() => storedEntries(ben.page), (entries) => entries[id]?.name === "Repair-Café Nordstadt", 30_000);
    // Which spelling stays depends on the version that wins, the same on both devices.
    const lower = (places) => districtNames(places).map((name) => name.toLowerCase()).join();
    const lists = [];
    for (const browser of [ben, anna]) {
      const places = await poll(() => storedPlaces(browser.page), (p) => lower(p) === "nordstadt,südviertel", 30_000);
      assert.equal(lower(places), "nordstadt,südviertel", "one Nordstadt on each device");
      lists.push(places);
      const nordstadt = places.districts[0];
      assert.ok(nordstadt.id === bensNordstadt || nordstadt.also?.includes(bensNordstadt), "Ben's id for the Nordstadt is kept");
      await allSent(browser.page);
    }
    assert.deepEqual(lists[0], lists[1], "both devices have the same lists");
    const nordstadt = lists[0].districts[0].name;
    // A district added on the page read before keeps Ben's districts: it goes into the lists
    // as stored, and the page shows them.
    await addDistrict(anna.page, "Weststadt", { here: true });
    await anna.page.getByText("Südviertel", { exact: true }).waitFor();
    for (const browser of [anna, ben]) {
      const places = await poll(() => storedPlaces(browser.page), (p) => districtNames(p).join() === `${nordstadt},Südviertel,Weststadt`, 30_000);
      assert.deepEqual(districtNames(places), [nordstadt, "Südviertel", "Weststadt"]);
    }
    await go(ben.page, "/stadtteil");
    const card = ben.page.getByRole("listitem").filter({ has: ben.page.getByRole("link", { name: "Repair-Café Nordstadt" }) });
    await card.getByText(nordstadt, { exact: true }).waitFor();

    // The server holds no name of the catalogue or the lists.
    const everything = JSON.stringify(await couch.documents("team-sued"));
    for (const secret of ["Repair", "Nordstadt", "nordstadt", "Südviertel", "samstags", id]) assert.ok(!everything.includes(secret), `the server holds no "${secret}"`);

    // Both offline, both change the entry.
    const entryPath = `/stadtteil/eintrag/${id}`;
    await go(anna.page, entryPath);
    await go(ben.page, entryPath);
    await anna.context.setOffline(true);
    await ben.context.setOffline(true);
    await anna.page.getByLabel(DE["entry-opening-times"]).fill("samstags 11 bis 15 Uhr");
    await anna.page.getByRole("button", { name: DE["entry-save-changes"] }).click();
    await anna.page.getByRole("status").filter({ hasText: DE["entry-saved"] }).waitFor();
    await ben.page.getByLabel(DE["entry-address"]).fill("Marktstraße 3");
    await ben.page.getByLabel(DE["entry-opening-times"]).fill("samstags 9 bis 12 Uhr");
    await ben.page.getByRole("button", { name: DE["entry-save-changes"] }).click();
    await ben.page.getByRole("status").filter({ hasText: DE["entry-saved"] }).waitFor();
    await anna.context.setOffline(false);
    await allSent(anna.page);
    await ben.context.setOffline(false);
    await allSent(ben.page);
    await poll(() => docState(anna.page, id), (s) => s?.others?.length === 1, 30_000);

    // Anna's entry shows both versions field by field, in every language without a barrier.
    await go(anna.page, entryPath);
    const notice = anna.page.getByTestId("entry-conflict");
    await notice.waitFor({ timeout: 15_000 });
    for (const locale of ["de-leicht", "en", "de"]) {
      await anna.page.evaluate((locale) => localStorage.setItem("lotse:ui:locale", JSON.stringify(locale)), locale);
      await go(anna.page, entryPath);
      await notice.getByRole("heading", { name: loadFtl(locale)["entry-conflict-title"] }).waitFor();
      await expectAccessible(anna.page, `an entry in conflict (${locale})`);
      await expectTouchTargets(anna.page, `an entry in conflict (${locale})`);
    }
    await notice.getByRole("row", { name: /Marktstraße 3/ }).waitFor();
    // Ben's address, her own opening times.
    await notice.getByLabel(`${DE["sync-conflict-theirs"]}: Marktstraße 3`).check();
    await notice.getByRole("button", { name: DE["conflict-save-picks"] }).click();
    await notice.waitFor({ state: "detached" });
    assert.equal(await anna.page.getByLabel(DE["entry-address"]).inputValue(), "Marktstraße 3");
    assert.equal(await anna.page.getByLabel(DE["entry-opening-times"]).inputValue(), "samstags 11 bis 15 Uhr");
    await allSent(anna.page);

    // The joined entry is on Ben's device, and the server keeps one version.
    const settled = await poll(() => storedEntries(ben.page), (entries) => entries[id]?.opening_times === "samstags 11 bis 15 Uhr", 30_000);
    assert.equal(settled[id].address, "Marktstraße 3");
    assert.deepEqual((await poll(() => docState(ben.page, id), (s) => s?.others?.length === 0, 30_000))?.others, []);
    const docs = await poll(() => couch.documents("team-sued"), (all) => all.every((doc) => !doc._conflicts), 10_000);
    assert.ok(docs.every((doc) => !doc._conflicts), "no version is left in conflict on the server");
    for (const browser of [anna, ben]) await allSent(browser.page);

    // A page that shows the entry says when another device's version comes in, and shows it.
    const changedThere = ben.page.getByTestId("entry-changed-there");
    await changedThere.waitFor({ timeout: 30_000 });
    await expectAccessible(ben.page, "an entry changed on another device");
    await changedThere.getByRole("button", { name: DE["entry-show-new"] }).click();
    await changedThere.waitFor({ state: "detached" });
    assert.equal(await ben.page.getByLabel(DE["entry-opening-times"]).inputValue(), "samstags 11 bis 15 Uhr");
    await ben.page.getByLabel(DE["entry-opening-times"]).fill("samstags 10 bis 16 Uhr");
    await ben.page.getByRole("button", { name: DE["entry-save-changes"] }).click();
    await anna.page.getByTestId("entry-changed-there").getByRole("button", { name: DE["entry-show-new"] }).click({ timeout: 30_000 });
    await poll(() => anna.page.getByLabel(DE["entry-opening-times"]).inputValue(), (value) => value === "samstags 10 bis 16 Uhr");
    await allSent(ben.page);

    // Ben writes the café again and merges the two: Anna's device follows the merge.
    await go(ben.page, "/stadtteil/neu");
    await ben.page.getByLabel(DE["entry-name"], { exact: true }).fill("Repair Cafe nordstadt");
    await ben.page.getByLabel(DE["entry-district"], { exact: true }).selectOption({ label: nordstadt });
    await ben.page.getByLabel(DE["entry-contact-person"]).fill("Frau Yilmaz");
    await ben.page.getByRole("button", { name: DE["entry-save"] }).click();
    const offer = ben.page.getByRole("region", { name: DE["entry-looks-like"].replace("{ $name }", "Repair-Café Nordstadt") });
    await offer.getByRole("button", { name: DE["entry-merge"] }).click();
    await ben.page.getByRole("status").filter({ hasText: DE["entry-merged"] }).waitFor();
    await allSent(ben.page);
    // The merge comes as two documents, read one after the other.
    const merged = await poll(() => storedValues(anna.page, "sozialraum"), (all) => {
      const entries = all.filter(([key, doc]) => key !== "places" && doc.body).map(([, doc]) => JSON.parse(doc.body).body);
      return all.some(([key, doc]) => key === id && doc._deleted) && entries.length === 1 && entries[0].address !== "";
    }, 30_000);
    const kept = Object.values(await storedEntries(anna.page));
    assert.equal(kept.length, 1, "one café is left on Anna's device");
    assert.equal(kept[0].contact_person, "Frau Yilmaz");
    assert.equal(kept[0].address, "Marktstraße 3", "what the other entry knew is kept");
    assert.equal(merged.find(([key]) => key === id)[1].merged_into, kept[0].id, "a link to the old entry leads to the kept one");
  }));
