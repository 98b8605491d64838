// What goes wrong between a device and its team's server, each made to happen against a real
// server (PouchDB Server behind the test server's /couchdb/, whose way to it can fail): the
// server down at the start, talking nonsense, failing, cut off while a batch is in flight; a
// session that ended and a password changed; a device offline for a week with 50 changes; a
// case deleted on one device and edited on the other; another team's document. Each time
// nothing is lost and nothing is doubled.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { waitUntilSaved, poll, storedRecord, storedValues } from "./helpers.mjs";
import { serveDist } from "./server.mjs";
import { startCouch } from "../../scripts/couch.mjs";
import { DE, WILL, teamHelpers, joined, refused, allSent, caseState, withTwoDevices } from "./team.mjs";

const DB = "team-faults";
let couch;
let app;
let go, createCase, joinTeam;

before(async () => {
  couch = await startCouch();
  await couch.addUser("anna", "anna-pw");
  await couch.addUser("ben", "ben-pw");
  await couch.addDatabase(DB, ["anna", "ben"]);
  app = await serveDist(undefined, { couch: couch.url });
  ({ go, createCase, joinTeam } = teamHelpers(app, DB));
});

after(async () => {
  await app?.close();
  await couch?.stop();
});

const down = (req) => {
  req.socket.destroy();
  return true;
};
const on = (part, answer) => (req, res) => req.url.includes(part) && (answer(req, res), true);
const nonsense = (req, res) => res.writeHead(200, { "content-type": "application/json" }).end("<html>Wartungsarbeiten</html>");
const failing = (req, res) => res.writeHead(500, { "content-type": "application/json" }).end('{"error":"internal_server_error","reason":"boom"}');

/** Passes the request on, lets the server store it, and cuts the connection before the answer. */
function cutAfterStoring(req, res, done) {
  const url = new URL(req.url.slice("/couchdb".length), couch.url);
  const forwarded = request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
    answer.resume();
    answer.on("end", () => {
      res.socket.destroy();
      done();
    });
  });
  req.pipe(forwarded);
}

async function problemSays(page, key) {
  await page.getByTestId("team-problem").filter({ hasText: DE[key].split(".")[0] }).waitFor({ timeout: 30_000 });
}

async function syncNow(page) {
  await go(page, "/daten/team");
  await page.getByRole("button", { name: DE["team-sync-now"] }).click();
}

async function setPassword(name, password) {
  const user = await couch.request("GET", `/_users/org.couchdb.user:${name}`);
  const answer = await couch.request("PUT", `/_users/org.couchdb.user:${name}`, { ...user.body, password });
  assert.ok(answer.status < 300, JSON.stringify(answer.body));
}

/** Runs in the page: stores `count` cases as the app writes them, each waiting to be sent. */
async function storeWeekOfChanges([count, fixture]) {
  const db = await new Promise((resolve, reject) => {
    const opening = indexedDB.open("lotse");
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction(["cases", "copies", "summaries", "outbox"], "readwrite");
    for (let i = 0; i < count; i++) {
      const record = JSON.parse(fixture);
      record.case.id = `woche-${String(i).padStart(2, "0")}`;
      record.case.alias = `Woche ${i}`;
      const body = JSON.stringify(record);
      const summary = JSON.stringify({ schema: 2, case: { id: record.case.id, alias: record.case.alias, first_contact: record.case.first_contact, updated_at: record.case.updated_at } });
      tx.objectStore("cases").put({ _id: record.case.id, _rev: "1-00000000000000a1", body }, record.case.id);
      tx.objectStore("copies").put(body, record.case.id);
      tx.objectStore("summaries").put({ order: -record.case.updated_at, body: summary }, record.case.id);
      tx.objectStore("outbox").put({ rev: "1-00000000000000a1" }, record.case.id);
    }
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

test("nothing is lost and nothing doubled when the server, the network or the other device get in the way", { timeout: 480_000 }, () =>
  withTwoDevices("team-faults", async (anna, ben) => {
    // Down at the start: the check says so, and nothing is kept.
    app.setFault(down);
    await joinTeam(anna.page, { name: "anna", password: "anna-pw" });
    await refused(anna.page, "team-join-unreachable");
    assert.deepEqual(await storedValues(anna.page, "sync"), []);
    app.setFault(null);
    await joinTeam(anna.page, { name: "anna", password: "anna-pw" });
    await joined(anna.page);
    await joinTeam(ben.page, { name: "ben", password: "ben-pw" });
    await joined(ben.page);

    // The server talks nonsense, then fails: the change waits on the device, and the team page
    // says why.
    app.setFault(on("_revs_diff", nonsense));
    const id = await createCase(anna.page, "Frau M.");
    await anna.page.getByLabel(WILL).fill("Ich will eine eigene Wohnung.");
    await waitUntilSaved(anna.page);
    await go(anna.page, "/daten/team");
    await problemSays(anna.page, "team-problem-garbage");
    assert.equal((await storedValues(anna.page, "outbox")).length, 1, "the change waits");
    app.setFault(on("_bulk_docs", failing));
    await syncNow(anna.page);
    await problemSays(anna.page, "team-problem-server-error");
    assert.equal((await storedValues(anna.page, "outbox")).length, 1, "the change still waits");

    // Cut while the batch is in flight: the server has it, the device never heard. Sent again,
    // it is recognised (`_revs_diff`) and not doubled.
    let cuts = 0;
    app.setFault((req, res) => {
      if (!req.url.includes("_bulk_docs") || cuts > 0) return false;
      cuts += 1;
      cutAfterStoring(req, res, () => {});
      return true;
    });
    await syncNow(anna.page);
    await poll(() => cuts, (n) => n === 1);
    assert.equal(cuts, 1, "the batch was cut once");
    // The next round sends it again, by itself.
    await allSent(anna.page);
    app.setFault(null);
    const afterCut = (await couch.documents(DB)).filter((doc) => doc._id !== "lotse-team");
    assert.equal(afterCut.length, 1, "one document on the server");
    const history = await couch.request("GET", `/${DB}/${afterCut[0]._id}?revs_info=true`);
    assert.equal(history.body._revs_info.length, 1, "one revision: the batch sent again was not stored twice");
    assert.equal(afterCut[0]._conflicts, undefined);
    await poll(() => storedRecord(ben.page, id), (r) => r?.includes("eigene Wohnung"), 30_000);
    assert.match(await storedRecord(ben.page, id), /eigene Wohnung/);

    // The session ended (the cookie is gone): the device logs in again with the kept password.
    await anna.context.clearCookies();
    await go(anna.page, `/fall/${id}/wille`);
    await anna.page.getByLabel(WILL).fill("Ich will eine eigene Wohnung im Viertel.");
    await waitUntilSaved(anna.page);
    await poll(() => storedRecord(ben.page, id), (r) => r?.includes("im Viertel"), 30_000);
    assert.match(await storedRecord(ben.page, id), /im Viertel/);

    // The password was changed on the server: the device says so, and keeps the change.
    await setPassword("anna", "neues-pw");
    await anna.context.clearCookies();
    await go(anna.page, `/fall/${id}/wille`);
    await anna.page.getByLabel(WILL).fill("Ich will eine eigene Wohnung im Viertel, mit Balkon.");
    await waitUntilSaved(anna.page);
    await go(anna.page, "/daten/team");
    await problemSays(anna.page, "team-problem-wrong-password");
    assert.equal((await storedValues(anna.page, "outbox")).length, 1, "the change waits");
    await setPassword("anna", "anna-pw");
    await syncNow(anna.page);
    await allSent(anna.page);
    await poll(() => storedRecord(ben.page, id), (r) => r?.includes("Balkon"), 30_000);
    assert.match(await storedRecord(ben.page, id), /Balkon/);

    // A week offline with 50 changes: all of them arrive once.
    const fixture = await storedRecord(anna.page, id);
    await ben.context.setOffline(true);
    await ben.page.evaluate(storeWeekOfChanges, [50, fixture]);
    await ben.context.setOffline(false);
    await go(ben.page, "/daten/team");
    await allSent(ben.page, 60_000);
    const arrived = await poll(async () => (await storedValues(anna.page, "cases")).filter(([key, doc]) => key.startsWith("woche-") && doc.body).length, (n) => n === 50, 60_000);
    assert.equal(arrived, 50, "the 50 changes are on the other device");
    const onServer = (await couch.documents(DB)).filter((doc) => doc._id !== "lotse-team");
    assert.equal(onServer.length, 51, "each once on the server");
    assert.ok(onServer.every((doc) => !doc._conflicts), "and none in conflict");

    // Deleted on one device, edited on the other, both offline: a conflict, and the case stays
    // until someone decides.
    await go(anna.page, `/fall/${id}/loeschen`);
    await ben.context.setOffline(true);
    await anna.context.setOffline(true);
    await anna.page.getByRole("button", { name: DE["delete-confirm"] }).click();
    await anna.page.getByRole("heading", { level: 1, name: "Ihre Fälle" }).waitFor();
    await go(ben.page, `/fall/${id}/wille`);
    await ben.page.getByLabel(WILL).fill("Ich will eine eigene Wohnung, Ben war zuletzt dran.");
    await waitUntilSaved(ben.page);
    await anna.context.setOffline(false);
    await go(anna.page, "/daten/team");
    await allSent(anna.page);
    await ben.context.setOffline(false);
    await allSent(ben.page);
    const notice = ben.page.getByTestId("sync-conflict");
    await go(ben.page, `/fall/${id}/wille`);
    await notice.getByText(DE["sync-conflict-deleted-there"]).waitFor({ timeout: 30_000 });
    await notice.getByRole("button", { name: DE["sync-conflict-keep-case"] }).click();
    await notice.waitFor({ state: "detached" });
    await allSent(ben.page);
    const back = await poll(() => storedRecord(anna.page, id), (r) => r?.includes("Ben war zuletzt dran"), 30_000);
    assert.match(back ?? "", /Ben war zuletzt dran/, "the case kept on one device is back on the other");
    assert.equal((await caseState(anna.page, id))?.others?.length ?? 0, 0);

    // A document another team's key sealed: reported, and left as it is.
    const foreign = { _id: "0123456789abcdef0123456789abcdef", lotse: 1, data: Buffer.from("fremdes Team, fremder Schlüssel, 12345678901234567890").toString("base64") };
    await couch.request("PUT", `/${DB}/${foreign._id}`, foreign);
    await syncNow(anna.page);
    await anna.page.getByTestId("team-unreadable").waitFor({ timeout: 30_000 });
    assert.match(await anna.page.getByTestId("team-unreadable").textContent(), /1/);
    const still = await couch.request("GET", `/${DB}/${foreign._id}`);
    assert.equal(still.body.data, foreign.data, "left untouched");
  }, { refusals: Infinity }));
