import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleGraph } from '../graph-store.ts';
import type { ArticleWriter } from './article-writer.ts';
import { readLines } from './line-reader.ts';

/** The files of the embedded store before SQLite: a snapshot (first or second format) and a journal. */
const LEGACY_FILES = ['snapshot.json', 'snapshot.ndjson', 'journal.ndjson'] as const;
const SNAPSHOT_FORMAT = 'shabaka-embedded/2';

type JournalOp = { op: 'put'; doc: ArticleGraph } | { op: 'retract'; id: string };

export function hasLegacyStore(dir: string): boolean {
  return LEGACY_FILES.some((f) => existsSync(join(dir, f)));
}

/**
 * Converts a DATA_DIR written by the earlier embedded store: the snapshot's articles, then the
 * journal's operations over them (a torn last line, left by a crash, is skipped as that store did),
 * inside one transaction of the caller's. Puts are idempotent, so a crash after the commit and before
 * retireLegacyStore only means the same import again. A damaged snapshot is an error naming the file
 * and the line.
 */
export function importLegacyStore(dir: string, writer: ArticleWriter): { skipped: number } {
  let skipped = 0;
  const legacy = join(dir, 'snapshot.json');
  const snapshot = join(dir, 'snapshot.ndjson');
  const journal = join(dir, 'journal.ndjson');
  if (existsSync(snapshot)) {
    let lineNo = 0;
    for (const line of readLines(snapshot)) {
      lineNo++;
      if (!line) continue;
      try {
        const parsed = JSON.parse(line) as ArticleGraph & { format?: string };
        if (lineNo === 1 && parsed.format !== SNAPSHOT_FORMAT) throw new Error(`not a ${SNAPSHOT_FORMAT} snapshot`);
        if (lineNo > 1) writer.put(parsed);
      } catch (e) {
        throw new Error(`${snapshot} line ${lineNo}: ${(e as Error).message}; move the old files away and re-ingest the articles (shabaka ingest)`);
      }
    }
  } else if (existsSync(legacy)) {
    for (const doc of (JSON.parse(readFileSync(legacy, 'utf8')) as { articles: ArticleGraph[] }).articles) writer.put(doc);
  }
  if (existsSync(journal)) {
    for (const line of readLines(journal)) {
      if (!line.trim()) continue;
      let op: JournalOp;
      try {
        op = JSON.parse(line) as JournalOp;
      } catch {
        skipped++;
        continue;
      }
      if (op.op === 'put') writer.put(op.doc);
      else writer.retract(op.id);
    }
  }
  return { skipped };
}

/** Once the import is committed: the old files move to legacy/ beside the database, for the user to delete. */
export function retireLegacyStore(dir: string): void {
  mkdirSync(join(dir, 'legacy'), { recursive: true });
  for (const f of LEGACY_FILES) {
    try {
      renameSync(join(dir, f), join(dir, 'legacy', f));
    } catch (e) {
      // Not there, or another process opening the store at the same moment moved it first.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
}
