import type { FactSource, GraphPath, NeighbourhoodQuery } from '../graph-store.ts';
import { MAX_HOPS } from '../graph-store.ts';
import { dateInRange, groupFacts } from '../fact-query.ts';
import type { MemoryGraph } from './memory-graph.ts';

const RING_SAMPLE = 200;
const MAX_SOURCES = 2000;

/** Walks the fact index (both directions) of the embedded graph for neighbourhoods and paths. */
export class Traversal {
  constructor(private readonly mem: MemoryGraph) {}

  /** Fact sources on the edges of one node that pass the filters, with the node at their other end. */
  private *around(node: string, q: Partial<NeighbourhoodQuery> = {}): Generator<{ other: string; source: FactSource }> {
    // A lazy iterator: a hub's ten thousand facts are not copied into an array to read a few hundred.
    for (const source of this.mem.factIndex.of(node, q.predicates)) {
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
        // Beyond the first ring a hub (a country with thousands of facts) is sampled, not walked whole:
        // the drawing keeps only the strongest few hundred facts anyway.
        let taken = 0;
        for (const { other, source } of this.around(node, q)) {
          if (d > 0 && ++taken > RING_SAMPLE) break;
          if (sources.size >= MAX_SOURCES) break;
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

  /**
   * Every shortest path (up to limit) by bidirectional breadth-first search: each step expands the
   * smaller frontier, so a path between two people through a hub country costs hundreds of edge
   * visits, not the hub's whole degree.
   */
  paths(from: string, to: string, maxHops: number, limit: number): GraphPath[] {
    const hops = Math.min(Math.max(1, maxHops), MAX_HOPS);
    if (from === to || !this.mem.graph.hasNode(from) || !this.mem.graph.hasNode(to)) return [];
    type Side = { parents: Map<string, Set<string>>; frontier: string[] };
    const sides: [Side, Side] = [
      { parents: new Map([[from, new Set<string>()]]), frontier: [from] },
      { parents: new Map([[to, new Set<string>()]]), frontier: [to] },
    ];
    let meet: string[] = [];
    for (let depth = 0; depth < hops && !meet.length; depth++) {
      const k = sides[0].frontier.length <= sides[1].frontier.length ? 0 : 1;
      const side = sides[k]!;
      const other = sides[1 - k]!;
      const level = new Map<string, Set<string>>();
      for (const node of side.frontier) {
        for (const { other: next } of this.around(node)) {
          if (side.parents.has(next)) continue;
          if (!level.has(next)) level.set(next, new Set());
          level.get(next)!.add(node);
        }
      }
      if (!level.size) return [];
      for (const [n, ps] of level) side.parents.set(n, ps);
      side.frontier = [...level.keys()];
      meet = side.frontier.filter((n) => other.parents.has(n));
    }
    const out: GraphPath[] = [];
    const toRoot = (parents: Map<string, Set<string>>, node: string, acc: string[], emit: (p: string[]) => void) => {
      if (out.length >= limit) return;
      const ps = parents.get(node)!;
      if (ps.size === 0) return emit([node, ...acc]);
      for (const p of ps) toRoot(parents, p, [node, ...acc], emit);
    };
    for (const m of meet) {
      toRoot(sides[0].parents, m, [], (head) => {
        toRoot(sides[1].parents, m, [], (tail) => {
          if (out.length >= limit) return;
          const nodes = [...head, ...tail.reverse().slice(1)];
          out.push({ nodes, edges: nodes.slice(1).map((n, i) => this.bestBetween(nodes[i]!, n)) });
        });
      });
    }
    return out;
  }

  /** The best supported fact between two adjacent nodes, read from the end with fewer facts. */
  private bestBetween(a: string, b: string) {
    const index = this.mem.factIndex;
    const [near, far] = index.degree(a) <= index.degree(b) ? [a, b] : [b, a];
    const sources = [...index.of(near)].filter((f) => f.subject === far || f.object === far);
    return groupFacts(sources, {}).sort((x, y) => y.sourceCount - x.sourceCount)[0]!;
  }
}
