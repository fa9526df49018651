// What a view holds: the neighbourhood searched for, those of the expanded nodes, the shortest paths
// asked for, and every relation among all the entities these bring (the store's neighbourhood stops
// at the outer ring, so two entities at its edge, Putin and Kim Jong Un around Lavrov at depth 2,
// would otherwise be drawn without their meetings). Answers are kept until the next search.
import { neighbourhood, paths, walks } from './api.js';

const cache = new Map();

function cached(key, load) {
  if (!cache.has(key)) cache.set(key, load().catch((err) => { cache.delete(key); throw err; }));
  return cache.get(key);
}

/** Forgets every answer, so a new search sees what was ingested since. */
export function forget() {
  cache.clear();
}

export async function loadView(v) {
  const f = { predicates: v.predicates, status: v.status, from: v.from, to: v.to };
  const fk = JSON.stringify(f);
  const nodes = new Map();
  const edges = new Map();
  const take = (graph) => {
    for (const n of graph.nodes) nodes.set(n.id, n);
    for (const e of graph.edges) edges.set(e.id, e);
  };
  const asked = [[v.id, v.depth], ...v.expanded.map((id) => [id, 1])];
  for (const graph of await Promise.all(asked.map(([id, d]) => cached(`n|${fk}|${id}|${d}`, () => neighbourhood(id, d, f))))) take(graph);
  const found = v.path ? await cached(`p|${v.path.join('|')}`, () => paths(v.path[0], v.path[1])) : [];
  for (const p of found) take({ nodes: p.nodes, edges: p.relations });

  // Every relation at each drawn entity, asked once per entity and filter set, kept where both ends are drawn.
  const key = (id) => `w|${fk}|${id}`;
  const missing = [...nodes.keys()].filter((id) => !cache.has(key(id)));
  if (missing.length) {
    const walked = walks(missing, f);
    for (const id of missing) cached(key(id), () => walked.then((m) => m.get(id)));
  }
  for (const id of nodes.keys()) {
    for (const e of await cache.get(key(id))) if (nodes.has(e.subject.id) && nodes.has(e.object.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], paths: found };
}
