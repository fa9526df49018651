// `npm run neo4j`: a local Neo4j 5 community server for a machine with Java but no Docker. Data under
// NEO4J_LOCAL_DIR (./neo4j-data), Bolt on 127.0.0.1:NEO4J_LOCAL_PORT (7687), the user and password
// the store reads (NEO4J_USER / NEO4J_PASSWORD, from .env or the environment); no password, no auth.
import { config as loadDotenv } from 'dotenv';
import { resolve } from 'node:path';
import { startLocalNeo4j, unavailableReason } from './launcher.ts';

loadDotenv({ quiet: true });
const env = process.env;
const why = unavailableReason();
if (why) {
  console.error(`npm run neo4j: ${why}. Install Java 17 and Maven (Debian: openjdk-17-jdk-headless maven), or use docker compose.`);
  process.exit(1);
}
const port = Number(env.NEO4J_LOCAL_PORT || 7687);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`npm run neo4j: NEO4J_LOCAL_PORT must be 0 (a free port) to 65535, got ${JSON.stringify(env.NEO4J_LOCAL_PORT)}`);
  process.exit(2);
}
const dir = resolve(env.NEO4J_LOCAL_DIR || './neo4j-data');
const user = env.NEO4J_USER || 'neo4j';
const password = env.NEO4J_PASSWORD ?? '';
const server = await startLocalNeo4j({ dir, port, user, password, heap: env.NEO4J_LOCAL_HEAP || '2g', pagecache: env.NEO4J_LOCAL_PAGECACHE || '512m' });
console.log(server.uri);
console.error(
  password
    ? `Neo4j is ready. In another shell: NEO4J_URI=${server.uri} npm run shabaka -- serve (user ${user} and NEO4J_PASSWORD from .env or the environment). Ctrl-C stops it.`
    : `Neo4j is ready WITHOUT authentication (NEO4J_PASSWORD is empty): any user and password are accepted. In another shell: NEO4J_URI=${server.uri} NEO4J_PASSWORD=any npm run shabaka -- serve. Ctrl-C stops it.`,
);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.stop().then(() => process.exit(0));
  });
}
server.process.once('exit', (code) => {
  if (!stopping) {
    console.error(`neo4j-local exited on its own (code ${code})`);
    process.exit(1);
  }
});
