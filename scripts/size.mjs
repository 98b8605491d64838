// Prints what a first visit transfers (brotli, quality 11) for the release build in dist/,
// and fails when that total is over the budget (scripts/first-load.mjs; `--budget KB` tries
// another): `node scripts/size.mjs [--budget KB]`.
//
// The first load is index.html, what it references (CSS, the JS glue, the main wasm module,
// icon, manifest), what that JS imports statically, and the service worker. The modules of
// the pages that load on first use are listed apart: the service worker fetches them in the
// background after the first visit, for offline use, but nothing waits for them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { FIRST_LOAD_BUDGET_KB, firstLoadFiles } from "./first-load.mjs";

const dist = process.env.LOTSE_DIST ? `${process.env.LOTSE_DIST.replace(/\/$/, "")}/` : new URL("../dist/", import.meta.url).pathname;
const budgetIndex = process.argv.indexOf("--budget");
const budgetKb = budgetIndex > 0 ? Number(process.argv[budgetIndex + 1]) : FIRST_LOAD_BUDGET_KB;
if (!(budgetKb > 0)) throw new Error("--budget takes a number of KB");

const all = readdirSync(dist)
  .filter((name) => statSync(join(dist, name)).isFile())
  .sort();
if (!all.some((name) => name.endsWith(".wasm"))) {
  console.error("no .wasm in dist/: build the release first (trunk build --release)");
  process.exit(1);
}

const firstLoad = firstLoadFiles(readFileSync(join(dist, "index.html"), "utf8"), (name) =>
  all.includes(name) ? readFileSync(join(dist, name), "utf8") : undefined,
);

const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(8);
const brotli = (raw) =>
  brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length;

function table(title, names) {
  let total = 0;
  console.log(`${title.padEnd(52)}${"raw KB".padStart(8)}${"br KB".padStart(8)}`);
  for (const name of names) {
    const raw = readFileSync(join(dist, name));
    const br = brotli(raw);
    total += br;
    console.log(`  ${name.padEnd(50)}${kb(raw.length)}${kb(br)}`);
  }
  return total;
}

const first = table("first load", all.filter((name) => firstLoad.has(name)));
console.log(`${"first load total (brotli)".padEnd(60)}${kb(first)}\n`);
const later = all.filter((name) => !firstLoad.has(name));
if (later.length) {
  const rest = table("loaded on first use (precached by the service worker)", later);
  console.log(`${"on-demand total (brotli)".padEnd(60)}${kb(rest)}`);
}
const ok = first <= budgetKb * 1000;
console.log(`budget ${budgetKb} KB for the first load: ${ok ? "within" : "OVER"} (${(first / 1000).toFixed(1)} KB)`);
if (!ok) process.exit(1);
