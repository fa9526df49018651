import type { Predicate } from '../../extract/types.ts';
import { cypher, FACT_TYPES, template } from './cypher-files.ts';
import { toNative, type TxLike } from './driver.ts';
import { int } from './rows.ts';
import { touch, type Pair } from './resolution.ts';

/**
 * Distinct facts per type, kept on one (:FactCounts) node so stats() reads them instead of every fact
 * relationship (issue 14: on 10k articles the count took seconds). A write transaction takes the node's
 * lock first, counts the keys between the pairs it will touch, writes, counts again and adds the
 * difference: a fact key names its subject and object, so no key outside those pairs can change.
 */
export type Pairs = Map<Predicate, Map<string, Pair>>;

/** Takes the counts' lock; false when no counts are kept yet (a store init() has not seen). */
export async function lockFactCounts(tx: TxLike): Promise<boolean> {
  const rec = (await tx.run(cypher('fact-counts-lock'))).records[0];
  return rec?.get('kept') === true;
}

/** Adds the ends of the facts these articles wrote (what replacing or retracting them touches). */
export async function addStoredEnds(tx: TxLike, articleIds: string[], pairs: Pairs): Promise<void> {
  if (!articleIds.length) return;
  for (const rel of FACT_TYPES) {
    const res = await tx.run(template('fact-counts-ends', { REL: rel }), { articleIds });
    for (const r of res.records) touch(pairs, rel as Predicate, r.get('subject') as string, r.get('object') as string);
  }
}

export async function countKeys(tx: TxLike, pairs: Pairs): Promise<Map<Predicate, number>> {
  const out = new Map<Predicate, number>();
  for (const [rel, byKey] of pairs) {
    const res = await tx.run(template('fact-counts-pairs', { REL: rel }), { pairs: [...byKey.values()] });
    out.set(rel, (toNative(res.records[0]?.get('n')) as number | undefined) ?? 0);
  }
  return out;
}

export async function addFactCounts(tx: TxLike, before: Map<Predicate, number>, after: Map<Predicate, number>): Promise<void> {
  for (const [rel, n] of after) {
    const delta = n - (before.get(rel) ?? 0);
    if (delta) await tx.run(template('fact-counts-add', { REL: rel }), { delta: int(delta) });
  }
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
