// Trunk post-build hook, on the staged release:
// 1. the loader of the wasm that scripts/build-wasm.mjs built goes into index.html, with
//    preload hints so the glue and the main module are fetched in parallel;
// 2. a strict Content-Security-Policy goes into index.html: only this origin, wasm allowed
//    to compile, and the one inline script (the loader) allowed by its hash;
// 3. sw.js gets the build id (a hash of the final index.html) and the list of every file of
//    the build, so every build that changes anything is a new service worker with a new cache,
//    and the lazily loaded modules are there offline too.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run as a Trunk hook: TRUNK_STAGING_DIR is not set");
const sha = (text, algorithm = "sha256") => createHash(algorithm).update(text).digest("base64");

const indexPath = join(dir, "index.html");
let index = readFileSync(indexPath, "utf8");

const files = readdirSync(dir).sort();
const glue = files.find((f) => /^lotse-[0-9a-f]+\.js$/.test(f));
if (!glue) throw new Error("no lotse-<id>.js in the staging dir: scripts/build-wasm.mjs did not run");
const main = glue.replace(/\.js$/, "_bg.wasm");
// Trunk's own loader does the same, and sends the same event (the benchmark listens for it).
const loader =
  `<link rel="modulepreload" href="/${glue}">` +
  `<link rel="preload" href="/${main}" as="fetch" type="application/wasm" crossorigin>` +
  `<script type="module">import init from "/${glue}";` +
  `const wasm = await init({ module_or_path: "/${main}" });` +
  `dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));</script>`;
// The minified page may leave out the optional </head>; the body's start is then the place.
const place = index.includes("</head>") ? "</head>" : index.match(/<body[\s>]/i)?.[0];
if (!place) throw new Error("no place for the loader in index.html");
index = index.replace(place, `${loader}${place}`);
const inline = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${sha(m[1])}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.join(" ")}`.trim(),
  "style-src 'self'",
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
const sw = join(dir, "sw.js");
const precached = files.filter((f) => f !== "index.html" && f !== "sw.js").map((f) => `/${f}`);
writeFileSync(
  sw,
  readFileSync(sw, "utf8").replace("__LOTSE_BUILD__", id).replace('"__LOTSE_FILES__"', JSON.stringify(precached)),
);
console.log(`CSP with ${inline.length} inline script hash(es); sw.js stamped with build ${id} and ${precached.length} files`);
