// A whole intake by keyboard alone (Tab, Shift+Tab, Enter, Space, arrows and typing), and
// the same client steps again in client mode. No clicks, no fills.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { withBrowser, open, stopServer, storedCase, waitUntilSaved, caseIdOf } from "./helpers.mjs";
import { loadFtl } from "./ftl.mjs";

after(stopServer);

const DE = loadFtl("de");
const EASY = loadFtl("de-leicht");

/** Presses Tab (or Shift+Tab) until the focused element passes `check`; fails if it never does. */
async function tabTo(page, what, check, { back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(check, what)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  const where = await page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}`);
  assert.fail(`Tab never reached ${what} (focus ended on ${where})`);
}
const text = (t) => (document.activeElement?.innerText ?? "").replace(/\s+/g, " ").trim() === t;
const label = (l) => (document.activeElement?.labels?.[0]?.innerText ?? "").replace(/\s+/g, " ").trim() === l;
const labelStarts = (l) => (document.activeElement?.labels?.[0]?.innerText ?? "").replace(/\s+/g, " ").trim().startsWith(l);
const hrefEnds = (h) => (document.activeElement?.getAttribute("href") ?? "").endsWith(h);
const inGroup = (name) => document.activeElement?.name === name;
const oneLine = (t) => t.replace(/\s+/g, " ").trim();

async function go(page, linkEnd, heading) {
  await tabTo(page, linkEnd, hrefEnds);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");
}

test("a whole intake is done by keyboard alone, and the client steps again in client mode", { timeout: 180_000 }, () =>
  withBrowser(async ({ page }) => {
    await open(page, "/");
    await tabTo(page, DE["case-list-new"], text);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: DE["new-case-title"] }).waitFor();
    await tabTo(page, DE["alias-label"], label);
    await page.keyboard.type("Frau S.");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: DE["will-title"] }).waitFor();
    const id = caseIdOf(page);

    await tabTo(page, DE["will-wording-label"], label);
    await page.keyboard.type("Ich will mit meinem Sohn wieder reden.");
    await tabTo(page, DE["will-own-action-label"], label);
    await page.keyboard.type("Ich schreibe ihm einen Brief.");

    await go(page, "/ziele", DE["goals-title"]);
    await tabTo(page, DE["goal-add"], text);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id?.endsWith("-client"));
    await page.keyboard.type("Wieder Kontakt zu meinem Sohn");
    await tabTo(page, "d7", labelStarts);
    await page.keyboard.press("Space");
    await tabTo(page, DE["goal-indicator-label"], label);
    await page.keyboard.type("Wir treffen uns einmal im Monat.");

    await go(page, "/schritte", DE["steps-title"]);
    await tabTo(page, `Schritt hinzufügen zu: Wieder Kontakt zu meinem Sohn`, text);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id?.endsWith("-what"));
    await page.keyboard.type("Den Brief zur Post bringen");

    await go(page, "/ressourcen", DE["resources-title"]);
    await tabTo(page, `Hinzufügen: ${DE["resource-personal"]}`, text);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
    await page.keyboard.type("kann gut zuhören");
    await tabTo(page, `Hinzufügen: ${DE["resource-neighbourhood"]}`, text);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA" && document.activeElement.value === "");
    await page.keyboard.type("Familienzentrum am Markt");

    await go(page, "/netzwerk", DE["network-title"]);
    await tabTo(page, DE["contact-name-label"], label);
    await page.keyboard.type("Bruder Karl");
    await tabTo(page, "contact-sector", inGroup); // past its "Vorlesen"
    await page.keyboard.press("Space"); // Familie
    await tabTo(page, "contact-distance", inGroup);
    await page.keyboard.press("ArrowDown"); // mittel
    await tabTo(page, DE["network-add-submit"], text);
    await page.keyboard.press("Enter");
    await page.getByRole("group", { name: "Bruder Karl", exact: true }).waitFor();
    // Tab enters a radio group on its checked radio ("Nicht gefragt"); the arrow moves on to
    // the next one, wrapping round to "Ja", and checks it.
    await tabTo(page, DE["consent-not-asked"], label);
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.evaluate(() => document.activeElement.labels[0].innerText), DE["consent-yes"]);

    await go(page, "/lebensbereiche", DE["life-domains-title"]);
    await tabTo(page, DE["circumstance-add"], text);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
    await page.keyboard.type("Die Beratungsstelle ist nur vormittags offen.");

    await go(page, "/ueberpruefen", DE["check-title"]);
    // "Ändern" leads to the exact field.
    await tabTo(page, `${DE["change"]} Aussage 1`, text);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: DE["will-title"] }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id?.endsWith("-wording"));

    await go(page, "/vereinbarung", DE["agreement-title"]);
    await tabTo(page, DE["agreement-caseworker"], label);
    await page.keyboard.type("Herr Brandt (ASD)");

    await waitUntilSaved(page);
    const stored = await storedCase(page, id);
    assert.equal(stored.will[0].own_action, "Ich schreibe ihm einen Brief.");
    assert.deepEqual(stored.goals[0].life_domains, ["d7"]);
    assert.equal(stored.goals[0].indicator, "Wir treffen uns einmal im Monat.");
    assert.equal(stored.goals[0].steps[0].what, "Den Brief zur Post bringen");
    assert.deepEqual(stored.resources.map((r) => [r.kind, r.description]), [["personal", "kann gut zuhören"], ["neighbourhood", "Familienzentrum am Markt"]]);
    assert.deepEqual(stored.network.map((c) => [c.name, c.sector, c.distance, c.consent]), [["Bruder Karl", "family", "middle", "yes"]]);
    assert.equal(stored.circumstances[0].text, "Die Beratungsstelle ist nur vormittags offen.");
    assert.equal(stored.agreement.caseworker, "Herr Brandt (ASD)");

    // Client mode, by keyboard: hand over, add to each of the client's steps, hand back.
    await go(page, "/wille", DE["will-title"]);
    await tabTo(page, DE["client-mode-start"], text, { back: true });
    await page.keyboard.press("Enter");
    const easy = (key) => oneLine(EASY[key]);
    await page.getByRole("heading", { level: 1, name: easy("will-title") }).waitFor();
    await tabTo(page, easy("will-add"), text);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA" && document.activeElement.value === "");
    await page.keyboard.type("Ich will meinen Enkel sehen.");
    await go(page, "/ziele", easy("goals-title"));
    await tabTo(page, easy("goal-add"), text);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id?.endsWith("-client"));
    await page.keyboard.type("Den Enkel besuchen");
    await go(page, "/schritte", easy("steps-title"));
    await tabTo(page, "Enkel", (goal) => {
      const e = document.activeElement;
      return e?.id?.startsWith("goal-steps-") && e.id.endsWith("-add") && e.innerText.includes(goal);
    });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id?.endsWith("-what"));
    await page.keyboard.type("Eine Fahrkarte kaufen");
    await go(page, "/ressourcen", easy("resources-title"));
    await tabTo(page, "resource-add-social", (id) => document.activeElement?.id === id);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
    await page.keyboard.type("meine Nachbarin");
    await go(page, "/netzwerk", easy("network-title"));
    await tabTo(page, "contact-name", (id) => document.activeElement?.id === id);
    await page.keyboard.type("Nachbarin Frau Ay");
    await tabTo(page, "contact-sector", inGroup);
    await page.keyboard.press("ArrowDown"); // Freunde und Nachbarn
    await tabTo(page, "contact-distance", inGroup);
    await page.keyboard.press("Space"); // nah
    await tabTo(page, easy("network-add-submit"), text);
    await page.keyboard.press("Enter");
    await page.getByRole("group", { name: "Nachbarin Frau Ay", exact: true }).waitFor();

    await tabTo(page, "client-mode-exit", (id) => document.activeElement?.id === id, { back: true });
    await page.keyboard.down("Enter");
    await page.waitForTimeout(1800);
    await page.keyboard.up("Enter");
    await page.getByRole("alertdialog").waitFor();
    await page.keyboard.press("Enter"); // the focused "Ja, beenden"
    await page.getByRole("heading", { level: 1, name: DE["network-title"] }).waitFor();

    await waitUntilSaved(page);
    const after = await storedCase(page, id);
    assert.equal(after.will.at(-1).wording, "Ich will meinen Enkel sehen.");
    assert.equal(after.goals.at(-1).client_wording, "Den Enkel besuchen");
    assert.equal(after.goals.at(-1).steps[0].what, "Eine Fahrkarte kaufen");
    assert.equal(after.resources.at(-1).description, "meine Nachbarin");
    assert.deepEqual(after.network.at(-1).sector, "friends_neighbours");
  }));
