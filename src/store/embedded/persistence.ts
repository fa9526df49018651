import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleGraph } from '../graph-store.ts';

export type JournalOp = { op: 'put'; doc: ArticleGraph } | { op: 'retract'; id: string };

export class StoreLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(`DATA_DIR ${dir} is being written by another shabaka process (pid ${pid}); stop it or point DATA_DIR elsewhere`);
    this.name = 'StoreLockedError';
  }
}

/**
 * Durable state of the embedded store: a snapshot plus an append-only journal of whole-article
 * operations, one JSON line each, fsynced before the write returns. A kill -9 can only tear the
 * last line, which loading ignores, so every article is either fully in or fully out.
 */
export class Persistence {
  private journalFd: number | null = null;
  private lockPath: string;
  journalOps = 0;

  constructor(readonly dir: string) {
    this.lockPath = join(dir, 'writer.lock');
  }

  private get snapshotPath() {
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

  /** Snapshot articles, then the journal replayed over them; a torn or corrupt line is skipped and reported. */
  load(apply: (op: JournalOp) => void): { skipped: number } {
    let skipped = 0;
    if (existsSync(this.snapshotPath)) {
      const snap = JSON.parse(readFileSync(this.snapshotPath, 'utf8')) as { articles: ArticleGraph[] };
      for (const doc of snap.articles) apply({ op: 'put', doc });
    }
    if (existsSync(this.journalPath)) {
      const lines = readFileSync(this.journalPath, 'utf8').split('\n');
      for (const line of lines) {
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
    writeSync(fd, '{"format":"shabaka-embedded/1","articles":[');
    let first = true;
    for (const doc of articles) {
      writeSync(fd, (first ? '' : ',') + JSON.stringify(doc));
      first = false;
    }
    writeSync(fd, ']}');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, this.snapshotPath);
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
