// Builds the peer into bench/peer/dist: one minified bundle (esbuild), SurveyJS's default theme
// CSS and the page's own CSS, all with content hashes in their names, and index.html naming them.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const here = dirname(new URL(import.meta.url).pathname);
const src = join(here, "src");
const dist = join(here, "dist");
const surveyCore = join(here, "..", "node_modules", "survey-core");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const hashed = (name, body) => {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  const file = name.replace(/(\.[a-z]+)$/, `-${hash}$1`);
  writeFileSync(join(dist, file), body);
  return file;
};

const result = await build({
  entryPoints: [join(src, "main.js")],
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2020",
  legalComments: "none",
  write: false,
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
});
const js = hashed("app.js", result.outputFiles[0].contents);
// The default theme without the Google Fonts @font-face rules (nothing may leave the device).
const surveyCssPath = join(surveyCore, "survey-core.fontless.min.css");
const surveyCss = hashed("survey-core.css", readFileSync(surveyCssPath));
const peerCss = hashed("peer.css", readFileSync(join(src, "peer.css")));
const html = readFileSync(join(src, "index.html"), "utf8")
  .replace("__APP_JS__", js)
  .replace("__SURVEY_CSS__", surveyCss)
  .replace("__PEER_CSS__", peerCss);
writeFileSync(join(dist, "index.html"), html);
const version = JSON.parse(readFileSync(join(surveyCore, "package.json"), "utf8")).version;
console.log(`peer built: ${js}, ${surveyCss}, ${peerCss} (SurveyJS ${version})`);
