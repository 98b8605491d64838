// Where the time goes when the case list opens with 500 cases: a CPU profile of one cold
// load, summed by function (self time). Run: node bench/profile-list.mjs [dist]
import { chromium } from "playwright-core";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { smallCases, lotseKey, lotseRecord } from "./fixtures.mjs";

const dist = process.argv[2] ?? new URL("../dist", import.meta.url).pathname;
const server = await serve(dist, { blank: true });
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "lotse-bench-profile-")), {
  executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
const page = context.pages()[0] ?? await context.newPage();
const entries = smallCases(500).map((c) => [lotseKey(c.id), lotseRecord(c)]);
await page.goto(server.url + "/__bench/blank");
await page.evaluate((entries) => { for (const [k, v] of entries) localStorage.setItem(k, v); localStorage.setItem("lotse:ui:encryption-offer", '"declined"'); }, entries);
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
const start = Date.now();
await page.goto(server.url + "/");
await page.waitForFunction(() => document.querySelectorAll(".lotse-case-card").length === 500, null, { timeout: 60_000 });
const wall = Date.now() - start;
const { profile } = await cdp.send("Profiler.stop");
const self = new Map();
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
for (const node of profile.nodes) {
  const name = node.callFrame.functionName || `(${node.callFrame.url.split("/").pop() || "program"})`;
  self.set(name, (self.get(name) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
}
console.log(`list of 500 shown after ${wall} ms (wall, incl. navigation)`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
await context.close();
await server.close();
