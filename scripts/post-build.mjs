// Trunk post-build hook, on the staged release:
// 1. a strict Content-Security-Policy goes into index.html: only this origin, wasm allowed
//    to compile, and the one inline script (Trunk's loader) allowed by its hash;
// 2. sw.js gets the build id (a hash of the final index.html), so every build that changes
//    anything is a new service worker with a new cache.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run as a Trunk hook: TRUNK_STAGING_DIR is not set");
const sha = (text, algorithm = "sha256") => createHash(algorithm).update(text).digest("base64");

const indexPath = join(dir, "index.html");
let index = readFileSync(indexPath, "utf8");
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
writeFileSync(sw, readFileSync(sw, "utf8").replace("__LOTSE_BUILD__", id));
console.log(`CSP with ${inline.length} inline script hash(es); sw.js stamped with build ${id}`);
