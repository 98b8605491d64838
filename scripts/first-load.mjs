// Which files of a build a first visit loads, and how much they may weigh, for the size budget
// (scripts/size.mjs) and the benchmark (bench/run.mjs): index.html, what it references (icon,
// manifest, any stylesheet, and the JS and wasm its scripts name), what those scripts import
// statically (Lotse's glue imports the loader of its lazy modules; the lazy modules themselves
// are not loaded), and the service worker, which the app registers itself (src/updates.rs) and
// index.html does not name.

/**
 * The most a first visit may transfer, in KB (1000 bytes), brotli quality 11: half of what the
 * SurveyJS peer's first visit transfers (304 KB, bench/peer), which is under issue 6's 160 KB.
 */
export const FIRST_LOAD_BUDGET_KB = 152;

/**
 * The names (without the leading "/") of the files a first visit loads; `readScript(name)`
 * gives a script's text, or undefined when the build has no such file. Names that are not
 * files of the build (the links of the pre-rendered pages) are in the set too: callers keep
 * the ones they have.
 */
export function firstLoadFiles(html, readScript) {
  const names = new Set(["index.html"]);
  for (const m of html.matchAll(/(?:href|src)=["']?\/([^"' >]+)/g)) names.add(m[1]);
  for (const m of html.matchAll(/['"]\/([^'"]+\.(?:js|wasm))['"]/g)) names.add(m[1]);
  for (const name of names) {
    const js = name.endsWith(".js") ? readScript(name) : undefined;
    if (js === undefined) continue;
    for (const m of js.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,]+from\s*)?["']\.\/([^"']+)["']/g)) names.add(m[1]);
  }
  names.add("sw.js");
  return names;
}
