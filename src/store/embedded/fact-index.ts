import { PREDICATES, type Predicate } from '../../extract/types.ts';
import type { FactSource } from '../graph-store.ts';

/**
 * The fact graph's adjacency: every stored fact source under both of its ends, split by predicate.
 * A question about one entity reads only that entity's facts of the kinds it asks for, from flat
 * arrays, instead of walking a general-purpose multigraph's per-edge objects (which cost more memory
 * per fact than the fact itself and most of the ingest time).
 */
export class FactIndex {
  private readonly lists = new Map<string, FactSource[]>();

  private static key(node: string, predicate: Predicate): string {
    return `${predicate}\u0000${node}`;
  }

  add(f: FactSource): void {
    this.push(FactIndex.key(f.subject, f.predicate), f);
    this.push(FactIndex.key(f.object, f.predicate), f);
  }

  private push(k: string, f: FactSource): void {
    const list = this.lists.get(k);
    if (list) list.push(f);
    else this.lists.set(k, [f]);
  }

  /** Drops every source one article gave; only the lists its facts touch are rewritten. */
  removeArticle(articleId: string, facts: readonly FactSource[]): void {
    const touched = new Set<string>();
    for (const f of facts) {
      touched.add(FactIndex.key(f.subject, f.predicate));
      touched.add(FactIndex.key(f.object, f.predicate));
    }
    for (const k of touched) {
      const list = this.lists.get(k);
      if (!list) continue;
      const kept = list.filter((s) => s.articleId !== articleId);
      if (kept.length) this.lists.set(k, kept);
      else this.lists.delete(k);
    }
  }

  /** The sources with `node` at either end, of the given predicates (all when none are given). */
  *of(node: string, predicates?: readonly Predicate[]): Generator<FactSource> {
    for (const list of this.listsOf(node, predicates)) yield* list;
  }

  /** The same sources as arrays, one per predicate: the hot path of one-hop questions loops over these. */
  listsOf(node: string, predicates?: readonly Predicate[]): readonly (readonly FactSource[])[] {
    const out: FactSource[][] = [];
    for (const p of predicates?.length ? predicates : PREDICATES) {
      const list = this.lists.get(FactIndex.key(node, p));
      if (list) out.push(list);
    }
    return out;
  }

  /** How many sources touch a node: the cheaper end to scan between two nodes. */
  degree(node: string): number {
    let n = 0;
    for (const p of PREDICATES) n += this.lists.get(FactIndex.key(node, p))?.length ?? 0;
    return n;
  }

  /** Every source once (from its subject's list). */
  *all(): Generator<FactSource> {
    for (const [k, list] of this.lists) {
      const node = k.slice(k.indexOf('\u0000') + 1);
      for (const f of list) if (f.subject === node) yield f;
    }
  }
}
