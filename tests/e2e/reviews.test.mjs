// Reviews (Überprüfung) of Herr K.'s case: due on the start page and in the header, started
// with the date checked, the goals rated on the scale against the intake's starting point,
// the steps looked back at, a reload that keeps everything, and a draft discarded after being
// told what goes. axe and 44 px targets on every new screen, in all three languages.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import {
  withBrowser, open, appUrl, stopServer, expectAccessible, expectTouchTargets, storedCase, waitUntilSaved,
} from "./helpers.mjs";
import { STORED_HERR_K as FIXTURE, HERR_K_ID as ID, seedHerrK, iso, german, inDays } from "./fixtures/stored-herr-k.mjs";

after(stopServer);

/** Herr K. as an earlier version stored him, his flat goal's review due in three days. */
function herrK() {
  const record = structuredClone(FIXTURE);
  const flat = record.case.goals.find((g) => g.client_wording.includes("Wohnung"));
  flat.review_date = inDays(3);
  return { record: JSON.stringify(record), flat };
}

const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();

test("a due review is started from the start page, rated, looked back at, kept and discarded", { timeout: 180_000 }, () =>
  withBrowser(async ({ page }) => {
    const { record, flat } = herrK();
    await seedHerrK(page, record);
    await open(page, "/");

    // Due: on the start page, first, and in the header.
    const due = page.locator("#due-reviews");
    await due.waitFor();
    assert.match(await due.innerText(), new RegExp(`Herr K\\.\\s+Überprüfung am ${german(flat.review_date).replace(/\./g, "\\.")}`));
    assert.equal(await page.locator("[data-testid=header-due]").innerText(), "1 Überprüfung fällig");
    assert.match(await page.locator(".lotse-case-card").first().innerText(), new RegExp(`Nächste Überprüfung:?\\s*${german(flat.review_date)}`));
    await expectAccessible(page, "start page with a review due");

    // The starting point, asked once on the intake's goals step.
    await page.goto((await appUrl()) + `/fall/${ID}/ziele`);
    const flatGoal = page.locator(`#goal-${flat.id}`);
    await flatGoal.getByRole("group", { name: /Wo stehen Sie heute/ }).getByLabel("3", { exact: true }).check();
    await flatGoal.getByRole("group", { name: /Einschätzung der Fachkraft/ }).getByLabel("2", { exact: true }).check();
    await waitUntilSaved(page);
    assert.deepEqual((await storedCase(page, ID)).goals.find((g) => g.id === flat.id).start, { client: 3, caseworker: 2 });

    // Through the header's count to the due list, and from there to the case's reviews.
    await page.locator("[data-testid=header-due]").click();
    await due.getByRole("link", { name: "Herr K." }).click();
    await h1(page, "Überprüfungen");
    assert.equal(await page.locator("[data-testid=next-review]").innerText(), `Nächste Überprüfung: ${german(flat.review_date)}`);
    await expectAccessible(page, "reviews");
    await expectTouchTargets(page, "reviews");

    // The date is checked: not before the first contact, not in the future.
    const date = page.getByLabel("Datum der Überprüfung");
    for (const [value, message] of [
      ["2026-11-01", "Das Datum der Überprüfung darf nicht vor dem Erstkontakt liegen"],
      [inDays(2), "Das Datum der Überprüfung darf nicht in der Zukunft liegen"],
      ["", "Geben Sie das Datum der Überprüfung ein"],
    ]) {
      await date.fill(value);
      await page.getByRole("button", { name: "Überprüfung beginnen" }).click();
      await page.locator("#error-summary").waitFor();
      await page.waitForFunction(() => document.activeElement?.id === "error-summary");
      assert.deepEqual(await page.locator("#error-summary a").allInnerTexts(), [message]);
    }
    await expectAccessible(page, "reviews with an error");
    const today = iso(new Date());
    await date.fill(today);
    await page.getByRole("button", { name: "Überprüfung beginnen" }).click();

    // Part 1: where he stands, against the intake.
    await h1(page, "Wo stehen Sie heute?");
    assert.match(await page.locator(".lotse-page .lotse-hint").first().innerText(), /Teil 1 von 5/);
    const section = page.getByRole("region", { name: flat.client_wording });
    assert.equal(await section.locator("[data-testid=last-ratings]").innerText(), "Zuletzt, am 20.11.2026: Klient 3, Fachkraft 2");
    await section.getByRole("group", { name: /Wo stehen Sie heute/ }).getByLabel("7", { exact: true }).check();
    await section.getByRole("group", { name: /Einschätzung der Fachkraft/ }).getByLabel("6", { exact: true }).check();
    const changes = "Die Vermieterin hat den Ratenplan angenommen. Zwei Raten sind bezahlt.";
    await section.getByLabel("Was hat sich verändert?").fill(changes);
    await expectAccessible(page, "review ratings");
    await expectTouchTargets(page, "review ratings");
    await waitUntilSaved(page);
    await page.reload();
    await h1(page, "Wo stehen Sie heute?");
    assert.equal(await section.getByLabel("Was hat sich verändert?").inputValue(), changes);
    assert.ok(await section.getByRole("group", { name: /Wo stehen Sie heute/ }).getByLabel("7", { exact: true }).isChecked());
    // A rating can be taken back.
    await section.getByRole("group", { name: /Einschätzung der Fachkraft/ }).getByRole("button", { name: "Bewertung zurücknehmen" }).click();
    await waitUntilSaved(page);
    let review = (await storedCase(page, ID)).reviews[0];
    assert.equal(review.held_on, today);
    assert.equal(review.completed, false);
    assert.deepEqual(review.goals.find((g) => g.goal === flat.id).ratings, { client: 7, caseworker: null });
    await section.getByRole("group", { name: /Einschätzung der Fachkraft/ }).getByLabel("6", { exact: true }).check();

    // Part 2: the steps.
    await page.getByRole("link", { name: "Weiter", exact: true }).click();
    await h1(page, "Was ist aus den Schritten geworden?");
    const call = flat.steps.find((s) => s.what.includes("Vermieterin anrufen"));
    const step = page.getByRole("group", { name: new RegExp(call.what) });
    await step.getByLabel("Erledigt", { exact: true }).check();
    await page.locator(`#step-${call.id}-progress-note`).fill("Am Telefon, sie war freundlich.");
    await expectAccessible(page, "review steps");
    await expectTouchTargets(page, "review steps");
    await waitUntilSaved(page);
    review = (await storedCase(page, ID)).reviews[0];
    assert.deepEqual(review.goals.find((g) => g.goal === flat.id).steps, [
      { step: call.id, progress: "done", note: "Am Telefon, sie war freundlich." },
    ]);

    // Back on the overview: the draft, discarded after saying what goes.
    await page.getByRole("link", { name: "Zur Übersicht der Überprüfungen" }).first().click();
    await page.getByRole("heading", { level: 2, name: `Begonnene Überprüfung vom ${german(today)}` }).waitFor();
    await page.getByRole("button", { name: "Überprüfung verwerfen" }).click();
    const question = page.getByRole("group", { name: "Diese Überprüfung verwerfen?" });
    assert.match(await question.innerText(), /Bewertungen\W*2\W+Notizen\W*2\W+Neu eingetragene\D*0\W+Unterschriften\W*0/);
    await expectAccessible(page, "discarding a review");
    await question.getByRole("button", { name: "Ja, verwerfen" }).click();
    await page.getByRole("button", { name: "Überprüfung beginnen" }).waitFor();
    await waitUntilSaved(page);
    assert.deepEqual((await storedCase(page, ID)).reviews, []);
  }));

test("the review pages pass axe and 44 px targets in Leichte Sprache and English", { timeout: 240_000 }, () =>
  withBrowser(async ({ page }) => {
    for (const [locale, title, start, ratings, complete, protocol] of [
      ["de-leicht", "Rück·blicke", "Rück·blick beginnen", "Wo stehen Sie heute?", "Rück·blick fertig machen", "Bericht vom Rück·blick"],
      ["en", "Reviews", "Start the review", "Where are you today?", "Complete the review", "Review protocol"],
    ]) {
      await seedHerrK(page, herrK().record, locale);
      await open(page, "/");
      await page.locator("[data-testid=header-due]").waitFor();
      await expectAccessible(page, `start page with a review due (${locale})`);
      await page.goto((await appUrl()) + `/fall/${ID}/ueberpruefungen`);
      await h1(page, title);
      await expectAccessible(page, `reviews (${locale})`);
      await expectTouchTargets(page, `reviews (${locale})`);
      await page.getByRole("button", { name: start }).click();
      await h1(page, ratings);
      // Every part, each with something added where a part adds, so its editors show too.
      for (const part of ["ratings", "steps", "helped", "now", "renewal"]) {
        if (part === "helped") {
          await page.locator("#found-resource-add-personal").click();
          await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
        }
        if (part === "now") {
          await page.locator("#now-will-add").click();
          await page.locator("#now-goal-add").click();
          await page.locator("input[type=radio][id$=-decision-reworded]").first().check();
          await page.locator("textarea[id$=-new-wording]").first().waitFor();
        }
        await expectAccessible(page, `review ${part} (${locale})`);
        await expectTouchTargets(page, `review ${part} (${locale})`);
        if (part !== "renewal") {
          await page.locator("main a.lotse-button").last().click();
          await page.locator("main h1").waitFor();
        }
      }
      await page.getByRole("button", { name: complete }).click();
      await h1(page, protocol);
      await expectAccessible(page, `protocol (${locale})`);
      await expectTouchTargets(page, `protocol (${locale})`);
      for (const path of ["verlauf", "fassung/1"]) {
        await page.goto((await appUrl()) + `/fall/${ID}/${path}`);
        await page.locator("main h1").waitFor();
        await expectAccessible(page, `${path} (${locale})`);
        await expectTouchTargets(page, `${path} (${locale})`);
      }
      await page.evaluate(() => indexedDB.deleteDatabase("lotse"));
    }
  }));
