// A static server for the benchmark: serves a directory on 127.0.0.1 the way a production host
// would, with brotli (quality 11, compressed once at start and kept in memory), the right MIME
// types (application/wasm for streaming compilation), long caching for hashed file names,
// `no-cache` for the rest, and index.html for any path without an extension (client routes).
// Files are served as they are: Lotse's sw.js and its CSP meta tag included.
//
//   node bench/serve.mjs <dir> [port]     serves <dir> until Ctrl-C
//   import { serve } from "./serve.mjs"   serve(dir, { port, blank }) → { url, files, close }
//
// `blank: true` adds /__bench/blank, an empty page on the same origin that the benchmark uses to
// fill localStorage before it navigates to the app (so seeding is never part of a timed load).
import { createServer } from "node:http";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve, sep } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".map": "application/json",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};
// Types worth compressing; images and fonts are compressed already.
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".svg", ".json", ".webmanifest", ".map", ".txt", ".ico"]);
// A content hash in the name (Trunk: name-<16 hex>.ext; the peer's build does the same).
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

/** Brotli at quality 11, the size a first visit transfers. */
export function brotli(body) {
  return brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

function walk(dir, root = dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, root, out);
    else out.push("/" + relative(root, path).split(sep).join("/"));
  }
  return out;
}

/** Reads and compresses every file of `dir` once: path → { raw, br, type, cache }. */
export function loadFiles(dir) {
  const files = new Map();
  for (const path of walk(dir)) {
    const raw = readFileSync(join(dir, path));
    const ext = extname(path);
    files.set(path, {
      raw,
      br: COMPRESSIBLE.has(ext) ? brotli(raw) : null,
      type: TYPES[ext] ?? "application/octet-stream",
      cache: HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
    });
  }
  return files;
}

const BLANK = Buffer.from("<!doctype html><html lang=de><meta charset=utf-8><title>bench</title><link rel=icon href=\"data:,\"><p>bench</p>");

/** Serves `dir` on 127.0.0.1 (a free port unless given); resolves to { url, files, close }. */
export async function serve(dir, { port = 0, blank = false } = {}) {
  const root = resolve(dir);
  const files = loadFiles(root);
  if (!files.has("/index.html")) throw new Error(`no index.html in ${root}`);
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (blank && path === "/__bench/blank") {
      res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" }).end(req.method === "HEAD" ? undefined : BLANK);
      return;
    }
    let file = files.get(path);
    if (!file && path.endsWith("/")) file = files.get(path + "index.html");
    // A client-side route: no extension in the last segment.
    if (!file && !extname(path)) file = files.get("/index.html");
    if (!file) {
      res.writeHead(404, { "content-type": TYPES[".txt"], "cache-control": "no-cache" }).end("not found");
      return;
    }
    const useBr = file.br && /\bbr\b/.test(req.headers["accept-encoding"] ?? "");
    const body = useBr ? file.br : file.raw;
    const headers = {
      "content-type": file.type,
      "content-length": body.length,
      "cache-control": file.cache,
      "x-content-type-options": "nosniff",
    };
    if (file.br) headers.vary = "Accept-Encoding";
    if (useBr) headers["content-encoding"] = "br";
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", done);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    files,
    close: () =>
      new Promise((done) => {
        server.close(done);
        // Chromium keeps connections alive; without this, close() would wait for them.
        server.closeAllConnections();
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, port] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node bench/serve.mjs <dir> [port]");
    process.exit(2);
  }
  const { url } = await serve(dir, { port: Number(port ?? 8090) });
  console.log(`serving ${resolve(dir)} on ${url} (brotli)`);
}
