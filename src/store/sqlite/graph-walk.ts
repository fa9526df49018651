import type { FactGroup, GraphPath, NeighbourhoodQuery } from '../graph-store.ts';
import { MAX_HOPS, MAX_SUBGRAPH_FACTS } from '../graph-store.ts';
import type { Db } from './database.ts';
import { newestFirst, type FactReader } from './fact-reader.ts';
import { FilteredStatements, filterParams } from './fact-filters.ts';
import { F, FACT_COLUMNS, type FactRow } from './rows.ts';

/** Facts read around one node beyond the first ring: the drawing keeps only the strongest few hundred anyway. */
const RING_SAMPLE = 200;
const MAX_FACTS = 2000;

const SELECT = `SELECT ${FACT_COLUMNS} FROM facts`;

/** The walk's reads: rings off the covering subject and object indexes, neighbours, the edge between two nodes. */
export const WALK_READS = {
  outOf: (and: string) => `${SELECT} WHERE subject = @id${and} LIMIT @n`,
  into: (and: string) => `${SELECT} WHERE object = @id${and} LIMIT @n`,
  // UNION ALL: the caller's map of the level drops repeats; UNION sorted every hub's ends in a temporary B-tree.
  neighbours: 'SELECT object FROM facts WHERE subject = ? UNION ALL SELECT subject FROM facts WHERE object = ?',
  // Each way round read off the subject index, the other end compared in the index (`+object` keeps
  // the planner off the object index): with `OR` it read every fact of the object end, thousands
  // of table rows when that end is a hub country.
  between: `SELECT * FROM (${SELECT} WHERE subject = @a AND +object = @b
    UNION ALL ${SELECT} WHERE subject = @b AND +object = @a) ORDER BY sources DESC, date DESC, predicate, subject, object LIMIT 1`,
};

/** Neighbourhoods and shortest paths, walked over the facts table's subject and object indexes. */
export class GraphWalk {
  private readonly q;

  constructor(db: Db, private readonly reader: FactReader) {
    this.q = {
      outOf: new FilteredStatements<FactRow>(db, WALK_READS.outOf),
      into: new FilteredStatements<FactRow>(db, WALK_READS.into),
      neighbours: db.prepare<[string, string], string>(WALK_READS.neighbours).pluck(),
      between: db.prepare<{ a: string; b: string }, FactRow>(WALK_READS.between).raw(true),
      exists: db.prepare<[string], number>('SELECT 1 FROM entities WHERE id = ?').pluck(),
    };
  }

  /** The strongest facts within depth 1 or 2 of a node: every ring is read in index order, hubs beyond the first ring sampled. */
  neighbourhood(id: string, q: NeighbourhoodQuery): FactGroup[] {
    const params = { ...filterParams({ from: q.from, to: q.to }), predicates: q.predicates?.length ? JSON.stringify(q.predicates) : null, id, n: 0 };
    const seen = new Set([id]);
    const facts = new Map<number, FactRow>();
    let frontier = [id];
    for (let d = 0; d < q.depth && facts.size < MAX_FACTS; d++) {
      const next: string[] = [];
      for (const node of frontier) {
        const n = Math.min(d === 0 ? MAX_FACTS : RING_SAMPLE, MAX_FACTS - facts.size);
        if (n <= 0) break;
        params.id = node;
        params.n = n;
        // The facts out of the node first, those into it only if fewer than n: the same sample as
        // reading n of each and keeping the first n, at half the rows read around a hub.
        const rows = this.q.outOf.all(params);
        if (rows.length < n) {
          params.n = n - rows.length;
          for (const row of this.q.into.all(params)) rows.push(row);
        }
        for (const row of rows) {
          facts.set(row[F.rowid], row);
          const other = row[F.subject] === node ? row[F.object] : row[F.subject];
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return [...facts.values()]
      .filter((r) => !q.statuses?.length || q.statuses.includes(r[F.status]))
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
          out.push({ nodes, edges: nodes.slice(1).map((n, i) => this.reader.fact(this.q.between.get({ a: nodes[i]!, b: n })!)) });
        });
      });
    }
    return out;
  }
}
