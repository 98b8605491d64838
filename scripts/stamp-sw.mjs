// Trunk post-build hook: gives sw.js the build id (a hash of index.html), so every build that
// changes anything is a new service worker and a new cache.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run as a Trunk hook: TRUNK_STAGING_DIR is not set");
const index = readFileSync(join(dir, "index.html"));
const id = createHash("sha256").update(index).digest("hex").slice(0, 16);
const sw = join(dir, "sw.js");
writeFileSync(sw, readFileSync(sw, "utf8").replace("__LOTSE_BUILD__", id));
console.log(`sw.js stamped with build ${id}`);
