// What the team tests share: a device joins a team through the team page, and waits for it.
import assert from "node:assert/strict";
import { join } from "node:path";
import { appStarted, caseIdOf, launch, poll, storedValues, OUTPUT } from "./helpers.mjs";
import { loadFtl } from "./ftl.mjs";

export const DE = loadFtl("de");
export const WILL = "Was wollen Sie ändern? Was wollen Sie erreichen?";
export const OWN_ACTION = DE["will-own-action-label"];
export const TEAM_PASSPHRASE = "Nordstadt-Team 2026 sicher";

/** Pages of the app `app` serves, and its team form for `database`. */
export function teamHelpers(app, database) {
  async function go(page, path) {
    await page.goto(app.url + path);
    await appStarted(page);
    await page.locator("main h1").first().waitFor();
  }

  /** Creates a case through the form and lands on its will page. */
  async function createCase(page, alias) {
    await go(page, "/neu");
    await page.getByLabel("Kürzel oder Pseudonym").fill(alias);
    await page.getByRole("button", { name: "Fall anlegen" }).click();
    await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
    return caseIdOf(page);
  }

  /** Fills the team form and sends it; `texts` are the page's language's. */
  async function joinTeam(page, { server = `${app.url}/couchdb`, name, password, passphrase = TEAM_PASSPHRASE, ...rest }, texts = DE) {
    await go(page, "/daten/team");
    await page.getByLabel(texts["team-server-label"], { exact: true }).fill(server);
    await page.getByLabel(texts["team-database-label"], { exact: true }).fill(rest.database ?? database);
    await page.getByLabel(texts["team-name-label"], { exact: true }).fill(name);
    await page.getByLabel(texts["team-password-label"], { exact: true }).fill(password);
    await page.getByLabel(texts["team-passphrase-label"], { exact: true }).fill(passphrase);
    await page.getByRole("button", { name: texts["team-submit"] }).click();
  }

  return { go, createCase, joinTeam };
}

/** Waits until the team form says what `key` says. */
export async function refused(page, key) {
  await page.getByTestId("team-failure").filter({ hasText: DE[key].split(".")[0] }).waitFor({ timeout: 20_000 });
}

/** Waits until the team page shows the team's state. */
export async function joined(page) {
  await page.getByTestId("team-status").waitFor({ timeout: 20_000 });
}

/**
 * Chromium logs every refused request (401, 404) and every request the offline switch cut as
 * a console error: the checks before `checksUntil` (an index of `problems`) and the offline
 * phase make them on purpose. Any other stays a failure.
 */
export function forgiveRefusals(browser, checksUntil) {
  for (let i = browser.problems.length - 1; i >= 0; i--) {
    const refused = i < checksUntil && /status of (40[14]|500)|ERR_EMPTY_RESPONSE|ERR_CONNECTION/.test(browser.problems[i]);
    if (refused || /net::ERR_INTERNET_DISCONNECTED/.test(browser.problems[i])) browser.problems.splice(i, 1);
  }
}

/** Waits until the device has sent every change (its outbox is empty). */
export async function allSent(page, timeout = 20_000) {
  const left = await poll(() => storedValues(page, "outbox"), (entries) => entries.length === 0, timeout);
  assert.deepEqual(left, [], "every change is on the server");
}

/** What the device knows of a case's replicated document (its `DocState`), or null. */
export async function caseState(page, id) {
  const entry = (await storedValues(page, "sync")).find(([key]) => key === `doc:case:${id}`);
  return entry ? JSON.parse(entry[1]) : null;
}

/**
 * Runs `fn(anna, ben, checked)` with two devices (browser profiles) and closes both however it
 * ends: back online, with the refusals a device made on purpose forgiven (those before
 * `checked(device)` was called; `refusals: Infinity` forgives all of them), screenshots of
 * both on a failure, and that failure reported rather than the console errors it caused.
 */
export async function withTwoDevices(name, fn, { refusals = 0 } = {}) {
  const anna = await launch();
  const ben = await launch();
  const checksUntil = new Map([[anna, refusals], [ben, refusals]]);
  const checked = (device) => checksUntil.set(device, device.problems.length);
  let failure;
  try {
    await fn(anna, ben, checked);
  } catch (error) {
    failure = error;
    for (const [who, device] of [["anna", anna], ["ben", ben]]) {
      await device.page.screenshot({ path: join(OUTPUT, `failure-${name}-${who}.png`), fullPage: true }).catch(() => {});
    }
    throw error;
  } finally {
    for (const device of [anna, ben]) {
      await device.context.setOffline(false).catch(() => {});
      forgiveRefusals(device, checksUntil.get(device));
    }
    for (const device of [anna, ben]) {
      await device.close().catch((error) => {
        if (!failure) throw error;
      });
    }
  }
}
