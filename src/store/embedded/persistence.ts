import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleGraph } from '../graph-store.ts';
import { readLines } from './line-reader.ts';

export type JournalOp = { op: 'put'; doc: ArticleGraph } | { op: 'retract'; id: string };

export class StoreLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(`DATA_DIR ${dir} is being written by another shabaka process (pid ${pid}); stop it or point DATA_DIR elsewhere`);
    this.name = 'StoreLockedError';
  }
}

const SNAPSHOT_FORMAT = 'shabaka-embedded/2';

/**
 * Durable state of the embedded store: a snapshot plus an append-only journal of whole-article
 * operations, one JSON line each, fsynced before the write returns. A kill -9 can only tear the
 * last line, which loading ignores, so every article is either fully in or fully out. The snapshot
 * is a header line and then one article per line, so neither writing nor reading it ever holds the
 * whole file in one string.
 */
export class Persistence {
  private journalFd: number | null = null;
  private lockPath: string;
  journalOps = 0;

  constructor(readonly dir: string) {
    this.lockPath = join(dir, 'writer.lock');
  }

  private get snapshotPath() {
    return join(this.dir, 'snapshot.ndjson');
  }

  /** The first format: one JSON document. Still read; the next compaction replaces it. */
  private get legacySnapshotPath() {
    return join(this.dir, 'snapshot.json');
  }

  private get journalPath() {
    return join(this.dir, 'journal.ndjson');
  }

  /** Takes the single-writer lock; a lock left by a dead process is taken over. */
  lock(): void {
    mkdirSync(this.dir, { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(this.lockPath, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const pid = Number(readFileSync(this.lockPath, 'utf8').trim());
        if (pid && pid !== process.pid && alive(pid)) throw new StoreLockedError(this.dir, pid);
        rmSync(this.lockPath, { force: true });
      }
    }
    throw new Error(`cannot take the lock ${this.lockPath}`);
  }

  unlock(): void {
    if (this.journalFd !== null) closeSync(this.journalFd);
    this.journalFd = null;
    try {
      if (existsSync(this.lockPath) && Number(readFileSync(this.lockPath, 'utf8')) === process.pid) rmSync(this.lockPath);
    } catch {
      // the lock is gone already
    }
  }

  /** Snapshot articles, then the journal replayed over them; a torn or corrupt journal line is skipped and reported. */
  load(apply: (op: JournalOp) => void): { skipped: number } {
    let skipped = 0;
    if (existsSync(this.snapshotPath)) this.loadSnapshot(apply);
    else if (existsSync(this.legacySnapshotPath)) {
      const snap = JSON.parse(readFileSync(this.legacySnapshotPath, 'utf8')) as { articles: ArticleGraph[] };
      for (const doc of snap.articles) apply({ op: 'put', doc });
    }
    if (existsSync(this.journalPath)) {
      for (const line of readLines(this.journalPath)) {
        if (!line.trim()) continue;
        let op: JournalOp;
        try {
          op = JSON.parse(line) as JournalOp;
        } catch {
          skipped++;
          continue;
        }
        apply(op);
        this.journalOps++;
      }
    }
    return { skipped };
  }

  /** A snapshot is written whole and renamed into place, so any fault in it is damage, not a torn write. */
  private loadSnapshot(apply: (op: JournalOp) => void): void {
    let lineNo = 0;
    for (const line of readLines(this.snapshotPath)) {
      lineNo++;
      if (lineNo === 1) {
        const header = JSON.parse(line) as { format?: string };
        if (header.format !== SNAPSHOT_FORMAT) throw new Error(`${this.snapshotPath}: not a ${SNAPSHOT_FORMAT} snapshot`);
        continue;
      }
      if (!line) continue;
      try {
        apply({ op: 'put', doc: JSON.parse(line) as ArticleGraph });
      } catch (e) {
        throw new Error(`${this.snapshotPath} line ${lineNo}: ${(e as Error).message}`);
      }
    }
  }

  append(op: JournalOp): void {
    this.journalFd ??= openSync(this.journalPath, 'a');
    // One write of one line: the line is the unit of atomicity.
    writeSync(this.journalFd, JSON.stringify(op) + '\n');
    fsyncSync(this.journalFd);
    this.journalOps++;
  }

  /** Writes a fresh snapshot (temp file, fsync, rename) and empties the journal. */
  compact(articles: Iterable<ArticleGraph>): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.snapshotPath}.tmp`;
    const fd = openSync(tmp, 'w');
    let chunk = JSON.stringify({ format: SNAPSHOT_FORMAT }) + '\n';
    for (const doc of articles) {
      chunk += JSON.stringify(doc) + '\n';
      // A few megabytes per write call: neither one call per article nor the whole store in one string.
      if (chunk.length > 4_000_000) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, this.snapshotPath);
    rmSync(this.legacySnapshotPath, { force: true });
    const dirFd = openSync(this.dir, 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
    if (this.journalFd !== null) closeSync(this.journalFd);
    this.journalFd = null;
    rmSync(this.journalPath, { force: true });
    this.journalOps = 0;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
