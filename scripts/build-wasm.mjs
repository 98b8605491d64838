// Trunk `build` hook: compiles Lotse to wasm and splits it into modules that load on demand.
//
// Trunk 0.21 cannot split wasm (trunk-rs/trunk#1022), so Trunk keeps the HTML, the CSS and
// the copied files, and this hook does the Rust part:
//   1. cargo builds the wasm with `--cfg lotse_split` (the split points in src/pages/lazy.rs)
//      and `--emit-relocs` (the linker's relocations, which the splitter needs);
//   2. wasm-split-cli (crate wasm_split_cli_support) cuts it into the main module and one
//      module per lazy page, plus the modules that several pages share;
//   3. wasm-bindgen writes the JS glue for the main module; the glue's unused wasm-streams
//      classes go (3b), and the main module's imports get short names (3c);
//   4. wasm-opt -Oz shrinks every module, then once more after --flatten --rereloop (release only);
//   5. every file gets the build id in its name, so no browser cache ever mixes two builds.
// scripts/post-build.mjs then puts the loader into index.html and the file list into sw.js.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { homedir } from "node:os";
import { withoutExports, withShortImportNames } from "./wasm-sections.mjs";

const root = resolve(new URL("..", import.meta.url).pathname);
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("run as a Trunk hook: TRUNK_STAGING_DIR is not set");
const release = process.env.TRUNK_PROFILE === "release";
const run = (command, args, env = {}) =>
  execFileSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });

// The tools, at the versions that work (../shared/TOOLCHAIN.md), never just whatever is on
// PATH: Debian's wasm-opt 108 builds a wasm that loads blank, and a wasm-bindgen other than
// the one in Cargo.lock cannot read the module.
const npmTool = (tool) => join(root, "node_modules", ".bin", tool);
const WASM_OPT = npmTool("wasm-opt");
const ESBUILD = npmTool("esbuild");
const versionOf = (command) => execFileSync(command, ["--version"], { encoding: "utf8" }).trim();
if (!/^wasm-opt version 132\b/.test(versionOf(WASM_OPT))) throw new Error(`${WASM_OPT} is not binaryen 132: run scripts/setup.sh`);
const lockedBindgen = readFileSync(join(root, "Cargo.lock"), "utf8").match(/name = "wasm-bindgen"\nversion = "([^"]+)"/)?.[1];
if (versionOf("wasm-bindgen") !== `wasm-bindgen ${lockedBindgen}`) throw new Error(`wasm-bindgen is not ${lockedBindgen} (Cargo.lock): run scripts/setup.sh`);

/** npm's wasm-opt (binaryen compiled for node) was seen to crash once in a while; a crash
 * is retried, a real error still fails the build. */
function runWithRetry(command, args, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return run(command, args);
    } catch (error) {
      if (attempt >= attempts || !error.signal) throw error;
      console.warn(`[build-wasm] ${command} was killed by ${error.signal}; trying again (${attempt + 1}/${attempts})`);
    }
  }
}

/** The split build's flags; source paths in panic locations are shortened to the crate. */
function rustflags() {
  const flags = ["--cfg erase_components", "--cfg lotse_split", "-C link-args=--emit-relocs", `--remap-path-prefix=${root}=lotse`];
  const registry = join(process.env.CARGO_HOME ?? join(homedir(), ".cargo"), "registry", "src");
  for (const index of existsSync(registry) ? readdirSync(registry) : []) flags.push(`--remap-path-prefix=${join(registry, index)}=crates`);
  return flags.join(" ");
}

// 1. cargo. RUSTFLAGS replaces the rustflags of .cargo/config.toml, so erase_components is
// repeated here. The JSON messages name the build script's output dir, where build.rs left
// the texts of the languages that are fetched on first use.
const messages = execFileSync(
  "cargo",
  ["build", "--locked", "--message-format=json-render-diagnostics", "--target", "wasm32-unknown-unknown", "--bin", "lotse", ...(release ? ["--release"] : [])],
  {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, RUSTFLAGS: rustflags(), CARGO_TARGET_DIR: join(root, "target", "split") },
  },
)
  .toString()
  .split("\n")
  .filter((line) => line.startsWith("{"))
  .map((line) => JSON.parse(line));
const textsDir = messages.find((m) => m.reason === "build-script-executed" && /[/#]lotse[@#]/.test(m.package_id))?.out_dir;
if (!textsDir) throw new Error("cargo did not say where build.rs wrote the texts");
const texts = readdirSync(textsDir).filter((f) => /^texts-.*\.json$/.test(f));
if (texts.length === 0) throw new Error(`no texts-*.json in ${textsDir}`);
for (const file of texts) copyFileSync(join(textsDir, file), join(staging, file));
const built = join(root, "target", "split", "wasm32-unknown-unknown", release ? "release" : "debug", "lotse.wasm");
const id = createHash("sha256").update(readFileSync(built)).digest("hex").slice(0, 16);
const name = `lotse-${id}`;

// 2. split.
const work = join(root, "target", "split", "out");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run("wasm-split-cli", [built, work, "--target", "web", "--out-name", name]);

// 3. wasm-bindgen on the main module; it keeps the exports the other modules link against.
run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript", "--out-dir", work, "--out-name", name, join(work, `${name}.wasm`)]);
rmSync(join(work, `${name}.wasm`));

// 3b. Leptos always brings server_fn's browser support, whose wasm-streams crate exports three
// JS classes (IntoUnderlyingSource, -Sink, -ByteSource) for streaming server functions. Lotse
// has no server: the classes go from the glue and their functions from the main module's
// exports, so wasm-opt drops the code behind them (about 5 KB compressed).
{
  const wasmPath = join(work, `${name}_bg.wasm`);
  const unused = (exportName) => /^(__wbg_)?intounderlying/.test(exportName);
  writeFileSync(wasmPath, withoutExports(readFileSync(wasmPath), unused));
  const jsPath = join(work, `${name}.js`);
  const js = readFileSync(jsPath, "utf8")
    .replace(/^export class IntoUnderlying\w+ \{[\s\S]*?^\}\n/gm, "")
    .replace(/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype.*\n/gm, "")
    .replace(/^const IntoUnderlying\w+Finalization = [\s\S]*?;\n/gm, "");
  if (/intounderlying/i.test(js)) throw new Error("the wasm-streams classes are still in the glue: check the patterns above");
  writeFileSync(jsPath, js);
}

// 3c. The main module imports about 250 functions from the glue under wasm-bindgen's names
// (`__wbg_<name>_<hash>`), from a module named `./lotse-<id>_bg.js`: 15 KB of names, written
// twice, in the wasm and in the glue. They become `a`, `b`, … from a module `a`, in both
// (about 6 KB less to transfer). The lazy modules import only from `__wasm_split`.
{
  const wasmPath = join(work, `${name}_bg.wasm`);
  const jsPath = join(work, `${name}.js`);
  const module = `./${name}_bg.js`;
  const { bytes, names } = withShortImportNames(readFileSync(wasmPath), module, "a");
  let js = readFileSync(jsPath, "utf8");
  const moduleKey = JSON.stringify(module);
  if (js.split(moduleKey).length !== 2) throw new Error(`the glue does not name ${moduleKey} exactly once`);
  js = js.replace(moduleKey, '"a"');
  for (const [long, short] of names) {
    const key = new RegExp(`(?<![\\w$])${long}(?![\\w$])`, "g");
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`the glue names the import ${long} ${found} times, not once`);
    js = js.replace(key, short);
  }
  writeFileSync(wasmPath, bytes);
  writeFileSync(jsPath, js);
}

// 4. and 5. Every module goes to the staging dir under a name with the build id.
const link = `__wasm_split-${id}.js`;
let linkJs = readFileSync(join(work, "__wasm_split.js"), "utf8");
const modules = readdirSync(work).filter((f) => f.endsWith(".wasm"));
for (const file of modules) {
  const target = file === `${name}_bg.wasm` ? file : file.replace(/\.wasm$/, `-${id}.wasm`);
  if (release) {
    // LOTSE_NAMES=1 keeps the function names (wasm-opt -g), for a CPU profile that names the
    // Rust functions; never for a build that is shipped (the names are most of the size).
    const features = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];
    const names = process.env.LOTSE_NAMES ? ["-g"] : [];
    runWithRetry(WASM_OPT, [...names, "-Oz", "--strip-producers", "--strip-target-features", ...features, join(work, file), "-o", join(staging, target)]);
    // A second round on -Oz's output, with the control flow flattened and rebuilt
    // (--flatten --rereloop) before -Oz again, finds what the first left (about 1 KB of the
    // first load).
    runWithRetry(WASM_OPT, [...names, "--flatten", "--rereloop", "-Oz", ...features, join(staging, target), "-o", join(staging, target)]);
  } else {
    renameSync(join(work, file), join(staging, target));
  }
  if (target !== file) linkJs = linkJs.replaceAll(`"./${file}"`, `"./${target}"`);
}
// Only the file the glue imports is renamed; the wasm's import module keeps its name.
const glue = readFileSync(join(work, `${name}.js`), "utf8").replaceAll(/from\s*["']\.\/__wasm_split\.js["']/g, `from "./${link}"`);
// The JS is minified in the release (Trunk would do it for its own pipeline).
const writeJs = (file, js) => {
  writeFileSync(join(staging, file), js);
  if (release) run(ESBUILD, [join(staging, file), "--minify", "--format=esm", "--log-level=warning", "--allow-overwrite", `--outfile=${join(staging, file)}`]);
};
writeJs(link, linkJs);
writeJs(`${name}.js`, glue);
console.log(`[build-wasm] ${name}: main module, ${modules.length - 1} lazy module(s) and ${texts.length} texts file(s) in ${staging}`);
