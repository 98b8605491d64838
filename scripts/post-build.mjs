// Trunk post-build hook, on the staged release:
// 1. the scripts that load the wasm scripts/build-wasm.mjs built go into index.html's body
//    (scripts/inline/, minified with this build's values);
// 2. the pre-rendered pages (assets/prerendered/, see scripts/prerender.mjs) go into the body
//    as templates; scripts/inline/show.js shows the right one on a first visit to its address,
//    the one case where it is exactly what the app will render;
// 3. the stylesheets go into index.html as one <style>;
// 4. a strict Content-Security-Policy goes into index.html: only this origin, wasm allowed
//    to compile, and the inline scripts and styles allowed by their hashes;
// 5. sw.js gets the build id (a hash of the final index.html), the build's stamp (for the kept
//    start page) and the list of every file of the build, so every build that changes anything
//    is a new service worker with a new cache, and the lazily loaded modules are there offline
//    too.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import { PRERENDERED } from "./prerender.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run as a Trunk hook: TRUNK_STAGING_DIR is not set");
const sha = (text, algorithm = "sha256") => createHash(algorithm).update(text).digest("base64");

/**
 * The script at `path`, minified by esbuild with `options` (its `define`s put in this build's
 * values); an esbuild warning or a value left undefined fails the build.
 */
function minify(path, options = {}) {
  const { code, warnings } = transformSync(readFileSync(path, "utf8"), { minify: true, sourcefile: path, logLevel: "warning", ...options });
  if (warnings.length) throw new Error(`esbuild warned about ${path}`);
  const undefinedValue = code.match(/\bLOTSE_[A-Z_]+\b/)?.[0];
  if (undefinedValue) throw new Error(`${path} uses ${undefinedValue}, which scripts/post-build.mjs does not define`);
  return code.trim();
}

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
// The build's stamp: a hash of the list of its files, whose names carry the hashes of their
// contents (what it is for: src/kept_start_page.rs).
const stamp = createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 12);
// The inline scripts (scripts/inline/, each says what it does) with this build's values.
const values = { LOTSE_GLUE: `/${glue}`, LOTSE_MAIN_WASM: `/${main}`, LOTSE_PRERENDERED_PATHS: pages.map(([path]) => path), LOTSE_BUILD_STAMP: stamp };
const define = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, JSON.stringify(value)]));
const inlineScript = (name, format) => minify(fileURLToPath(new URL(`inline/${name}`, import.meta.url)), { format, define });
const starter = `<script>${inlineScript("starter.js", "iife")}</script>`;
const loader = `<script type="module">${inlineScript("loader.js", "esm")}</script>`;
const templates = pages
  .map(([path, file]) => `<template class=lotse-prerender data-path="${path}"><div class=lotse-prerender>${readFileSync(file, "utf8").trim()}</div></template>`)
  .join("");
const show = `<script>${inlineScript("show.js", "iife")}</script>`;
// At the start of the body, before anything is painted, yet after the start page the service
// worker keeps (sw.js puts it right after <body>): in the head, the parser ran the scripts before
// it came to the kept page's cards, and often let the browser lay out and paint the empty page
// first (sw.js also keeps the browser from rendering the kept page before its last card).
// show.js comes after the templates it shows.
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
// The team's sync server, when an agency serves it from another origin: named exactly, never
// a wildcard (LOTSE_SYNC_ORIGIN=https://couch.example.org at build time).
function connectSources() {
  const origin = process.env.LOTSE_SYNC_ORIGIN?.trim();
  if (!origin) return "connect-src 'self'";
  const url = new URL(origin);
  if (!/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, "")) {
    throw new Error(`LOTSE_SYNC_ORIGIN must be an origin such as https://couch.example.org, not ${origin}`);
  }
  return `connect-src 'self' ${url.origin}`;
}
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.join(" ")}`.trim(),
  `style-src 'self' 'sha256-${sha(css)}'`,
  "img-src 'self' data:",
  connectSources(),
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
if (process.env.TRUNK_PROFILE === "release") writeFileSync(sw, `${minify(sw)}\n`);
console.log(`pre-rendered pages: ${pages.map(([path]) => path).join(" ") || "none"}; ${sheets.length} stylesheets inlined; CSP with ${inline.length} inline script hash(es); sw.js stamped with build ${id} and ${precached.length} files`);
