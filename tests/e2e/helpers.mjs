// Shared helpers for the end-to-end tests: a fresh Chromium profile per test, the release
// build served on 127.0.0.1, console-error and panic detection, and axe-core scans.
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";
import { keptStartPageIn } from "./kept-start-page.mjs";
import { serveDist } from "./server.mjs";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
// Flags that work on these machines; background networking off, since only loopback exists.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--lang=de-DE",
];
const AXE_SOURCE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
export const OUTPUT = new URL("./output/", import.meta.url).pathname;
mkdirSync(OUTPUT, { recursive: true });

let server;
/** The release build, served once per test file. */
export async function appUrl() {
  server ??= await serveDist();
  return server.url;
}

export async function stopServer() {
  await server?.close();
  server = undefined;
}

/**
 * A browser on its own fresh profile. `profileDir` reuses a profile (to simulate a restart).
 * Every page is watched: a console error, an uncaught exception or a Rust panic is recorded
 * in `problems`, and `close()` fails the test if there were any.
 */
export async function launch({ profileDir, viewport = { width: 1024, height: 768 }, initScript } = {}) {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), "lotse-profile-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    locale: "de-DE",
    acceptDownloads: true,
  });
  const problems = [];
  const watch = (page) => {
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  };
  // A function is sent as its source (it cannot close over test variables); a string runs as is.
  if (initScript) await context.addInitScript(typeof initScript === "string" ? { content: initScript } : initScript);
  context.on("page", watch);
  context.pages().forEach(watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    profileDir: dir,
    problems,
    /** Closes the browser; fails on any console error or panic seen. */
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !profileDir) rmSync(dir, { recursive: true, force: true });
      assert.deepEqual(problems, [], "no console errors, exceptions or panics");
    },
  };
}

/**
 * Runs `fn` with a fresh browser and always closes it, even when an assertion fails, so a
 * failing test never leaves Chromium running. Fails on console errors or panics.
 */
export async function withBrowser(options, fn) {
  if (typeof options === "function") [options, fn] = [{}, options];
  const browser = await launch(options);
  let failed = false;
  try {
    await fn(browser);
  } catch (error) {
    failed = true;
    await browser.page.screenshot({ path: join(OUTPUT, `failure-${Date.now()}.png`), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    if (failed) await browser.context.close().catch(() => {});
  }
  await browser.close();
}

/** Goes to the case list the way a user does: the link in the header. */
export async function goToCaseList(page) {
  await page.getByRole("link", { name: "Lotse (zur Startseite)" }).click();
  await page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
}

/**
 * Waits until Lotse has started and shows its first screen. A first visit to "/" or "/neu"
 * shows the pre-rendered page before that (scripts/prerender.mjs), whose buttons and fields do
 * nothing yet.
 */
export async function appStarted(page) {
  await page.waitForFunction(() => !document.querySelector(".lotse-prerender") && !document.documentElement.classList.contains("lotse-building"));
}

/**
 * Waits until the service worker controls the page (its install, which caches every file of
 * the build or none, is done). A timeout says what state the registration is in.
 */
export async function serviceWorkerControls(page) {
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  } catch (error) {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const worker = (w) => w && { state: w.state, url: w.scriptURL };
      return registration
        ? { installing: worker(registration.installing), waiting: worker(registration.waiting), active: worker(registration.active) }
        : "no registration";
    });
    throw new Error(`the service worker never took control: ${JSON.stringify(state)} (${error.message})`);
  }
}

/** Per page: the gate the app's wasm waits at (see `holdWasm`). */
const wasmGates = new WeakMap();

/**
 * Holds back the start of the app (the instantiation of its wasm) in `page` until
 * `release()`, from the next load on (and any module instantiated until then, the lazily
 * loaded ones of a page already started included). At the browser's WebAssembly functions, not at the
 * network: the service worker serves the module from its cache, unseen by routes, and the
 * start page it keeps needs it registered.
 */
export async function holdWasm(page) {
  let gate = wasmGates.get(page);
  if (!gate) {
    gate = { open: Promise.resolve() };
    wasmGates.set(page, gate);
    await page.exposeFunction("__lotseWasmGate", () => gate.open);
    await page.addInitScript(() => {
      for (const name of ["instantiateStreaming", "instantiate", "compileStreaming", "compile"]) {
        const original = WebAssembly[name];
        WebAssembly[name] = async function (...args) {
          await window.__lotseWasmGate();
          return original.apply(this, args);
        };
      }
    });
  }
  let release;
  gate.open = new Promise((resolve) => (release = resolve));
  return release;
}

/** The start page the service worker keeps for the next start at "/" (sw.js), or null. */
export async function keptStartPage(page) {
  return keptStartPageIn(await page.evaluate(async () => (await caches.match("/"))?.text()));
}

/** Waits until the kept start page (`keptStartPage`) is as `expected` says; `what` for a timeout. */
export async function waitForKeptStartPage(page, expected, what) {
  let kept = null;
  for (const until = Date.now() + 10_000; Date.now() < until; await page.waitForTimeout(100)) {
    kept = await keptStartPage(page);
    if (expected(kept)) return kept;
  }
  throw new Error(`the kept start page never became as expected (${what}): ${JSON.stringify(kept)?.slice(0, 300)}`);
}

/** Opens a path of the app and waits until Lotse has started and rendered its main heading. */
export async function open(page, path = "/") {
  await page.goto((await appUrl()) + path);
  await appStarted(page);
  await page.locator("main h1").first().waitFor();
}

/**
 * Runs axe-core with the WCAG 2.2 AA tags; fails with the violations listed. `skipRules`
 * is only for forced-colours mode, where the user's system colours replace ours and
 * contrast is theirs to choose.
 */
export async function expectAccessible(page, screen, { skipRules = [] } = {}) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    ([tags, skip]) =>
      window.axe.run(document, {
        runOnly: { type: "tag", values: tags },
        rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])),
      }),
    [AXE_TAGS, skipRules],
  );
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  assert.deepEqual(violations, [], `axe violations on ${screen}`);
  assert.ok(result.passes.length > 0, `axe ran rules on ${screen}`);
}

/** Every interactive control on the page is at least 44 x 44 CSS px (WCAG 2.5.8, our bar). */
export async function expectTouchTargets(page, screen) {
  const small = await page.evaluate(() => {
    const controls = document.querySelectorAll(
      "button, input, textarea, select, a.lotse-button, nav a, .lotse-back-link, .lotse-link, .lotse-error-summary a, .lotse-case-card__link",
    );
    return [...controls]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el.tagName.toLowerCase()}#${el.id}.${el.className} ${box.width}x${box.height}`);
  });
  assert.deepEqual(small, [], `touch targets under 44 px on ${screen}`);
}

/** The stored record of a case, parsed. */
export async function storedCase(page, id) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `lotse:case:${id}`);
  return raw === null ? null : JSON.parse(raw).case;
}

/** The case id in the current address. */
export function caseIdOf(page) {
  const match = new URL(page.url()).pathname.match(/^\/fall\/([^/]+)/);
  assert.ok(match, `on a case page: ${page.url()}`);
  return match[1];
}

/** Creates a case through the form and lands on its will page. */
export async function createCase(page, alias, firstContact) {
  await open(page, "/neu");
  await page.getByLabel("Kürzel oder Pseudonym").fill(alias);
  if (firstContact) await page.getByLabel("Datum des Erstkontakts").fill(firstContact);
  await page.getByRole("button", { name: "Fall anlegen" }).click();
  await page.getByRole("heading", { level: 1, name: "Wille" }).waitFor();
  return caseIdOf(page);
}

/** Waits until the save indicator's live region says the case is stored. */
export async function waitUntilSaved(page) {
  await page.locator("[data-testid=save-indicator]").and(page.locator(".lotse-save-indicator--saved")).waitFor();
}
