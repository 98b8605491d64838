// What the benchmark's scripts share: the browser and its flags, numeric options, the
// statistics, typing as the autosave figures are measured, and writing a report to stdout,
// bench/results/<name>.json and its own block of bench/README.md.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Debian's Chromium, or the one `CHROMIUM` names. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
/** Flags that work on these machines (only loopback exists). */
export const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=de-DE"];

/** The number after `name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

export const median = (v) => { const s = [...v].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };
export const p95 = (v) => { const s = [...v].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN; };

/** Types at the end of the first text field of the page in `tab`: 32 bursts of two keys, each
 * followed by a pause long enough for a save, then waits for the last save. */
export async function typeInBursts(tab) {
  await tab.locator("main textarea").first().click();
  await tab.keyboard.press("Control+End");
  for (let burst = 0; burst < 32; burst++) {
    await tab.keyboard.type("ab", { delay: 40 });
    await tab.waitForTimeout(450);
  }
  await tab.waitForTimeout(800);
}

/** Prints `lines`, keeps `figures` and the budgets in results/<name>.json, and puts the lines
 * in bench/README.md under `title` (replacing the block an earlier run wrote). */
export function writeReport({ name, title, lines, figures, budgets, errors }) {
  console.log(lines.join("\n"));
  mkdirSync(join(here, "results"), { recursive: true });
  writeFileSync(join(here, "results", `${name}.json`), JSON.stringify({ figures, budgets: budgets.map(([label, ok, value]) => ({ label, ok, value })), errors }, null, 1));
  const readme = join(here, "README.md");
  const [begin, end] = [`<!-- ${name} results: written by bench/${name}.mjs -->`, `<!-- end of ${name} results -->`];
  const text = readFileSync(readme, "utf8");
  const block = `${begin}\n\`\`\`\n${lines.join("\n")}\n\`\`\`\n${end}`;
  writeFileSync(readme, text.includes(begin) ? text.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), block) : `${text.trimEnd()}\n\n## ${title}\n\n${block}\n`);
}
