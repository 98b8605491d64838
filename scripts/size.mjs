// Prints what a first visit transfers (brotli, quality 11) for the release build in dist/,
// and fails when the total is over the budget: `node scripts/size.mjs [--budget KB]`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
const budgetIndex = process.argv.indexOf("--budget");
const budgetKb = budgetIndex > 0 ? Number(process.argv[budgetIndex + 1]) : null;

const shipped = readdirSync(dist)
  .filter((name) => /\.(wasm|js|css|html|svg|webmanifest)$/.test(name))
  .filter((name) => statSync(join(dist, name)).isFile())
  .sort();
if (!shipped.some((name) => name.endsWith(".wasm"))) {
  console.error("no .wasm in dist/: build the release first (trunk build --release)");
  process.exit(1);
}

const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(8);
let total = 0;
console.log(`${"file".padEnd(44)}${"raw KB".padStart(8)}${"br KB".padStart(8)}`);
for (const name of shipped) {
  const raw = readFileSync(join(dist, name));
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length;
  total += br;
  console.log(`${name.padEnd(44)}${kb(raw.length)}${kb(br)}`);
}
console.log(`${"total (brotli)".padEnd(52)}${kb(total)}`);
if (budgetKb !== null) {
  const ok = total <= budgetKb * 1000;
  console.log(`budget ${budgetKb} KB: ${ok ? "within" : "OVER"} (${(total / 1000).toFixed(1)} KB)`);
  if (!ok) process.exit(1);
}
