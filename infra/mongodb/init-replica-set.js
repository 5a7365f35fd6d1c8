// Sanctuary Exchange — initiate the single-member replica set "rs0" if needed, and report health.
//
// Used by the docker-compose "mongo" healthcheck:
//   mongosh --quiet --norc /infra/mongodb/init-replica-set.js
// It is run every few seconds, so it must be idempotent:
//   - replica set already initiated  -> exit 0 once this member is PRIMARY, else exit 1 (still electing)
//   - not initiated yet              -> rs.initiate(...) and exit 1; the next run reports healthy
//                                       once the election (a second or two) is over
//   - anything else (server down)    -> exit 1
// The one-line equivalent, for a shell by hand:
//   mongosh --quiet --eval "try { rs.status().ok } catch (e) { rs.initiate({_id:'rs0',members:[{_id:0,host:'mongo:27017'}]}).ok }"
//
// Why a replica set for one node: the services' outbox relay and Spring Data's optimistic locking
// work on a standalone mongod, but a replica set gives the oplog (needed for point-in-time backups
// with mongodump --oplog) and matches production, where it is three members.
//
// RS_MEMBER_HOST (default mongo:27017) is the address the member advertises. Clients use it after
// discovery, so it must resolve for them: inside the compose network "mongo" does. From the host,
// connect with directConnection=true (see infra/mongodb/README.md).
//
// Production: do not use this script. Create a three-member set with keyFile/x509 authentication,
// e.g. rs.initiate({_id:'rs0', members:[{_id:0,host:'mongo-a:27017'},{_id:1,host:'mongo-b:27017'},
// {_id:2,host:'mongo-c:27017'}]}) — or use a managed service.

const memberHost = (typeof process !== 'undefined' && process.env.RS_MEMBER_HOST) || 'mongo:27017';

let healthy = false;
try {
  const status = rs.status();
  healthy = status.ok === 1 && status.members.some((m) => m.self && m.stateStr === 'PRIMARY');
} catch (e) {
  // NotYetInitialized (code 94) — or an older server's "no replset config has been received".
  if (e.code === 94 || e.codeName === 'NotYetInitialized' || /no replset config/i.test(String(e.message))) {
    const res = rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: memberHost }] });
    print(`rs.initiate -> ok=${res.ok}`);
  } else {
    print(`rs.status failed: ${e.message}`);
  }
}
quit(healthy ? 0 : 1);
