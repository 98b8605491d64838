// The whole intake, walked with the example case (Herr K.) from a new case to the printed
// Zielvereinbarung: a reload on every step, axe on every screen, the coverage panel changing
// as gaps are filled, the network map placed by keyboard alone.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  withBrowser, stopServer, expectAccessible, expectTouchTargets, createCase, storedCase, storedRecord, waitUntilSaved, OUTPUT,
} from "./helpers.mjs";
import { HERR_K } from "./fixtures/herr-k.mjs";
import { signOnPad } from "./signature.mjs";

after(stopServer);

const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();

/** Reloads and waits until the same step is back. */
async function reloadOn(page, heading) {
  await waitUntilSaved(page);
  await page.reload();
  await h1(page, heading);
}

/** The fieldset that holds the focused element (a just-added item), by its id. */
async function focusedFieldset(page) {
  await page.waitForFunction(() => document.activeElement?.closest("fieldset[id]"));
  const id = await page.evaluate(() => document.activeElement.closest("fieldset[id]").id);
  return page.locator(`[id="${id}"]`);
}

/** A full-page screenshot for review, in tests/e2e/output/. */
const snap = (page, name) => page.screenshot({ path: join(OUTPUT, `intake-${name}.png`), fullPage: true });

async function coverageLine(page, slug) {
  return page.locator(`[data-testid=coverage-${slug}]`).innerText();
}

test("Herr K.'s intake is walked from a new case to the printed agreement", { timeout: 240_000 }, () =>
  withBrowser({ viewport: { width: 1024, height: 768 } }, async ({ page }) => {
    const K = HERR_K;
    const id = await createCase(page, K.alias, K.firstContact);

    // 1. Will, with the coach on the wish.
    for (const [i, statement] of K.will.entries()) {
      if (i > 0) await page.getByRole("button", { name: "Weitere Aussage hinzufügen" }).click();
      const group = page.getByRole("group", { name: `Aussage ${i + 1}` });
      await group.getByLabel("Was wollen Sie ändern? Was wollen Sie erreichen?").fill(statement.wording);
      const coach = group.locator(".lotse-coach");
      if (i === 2) {
        await coach.waitFor();
        assert.match(await coach.innerText(), /Was machen Sie selbst dafür\?/);
        await coach.getByRole("button", { name: "Eigenen Beitrag ergänzen" }).click();
        assert.match(await page.evaluate(() => document.activeElement.id), /-own$/);
        await page.keyboard.type(statement.own);
        await coach.waitFor({ state: "detached" });
      } else {
        assert.equal(await coach.count(), 0, `no coach for a will: ${statement.wording}`);
        await group.getByLabel("Was machen Sie selbst dafür?").fill(statement.own);
      }
    }
    await expectAccessible(page, "will");
    await snap(page, "will");
    await reloadOn(page, "Wille");
    assert.equal(await page.getByRole("group", { name: "Aussage 3" }).getByLabel("Was machen Sie selbst dafür?").inputValue(), K.will[2].own);

    // 2. Goals.
    await page.getByRole("link", { name: "Weiter: Ziele" }).click();
    await h1(page, "Ziele");
    for (const [i, goal] of K.goals.entries()) {
      await page.getByRole("button", { name: "Ziel hinzufügen" }).click();
      const group = page.getByRole("group", { name: `Ziel ${i + 1}`, exact: true });
      await group.getByLabel("Zu welcher Aussage gehört dieses Ziel?").selectOption({ index: goal.will });
      await group.getByLabel("Das Ziel in Ihren Worten").fill(goal.client);
      await group.getByLabel("Fachliche Formulierung (optional)").fill(goal.professional);
      for (const code of goal.domains) await group.getByLabel(new RegExp(`^${code} `)).check();
      await group.getByLabel("Woran merken Sie, dass Sie es geschafft haben?").fill(goal.indicator);
      await group.getByLabel("Überprüfung am (optional)").fill(goal.review);
      await group.getByLabel("spezifisch").check();
      await group.getByLabel("attraktiv").check();
      assert.equal(await group.locator("[data-testid=smart-open]").innerText(), "Noch offen: messbar, realistisch, terminiert");
    }
    await expectAccessible(page, "goals");
    await snap(page, "goals");
    await page.getByRole("group", { name: "Ziel 1", exact: true }).screenshot({ path: join(OUTPUT, "intake-goal-1.png") });
    await expectTouchTargets(page, "goals");
    await reloadOn(page, "Ziele");
    const goal2 = page.getByRole("group", { name: "Ziel 2", exact: true });
    assert.equal(await goal2.getByLabel("Woran merken Sie, dass Sie es geschafft haben?").inputValue(), K.goals[1].indicator);
    assert.ok(await goal2.getByLabel(/^d6 /).isChecked());
    assert.match(await goal2.getByLabel("Zu welcher Aussage gehört dieses Ziel?").locator("option:checked").innerText(), /^Aussage 2/);

    // The check page shows what is missing so far.
    await page.getByRole("link", { name: /Prüfen/ }).click();
    await h1(page, "Alles prüfen");
    assert.match(await coverageLine(page, "own-initiative"), /Noch kein Schritt, den Sie selbst machen/);
    assert.match(await coverageLine(page, "resources"), /Noch keine Ressource/);
    assert.match(await coverageLine(page, "cooperation"), /Noch niemand auf der Netzwerkkarte/);
    await expectAccessible(page, "review with gaps");
    await snap(page, "review-with-gaps");

    // 3. Resources, on the map and as a list.
    await page.getByRole("link", { name: /Ressourcen/ }).first().click();
    await h1(page, "Ressourcen");
    const kindNames = { personal: "Persönliche Ressourcen", social: "Soziale Ressourcen", material: "Materielle Ressourcen", neighbourhood: "Sozialräumliche Ressourcen" };
    for (const resource of K.resources) {
      await page.getByRole("button", { name: `Hinzufügen: ${kindNames[resource.kind]}` }).click();
      const fieldset = await focusedFieldset(page);
      await page.keyboard.type(resource.text);
      for (const g of resource.goals) await fieldset.getByLabel(K.goals[g].client).check();
    }
    await expectAccessible(page, "resource map");
    await snap(page, "resource-map");
    await expectTouchTargets(page, "resource map");
    await page.getByRole("button", { name: "Als Liste" }).click();
    const listed = await page.locator(".lotse-plain-list textarea").evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(listed.sort(), K.resources.map((r) => r.text).sort());
    await expectAccessible(page, "resource list");
    await snap(page, "resource-list");
    await page.getByRole("button", { name: "Als Karte" }).click();
    await reloadOn(page, "Ressourcen");
    assert.equal((await storedCase(page, id)).resources.length, K.resources.length);

    // 4. Network map, placed by keyboard alone.
    await page.getByRole("link", { name: "Weiter: Netzwerk" }).click();
    await h1(page, "Netzwerkkarte");
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    const sectorOrder = ["family", "friends", "colleagues", "professional"];
    const distanceOrder = ["close", "middle", "loose"];
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? "");
    // Tab, past the questions' "Vorlesen" buttons, into a radio group.
    const tabToGroup = async (name) => {
      for (let t = 0; t < 6 && (await page.evaluate(() => document.activeElement?.name)) !== name; t++) await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.name), name);
    };
    for (const [i, contact] of K.network.entries()) {
      if (i === 0) {
        // The first one is placed on the map itself: Tab (past the intro's "Vorlesen") to the
        // first zone, Enter.
        for (let t = 0; t < 4 && !(await page.evaluate(() => document.activeElement.getAttribute("aria-label"))); t++) {
          await page.keyboard.press("Tab");
        }
        assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Familie, nah: hier einordnen");
        await page.keyboard.press("Enter");
        for (let t = 0; t < 20 && (await focusedId()) !== "contact-name"; t++) await page.keyboard.press("Tab");
        await page.keyboard.type(contact.name);
        await tabToGroup("contact-sector"); // Familie already chosen
        await tabToGroup("contact-distance");
        await page.keyboard.press("Tab"); // the button
      } else {
        assert.equal(await focusedId(), "contact-name");
        await page.keyboard.type(contact.name);
        await tabToGroup("contact-sector");
        const s = sectorOrder.indexOf(contact.sector);
        if (s === 0) await page.keyboard.press("Space");
        for (let k = 0; k < s; k++) await page.keyboard.press("ArrowDown");
        await tabToGroup("contact-distance");
        const d = distanceOrder.indexOf(contact.distance);
        if (d === 0) await page.keyboard.press("Space");
        for (let k = 0; k < d; k++) await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Tab");
      }
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Zur Netzwerkkarte hinzufügen");
      await page.keyboard.press("Enter");
      await page.getByRole("group", { name: contact.name, exact: true }).waitFor();
    }
    await waitUntilSaved(page);
    const stored = (await storedCase(page, id)).network;
    assert.deepEqual(
      stored.map((c) => [c.name, c.sector, c.distance]),
      K.network.map((c) => [c.name, { friends: "friends_neighbours" }[c.sector] ?? c.sector, c.distance]),
    );
    // The table a screen reader can use holds the same people.
    const rows = await page.locator("[data-testid=network-table] tbody th").allInnerTexts();
    assert.deepEqual(rows, K.network.map((c) => c.name));
    for (const contact of K.network) {
      const group = page.getByRole("group", { name: contact.name, exact: true });
      if (contact.role) await group.getByLabel("Rolle").fill(contact.role);
      if (contact.consent === "yes") await group.getByLabel("Ja", { exact: true }).check();
    }
    await expectAccessible(page, "network");
    await snap(page, "network");
    await page.locator(".lotse-network").screenshot({ path: join(OUTPUT, "intake-network-map.png") });
    await expectTouchTargets(page, "network");
    await reloadOn(page, "Netzwerkkarte");
    assert.match(await page.locator("[data-testid=network-table]").innerText(), /Ja, \d\d\.\d\d\.\d{4}/);
    assert.equal(await page.locator(".lotse-network-map__person").count(), K.network.length);

    // 5. Steps, ordered as the principles prefer.
    await page.getByRole("link", { name: /Eigene Schritte/ }).first().click();
    await h1(page, "Eigene Schritte");
    assert.equal(await page.locator("[data-testid=no-client-step]").count(), 2);
    for (const step of K.steps) {
      const goalTitle = K.goals[step.goal].client;
      await page.getByRole("button", { name: `Schritt hinzufügen zu: ${goalTitle}` }).click();
      const fieldset = await focusedFieldset(page);
      await page.keyboard.type(step.what);
      await fieldset.getByLabel("Wer macht es?").selectOption({ label: step.who === "client" ? "Klient:in selbst" : step.who });
      await fieldset.getByLabel("Bis wann? (optional)").fill(step.when);
    }
    assert.equal(await page.locator("[data-testid=no-client-step]").count(), 0);
    await expectAccessible(page, "steps");
    await snap(page, "steps");
    await reloadOn(page, "Eigene Schritte");
    const flatSection = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "In der Wohnung bleiben" }) });
    const order = await flatSection.locator("input[id$=-what]").evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(order, [
      "Kontoauszüge zum Jobcenter bringen",
      "die Vermieterin anrufen und um einen Ratenplan bitten",
      "mit zum Termin bei der Schuldnerberatung kommen",
      "Haushaltsplan, Gespräch mit der Vermieterin",
    ]);

    // 6. Life domains and circumstances.
    await page.getByRole("link", { name: "Weiter: Ressourcen" }).waitFor();
    await page.getByRole("link", { name: /Lebensbereiche/ }).first().click();
    await h1(page, "Lebensbereiche und Verhältnisse");
    const table = page.locator("[data-testid=life-domains-table]");
    assert.match(await table.locator("tr", { hasText: "d8" }).innerText(), /Wieder Arbeit mit Maschinen · In der Wohnung bleiben/);
    assert.match(await table.locator("tr", { hasText: "d8" }).innerText(), /Repair-Café/);
    assert.match(await table.locator("tr", { hasText: "d6" }).innerText(), /In der Wohnung bleiben/);
    for (const text of K.circumstances) {
      await page.getByRole("button", { name: "Verhältnis hinzufügen" }).click();
      await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA" && document.activeElement.value === "");
      await page.keyboard.type(text);
    }
    await expectAccessible(page, "life domains");
    await snap(page, "life-domains");
    await reloadOn(page, "Lebensbereiche und Verhältnisse");

    // 7. Check answers: everything is covered now, and "Ändern" lands on the field.
    await page.getByRole("link", { name: "Weiter: Prüfen" }).click();
    await h1(page, "Alles prüfen");
    for (const slug of ["will", "own-initiative", "resources", "life-domains", "cooperation"]) {
      assert.equal(await page.locator(`[data-testid=coverage-${slug}].lotse-coverage__item--covered`).count(), 1, `${slug}: ${await coverageLine(page, slug)}`);
    }
    await expectAccessible(page, "review complete");
    await snap(page, "review-complete");
    await page.locator(".lotse-coverage").screenshot({ path: join(OUTPUT, "intake-coverage.png") });
    await expectTouchTargets(page, "review complete");
    await page.getByRole("link", { name: `Ändern ${K.goals[1].client}: Woran merken Sie, dass Sie es geschafft haben?` }).click();
    await h1(page, "Ziele");
    await page.waitForFunction(() => document.activeElement?.id?.endsWith("-indicator"));
    assert.equal(await page.evaluate(() => document.activeElement.value), K.goals[1].indicator);
    await reloadOn(page, "Ziele");

    // 8. The agreement: details, a signature drawn on the tablet, the print view.
    await page.getByRole("link", { name: /Zielvereinbarung/ }).first().click();
    await h1(page, "Zielvereinbarung");
    await page.getByLabel("Die Situation aus Sicht der Klientin oder des Klienten").fill(K.clientView);
    await page.getByLabel("Die Situation aus Sicht der Fachkraft").fill(K.caseworkerView);
    await page.getByLabel("Zuständige Fachkraft und Dienst").fill(K.caseworker);
    await page.getByLabel("Überprüfung der Vereinbarung am").fill("2027-05-20");
    await signOnPad(page);
    await page.getByRole("button", { name: "Unterschrift löschen" }).waitFor();
    await expectAccessible(page, "agreement");
    await snap(page, "agreement");
    await reloadOn(page, "Zielvereinbarung");

    const agreement = page.locator("[data-testid=agreement]");
    const text = await agreement.innerText();
    const expected = [
      K.alias, K.caseworker, K.clientView, K.caseworkerView, "20.05.2027",
      ...K.will.flatMap((w) => [w.wording, w.own]),
      ...K.goals.flatMap((g) => [g.client, g.professional, g.indicator]),
      ...K.steps.map((s) => s.what),
      ...K.resources.map((r) => r.text),
      ...K.network.map((c) => c.name),
      ...K.circumstances,
    ];
    for (const item of expected) assert.ok(text.includes(item), `the agreement contains: ${item}`);
    assert.equal(await agreement.locator("img.lotse-agreement__signature-image").count(), 1, "the client's drawn signature");
    assert.equal(await agreement.locator(".lotse-agreement__signature-line").count(), 1, "a line for the caseworker to sign on paper");

    // The whole case as stored: review material, and the source of the schema-2 fixture.
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(OUTPUT, "herr-k-stored.json"), await storedRecord(page, id));

    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".lotse-header").isVisible(), false, "no app chrome on paper");
    assert.equal(await page.locator(".lotse-step-nav").isVisible(), false);
    assert.ok(await agreement.isVisible());
    await page.screenshot({ path: join(OUTPUT, "agreement-print.png"), fullPage: true });
    await page.pdf({ path: join(OUTPUT, "agreement.pdf"), format: "A4" });
    await page.emulateMedia({ media: "screen" });
  }));

test("a record stored by the foundation (schema 1) opens, and is written back in the current schema (4)", () =>
  withBrowser(async ({ page }) => {
    const { readFile } = await import("node:fs/promises");
    const v1 = await readFile(new URL("../fixtures/case-v1.json", import.meta.url), "utf8");
    const id = JSON.parse(v1).case.id;
    await page.goto((await import("./helpers.mjs").then((h) => h.appUrl())) + "/");
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`lotse:case:${id}`, v1]);
    await page.goto((await import("./helpers.mjs").then((h) => h.appUrl())) + `/fall/${id}/wille`);
    await h1(page, "Wille");
    const wording = page.getByRole("group", { name: "Aussage 2" }).getByLabel("Was wollen Sie ändern? Was wollen Sie erreichen?");
    assert.equal(await wording.inputValue(), "Die vom Amt sollen mir endlich das Geld überweisen. 😀 مرحبا");
    // Moved from localStorage into IndexedDB at the start, exactly as it was; untouched until
    // the user changes something; then written in the current schema.
    assert.equal(await storedRecord(page, id), v1);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), `lotse:case:${id}`), null, "no longer in localStorage");
    await page.getByRole("group", { name: "Aussage 2" }).getByLabel("Was machen Sie selbst dafür?").fill("Ich bringe die Kontoauszüge hin.");
    await waitUntilSaved(page);
    const raw = JSON.parse(await storedRecord(page, id));
    assert.equal(raw.schema, 4);
    assert.equal(raw.case.district, null);
    assert.deepEqual(raw.case.reviews, []);
    assert.equal(raw.case.will[0].own_action, "Ich schreibe Bewerbungen, wenn mir einer zeigt, wie das heute online geht.");
    assert.equal(raw.case.created_at, 1795259251352);
    assert.deepEqual(raw.case.goals, []);
  }));
