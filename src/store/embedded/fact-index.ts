import { PREDICATES, type Predicate } from '../../extract/types.ts';
import type { FactSource } from '../graph-store.ts';

/** One entity's fact sources, one flat array per predicate it has any of. */
type NodeFacts = Partial<Record<Predicate, FactSource[]>>;

/**
 * The fact graph's adjacency: every stored fact source under both of its ends, split by predicate.
 * A question about one entity reads only that entity's facts of the kinds it asks for, from flat
 * arrays, instead of walking a general-purpose multigraph's per-edge objects (which cost more memory
 * per fact than the fact itself and most of the ingest time). One small object per entity rather
 * than a composite string key per (entity, predicate): a lookup builds no string, and the index
 * holds no key strings of its own.
 */
export class FactIndex {
  private readonly nodes = new Map<string, NodeFacts>();

  add(f: FactSource): void {
    this.push(f.subject, f);
    this.push(f.object, f);
  }

  private push(node: string, f: FactSource): void {
    let facts = this.nodes.get(node);
    if (!facts) this.nodes.set(node, (facts = {}));
    const list = facts[f.predicate];
    if (list) list.push(f);
    else facts[f.predicate] = [f];
  }

  /** Drops every source one article gave; only the lists its facts touch are rewritten. */
  removeArticle(articleId: string, facts: readonly FactSource[]): void {
    const touched = new Map<string, Set<Predicate>>();
    for (const f of facts) {
      for (const node of [f.subject, f.object]) {
        const predicates = touched.get(node) ?? new Set<Predicate>();
        touched.set(node, predicates.add(f.predicate));
      }
    }
    for (const [node, predicates] of touched) {
      const own = this.nodes.get(node);
      if (!own) continue;
      for (const p of predicates) {
        const kept = own[p]?.filter((s) => s.articleId !== articleId);
        if (kept?.length) own[p] = kept;
        else delete own[p];
      }
      if (PREDICATES.every((p) => !own[p])) this.nodes.delete(node);
    }
  }

  /** The sources with `node` at either end, of the given predicates (all when none are given). */
  *of(node: string, predicates?: readonly Predicate[]): Generator<FactSource> {
    for (const list of this.listsOf(node, predicates)) yield* list;
  }

  /** The same sources as arrays, one per predicate: the hot path of one-hop questions loops over these. */
  listsOf(node: string, predicates?: readonly Predicate[]): readonly (readonly FactSource[])[] {
    const own = this.nodes.get(node);
    if (!own) return [];
    const out: FactSource[][] = [];
    for (const p of predicates?.length ? predicates : PREDICATES) {
      const list = own[p];
      if (list) out.push(list);
    }
    return out;
  }

  /** How many sources touch a node: the cheaper end to scan between two nodes. */
  degree(node: string): number {
    let n = 0;
    for (const list of this.listsOf(node)) n += list.length;
    return n;
  }

  /** Every source once (from its subject's list). */
  *all(): Generator<FactSource> {
    for (const [node, own] of this.nodes) {
      for (const p of PREDICATES) for (const f of own[p] ?? []) if (f.subject === node) yield f;
    }
  }
}
