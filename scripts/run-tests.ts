// `npm test`: node's test runner over test/*.test.ts (or the files given), with one throwaway Neo4j for
// the whole run when Java and Maven are here. Its URI reaches the suites that have a Neo4j run as
// SHABAKA_TEST_NEO4J_URI (test/helpers/neo4j-test.ts), not as NEO4J_URI, so the CLI and server tests
// that pass their environment on keep using the embedded store.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, unavailableReason, type LocalNeo4j } from './neo4j-local/launcher.ts';

const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync('test').filter((f) => f.endsWith('.test.ts')).sort().map((f) => join('test', f));
const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC' };
let server: LocalNeo4j | null = null;
let dataDir: string | null = null;

if (process.env.NEO4J_URI) {
  console.log(`# Neo4j: the suites use NEO4J_URI=${process.env.NEO4J_URI} (and empty it)`);
} else if (process.env.SHABAKA_TEST_NEO4J === 'off') {
  console.log('# Neo4j: off (SHABAKA_TEST_NEO4J=off); the Neo4j runs will say they skipped');
} else {
  const why = unavailableReason();
  if (why) console.log(`# Neo4j: ${why}; the Neo4j runs will say they skipped`);
  else {
    dataDir = mkdtempSync(join(tmpdir(), 'shabaka-test-neo4j-'));
    const password = 'shabaka-test-password';
    const started = Date.now();
    server = await startLocalNeo4j({ dir: dataDir, port: 0, password, heap: '1g', pagecache: '128m', stopWithParent: true, log: 'ignore' });
    console.log(`# Neo4j: throwaway server ${server.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (neo4j-local, data in ${dataDir})`);
    Object.assign(env, { SHABAKA_TEST_NEO4J_URI: server.uri, SHABAKA_TEST_NEO4J_USER: 'neo4j', SHABAKA_TEST_NEO4J_PASSWORD: password });
  }
}

const runner = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { env, stdio: 'inherit' });
const forward = (signal: NodeJS.Signals) => runner.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
const code = await new Promise<number>((resolve) => runner.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
if (server) {
  await server.stop();
  rmSync(dataDir!, { recursive: true, force: true });
  console.log('# Neo4j: stopped');
}
process.exit(code);
