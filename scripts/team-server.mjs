// Starts a CouchDB-compatible server for trying Lotse as a team on this machine: PouchDB
// Server on http://127.0.0.1:5984 (in memory: everything is gone when it stops), with the
// database `team-demo` for the members anna and ben (passwords anna-pw and ben-pw).
// `scripts/serve.sh` passes /couchdb/ on to it, so in Lotse's team page the server's address
// is http://127.0.0.1:8080/couchdb. Stop it with Ctrl+C.
import { startCouch, ADMIN } from "./couch.mjs";

const port = Number(process.env.COUCH_PORT ?? 5984);
const couch = await startCouch({ port });
await couch.addUser("anna", "anna-pw");
await couch.addUser("ben", "ben-pw");
await couch.addDatabase("team-demo", ["anna", "ben"]);
console.log(`PouchDB Server on ${couch.url} (admin ${ADMIN.name} / ${ADMIN.password})`);
console.log("database team-demo, members anna / anna-pw and ben / ben-pw");
const stop = async () => {
  await couch.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
