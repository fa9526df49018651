// The Neo4j the suites with a Neo4j run use: the throwaway server `npm test` starts (scripts/run-tests.ts
// passes it as SHABAKA_TEST_NEO4J_*), or NEO4J_URI when set by hand. Such a database is emptied by the tests.
import { closeSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { readConfig, type Config } from '../../src/config.ts';

const env = process.env;
const uri = env.SHABAKA_TEST_NEO4J_URI || env.NEO4J_URI || '';

export const neo4jTestConfig: NonNullable<Config['neo4j']> | null = uri
  ? readConfig({ NEO4J_URI: uri, NEO4J_USER: env.SHABAKA_TEST_NEO4J_URI ? env.SHABAKA_TEST_NEO4J_USER : env.NEO4J_USER, NEO4J_PASSWORD: env.SHABAKA_TEST_NEO4J_URI ? env.SHABAKA_TEST_NEO4J_PASSWORD : env.NEO4J_PASSWORD, NEO4J_DATABASE: env.NEO4J_DATABASE, NEO4J_BATCH_SIZE: env.NEO4J_BATCH_SIZE }, false).neo4j
  : null;

/** What a suite prints when it has no Neo4j to run against. */
export const NEO4J_SKIPPED = `Neo4j skipped: no Neo4j for the tests (npm test starts one when java and mvn are on PATH; or set NEO4J_URI)`;

const lockFile = uri ? join(tmpdir(), `shabaka-neo4j-test-${uri.replace(/\W+/g, '_')}.lock`) : '';
let held = false;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Test files run in parallel processes but share one database (community edition has one): a suite
 * holds this lock from its first Neo4j test to its process's end, so no two suites empty it under
 * each other. A lock left by a dead process is taken over.
 */
export async function lockNeo4j(): Promise<void> {
  if (held || !lockFile) return;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      held = true;
      process.once('exit', () => {
        try {
          unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      });
      return;
    } catch {
      const owner = Number(readFileSafe(lockFile));
      if (owner && !alive(owner)) {
        try {
          unlinkSync(lockFile);
        } catch {
          /* another waiter took it over first */
        }
        continue;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Empties the test database (every node and relationship; the schema stays). */
export async function clearNeo4j(): Promise<void> {
  await withSession((s) => s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS'));
}

/** A raw driver session on the test database, for checks the store has no method for. */
export async function withSession<T>(work: (s: import('neo4j-driver').Session) => Promise<T>): Promise<T> {
  const c = neo4jTestConfig!;
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
  const session = driver.session({ database: c.database });
  try {
    return await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
}
