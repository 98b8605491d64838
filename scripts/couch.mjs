// A CouchDB-compatible server on 127.0.0.1 for the team tests and for trying Lotse as a team
// (scripts/team-server.mjs): PouchDB Server from npm, in memory, started here and stopped by
// its caller. Its HTTP API is CouchDB's; the tests set up
// users and databases through it as an agency's IT would, and read what it stores.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = new URL("../node_modules/.bin/pouchdb-server", import.meta.url).pathname;
export const ADMIN = { name: "admin", password: "admin-secret" };

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the server (on `port`, or a free one); resolves to { url, request, addUser,
 * addDatabase, documents, stop }.
 */
export async function startCouch({ port } = {}) {
  port ??= await freePort();
  const dir = mkdtempSync(join(tmpdir(), "lotse-couch-"));
  const child = spawn(BIN, ["--in-memory", "--host", "127.0.0.1", "--port", String(port)], { cwd: dir, stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error("PouchDB Server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const auth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString("base64")}`;
  await fetch(`${url}/_config/admins/${ADMIN.name}`, { method: "PUT", body: JSON.stringify(ADMIN.password) });

  /** A request as the admin; resolves to { status, body } (body parsed when JSON). */
  async function request(method, path, body) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: auth, "content-type": "application/json", accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: response.status, body: parsed };
  }

  return {
    url,
    request,
    async addUser(name, password) {
      const answer = await request("PUT", `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: "user" });
      if (answer.status >= 300) throw new Error(`user ${name}: ${JSON.stringify(answer.body)}`);
    },
    /** A team's database, open only to `members`. */
    async addDatabase(name, members) {
      await request("PUT", `/${name}`);
      const answer = await request("PUT", `/${name}/_security`, { admins: { names: [], roles: [] }, members: { names: members, roles: [] } });
      if (answer.status >= 300) throw new Error(`database ${name}: ${JSON.stringify(answer.body)}`);
    },
    /** Every document of a database as the server stores it, with all its leaf revisions. */
    async documents(database) {
      const all = await request("GET", `/${database}/_all_docs?include_docs=true&conflicts=true`);
      return all.body.rows.map((row) => row.doc);
    },
    async stop() {
      child.kill();
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
