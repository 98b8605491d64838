// The first screen a new visitor sees (the start page, in German, with nothing stored on the
// device) as static HTML, so that it is painted as soon as index.html and the stylesheets have
// arrived instead of after the wasm has been fetched, compiled and started.
//
// - scripts/post-build.mjs puts assets/prerendered-start.html into index.html, hidden, and a
//   one-line script in the head shows it only on a first visit to "/" (no `lotse:` key stored).
// - src/main.rs removes it in the same task that mounts the app, so the page is never shown
//   twice and nothing moves (the app renders the same markup in the same place).
// - tests/e2e/prerender.test.mjs fails when the file no longer matches what the app renders.
//
//   node scripts/prerender.mjs [dist]    writes the file from a release build (default dist/)
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const PRERENDER_FILE = fileURLToPath(new URL("../assets/prerendered-start.html", import.meta.url));

/**
 * Runs in the page: the app's markup in `body`, without the page's own `noscript`, scripts, the
 * pre-rendered copy and Leptos' empty placeholder comments.
 */
export function appMarkup() {
  const body = document.body.cloneNode(true);
  body.querySelectorAll("noscript, script, #lotse-prerender").forEach((element) => element.remove());
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.remove());
  return body.innerHTML.trim();
}

/** Opens "/" as a first visitor in `page` and returns the start page's markup. */
export async function renderStart(page, origin) {
  await page.goto(`${origin}/`);
  // The app has started once the pre-rendered copy is gone and it has shown its heading.
  await page.waitForFunction(() => !document.getElementById("lotse-prerender") && document.querySelector("main h1"));
  return page.evaluate(appMarkup);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import("playwright-core");
  const { serveDist } = await import("../tests/e2e/server.mjs");
  const dist = process.argv[2] ?? fileURLToPath(new URL("../dist/", import.meta.url));
  const server = await serveDist(dist.endsWith("/") ? dist : `${dist}/`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--lang=de-DE"] });
  try {
    const page = await browser.newPage({ locale: "de-DE" });
    const markup = await renderStart(page, server.url);
    writeFileSync(PRERENDER_FILE, `${markup}\n`);
    console.log(`wrote ${PRERENDER_FILE} (${markup.length} characters): rebuild to put it into index.html`);
  } finally {
    await browser.close();
    await server.close();
  }
}
