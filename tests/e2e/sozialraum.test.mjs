// The Sozialraum level: the neighbourhood catalogue built up from cases (taken from Herr K.'s
// case, suggested in a second case of the same district, merged with a near-duplicate), and the
// anonymous report over a seeded set of cases whose counts this test computes itself, with
// every count below 3 hidden on screen, in print and in the CSV.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  withBrowser, appUrl, open, stopServer, createCase, storedCase, storedValues, storedEntries as allStored, poll,
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
    // A name on the list can be changed; the same name twice cannot.
    await page.getByRole("button", { name: DE["district-rename"].replace("{ $name }", "Südstadt") }).click();
    const newName = page.getByLabel(DE["district-new-name"]);
    await newName.fill("nordstadt");
    await page.getByRole("button", { name: DE["district-rename-save"] }).click();
    await page.getByText(DE["places-name-taken"]).waitFor();
    await expectAccessible(page, "renaming a district, with an error");
    await newName.fill("Südstadt-West");
    await page.getByRole("button", { name: DE["district-rename-save"] }).click();
    await page.getByRole("status").filter({ hasText: "Südstadt-West" }).waitFor();
    assert.deepEqual(await page.locator("#districts-title + p + ul > li > span").allInnerTexts(), ["Nordstadt", "Südstadt-West"]);

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

    // An entry of the district can take a step: the case gets it as a neighbourhood resource.
    await open(page, "/stadtteil/neu");
    await page.getByLabel(DE["entry-name"], { exact: true }).fill("Tafel Nordstadt");
    await page.getByLabel(DE["entry-district"], { exact: true }).selectOption({ label: "Nordstadt" });
    await page.getByRole("button", { name: DE["entry-save"] }).click();
    await page.getByRole("heading", { level: 1, name: "Tafel Nordstadt" }).waitFor();
    await open(page, `/fall/${HERR_K.id}/schritte`);
    const who = page.locator("select[id$='-who']").first();
    await who.locator("optgroup", { hasText: "Tafel Nordstadt" }).waitFor({ state: "attached" });
    assert.equal(await who.locator("optgroup", { hasText: "Tafel Nordstadt" }).getAttribute("label"), DE["owner-group-catalogue"]);
    await who.selectOption({ label: "Tafel Nordstadt" });
    await waitUntilSaved(page);
    const withTafel = await poll(() => storedCase(page, HERR_K.id), (c) => c?.resources.some((r) => r.description === "Tafel Nordstadt"));
    const tafel = withTafel.resources.find((r) => r.description === "Tafel Nordstadt");
    assert.equal(tafel.kind, "neighbourhood");
    assert.equal(tafel.catalogue, (await storedEntries(page)).find((e) => e.name === "Tafel Nordstadt").id);
    assert.deepEqual(withTafel.goals[0].steps[0].owner, { kind: "resource", id: tafel.id }, "the step's owner is the entry, as a resource of the case");

    // The catalogue lists its entries, and holds nothing of a client.
    await open(page, "/stadtteil");
    await page.getByRole("status").filter({ hasText: DE["catalogue-count-other"].replace("{ $count }", "2") }).waitFor();
    assert.equal(await page.locator("main .lotse-plain-list > li").count(), 2);
    const stored = JSON.stringify(await storedValues(page, "sozialraum"));
    for (const client of ["Herr K.", "Frau M.", "Anja", HERR_K.id]) {
      assert.ok(!stored.includes(client), `the catalogue holds nothing of ${client}`);
    }
    await page.screenshot({ path: join(OUTPUT, "sozialraum-catalogue.png"), fullPage: true });
  }));

// ---------------------------------------------------------------------------------------------
// The report over a seeded set of cases.
// ---------------------------------------------------------------------------------------------

const HIDDEN = DE["report-hidden"];
const WITHHELD = DE["report-withheld"];
const CATEGORIES = ["childcare", "housing", "mobility", "digital-access", null];
const PLACES = {
  districts: [{ id: "nord", name: "Nordstadt" }, { id: "sued", name: "Südstadt" }],
  own_categories: [],
  hidden_categories: [],
};
const ENTRIES = [
  { id: "cafe", name: "Repair-Café Nordstadt", district: "nord", life_domains: ["d8"] },
  { id: "treff", name: "Nachbarschaftstreff Süd", district: "sued", life_domains: ["d7"] },
].map((e) => ({
  offers: "", address: "", how_to_reach: "", opening_times: "", contact_person: "",
  costs_money: "unknown", step_free: "unknown", easy_language: "unknown", languages: "",
  checked_on: null, created_at: 0, updated_at: 0, ...e,
}));

/** Case `i` of the seeded set: Herr K.'s case, varied in every way the report counts. */
function seededCase(i) {
  const c = structuredClone(HERR_K);
  c.id = `bericht-${i}`;
  c.alias = `Testfall ${i}`;
  c.district = i % 4 === 3 ? "sued" : "nord";
  c.first_contact = i === 99 ? "2025-02-01" : `2026-${String(1 + (i % 10)).padStart(2, "0")}-15`;
  c.goals[0].life_domains = [["d8"], ["d8", "d7"], ["d5"]][i % 3];
  c.goals[1].life_domains = i % 5 === 0 ? ["d6", "d8"] : ["d6"];
  c.goals[1].steps = c.goals[1].steps.slice(0, 1 + (i % 4));
  if (i === 99) c.goals.forEach((g) => { g.review_date = "2025-06-01"; });
  c.circumstances = [{ ...c.circumstances[0], category: CATEGORIES[i % 5] }];
  if (i % 2 === 0) c.circumstances.push({ ...c.circumstances[0], id: `bericht-${i}-c2`, category: "housing" });
  c.network = c.network.slice(0, i % 7);
  const [cafe, other] = c.resources.filter((r) => r.kind === "neighbourhood");
  if (i % 2 === 0) cafe.catalogue = "cafe";
  if (i % 6 === 1) other.catalogue = "treff";
  return c;
}

/** The facts of a case, as `src/domain/sozialraum/facts.rs` defines them. */
function factsOf(c) {
  const domains = Array(9).fill(0);
  const owners = [0, 0, 0, 0]; // client, network, neighbourhood, services
  let until = c.first_contact;
  for (const goal of c.goals) {
    for (const d of goal.life_domains) domains[Number(d.slice(1)) - 1] += 1;
    for (const step of goal.steps) {
      const { kind, id } = step.owner;
      if (kind === "client") owners[0] += 1;
      else if (kind === "contact") owners[c.network.find((n) => n.id === id)?.sector === "professional" ? 3 : 1] += 1;
      else owners[c.resources.find((r) => r.id === id && r.kind !== "neighbourhood") ? 1 : 2] += 1;
    }
    if (goal.review_date > until) until = goal.review_date;
  }
  const used = [...new Set(c.resources.filter((r) => r.kind === "neighbourhood" && r.catalogue).map((r) => r.catalogue))];
  return {
    district: c.district, from: c.first_contact, until, domains, owners, used,
    categories: c.circumstances.map((x) => x.category ?? null),
    network: c.network.length,
    sectors: new Set(c.network.map((n) => n.sector)).size,
  };
}

/** What the report must count for the cases of `district` in 2026, by figure and row name. */
function expectedReport(cases, district) {
  const facts = cases.map(factsOf).filter((f) => f.from <= "2026-12-31" && f.until >= "2026-01-01" && f.district === district);
  const sum = (pick, n) => Array.from({ length: n }, (_, i) => facts.reduce((s, f) => s + pick(f)[i], 0));
  const domainName = (i) => DE[`domain-d${i + 1}`];
  const goals = sum((f) => f.domains, 9);
  const categories = new Map(CATEGORIES.filter(Boolean).map((c) => [DE[`category-${c}`], 0]));
  let none = 0;
  for (const f of facts) for (const c of f.categories) {
    if (c) categories.set(DE[`category-${c}`], categories.get(DE[`category-${c}`]) + 1); else none += 1;
  }
  for (const c of ["language", "money", "health", "leisure"]) categories.set(DE[`category-${c}`], 0);
  if (none > 0) categories.set(DE["category-none"], none);
  const used = new Map();
  for (const f of facts) for (const id of f.used) {
    const name = ENTRIES.find((e) => e.id === id).name;
    used.set(name, (used.get(name) ?? 0) + 1);
  }
  const served = (i) => ENTRIES.some((e) => e.district === district && e.life_domains.includes(`d${i + 1}`));
  const sizes = [[0, 0], [1, 3], [4, 6], [7, 9], [10, Infinity]];
  const sizeName = ([a, b]) => (b === Infinity ? DE["report-or-more"].replace("{ $count }", a) : a === b ? `${a}` : `${a}–${b}`);
  const sectorName = (n) => DE[n === 1 ? "report-sectors-one" : "report-sectors-other"].replace("{ $count }", n);
  const owners = sum((f) => f.owners, 4);
  return {
    cases: facts.length,
    "figure-goals": new Map(goals.map((n, i) => [domainName(i), n])),
    "figure-circumstances": categories,
    "figure-steps": new Map([DE["owner-client"], DE["owner-group-network"], DE["owner-group-neighbourhood"], DE["owner-group-services"]].map((name, i) => [name, owners[i]])),
    "figure-catalogue": used,
    "figure-gaps": new Map(goals.map((n, i) => [domainName(i), n]).filter(([, n], i) => n > 0 && !served(i))),
    "figure-network": new Map(sizes.map((s) => [sizeName(s), facts.filter((f) => f.network >= s[0] && f.network <= s[1]).length])),
    "figure-sectors": new Map([0, 1, 2, 3, 4].map((n) => [sectorName(n), facts.filter((f) => f.sectors === n).length])),
  };
}

const WITH_TOTAL = ["figure-circumstances", "figure-steps", "figure-network", "figure-sectors"];

/**
 * Checks one figure's rows ([name, shown text]) against the expected counts: every count of
 * at least 3 is shown as it is, every count below 3 as "weniger als 3"; beside a single hidden
 * row of a table with a total, exactly one more row is "verborgen", so no hidden count is the
 * total minus the rest.
 */
function expectFigure(figure, rows, expected, where) {
  const total = rows.find(([name]) => name === DE["report-total"]);
  const body = rows.filter(([name]) => name !== DE["report-total"]);
  assert.deepEqual(body.map(([name]) => name).sort(), [...expected.keys()].sort(), `${where}: the rows of ${figure}`);
  const small = [...expected.values()].filter((n) => n < 3).length;
  let extra = 0;
  for (const [name, shown] of body) {
    const n = expected.get(name);
    if (shown === WITHHELD) {
      assert.ok(n >= 3, `${where}: ${figure} / ${name} is withheld only when it is 3 or more`);
      extra += 1;
    } else if (shown === HIDDEN) {
      assert.ok(n < 3, `${where}: ${figure} / ${name} is ${n}, not fewer than 3`);
    } else {
      assert.ok(n >= 3, `${where}: ${figure} / ${name} is ${n} and must be hidden, shows ${shown}`);
      assert.equal(Number(shown), n, `${where}: ${figure} / ${name}`);
    }
  }
  const hasTotal = WITH_TOTAL.includes(figure);
  assert.equal(extra, hasTotal && small === 1 ? 1 : 0, `${where}: ${figure} hides one more row only beside a single hidden one`);
  assert.equal(Boolean(total), hasTotal, `${where}: ${figure} has a total row`);
  if (total) {
    const all = [...expected.values()].reduce((a, b) => a + b, 0);
    assert.equal(total[1], all < 3 ? HIDDEN : String(all), `${where}: total of ${figure}`);
  }
}

/** Every figure's rows as the screen shows them. */
async function screenFigures(page) {
  return page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id,
    [...document.querySelectorAll(`section[aria-labelledby="${id}"] tbody tr`)]
      .map((tr) => [tr.querySelector("th").textContent.trim(), tr.querySelector("td").textContent.trim()])])),
  ["figure-goals", "figure-circumstances", "figure-steps", "figure-catalogue", "figure-gaps", "figure-network", "figure-sectors"]);
}

/** Seeds the cases (as an earlier version kept them) and the catalogue with its lists. */
async function seedReport(page, cases, locale = "de") {
  await page.goto((await appUrl()) + "/gibt-es-nicht");
  await page.evaluate(([cases, locale]) => {
    for (const c of cases) localStorage.setItem(`lotse:case:${c.id}`, JSON.stringify({ schema: 4, case: c }));
    localStorage.setItem("lotse:ui:last-location", JSON.stringify("/"));
    localStorage.setItem("lotse:ui:locale", JSON.stringify(locale));
  }, [cases, locale]);
  await open(page, "/");
  await page.evaluate(async ([places, entries]) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open("lotse");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction(["sozialraum", "sozialraum_copies"], "readwrite");
    const docs = [["places", places], ...entries.map((e) => [e.id, e])];
    for (const [id, body] of docs) {
      const text = JSON.stringify({ schema: 1, body });
      transaction.objectStore("sozialraum").put({ _id: id, _rev: "1-0000000000000001", body: text }, id);
      transaction.objectStore("sozialraum_copies").put(text, id);
    }
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onabort = () => reject(transaction.error);
    });
    db.close();
  }, [PLACES, ENTRIES]);
}

test("the report over seeded cases shows the counts this test computes, hiding those below 3 on screen, in print and in the CSV", { timeout: 180_000 }, () =>
  withBrowser(async ({ page }) => {
    const cases = [...Array.from({ length: 17 }, (_, i) => seededCase(i)), seededCase(99)];
    await seedReport(page, cases);
    await open(page, "/stadtteil/bericht");
    await page.getByLabel(DE["report-start"], { exact: true }).fill("2026-01-01");
    await page.getByLabel(DE["report-end"], { exact: true }).fill("2026-12-31");
    await page.getByLabel(DE["report-district"], { exact: true }).selectOption({ label: "Nordstadt" });
    const expected = expectedReport(cases, "nord");
    const count = DE["report-case-count"].replace("{ $count }", expected.cases);
    await page.getByTestId("report-cases").filter({ hasText: count }).waitFor();
    const shown = await screenFigures(page);
    for (const [figure, rows] of Object.entries(shown)) expectFigure(figure, rows, expected[figure], "screen");
    assert.ok(Object.values(shown).flat().some(([, text]) => text === HIDDEN), "some count is hidden");

    // Nothing written in a case is in the report.
    const text = await page.locator("main").innerText();
    for (const c of cases) assert.ok(!text.includes(c.alias), `no alias (${c.alias})`);
    for (const words of [HERR_K.circumstances[0].text, HERR_K.goals[0].client_wording, "Anja"]) {
      assert.ok(!text.includes(words), `no text of a case (${words})`);
    }
    await expectAccessible(page, "the report");
    await expectTouchTargets(page, "the report");
    await page.screenshot({ path: join(OUTPUT, "sozialraum-report.png"), fullPage: true });

    // In print the scope and the buttons go; the same tables, with the same hidden cells, stay.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".lotse-report__scope").isVisible(), false, "the scope form is not printed");
    for (const table of await page.locator("main table").all()) assert.ok(await table.isVisible(), "every table is printed");
    const printed = await screenFigures(page);
    assert.deepEqual(printed, shown, "print shows what the screen shows");
    await page.pdf({ path: join(OUTPUT, "sozialraum-report.pdf"), format: "A4" });
    await page.emulateMedia({ media: "screen" });

    // The CSV has the same counts, hidden the same way.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: DE["report-csv"] }).click()]);
    const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
    const lines = csv.trim().split("\r\n").map((l) => l.split(";"));
    assert.deepEqual(lines[0], [DE["report-column-figure"], DE["report-column-row"], DE["report-column-count"]]);
    assert.deepEqual(lines[1], [DE["report-cases"], "", String(expected.cases)]);
    const titles = {
      "figure-goals": "report-goals-by-domain", "figure-circumstances": "report-circumstances",
      "figure-steps": "report-steps-by-owner", "figure-catalogue": "report-catalogue-used",
      "figure-gaps": "report-gaps", "figure-network": "report-network-sizes", "figure-sectors": "report-sectors-used",
    };
    for (const [figure, key] of Object.entries(titles)) {
      const rows = lines.filter(([title]) => title === DE[key]).map(([, name, value]) => [name, value]);
      expectFigure(figure, rows, expected[figure], "CSV");
    }
    for (const c of cases) assert.ok(!csv.includes(c.alias), `no alias in the CSV (${c.alias})`);
    assert.ok(!/;[012]\r?$/m.test(csv), "no count below 3 in the CSV");

    // Every district: the Südstadt's cases count too, the case of 2025 does not.
    await page.getByLabel(DE["report-district"], { exact: true }).selectOption({ label: DE["report-all-districts"] });
    const all = cases.filter((c) => factsOf(c).until >= "2026-01-01").length;
    await page.getByTestId("report-cases").filter({ hasText: DE["report-case-count"].replace("{ $count }", all) }).waitFor();
  }));

test("every Sozialraum screen passes axe, 44 px targets and 320 px reflow in German, Leichte Sprache and English", { timeout: 300_000 }, () =>
  withBrowser(async ({ page }) => {
    const screens = [
      ["catalogue", "/stadtteil"],
      ["new entry", "/stadtteil/neu"],
      ["entry", "/stadtteil/eintrag/cafe"],
      ["lists", "/stadtteil/listen"],
      ["report", "/stadtteil/bericht"],
      ["resources of a case", "/fall/bericht-0/ressourcen"],
      ["circumstances of a case", "/fall/bericht-0/lebensbereiche"],
    ];
    for (const [locale, lang] of [["de", "de"], ["de-leicht", "de"], ["en", "en"]]) {
      const texts = loadFtl(locale);
      await seedReport(page, [0, 1, 2, 3].map(seededCase), locale);
      for (const [name, path] of screens) {
        const screen = `${name} (${locale})`;
        await page.setViewportSize({ width: 1024, height: 768 });
        await open(page, path);
        assert.equal(await page.locator("html").getAttribute("lang"), lang, screen);
        if (path === "/stadtteil/bericht") await page.getByTestId("report-cases").waitFor();
        if (path === "/stadtteil/eintrag/cafe") await page.getByRole("heading", { level: 1, name: "Repair-Café Nordstadt" }).waitFor();
        if (path.endsWith("ressourcen")) await page.getByRole("link", { name: "Repair-Café Nordstadt" }).waitFor();
        if (path.endsWith("lebensbereiche")) await page.getByLabel(texts["circumstance-category-label"]).first().waitFor();
        await expectAccessible(page, screen);
        await expectTouchTargets(page, screen);
        await page.setViewportSize({ width: 320, height: 700 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${screen} scrolls sideways by ${overflow}px at 320 px`);
      }
      // A new entry without a name says so, in the language chosen.
      await page.setViewportSize({ width: 1024, height: 768 });
      await open(page, "/stadtteil/neu");
      await page.getByRole("button", { name: texts["entry-save"] }).click();
      await page.locator("#error-summary").getByText(texts["entry-name-missing"]).waitFor();
      await expectAccessible(page, `new entry with an error (${locale})`);
    }
  }));

test("the catalogue, the lists and the facts are sealed with encryption on, and go with an export to another device", { timeout: 180_000 }, async () => {
  const PASSPHRASE = "Küchentisch am Dienstag 7";
  const cases = [0, 1, 2, 3, 4].map(seededCase);
  let file;
  await withBrowser(async ({ page }) => {
    await seedReport(page, cases);
    // The report counts the moved cases from the cases themselves, once, and keeps their facts.
    await open(page, "/stadtteil/bericht");
    await page.getByTestId("report-cases").waitFor();
    const facts = await poll(() => storedValues(page, "facts"), (f) => f.length === cases.length);
    assert.deepEqual(facts.map(([id]) => id).sort(), cases.map((c) => c.id).sort(), "facts beside every case");
    assert.ok(!JSON.stringify(facts).includes("Testfall"), "facts hold no alias");

    await open(page, "/daten/verschluesseln");
    await page.getByLabel("Passwort", { exact: true }).fill(PASSPHRASE);
    await page.getByLabel("Passwort wiederholen").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Verschlüsseln" }).click();
    await page.getByText("Die Verschlüsselung ist eingeschaltet.").waitFor();
    const stored = await allStored(page);
    for (const [key, value] of stored.filter(([k]) => /^(facts|sozialraum|sozialraum_copies)\//.test(k))) {
      const text = typeof value === "string" ? value : value.body;
      assert.ok(text.startsWith('{"enc":1,'), `${key} is sealed`);
    }
    for (const secret of ["Nordstadt", "Repair-Café", "goals_by_domain"]) {
      assert.ok(!JSON.stringify(stored).includes(secret), `nothing stored says "${secret}"`);
    }

    // Unlocked again, the report reads the sealed facts; then everything is exported.
    await page.goto((await appUrl()) + "/stadtteil/bericht");
    await page.getByRole("heading", { level: 1, name: "Lotse entsperren" }).waitFor();
    await page.getByLabel("Passwort", { exact: true }).fill(PASSPHRASE);
    await page.getByRole("button", { name: "Entsperren" }).click();
    await page.getByTestId("report-cases").waitFor();
    await page.getByLabel(DE["report-start"], { exact: true }).fill("2026-01-01");
    await page.getByLabel(DE["report-end"], { exact: true }).fill("2026-12-31");
    await page.getByTestId("report-cases").filter({ hasText: DE["report-case-count"].replace("{ $count }", "5") }).waitFor();
    // In-app navigation: loading a page anew would lock the device again.
    await page.getByRole("link", { name: "Lotse (zur Startseite)" }).click();
    await page.getByRole("link", { name: DE["data-link"] }).click();
    await page.getByLabel("Datei mit einem Passwort schützen").uncheck();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Datei speichern" }).click()]);
    file = join(mkdtempSync(join(tmpdir(), "lotse-export-")), "alles.json");
    writeFileSync(file, readFileSync(await download.path(), "utf8"));
  });
  const exported = JSON.parse(readFileSync(file, "utf8"));
  assert.deepEqual(exported.sozialraum.places.districts.map((d) => d.name), ["Nordstadt", "Südstadt"]);
  assert.deepEqual(exported.sozialraum.catalogue.map((e) => e.name).sort(), ["Nachbarschaftstreff Süd", "Repair-Café Nordstadt"]);

  // Another device that has a "Nordstadt" of its own: the file's joins it.
  await withBrowser(async ({ page }) => {
    await open(page, "/stadtteil/listen");
    await addDistrict(page, "Nordstadt");
    await open(page, "/daten/import");
    await page.getByLabel("Lotse-Datei").setInputFiles(file);
    await page.getByRole("button", { name: "Fälle übernehmen" }).click();
    await page.getByText("5 Fälle wurden übernommen.").waitFor();
    await open(page, "/stadtteil");
    await page.getByRole("status").filter({ hasText: DE["catalogue-count-other"].replace("{ $count }", "2") }).waitFor();
    assert.equal(await page.locator("main .lotse-plain-list > li").count(), 2, "both entries came");
    const [[, places]] = (await storedValues(page, "sozialraum")).filter(([k]) => k === "places");
    const districts = JSON.parse(places.body).body.districts;
    assert.deepEqual(districts.map((d) => d.name), ["Nordstadt", "Südstadt"], "one Nordstadt");
    const imported = await storedCase(page, "bericht-0");
    assert.equal(imported.district, districts[0].id, "the case is in this device's Nordstadt");
    await open(page, "/stadtteil/bericht");
    await page.getByLabel(DE["report-start"], { exact: true }).fill("2026-01-01");
    await page.getByLabel(DE["report-district"], { exact: true }).selectOption({ label: "Nordstadt" });
    const nord = cases.filter((c) => c.district === "nord").length;
    await page.getByTestId("report-cases").filter({ hasText: DE["report-case-count"].replace("{ $count }", nord) }).waitFor();
  });
});
