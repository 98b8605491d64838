// The tablet handed to the client: Leichte Sprache, large type, only the client's steps,
// read aloud, and a way back that a client will not take by accident.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  withBrowser, appUrl, open, stopServer, expectAccessible, expectTouchTargets, storedCase, waitUntilSaved, fillStorage, freeStorage,
} from "./helpers.mjs";
import { loadFtl } from "./ftl.mjs";

after(stopServer);

const EASY = loadFtl("de-leicht");
const DE = loadFtl("de");
const FIXTURE = readFileSync(new URL("../fixtures/case-v2-herr-k.json", import.meta.url), "utf8");
const ID = JSON.parse(FIXTURE).case.id;

/** A speech engine double, as page script: records what is spoken, ends on cancel. */
const speechStub = (voices, failWith = null) => `(${speechDouble})(${voices}, ${JSON.stringify(failWith)})`;
function speechDouble(voices, failWith) {
  window.__spoken = [];
  window.__cancelled = 0;
  const synth = window.speechSynthesis;
  synth.getVoices = () => (voices ? [{ lang: "de-DE", name: "Stimme", localService: true, default: true, voiceURI: "stimme" }] : []);
  synth.speak = (utterance) => {
    window.__spoken.push({ text: utterance.text, lang: utterance.lang });
    window.__current = utterance;
    // An engine that lists a voice it cannot use says so only when asked to speak.
    if (failWith) setTimeout(() => utterance.onerror?.(Object.assign(new Event("error"), { error: failWith })), 10);
  };
  synth.cancel = () => {
    window.__cancelled++;
    const current = window.__current;
    window.__current = null;
    if (current && current.onend) current.onend(new Event("end"));
  };
}

async function seed(page) {
  await page.goto((await appUrl()) + "/gibt-es-nicht");
  await page.evaluate(([id, record]) => localStorage.setItem(`lotse:case:${id}`, record), [ID, FIXTURE]);
  await page.goto((await appUrl()) + `/fall/${ID}/wille`);
  await page.getByRole("heading", { level: 1, name: DE["will-title"] }).waitFor();
}

/** The words a client sees, as the voice would say them: no Mediopunkt, single spaces. */
const asSpoken = (text) => text.replaceAll("·", "").replace(/\s+/g, " ").trim();

/**
 * Presses every "Vorlesen" on the page and checks that each question, hint, intro and note
 * the client sees is in what was spoken, that nothing spoken has a Mediopunkt, and that no
 * word of the caseworker's is on screen.
 */
async function expectEverythingReadAloud(page, where) {
  await page.evaluate(() => { window.__spoken = []; });
  // By class: a pressed button is named "Vorlesen stoppen" until the next one is pressed.
  const buttons = page.locator("main .lotse-read-aloud__button");
  const count = await buttons.count();
  assert.ok(count > 0, `${where}: no Vorlesen`);
  for (let i = 0; i < count; i++) await buttons.nth(i).click();
  const spoken = await page.evaluate(() => window.__spoken.map((s) => s.text));
  assert.equal(spoken.length, count, `${where}: every Vorlesen speaks`);
  assert.ok(spoken.every((text) => !text.includes("·")), `${where}: a Mediopunkt is spoken`);
  const heard = asSpoken(spoken.join(" "));
  const shown = await page.locator(
    "main h1, main h2, main h3, main caption, main .lotse-body-l, main .lotse-label, main .lotse-hint, main legend:not(.lotse-fieldset__legend), main .lotse-inset, main .lotse-coach__text, main figcaption, main .lotse-alert__title, main .lotse-alert__body",
  ).evaluateAll((elements) => elements
    .filter((e) => e.checkVisibility() && !e.closest(".lotse-visually-hidden"))
    .map((e) => e.innerText));
  for (const text of shown) {
    assert.ok(heard.includes(asSpoken(text)), `${where}: not read aloud: ${text}`);
  }
  assert.doesNotMatch(await page.locator("body").innerText(), /Klient|Fall:|Ressource|Sozialraum|SMART|ICF|Fachdienst/, where);
}

const easyH1 = (page, key) => page.getByRole("heading", { level: 1, name: EASY[key].split("\n")[0] }).waitFor();

test("client mode shows only the client's steps in Leichte Sprache and reads questions aloud", { timeout: 120_000 }, () =>
  withBrowser({ initScript: speechStub(true) }, async ({ page }) => {
    await seed(page);
    await page.getByRole("button", { name: DE["client-mode-start"] }).click();
    await easyH1(page, "will-title");
    assert.equal(await page.locator("html").getAttribute("data-locale"), "de-leicht");
    assert.equal(await page.locator("html").getAttribute("lang"), "de");
    assert.match(await page.locator("html").getAttribute("class"), /lotse-large-text/);
    assert.equal(await page.locator(".lotse-step-nav a").count(), 5, "only the client's steps");
    assert.equal(await page.locator("header a[href='/']").count(), 0, "no way to the other cases");
    assert.equal(await page.getByRole("button", { name: DE["client-mode-start"] }).count(), 0);
    assert.equal(await page.locator("[id$=-remove]").count(), 0, "nothing can be deleted");
    // Spoken to the client: no word the caseworker uses for them.
    assert.equal(await page.locator(".lotse-case__label").count(), 0, "no \"Fall:\" label");
    assert.doesNotMatch(await page.locator("body").innerText(), /Klienten|Fall:/);

    // No address leads out: not the case list, not the caseworker's pages, not a reload.
    for (const path of ["/", `/fall/${ID}/ueberpruefen`, `/fall/${ID}/loeschen`, "/neu"]) {
      await page.goto((await appUrl()) + path);
      await easyH1(page, "will-title");
      assert.equal(new URL(page.url()).pathname, `/fall/${ID}/wille`, path);
    }

    // Read aloud: the easy text of the question and its hint, in German, marked while read.
    const question = page.locator(".lotse-question").first();
    await page.locator(".lotse-question + .lotse-read-aloud button").first().click();
    const spoken = await page.evaluate(() => window.__spoken);
    // The voice gets the words without the Mediopunkt that splits them for the eye.
    assert.deepEqual(spoken, [{ text: `${EASY["will-wording-label"]}\n${EASY["will-wording-hint"]}`.replaceAll("·", ""), lang: "de-DE" }]);
    assert.match(await question.getAttribute("class"), /lotse-question--reading/);
    await page.getByRole("button", { name: EASY["read-aloud-stop"] }).first().click();
    await page.waitForFunction(() => !document.querySelector(".lotse-question--reading"));
    assert.ok((await page.evaluate(() => window.__cancelled)) > 0, "stopped");

    // The client fills in a will and a goal; it is saved like everything else.
    await page.getByRole("button", { name: EASY["will-add"].split("\n")[0] }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
    await page.keyboard.type("Ich will wieder Fußball spielen.");
    await expectAccessible(page, "will, client mode");
    await expectTouchTargets(page, "will, client mode");
    await page.locator(".lotse-step-nav a").nth(1).click();
    await easyH1(page, "goals-title");
    assert.equal(await page.getByLabel(DE["goal-professional-label"]).count(), 0, "no professional wording");
    assert.equal(await page.getByText(DE["goal-smart-legend"]).count(), 0, "no SMART check");
    await page.getByRole("button", { name: EASY["goal-add"].split("\n")[0] }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
    await page.keyboard.type("Wieder im Verein spielen");
    await waitUntilSaved(page);
    const stored = await storedCase(page, ID);
    assert.equal(stored.will.at(-1).wording, "Ich will wieder Fußball spielen.");
    assert.equal(stored.goals.at(-1).client_wording, "Wieder im Verein spielen");
    for (const index of [0, 1, 2, 3, 4]) {
      await page.locator(".lotse-step-nav a").nth(index).click();
      await page.locator("main h1").waitFor();
      await expectAccessible(page, `client step ${index + 1}`);
      await expectTouchTargets(page, `client step ${index + 1}`);
      // Large type must still reflow on a narrow screen.
      await page.setViewportSize({ width: 320, height: 700 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `client step ${index + 1} scrolls sideways by ${overflow}px at 320 px`);
      await page.setViewportSize({ width: 1024, height: 768 });
    }
    await page.reload();
    await page.locator("main h1").waitFor();
    assert.equal(await page.locator(".lotse-step-nav a").count(), 5, "still in client mode after a reload");

    // A tap does not leave client mode; holding does, after a confirmation.
    const exit = page.getByRole("button", { name: EASY["client-mode-exit"].split("\n")[0] });
    await exit.click();
    await page.waitForTimeout(300);
    assert.equal(await page.getByRole("alertdialog").count(), 0, "a tap is not enough");
    const box = await exit.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(1800);
    await page.mouse.up();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expectAccessible(page, "leave client mode");
    assert.equal(await page.evaluate(() => document.activeElement.id), "client-mode-exit-confirm");
    await page.keyboard.press("Enter");
    // Back with the caseworker, on the same step (the network), in their language.
    await page.getByRole("heading", { level: 1, name: DE["network-title"] }).waitFor();
    assert.equal(await page.locator("html").getAttribute("data-locale"), "de", "back in the caseworker's language");
    assert.equal(await page.locator(".lotse-step-nav a").count(), 8);
    assert.equal(await page.locator("header a[href='/']").count(), 1);
  }));

test("in client mode, every question, hint and intro of the client's steps is read aloud", { timeout: 180_000 }, () =>
  withBrowser({ initScript: speechStub(true) }, async ({ page }) => {
    await seed(page);
    await page.getByRole("button", { name: DE["client-mode-start"] }).click();
    await easyH1(page, "will-title");
    // A wish that asks others to act brings the coach's question.
    await page.getByRole("button", { name: EASY["will-add"].split("\n")[0] }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
    await page.keyboard.type("Das Jobcenter soll mir eine Arbeit geben.");
    await page.locator(".lotse-coach").waitFor();
    for (const [index, key] of ["will-title", "goals-title", "steps-title", "resources-title", "network-title"].entries()) {
      await page.locator(".lotse-step-nav a").nth(index).click();
      await easyH1(page, key);
      await expectEverythingReadAloud(page, key);
    }
    // The resources as a list show each one's kind as a question of its own.
    await page.locator(".lotse-step-nav a").nth(3).click();
    await page.getByRole("button", { name: EASY["view-list"] }).click();
    await expectEverythingReadAloud(page, "resources as a list");

    // The accessibility statement is the client's too, in Leichte Sprache, and leads back.
    await page.getByRole("contentinfo").getByRole("link", { name: EASY["footer-accessibility"] }).click();
    await easyH1(page, "accessibility-title");
    assert.ok((await page.locator("main").innerText()).includes(EASY["accessibility-about"].split("\n")[0]));
    await expectAccessible(page, "accessibility statement, client mode");
    assert.equal(await page.getByRole("link", { name: EASY["accessibility-report-mail"] }).count(), 0, "no way out of Lotse");
    assert.equal(await page.locator("main a[href^=http]").count(), 0, "no way out of Lotse");
    await page.getByRole("link", { name: EASY["accessibility-back"], exact: true }).click();
    await easyH1(page, "resources-title");
    assert.equal(await page.locator(".lotse-step-nav a").count(), 5, "still in client mode");
  }));

test("in client mode, a change from another window and the last page ask the client to hand the tablet back", () =>
  withBrowser({ initScript: speechStub(true) }, async ({ context, page }) => {
    await seed(page);
    const tablet = await context.newPage();
    await tablet.goto(`${await appUrl()}/fall/${ID}/wille`);
    await tablet.getByRole("heading", { level: 1, name: DE["will-title"] }).waitFor();
    await tablet.getByRole("button", { name: DE["client-mode-start"] }).click();
    await easyH1(tablet, "will-title");
    // The caseworker's other window saves the case: the client is neither asked to choose nor
    // shown what changed; that waits for the caseworker.
    await page.locator("main textarea").first().fill("Ich will wieder arbeiten. Mit Maschinen.");
    await waitUntilSaved(page);
    const notice = tablet.locator("[data-testid=case-notice]");
    await notice.waitFor();
    assert.equal(await notice.locator("h2").innerText(), EASY["client-case-notice-title"]);
    assert.equal(await notice.getByRole("link").count(), 0);
    assert.equal(await notice.locator("table").count(), 0);
    await expectAccessible(tablet, "case notice, client mode");
    await expectEverythingReadAloud(tablet, "case notice, client mode");
    // The client's last step has no way on: it says they are done.
    await tablet.locator(".lotse-step-nav a").nth(4).click();
    await easyH1(tablet, "network-title");
    assert.equal(asSpoken(await tablet.locator("#client-done").innerText()), asSpoken(EASY["client-done"]));
  }));

test("the caseworker can also leave client mode by holding Enter, and can change their mind", () =>
  withBrowser({ initScript: speechStub(true) }, async ({ page }) => {
    await seed(page);
    await page.getByRole("button", { name: DE["client-mode-start"] }).click();
    await easyH1(page, "will-title");
    await page.locator("#client-mode-exit").focus();
    await page.keyboard.down("Enter");
    await page.waitForTimeout(1800);
    await page.keyboard.up("Enter");
    await page.getByRole("alertdialog").waitFor();
    await page.getByRole("button", { name: EASY["client-mode-exit-cancel"].split("\n")[0] }).click();
    await page.getByRole("alertdialog").waitFor({ state: "detached" });
    assert.equal(await page.locator(".lotse-step-nav a").count(), 5, "still in client mode");
  }));

test("without a voice on the device, Vorlesen says so instead of staying silent", () =>
  withBrowser({ initScript: speechStub(false) }, async ({ page }) => {
    await seed(page);
    await page.getByRole("button", { name: DE["read-aloud"] }).first().click();
    await page.getByText(DE["read-aloud-unavailable"]).waitFor();
    await page.getByText(DE["read-aloud-install-voice"]).waitFor();
    assert.deepEqual(await page.evaluate(() => window.__spoken), []);
  }));

test("a voice listed but not installed (as on Android) shows how to install one, in the client's words", () =>
  withBrowser({ initScript: speechStub(true, "language-unavailable") }, async ({ page }) => {
    await seed(page);
    await page.getByRole("button", { name: DE["client-mode-start"] }).click();
    await easyH1(page, "will-title");
    const button = page.locator(".lotse-read-aloud__button").first();
    await button.click();
    const status = page.locator(".lotse-read-aloud__unavailable").first();
    await status.waitFor();
    assert.equal(asSpoken(await status.innerText()), asSpoken(`${EASY["read-aloud-unavailable"]} ${EASY["read-aloud-install-voice"]}`));
    assert.equal(await button.getAttribute("aria-pressed"), "false", "not shown as reading");
  }));

test("in a review, the client rates and says what they want now, in Leichte Sprache, read aloud", { timeout: 120_000 }, () =>
  withBrowser({ initScript: speechStub(true) }, async ({ page }) => {
    await seed(page);
    await page.goto((await appUrl()) + `/fall/${ID}/ueberpruefungen`);
    await page.getByRole("button", { name: DE["review-start-submit"] }).click();
    await page.getByRole("heading", { level: 1, name: DE["review-ratings-title"] }).waitFor();
    await page.getByRole("button", { name: DE["client-mode-start"] }).click();
    await easyH1(page, "review-ratings-title");
    assert.match(await page.locator(".lotse-page .lotse-hint").first().innerText(), /Teil 1 von 2/);
    assert.equal(await page.getByRole("group", { name: /Fach·kraft/ }).count(), 0, "the caseworker's rating is not shown");
    assert.equal(await page.getByRole("link", { name: EASY["review-back-to-overview"] }).count(), 0);
    // The pictorial scale: a bar per point, the number under it, a 44 px radio.
    const flat = JSON.parse(FIXTURE).case.goals.find((g) => g.client_wording.includes("Wohnung"));
    const section = page.getByRole("region", { name: flat.client_wording });
    await section.getByLabel("6", { exact: true }).check();
    await section.getByRole("button", { name: EASY["read-aloud"] }).first().click();
    const spoken = await page.evaluate(() => window.__spoken.at(-1).text);
    assert.ok(spoken.startsWith(`${flat.client_wording}\n`), spoken);
    assert.ok(spoken.includes(EASY["review-client-rating-legend"].replaceAll("·", "")), spoken);
    await expectEverythingReadAloud(page, "review ratings");
    await expectAccessible(page, "review ratings, client mode");
    await expectTouchTargets(page, "review ratings, client mode");

    // The caseworker's parts stay closed: they lead back to the client's first part.
    for (const path of ["ueberpruefung/schritte", "ueberpruefung/vereinbarung", "ueberpruefungen"]) {
      await page.goto((await appUrl()) + `/fall/${ID}/${path}`);
      await easyH1(page, "review-ratings-title");
      assert.equal(new URL(page.url()).pathname, `/fall/${ID}/ueberpruefung/stand`, path);
    }
    await page.getByRole("link", { name: EASY["review-next-part"] }).click();
    await easyH1(page, "review-now-title");
    assert.equal(await page.getByRole("link", { name: EASY["review-next-part"] }).count(), 0, "the client's last part");
    assert.equal(await page.getByRole("link", { name: EASY["review-new-goals-link"] }).count(), 0, "no way out of the review");
    await page.getByRole("button", { name: EASY["review-will-add"] }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
    await page.keyboard.type("Ich will eine feste Arbeit.");
    const decision = page.getByRole("group", { name: new RegExp(flat.client_wording) });
    await decision.getByLabel(EASY["goal-decision-reached"]).check();
    await page.locator(`#goal-${flat.id}-decision-title`).locator("..").getByRole("button", { name: EASY["read-aloud"] }).click();
    const read = await page.evaluate(() => window.__spoken.at(-1).text);
    assert.ok(read.includes(flat.client_wording) && read.includes(EASY["goal-decision-reached"]), read);
    assert.ok(!(await page.evaluate(() => window.__spoken.some((s) => s.text.includes("·")))), "no Mediopunkt is spoken");
    await expectEverythingReadAloud(page, "what the client wants now");
    // The statement is a step aside: back from it is back in the review.
    await page.getByRole("contentinfo").getByRole("link", { name: EASY["footer-accessibility"] }).click();
    await easyH1(page, "accessibility-title");
    await page.getByRole("link", { name: EASY["accessibility-back"], exact: true }).click();
    await easyH1(page, "review-now-title");
    await expectAccessible(page, "what the client wants now, client mode");
    await expectTouchTargets(page, "what the client wants now, client mode");
    await waitUntilSaved(page);
    const review = (await storedCase(page, ID)).reviews[0];
    assert.equal(review.goals.find((g) => g.goal === flat.id).ratings.client, 6);
    assert.equal(review.goals.find((g) => g.goal === flat.id).decision, "reached");
    assert.equal(review.added.will.length, 1);
  }));

test("in client mode, a failed save and the lock speak to the client and hand the tablet back", { timeout: 120_000 }, () =>
  withBrowser({ initScript: speechStub(true) }, async ({ page }) => {
    // Encryption on, as a careful service has it; then the tablet is handed over.
    await page.goto((await appUrl()) + "/gibt-es-nicht");
    await page.evaluate(([id, record]) => localStorage.setItem(`lotse:case:${id}`, record), [ID, FIXTURE]);
    await open(page, "/daten/verschluesseln");
    await page.getByLabel("Passwort", { exact: true }).fill("Lange Passphrase für das Team 2026");
    await page.getByLabel("Passwort wiederholen").fill("Lange Passphrase für das Team 2026");
    await page.getByRole("button", { name: "Verschlüsseln" }).click();
    await page.getByText("Die Verschlüsselung ist eingeschaltet.").waitFor();
    await page.selectOption("#lock-after", "2");
    // In the app, not by a reload (which would ask for the passphrase).
    await page.locator("header a[href='/']").click();
    await page.getByRole("link", { name: "Herr K.", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: DE["will-title"] }).waitFor();
    await page.getByRole("button", { name: DE["client-mode-start"] }).click();
    await easyH1(page, "will-title");

    // A save that fails: the client's words stay, and they are asked to hand the tablet back.
    await fillStorage(page);
    const field = page.locator("main textarea").first();
    await field.fill("Ich will wieder arbeiten. Und die Wohnung behalten.");
    const alert = page.locator("[data-testid=storage-alert]");
    await alert.waitFor();
    assert.equal(await alert.locator("h2").innerText(), EASY["client-storage-title"]);
    const told = await alert.innerText();
    assert.match(told, /Fach·kraft/);
    assert.doesNotMatch(told, /löschen|IT|Datei/, "nothing the client cannot do");
    assert.equal(await alert.getByRole("link").count(), 0, "no way out of client mode");
    await expectAccessible(page, "storage alert, client mode");
    await alert.getByRole("button", { name: EASY["read-aloud"] }).click();
    assert.equal(await page.evaluate(() => window.__spoken.at(-1).text), asSpoken(EASY["client-storage-title"]) + "\n" + EASY["client-storage-body"].replaceAll("·", ""));
    await expectTouchTargets(page, "storage alert, client mode");
    await freeStorage(page);
    await alert.getByRole("button", { name: EASY["storage-retry"] }).click();
    await alert.waitFor({ state: "detached" });
    assert.equal(await field.inputValue(), "Ich will wieder arbeiten. Und die Wohnung behalten.");

    // After the idle time the tablet locks: the client is asked to hand it back, and is not
    // shown how to delete everything.
    await page.evaluate(() => {
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + 3 * 60 * 1000;
    });
    await page.locator("main h1").filter({ hasText: EASY["unlock-title"] }).waitFor({ timeout: 15_000 });
    const locked = await page.locator("main").innerText();
    assert.ok(locked.includes(EASY["unlock-intro-client"].split("\n")[1]), locked);
    assert.equal(await page.getByText(EASY["unlock-forgotten"]).count(), 0);
    await expectAccessible(page, "lock, client mode");
    // The statement stays reachable from the lock, and leads back to it.
    await page.getByRole("contentinfo").getByRole("link", { name: EASY["footer-accessibility"] }).click();
    await easyH1(page, "accessibility-title");
    await page.getByRole("link", { name: EASY["accessibility-back"], exact: true }).click();
    await page.locator("main h1").filter({ hasText: EASY["unlock-title"] }).waitFor();
  }));
