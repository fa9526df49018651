import type { Predicate } from '../../extract/types.ts';
import { cypher, FACT_TYPES, template } from './cypher-files.ts';
import { toNative, type TxLike } from './driver.ts';
import { int } from './rows.ts';
import type { TripleRow } from './resolution.ts';

/**
 * Distinct facts per type, kept on one (:FactCounts) node so stats() reads them instead of every fact
 * relationship (issue 14: on 10k articles the count took seconds). A write transaction takes the node's
 * lock first, so those that change facts move the counts one at a time. What it changes is read once,
 * by resolution: every relationship between the (subject, object) pairs the transaction touched, after
 * its deletes and writes. A fact key names its subject and object, so no key outside those pairs can
 * change; inside them the keys before the transaction are the kept relationships' stored keys and the
 * deleted ones', and the keys after it the resolved keys of all (docs/storage.md).
 */

/** Takes the counts' lock; false when no counts are kept yet (a store init() has not seen). */
export async function lockFactCounts(tx: TxLike): Promise<boolean> {
  const rec = (await tx.run(cypher('fact-counts-lock'))).records[0];
  return rec?.get('kept') === true;
}

/** The keys one write deleted, per type (what clearing its articles' facts returned). */
export type DeletedKeys = Map<Predicate, Set<string>>;

export function noteDeleted(deleted: DeletedKeys, rel: Predicate, keys: readonly string[]): void {
  let set = deleted.get(rel);
  if (!set) deleted.set(rel, (set = new Set()));
  for (const k of keys) set.add(k);
}

/**
 * The change of each type's distinct count: `rows` are the relationships between the touched pairs
 * after the write (resolution's read, each with the key it had and the key it resolves to); those of
 * the articles this transaction wrote are new, every other one was there before it.
 */
export function countChanges(rows: Map<Predicate, TripleRow[]>, written: ReadonlySet<string>, deleted: DeletedKeys): Map<Predicate, number> {
  const out = new Map<Predicate, number>();
  for (const rel of new Set([...rows.keys(), ...deleted.keys()])) {
    const before = new Set(deleted.get(rel));
    const after = new Set<string>();
    for (const r of rows.get(rel) ?? []) {
      if (!written.has(r.articleId)) before.add(r.key);
      after.add(r.resolvedKey);
    }
    if (after.size !== before.size) out.set(rel, after.size - before.size);
  }
  return out;
}

export async function addFactCounts(tx: TxLike, changes: Map<Predicate, number>): Promise<void> {
  for (const [rel, delta] of changes) await tx.run(template('fact-counts-add', { REL: rel }), { delta: int(delta) });
}

/** At init: counts every type once (the slow way) when none are kept, e.g. a database older writers filled. */
export async function keepFactCounts(tx: TxLike): Promise<void> {
  if (await lockFactCounts(tx)) return;
  const counts: Record<string, unknown> = {};
  for (const rel of FACT_TYPES) {
    const n = (toNative((await tx.run(template('facts-count', { REL: rel }))).records[0]?.get('n')) as number | undefined) ?? 0;
    counts[rel] = int(n);
  }
  await tx.run(cypher('fact-counts-set'), { counts });
}
