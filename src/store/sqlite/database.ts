import Database from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

/** The schema a new database starts with; sql/ sits at the project root, three levels above this file in src/ and dist/. */
const SCHEMA = new URL('../../../sql/schema.sql', import.meta.url);
export const SCHEMA_VERSION = 3;
export const DB_FILE = 'shabaka.db';

/** The subject and object indexes of facts as sql/schema.sql creates them (version 3). */
const FACT_END_INDEXES = `
    CREATE INDEX facts_by_subject ON facts (subject, predicate, date DESC, object, precision, status, sources, independent, confidence);
    CREATE INDEX facts_by_object ON facts (object, predicate, date DESC, subject, precision, status, sources, independent, confidence);`;

/**
 * Changes from one schema version to the next, applied in one transaction on open: MIGRATIONS[n] takes
 * a database at version n to n + 1. Version 0 is an empty file, which gets the current schema at once.
 */
const MIGRATIONS: ((db: Db) => void)[] = [
  (db) => db.exec(readFileSync(SCHEMA, 'utf8')),
  // Version 2, resolution (issue 17): every stored report keeps its own date, each article is its own
  // story and each event report its own event until the article is next written (or `shabaka reindex`).
  (db) => db.exec(`
    ALTER TABLE articles ADD COLUMN dup_group TEXT;
    ALTER TABLE articles ADD COLUMN minhash BLOB;
    UPDATE articles SET dup_group = id;
    CREATE TABLE article_bands (band INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID;
    ALTER TABLE events ADD COLUMN event TEXT;
    UPDATE events SET event = id;
    CREATE INDEX events_by_event ON events (event);
    CREATE INDEX event_participants_by_entity ON event_participants (entity);
    ALTER TABLE facts ADD COLUMN independent INTEGER NOT NULL DEFAULT 1;
    UPDATE facts SET independent = sources;
    CREATE INDEX facts_by_triple ON facts (subject, object, predicate);
    ALTER TABLE fact_sources ADD COLUMN date TEXT NOT NULL DEFAULT '';
    ALTER TABLE fact_sources ADD COLUMN precision TEXT;
    UPDATE fact_sources SET (date, precision) = (SELECT f.date, f.precision FROM facts f WHERE f.rowid = fact_sources.fact);`),
  // Version 3: the subject and object indexes cover every column a fact read returns, so a page of
  // facts is read from one index range, not one table row per fact (a random page each on a store
  // larger than the page cache). Rebuilding them takes about 20 s at 2M facts, once.
  (db) => db.exec(`
    DROP INDEX facts_by_subject;
    DROP INDEX facts_by_object;
    ${FACT_END_INDEXES}`),
];

/** How long a writer waits for another process's write transaction before it gives up with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 30_000;

export class StoreOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

/**
 * Opens (creating if need be) the store's database: DATA_DIR/shabaka.db, or an in-memory database when
 * dataDir is null. WAL lets any number of processes read while one writes; synchronous=FULL makes a
 * commit durable before it returns (an acknowledged write survives power loss, not only a crash).
 */
export function openDatabase(dataDir: string | null, onFirstOpen?: (db: Db) => void): Db {
  let db: Db;
  const path = dataDir ? join(dataDir, DB_FILE) : ':memory:';
  try {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
  } catch (e) {
    throw new StoreOpenError(`cannot open the store ${path}: ${(e as Error).message}${dataDir ? ` (is DATA_DIR ${dataDir} writable?)` : ''}`);
  }
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Bigger page cache than the 2 MB default: hub questions and bulk ingest touch many index pages.
  db.pragma('cache_size = -32000');
  migrate(db, path, onFirstOpen);
  return db;
}

function migrate(db: Db, path: string, onFirstOpen?: (db: Db) => void): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const found = version();
  if (found > SCHEMA_VERSION) {
    db.close();
    throw new StoreOpenError(`${path} has schema version ${found}, newer than this shabaka (${SCHEMA_VERSION}): upgrade shabaka`);
  }
  if (found === SCHEMA_VERSION) return;
  // IMMEDIATE: two processes opening a new DATA_DIR at once migrate it once; the second finds it done.
  db.transaction(() => {
    const from = version();
    // A new file gets the current schema (sql/schema.sql) whole; an older one each change in turn.
    if (from === 0) MIGRATIONS[0]!(db);
    else for (let v = from; v < SCHEMA_VERSION; v++) MIGRATIONS[v]!(db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    if (from === 0) onFirstOpen?.(db);
  }).immediate();
}
