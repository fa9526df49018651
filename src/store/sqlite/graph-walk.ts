import type { FactGroup, GraphPath, NeighbourhoodQuery } from '../graph-store.ts';
import { MAX_HOPS, MAX_SUBGRAPH_FACTS } from '../graph-store.ts';
import type { Db } from './database.ts';
import { FILTERS, filterParams, newestFirst, type FactReader } from './fact-reader.ts';
import type { FactRow } from './rows.ts';

/** Facts read around one node beyond the first ring: the drawing keeps only the strongest few hundred anyway. */
const RING_SAMPLE = 200;
const MAX_FACTS = 2000;

/** Neighbourhoods and shortest paths, walked over the facts table's subject and object indexes. */
export class GraphWalk {
  private readonly q;

  constructor(db: Db, private readonly reader: FactReader) {
    const select = 'SELECT rowid, predicate, subject, object, date, precision, status, sources, confidence FROM facts';
    const kinds = '(@predicates IS NULL OR predicate IN (SELECT value FROM json_each(@predicates)))';
    this.q = {
      around: db.prepare<object, FactRow>(`SELECT * FROM (${select} WHERE subject = @id AND ${kinds} AND ${FILTERS} LIMIT @n)
        UNION ALL SELECT * FROM (${select} WHERE object = @id AND ${kinds} AND ${FILTERS} LIMIT @n)`),
      neighbours: db.prepare<[string, string], string>('SELECT object FROM facts WHERE subject = ? UNION SELECT subject FROM facts WHERE object = ?').pluck(),
      between: db.prepare<[string, string, string, string], FactRow>(`${select} WHERE (subject = ? AND object = ?) OR (subject = ? AND object = ?)
        ORDER BY sources DESC, date DESC, predicate, subject, object LIMIT 1`),
      exists: db.prepare<[string], number>('SELECT 1 FROM entities WHERE id = ?').pluck(),
    };
  }

  /** The strongest facts within depth 1 or 2 of a node: every ring is read in index order, hubs beyond the first ring sampled. */
  neighbourhood(id: string, q: NeighbourhoodQuery): FactGroup[] {
    const params = { ...filterParams({ from: q.from, to: q.to }), predicates: q.predicates?.length ? JSON.stringify(q.predicates) : null };
    const seen = new Set([id]);
    const facts = new Map<number, FactRow>();
    let frontier = [id];
    for (let d = 0; d < q.depth && facts.size < MAX_FACTS; d++) {
      const next: string[] = [];
      for (const node of frontier) {
        const n = Math.min(d === 0 ? MAX_FACTS : RING_SAMPLE, MAX_FACTS - facts.size);
        if (n <= 0) break;
        for (const row of this.q.around.all({ ...params, id: node, n }).slice(0, n)) {
          facts.set(row.rowid, row);
          const other = row.subject === node ? row.object : row.subject;
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return [...facts.values()]
      .filter((r) => !q.statuses?.length || q.statuses.includes(r.status))
      .map(this.reader.fact)
      .sort(newestFirst)
      .sort((a, b) => b.sourceCount - a.sourceCount || b.confidence - a.confidence)
      .slice(0, Math.min(MAX_SUBGRAPH_FACTS, q.limit ?? MAX_SUBGRAPH_FACTS));
  }

  /**
   * Every shortest path (up to limit) by bidirectional breadth-first search: each step expands the
   * smaller frontier, so a path between two people through a hub country reads hundreds of index
   * entries, not the hub's whole degree twice.
   */
  paths(from: string, to: string, maxHops: number, limit: number): GraphPath[] {
    const hops = Math.min(Math.max(1, maxHops), MAX_HOPS);
    if (from === to || !this.q.exists.get(from) || !this.q.exists.get(to)) return [];
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
        for (const next of this.q.neighbours.all(node, node) as unknown as string[]) {
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
          out.push({ nodes, edges: nodes.slice(1).map((n, i) => this.reader.fact(this.q.between.get(nodes[i]!, n, n, nodes[i]!)!)) });
        });
      });
    }
    return out;
  }
}
