// Trunk post-build hook, on the staged release:
// 1. the loader of the wasm that scripts/build-wasm.mjs built goes into index.html, with
//    preload hints so the glue and the main module are fetched in parallel (on a first visit,
//    after the pre-rendered start page has been painted);
// 2. the pre-rendered pages (assets/prerendered/, see scripts/prerender.mjs) go into the body
//    as templates; one-line scripts show the right one on a first visit to its address, the
//    one case where it is exactly what the app will render;
// 3. the stylesheets go into index.html as one <style>;
// 4. a strict Content-Security-Policy goes into index.html: only this origin, wasm allowed
//    to compile, and the inline scripts and styles allowed by their hashes;
// 5. sw.js gets the build id (a hash of the final index.html), the build's stamp (for the kept
//    start page) and the list of every file of the build, so every build that changes anything
//    is a new service worker with a new cache, and the lazily loaded modules are there offline
//    too.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PRERENDERED } from "./prerender.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run as a Trunk hook: TRUNK_STAGING_DIR is not set");
const sha = (text, algorithm = "sha256") => createHash(algorithm).update(text).digest("base64");

const indexPath = join(dir, "index.html");
let index = readFileSync(indexPath, "utf8");

let files = readdirSync(dir).sort();
const glue = files.find((f) => /^lotse-[0-9a-f]+\.js$/.test(f));
if (!glue) throw new Error("no lotse-<id>.js in the staging dir: scripts/build-wasm.mjs did not run");
const main = glue.replace(/\.js$/, "_bg.wasm");
// The pre-rendered pages (scripts/prerender.mjs), as inert templates at the start of the body.
const pages = Object.entries(PRERENDERED).filter(([path, file]) => {
  const there = existsSync(file);
  if (!there) console.warn(`no ${file}: ${path} is not pre-rendered (run node scripts/prerender.mjs)`);
  return there;
});
// At the start of the body, before anything is painted, yet after the start page the service
// worker keeps (sw.js puts it right after <body>): in the head, the parser ran these scripts
// before it came to the kept page's cards, and then often let the browser lay out and paint the
// empty page first (its first layout after a restart of the browser, 40 to 70 ms, loads the
// fonts), so the cards were there 20 to 30 ms later. (sw.js also keeps the browser from
// rendering the kept page before its last card.)
// - A start page kept by the service worker (sw.js, keepStartPage: `<html>` has
//   lotse-prerendered, the page is at the start of the body) reads nothing from localStorage
//   (after a restart of the browser, its first read loads every record) and fetches the app
//   from the last script below, once the templates are parsed too: starting those fetches here
//   held it up by 10 to 20 ms.
// - A first visit (nothing of Lotse stored, so German, no case, no setting) to a pre-rendered
//   address shows that page (the last script below), and the app is fetched once it has been
//   painted, so on a slow connection the 150 KB of code do not hold up the first paint. Any
//   other visit fetches the glue and the main module at once, in parallel.
// The build's files carry the hashes of their contents: their list is the build's stamp, with
// which a kept start page is kept only by the service worker of the same build.
const stamp = createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 12);
const starter =
  `<script>self.lotseFetchApp=()=>{for(const[r,h,a]of[["modulepreload","/${glue}"],["preload","/${main}","fetch"]]){` +
  `const l=document.createElement("link");l.rel=r;l.href=h;if(a){l.as=a;l.type="application/wasm";l.crossOrigin=""}document.head.append(l)}};` +
  `{const c=document.documentElement.classList;let f=0;if(!c.contains("lotse-prerendered")&&${JSON.stringify(pages.map(([path]) => path))}.includes(location.pathname))` +
  `try{f=!Object.keys(localStorage).some(x=>x.startsWith("lotse:"))}catch(e){f=1}f?c.add("lotse-first-visit"):c.contains("lotse-prerendered")||lotseFetchApp()}</script>`;
// The loader: Trunk's own does the same, and sends the same event (the benchmark listens for
// it). On a first visit it waits for the first contentful paint (a second at most: a tab opened
// in the background paints nothing). The module is compiled first and started in a task of its
// own: V8 finishing the compilation and the app's first steps were one task of 20 to 30 ms
// under Lighthouse's tracing, which its simulated slow CPU counted as blocking. (A server that
// does not send wasm as application/wasm cannot stream it; the glue then fetches it its way.)
const loader =
  `<script type="module">` +
  `if(document.documentElement.classList.contains("lotse-first-visit"))await new Promise((resolve)=>{` +
  `try{new PerformanceObserver((l,o)=>{if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();resolve()}}).observe({type:"paint",buffered:true})}catch(e){}` +
  `setTimeout(resolve,1000)}),lotseFetchApp();` +
  `const{default:init}=await import("/${glue}");let m="/${main}";` +
  `try{m=await WebAssembly.compileStreaming(fetch(m))}catch(e){}await new Promise((resolve)=>setTimeout(resolve));` +
  `const wasm=await init({module_or_path:m});` +
  `dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm}}));</script>`;
const templates = pages
  .map(([path, file]) => `<template class=lotse-prerender data-path="${path}"><div class=lotse-prerender>${readFileSync(file, "utf8").trim()}</div></template>`)
  .join("");
// Before the first paint, on a first visit, the pre-rendered page of this address takes the
// place of the empty body (lotse-prerendered tells the app, which then builds its first screen
// hidden and replaces it). With a kept start page in place, the app is fetched now.
// lotseKeepPage is the other half of the kept start page: with `keep`, it sends the page on
// screen to the service worker (sw.js, keepStartPage) in the form kept: the build's stamp, lang,
// data-locale, the display classes (src/display.rs), the app's elements; and says whether it
// did (not while a message or an alert is shown, or the app is still taking over). Without
// `keep`, it tells the service worker to forget the kept page.
const show =
  `<script>self.lotseKeepPage=(keep)=>{const d=document.documentElement,c=d.classList,b=document.body;` +
  `const p=!keep?"":c.contains("lotse-building")||b.querySelector(".lotse-alert,.lotse-prerender")?null:` +
  `"\\n"+["${stamp}",d.lang,d.dataset.locale,["lotse-large-text","lotse-high-contrast"].filter(n=>c.contains(n)).join(" "),` +
  `[...b.children].filter(e=>!/^(SCRIPT|NOSCRIPT|TEMPLATE)$/.test(e.tagName)).map(e=>e.outerHTML).join("")].join("\\n");` +
  `if(p!=null)navigator.serviceWorker?.ready.then(r=>r.active.postMessage("lotse:start-page"+p));return p!=null};` +
  `{const c=document.documentElement.classList;` +
  `if(c.contains("lotse-first-visit")){for(const t of document.querySelectorAll("template.lotse-prerender"))if(t.dataset.path==location.pathname)t.replaceWith(t.content),c.add("lotse-prerendered")}else if(c.contains("lotse-prerendered"))lotseFetchApp()}</script>`;
const body = index.match(/<body[^>]*>/i)?.[0];
if (!body) throw new Error("no <body> in index.html for the pre-rendered pages");
index = index.replace(body, `${body}${starter}${loader}${templates}${show}`);
// The stylesheets (each minified by Trunk) go into index.html as one <style>, in their order:
// the page then waits for no other file before its first paint, and no inline script waits
// for a stylesheet still loading.
// Together they compress better than apart, and the service worker has three files less.
const sheets = [...index.matchAll(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi)].map((m) => {
  const href = m[0].match(/\bhref=["']?\/([^"' >]+\.css)/)?.[1];
  if (!href || !existsSync(join(dir, href))) throw new Error(`a stylesheet that is not a file of the build: ${m[0]}`);
  return { tag: m[0], file: href };
});
if (!sheets.length) throw new Error("no stylesheet in index.html to inline");
const css = sheets.map((s) => readFileSync(join(dir, s.file), "utf8").trim()).join("\n");
if (/<\/style/i.test(css)) throw new Error("a stylesheet contains </style>");
index = index.replace(sheets[0].tag, `<style>${css}</style>`);
for (const s of sheets.slice(1)) index = index.replace(s.tag, "");
for (const s of sheets) unlinkSync(join(dir, s.file));
const inline = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${sha(m[1])}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.join(" ")}`.trim(),
  `style-src 'self' 'sha256-${sha(css)}'`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const meta = `<meta http-equiv=Content-Security-Policy content="${policy}">`;
index = index.replace(/<meta charset=["']?utf-8["']?>/i, (charset) => `${charset}${meta}`);
if (!index.includes("Content-Security-Policy")) throw new Error("no place for the CSP in index.html");
writeFileSync(indexPath, index);

const id = createHash("sha256").update(index).digest("hex").slice(0, 16);
files = readdirSync(dir).sort();
const sw = join(dir, "sw.js");
const precached = files.filter((f) => f !== "index.html" && f !== "sw.js").map((f) => `/${f}`);
writeFileSync(
  sw,
  readFileSync(sw, "utf8").replace("__LOTSE_BUILD__", id).replace("__LOTSE_STAMP__", stamp).replace('"__LOTSE_FILES__"', JSON.stringify(precached)),
);
// The service worker is part of the first load: minified in the release, like the glue.
if (process.env.TRUNK_PROFILE === "release") {
  const esbuild = new URL("../node_modules/.bin/esbuild", import.meta.url).pathname;
  execFileSync(esbuild, [sw, "--minify", "--log-level=warning", "--allow-overwrite", `--outfile=${sw}`], { stdio: "inherit" });
}
console.log(`pre-rendered pages: ${pages.map(([path]) => path).join(" ") || "none"}; ${sheets.length} stylesheets inlined; CSP with ${inline.length} inline script hash(es); sw.js stamped with build ${id} and ${precached.length} files`);
