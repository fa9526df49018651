import type { Db } from './database.ts';

/**
 * The counts stats reports (articles, entities by type, events, facts by predicate), kept as rows.
 * Writers add to them as they insert and delete; flush() writes one update per count, inside the same
 * transaction, so a count is always that of the committed rows. A trigger per row had cost a third
 * of bulk ingest.
 */
export class Counts {
  private readonly pending = new Map<string, number>();
  private readonly bump;

  constructor(db: Db) {
    this.bump = db.prepare('INSERT INTO counts (name, n) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET n = n + excluded.n');
  }

  add(name: string, delta: number): void {
    this.pending.set(name, (this.pending.get(name) ?? 0) + delta);
  }

  flush(): void {
    for (const [name, delta] of this.pending) if (delta) this.bump.run(name, delta);
    this.pending.clear();
  }

  /** A transaction that failed rolled its rows back: its counts go too. */
  discard(): void {
    this.pending.clear();
  }
}
