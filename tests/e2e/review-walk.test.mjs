// Herr K. three months on (../shared/domain/EXAMPLE_CASE.md, "the first review"): from the due
// list, each goal rated against the intake's starting point, the steps looked back at, the
// Mieterverein and Herr Brandt found since, the work goal reworded, a new will and goal, the
// renewed agreement signed on the tablet as version 2, the printed protocol, the journey
// chart with its table, the network then and now, and version 1 kept as signed.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  withBrowser, open, appUrl, stopServer, OUTPUT, expectAccessible, expectTouchTargets, storedCase, waitUntilSaved,
} from "./helpers.mjs";
import { STORED_HERR_K as FIXTURE, HERR_K_ID as ID, seedHerrK, iso, german, inDays } from "./fixtures/stored-herr-k.mjs";
import { signOnPad } from "./signature.mjs";

after(stopServer);

const TODAY = iso(new Date());
const NEXT = inDays(180);

/** Herr K. after the intake: the starting points given, the flat goal's review due. */
function herrK() {
  const record = structuredClone(FIXTURE);
  const flat = record.case.goals.find((g) => g.client_wording.includes("Wohnung"));
  const work = record.case.goals.find((g) => g.client_wording.includes("Arbeit"));
  flat.start = { client: 3, caseworker: 2 };
  work.start = { client: 2, caseworker: 3 };
  flat.review_date = inDays(-1);
  return { record: JSON.stringify(record), flat, work };
}

const snap = (page, name) => page.screenshot({ path: join(OUTPUT, `review-${name}.png`), fullPage: true });
const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();
const next = (page) => page.getByRole("link", { name: "Weiter", exact: true }).click();

test("Herr K.'s first review, from the due list to the renewed agreement, its protocol and his journey", { timeout: 300_000 }, () =>
  withBrowser(async ({ page }) => {
    const { record, flat, work } = herrK();
    await seedHerrK(page, record);
    await open(page, "/");
    await page.locator("#due-reviews").getByRole("link", { name: "Herr K." }).click();
    await h1(page, "Überprüfungen");
    await page.getByLabel("Datum der Überprüfung").fill(TODAY);
    await page.getByRole("button", { name: "Überprüfung beginnen" }).click();

    // 1. Where he stands: 3 at the intake, 7 now.
    await h1(page, "Wo stehen Sie heute?");
    assert.match(await page.locator(".lotse-page .lotse-hint").first().innerText(), /Teil 1 von 5/);
    for (const [goal, client, caseworker, changes] of [
      [flat, "7", "6", "Die Vermieterin hat den Ratenplan angenommen. Zwei Raten sind bezahlt."],
      [work, "4", "4", "Zwei Bewerbungen sind raus. Ein Gespräch im März."],
    ]) {
      const section = page.getByRole("region", { name: goal.client_wording });
      await section.getByRole("group", { name: /Wo stehen Sie heute/ }).getByLabel(client, { exact: true }).check();
      await section.getByRole("group", { name: /Einschätzung der Fachkraft/ }).getByLabel(caseworker, { exact: true }).check();
      await section.getByLabel("Was hat sich verändert?").fill(changes);
    }

    // 2. The steps: done, partly, not done.
    await next(page);
    await h1(page, "Was ist aus den Schritten geworden?");
    const steps = [...flat.steps, ...work.steps];
    for (const [words, status, note] of [
      ["Kontoauszüge", "Erledigt", ""],
      ["Vermieterin anrufen", "Erledigt", ""],
      ["Bewerbungsmappe", "Teilweise", "Tom hat mir gezeigt, wie es geht. Zwei sind fertig."],
      ["Repair-Café", "Nicht erledigt", "Samstags habe ich die Mädchen."],
    ]) {
      const step = steps.find((s) => s.what.includes(words));
      await page.getByRole("group", { name: new RegExp(step.what.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).getByLabel(status, { exact: true }).check();
      if (note) await page.locator(`#step-${step.id}-progress-note`).fill(note);
    }

    // 3. What helped: the Mieterverein and Herr Brandt, after an empty form was refused.
    await next(page);
    await h1(page, "Was hat geholfen?");
    assert.equal(await page.locator("[data-testid=found-none]").innerText(), "Noch niemand eingetragen.");
    await page.getByRole("button", { name: "Hinzufügen: Sozialräumliche Ressourcen" }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
    await page.keyboard.type("Mieterverein im Stadtteil");
    // A person or service needs a name and a place on the map.
    await page.getByRole("button", { name: "Person oder Stelle eintragen" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "error-summary");
    assert.deepEqual(await page.locator("#error-summary a").allInnerTexts(), [
      "Geben Sie einen Namen ein", "Wählen Sie einen Bereich", "Wählen Sie einen Abstand",
    ]);
    await expectAccessible(page, "what helped, with errors");
    const contactForm = page.locator("form", { has: page.getByRole("button", { name: "Person oder Stelle eintragen" }) });
    await contactForm.getByLabel("Name").fill("Herr Brandt, Mieterverein");
    await contactForm.getByLabel("Professionelle Helfer", { exact: true }).check();
    await contactForm.getByLabel("lose", { exact: true }).check();
    await page.getByRole("button", { name: "Person oder Stelle eintragen" }).click();
    const found = page.locator("[data-testid=found-list]");
    await found.locator("li").first().waitFor();
    assert.deepEqual(await found.locator("li > span").allInnerTexts(), ["Herr Brandt, Mieterverein (Professionelle Helfer)"]);
    await waitUntilSaved(page);
    await page.reload();
    await h1(page, "Was hat geholfen?");
    assert.equal(await page.getByRole("group", { name: "Sozialräumliche Ressourcen" }).getByLabel("Was ist die Ressource?").inputValue(),
      "Mieterverein im Stadtteil", "typed words are kept without pressing a button");
    await snap(page, "helped");
    await expectAccessible(page, "what helped");
    await expectTouchTargets(page, "what helped");

    // 4. What he wants now: his will, the work goal reworded, a new goal with his own step.
    await next(page);
    await h1(page, "Was wollen Sie jetzt?");
    await page.getByRole("button", { name: "Aufschreiben, was Sie jetzt wollen" }).click();
    const will = "Ich will, dass die Mädchen nach der Schule betreut sind, wenn ich Arbeit habe.";
    await page.getByLabel("Was wollen Sie jetzt?", { exact: true }).fill(will);
    await page.getByRole("group", { name: `Was wird aus dem Ziel „${flat.client_wording}“?` })
      .getByLabel("Weiter daran arbeiten").check();
    await page.getByRole("group", { name: `Was wird aus dem Ziel „${work.client_wording}“?` })
      .getByLabel("Neu formulieren").check();
    const reworded = "Eine feste Stelle als Maschinenführer bis zum Sommer";
    await page.getByLabel("Das Ziel in neuen Worten").fill(reworded);
    await page.getByRole("button", { name: "Ein neues Ziel aufschreiben" }).click();
    const newGoal = "Die Mädchen sind nach der Schule betreut";
    await page.getByLabel("Das neue Ziel, in Ihren Worten").fill(newGoal);
    await page.getByLabel("Was machen Sie selbst dafür?").fill("Ich frage beim Hort in der Schule nach einem Platz.");
    await snap(page, "now");
    await expectAccessible(page, "what he wants now");
    await expectTouchTargets(page, "what he wants now");
    await waitUntilSaved(page);
    await page.reload();
    await h1(page, "Was wollen Sie jetzt?");
    assert.equal(await page.getByLabel("Das Ziel in neuen Worten").inputValue(), reworded);

    // 5. The renewed agreement, signed on the tablet.
    await next(page);
    await h1(page, "Die erneuerte Vereinbarung");
    const renewed = await page.locator("[data-testid=renewed-goals] li").allInnerTexts();
    assert.ok(renewed.includes(`${reworded}: Neu formuliert`), renewed.join(" | "));
    assert.ok(renewed.includes(`${flat.client_wording}: Weiter daran arbeiten`), renewed.join(" | "));
    assert.ok(renewed.includes(`${newGoal}: Neu`), renewed.join(" | "));
    // A next review on the day of this one would never fall due.
    await page.getByLabel("Nächste Überprüfung").fill(TODAY);
    await page.locator("[data-testid=review-complete]").click();
    await page.waitForFunction(() => document.activeElement?.id === "error-summary");
    assert.deepEqual(await page.locator("#error-summary a").allInnerTexts(), ["Die nächste Überprüfung muss nach dieser Überprüfung liegen"]);
    await page.getByLabel("Nächste Überprüfung").fill(NEXT);
    await signOnPad(page);
    await page.getByRole("button", { name: "Unterschrift löschen" }).waitFor();
    await signOnPad(page);
    await page.getByRole("button", { name: "Unterschrift löschen" }).nth(1).waitFor();
    await snap(page, "renewal");
    await expectAccessible(page, "renewed agreement");
    await expectTouchTargets(page, "renewed agreement");
    await waitUntilSaved(page);
    await page.locator("[data-testid=review-complete]").click();

    // The protocol, with the flash that says the agreement is now version 2.
    await h1(page, "Protokoll der Überprüfung");
    assert.equal(await page.locator(".lotse-alert--success").innerText(),
      "Die Überprüfung ist abgeschlossen. Die Vereinbarung gilt jetzt in Fassung 2.");
    const protocol = page.locator("[data-testid=protocol]");
    const flatRatings = protocol.locator("section", { has: page.getByRole("heading", { name: flat.client_wording }) }).locator("table").first();
    assert.deepEqual(await flatRatings.locator("tbody tr").allInnerTexts(), ["Klient:in\t3\t7", "Fachkraft\t2\t6"]);
    const protocolText = await protocol.innerText();
    for (const expected of [
      work.client_wording, `Neu formulieren: ${reworded}`, "Samstags habe ich die Mädchen.", "Nicht erledigt",
      "Teilweise", "Mieterverein im Stadtteil", "Herr Brandt, Mieterverein", newGoal, german(NEXT),
    ]) assert.ok(protocolText.includes(expected), `the protocol holds ${expected}`);
    await snap(page, "protocol");
    await expectAccessible(page, "protocol");
    await expectTouchTargets(page, "protocol");
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.getByRole("button", { name: "Protokoll drucken oder als PDF speichern" }).isVisible(), false);
    assert.ok(await protocol.isVisible());
    const pdf = await page.pdf({ format: "A4" });
    assert.ok(pdf.length > 10_000, "the protocol prints to a PDF");
    await page.emulateMedia({ media: "screen" });

    // Stored: version 1 as signed, the goal's earlier wording, the review completed.
    const stored = await storedCase(page, ID);
    assert.equal(stored.reviews[0].completed, true);
    assert.equal(stored.reviews[0].agreement_version, 2);
    assert.equal(stored.earlier_agreements[0].version, 1);
    assert.ok(!stored.earlier_agreements[0].network.some((c) => c.name.includes("Brandt")));
    const storedWork = stored.goals.find((g) => g.id === work.id);
    assert.equal(storedWork.client_wording, reworded);
    assert.deepEqual(storedWork.earlier_wordings, [{ wording: work.client_wording, until: TODAY }]);
    assert.equal(stored.agreement.signatures.length, 2);
    assert.equal(stored.agreement.review_date, NEXT);
    const added = stored.goals.find((g) => g.client_wording === newGoal);
    assert.deepEqual(added.steps.map((s) => [s.what, s.owner.kind]), [["Ich frage beim Hort in der Schule nach einem Platz.", "client"]]);
    assert.equal(added.will, stored.will.find((w) => w.wording === will).id);

    // The journey: the chart and its table, the network then and now.
    await page.getByRole("link", { name: "Zur Übersicht der Überprüfungen" }).first().click();
    await h1(page, "Überprüfungen");
    await page.locator("[data-testid=journey-link]").click();
    await h1(page, "Verlauf");
    const journey = page.getByRole("region", { name: flat.client_wording });
    assert.equal(await journey.locator("svg circle").count(), 2, "two points of the client's series");
    assert.equal(await journey.locator("svg rect").count(), 2, "two points of the caseworker's series");
    const table = journey.getByRole("table", { name: `Bewertungen für „${flat.client_wording}“` });
    assert.deepEqual(await table.locator("tbody tr").allInnerTexts(), [
      `Aufnahme, ${german(FIXTURE.case.first_contact)}\t3\t2`, `Überprüfung, ${german(TODAY)}\t7\t6`,
    ]);
    assert.match(await page.getByRole("region", { name: reworded }).innerText(), new RegExp(`Bis ${german(TODAY)}: „${work.client_wording}“`));
    const changes = page.locator("[data-testid=network-changes]");
    assert.match(await changes.innerText(), /Dazugekommen\s+Herr Brandt, Mieterverein\s+Nicht mehr dabei\s+Niemand/);
    await snap(page, "journey");
    await expectAccessible(page, "journey");
    await expectTouchTargets(page, "journey");

    // Version 1, unchanged; version 2 is the agreement page's.
    await page.goto((await appUrl()) + `/fall/${ID}/fassung/1`);
    await h1(page, "Vereinbarung, Fassung 1");
    const first = await page.locator("[data-testid=agreement]").innerText();
    assert.ok(first.includes(work.client_wording) && !first.includes(reworded) && !first.includes("Brandt"));
    await expectAccessible(page, "agreement version 1");
    await page.goto((await appUrl()) + `/fall/${ID}/vereinbarung`);
    const current = await page.locator("[data-testid=agreement]").innerText();
    assert.ok(current.includes(reworded) && current.includes("Brandt") && current.includes(german(NEXT)));
    assert.equal(await page.locator("[data-testid=agreement] img").count(), 2);
  }));
