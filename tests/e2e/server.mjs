// Serves the release build in dist/ on 127.0.0.1 for the end-to-end tests: static files,
// and index.html for any other path (client-side routes), like `trunk serve` does.
import { createServer, request } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

/**
 * Starts the server on a free port; resolves to { url, close, setFault }. With `couch` (a
 * server's address), `/couchdb/…` is passed on to it, as an agency's reverse proxy does, so
 * the app and its sync server share one origin. `setFault(fault)` makes the way to it fail:
 * `fault(req, res, passOn)` answers a request itself (and returns true) or leaves it alone.
 */
export async function serveDist(dist = new URL("../../dist/", import.meta.url).pathname, { couch } = {}) {
  let fault = null;
  const server = createServer(async (req, res) => {
    if (couch && req.url.startsWith("/couchdb/")) {
      if (!fault?.(req, res, () => passOn(req, res, couch))) passOn(req, res, couch);
      return;
    }
    const path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    const file = normalize(join(dist, path));
    let body;
    let type;
    if (file.startsWith(dist) && extname(file)) {
      try {
        body = await readFile(file);
        type = TYPES[extname(file)] ?? "application/octet-stream";
      } catch {
        res.writeHead(404).end();
        return;
      }
    } else {
      body = await readFile(join(dist, "index.html"));
      type = TYPES[".html"];
    }
    res.writeHead(200, { "content-type": type, "cache-control": "no-cache" }).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    setFault: (next) => {
      fault = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        // Chromium keeps connections alive; without this, close() would wait for them.
        server.closeAllConnections();
      }),
  };
}

/** Passes a request on to `target` without `/couchdb`, and its answer back. */
function passOn(req, res, target) {
  const url = new URL(req.url.slice("/couchdb".length), target);
  const forwarded = request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  forwarded.on("error", () => {
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
    res.end("bad gateway");
  });
  req.pipe(forwarded);
}
