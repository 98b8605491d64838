// The pages a new visitor may land on (the start page and the new-case form, in German, with
// nothing stored on the device) as static HTML, so that they are painted as soon as index.html
// (which carries the styles, see scripts/post-build.mjs) has arrived instead of after the wasm
// has been fetched, compiled and started.
//
// - scripts/post-build.mjs puts assets/prerendered/*.html into index.html as inert templates; a
//   script at the start of the body (scripts/inline/starter.js) marks a first visit (no `lotse:`
//   key stored) to one of these addresses, and one after the templates (scripts/inline/show.js)
//   then puts that page's template in place.
// - src/app.rs builds the app's first screen hidden and, once complete, removes the
//   pre-rendered page in the same task that shows it: the same markup in the same place, so
//   nothing moves.
// - tests/e2e/prerender.test.mjs fails when a file no longer matches what the app renders.
//
//   node scripts/prerender.mjs [dist]    writes the files from a release build (default dist/)
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The pre-rendered pages: address → file. */
export const PRERENDERED = {
  "/": fileURLToPath(new URL("../assets/prerendered/start.html", import.meta.url)),
  "/neu": fileURLToPath(new URL("../assets/prerendered/new-case.html", import.meta.url)),
};

/**
 * Runs in the page: the app's markup in `body`, without the page's own `noscript`, scripts,
 * pre-rendered pages and Leptos' empty placeholder comments. Its form takes no input yet (what
 * is typed before the app has taken over would be lost): fields are read-only, and a submit
 * button is a plain button.
 */
export function appMarkup() {
  const body = document.body.cloneNode(true);
  body.querySelectorAll("noscript, script, .lotse-prerender").forEach((element) => element.remove());
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.remove());
  body.querySelectorAll("input, textarea").forEach((field) => field.setAttribute("readonly", ""));
  body.querySelectorAll("button[type=submit]").forEach((button) => button.setAttribute("type", "button"));
  return body.innerHTML.trim();
}

/** Opens `path` as a first visitor in `page` and returns the page's markup. */
export async function renderPage(page, origin, path) {
  await page.goto(`${origin}${path}`);
  // The app has started once no pre-rendered page is left and it has shown its heading.
  await page.waitForFunction(() => !document.querySelector(".lotse-prerender") && document.querySelector("main h1"));
  return page.evaluate(appMarkup);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import("playwright-core");
  const { serveDist } = await import("../tests/e2e/server.mjs");
  const dist = process.argv[2] ?? fileURLToPath(new URL("../dist/", import.meta.url));
  const server = await serveDist(dist.endsWith("/") ? dist : `${dist}/`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--lang=de-DE"] });
  try {
    for (const [path, file] of Object.entries(PRERENDERED)) {
      // A fresh context each time: nothing stored, as on a first visit.
      const context = await browser.newContext({ locale: "de-DE" });
      const markup = await renderPage(await context.newPage(), server.url, path);
      await context.close();
      mkdirSync(new URL("../assets/prerendered/", import.meta.url), { recursive: true });
      writeFileSync(file, `${markup}\n`);
      console.log(`wrote ${file} (${path}, ${markup.length} characters)`);
    }
    console.log("rebuild to put them into index.html");
  } finally {
    await browser.close();
    await server.close();
  }
}
