// Serves the release build in dist/ on 127.0.0.1 for the end-to-end tests: static files,
// and index.html for any other path (client-side routes), like `trunk serve` does.
import { createServer } from "node:http";
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

/** Starts the server on a free port; resolves to { url, close }. */
export async function serveDist(dist = new URL("../../dist/", import.meta.url).pathname) {
  const server = createServer(async (req, res) => {
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
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        // Chromium keeps connections alive; without this, close() would wait for them.
        server.closeAllConnections();
      }),
  };
}
