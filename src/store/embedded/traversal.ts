import type { FactSource, GraphPath, NeighbourhoodQuery } from '../graph-store.ts';
import { MAX_HOPS } from '../graph-store.ts';
import { dateInRange, groupFacts } from '../fact-query.ts';
import type { MemoryGraph } from './memory-graph.ts';

/** Walks fact edges (both directions) of the embedded graph for neighbourhoods and paths. */
export class Traversal {
  constructor(private readonly mem: MemoryGraph) {}

  /** Fact sources on the edges of one node that pass the filters, with the node at their other end. */
  private *around(node: string, q: Partial<NeighbourhoodQuery> = {}): Generator<{ other: string; source: FactSource }> {
    const g = this.mem.graph;
    if (!g.hasNode(node)) return;
    for (const key of g.edges(node)) {
      const source = g.getEdgeAttribute(key, 'source') as FactSource | undefined;
      if (!source) continue;
      if (q.predicates?.length && !q.predicates.includes(source.predicate)) continue;
      if (!dateInRange(source.date, q.from, q.to)) continue;
      yield { other: source.subject === node ? source.object : source.subject, source };
    }
  }

  neighbourhood(id: string, q: NeighbourhoodQuery): { ids: string[]; sources: FactSource[] } {
    const seen = new Set([id]);
    const sources = new Map<FactSource, true>();
    let frontier = [id];
    for (let d = 0; d < q.depth; d++) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const { other, source } of this.around(node, q)) {
          sources.set(source, true);
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return { ids: [...seen], sources: [...sources.keys()] };
  }

  /** Breadth-first search from both ends' point of view: every shortest path, up to limit. */
  paths(from: string, to: string, maxHops: number, limit: number): GraphPath[] {
    const hops = Math.min(Math.max(1, maxHops), MAX_HOPS);
    if (from === to || !this.mem.graph.hasNode(from) || !this.mem.graph.hasNode(to)) return [];
    const parents = new Map<string, Set<string>>([[from, new Set()]]);
    let frontier = [from];
    let found = false;
    for (let d = 0; d < hops && !found && frontier.length; d++) {
      const level = new Map<string, Set<string>>();
      for (const node of frontier) {
        for (const { other } of this.around(node)) {
          if (parents.has(other)) continue;
          if (!level.has(other)) level.set(other, new Set());
          level.get(other)!.add(node);
        }
      }
      for (const [n, ps] of level) parents.set(n, ps);
      found = level.has(to);
      frontier = [...level.keys()];
    }
    if (!found) return [];
    const out: GraphPath[] = [];
    const walk = (node: string, suffix: string[]) => {
      if (out.length >= limit) return;
      if (node === from) {
        const nodes = [from, ...suffix];
        out.push({ nodes, edges: nodes.slice(1).map((n, k) => this.bestBetween(nodes[k]!, n)) });
        return;
      }
      for (const p of parents.get(node) ?? []) walk(p, [node, ...suffix]);
    };
    walk(to, []);
    return out;
  }

  private bestBetween(a: string, b: string) {
    const sources = [...this.around(a)].filter((x) => x.other === b).map((x) => x.source);
    return groupFacts(sources, {}).sort((x, y) => y.sourceCount - x.sourceCount)[0]!;
  }
}
