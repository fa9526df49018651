// The whole graph content of a Neo4j database in an order-free, type-keeping form, to compare two
// databases: the store's resolution bookkeeping (BOOKKEEPING), which exports leave out, is left out here.
import neo4j, { type Session } from 'neo4j-driver';
import { BOOKKEEPING } from '../../src/store/neo4j/cypher-files.ts';

type Value = string | number | boolean | null | Value[] | { int: number };

export interface Snapshot {
  nodes: { labels: string[]; props: Record<string, Value> }[];
  relationships: { type: string; from: string; to: string; props: Record<string, Value> }[];
}

/** Integers stay distinguishable from floats ({int: 12} against 12), and lists are compared as sets. */
function value(v: unknown): Value {
  if (neo4j.isInt(v)) return { int: (v as { toNumber(): number }).toNumber() };
  if (Array.isArray(v)) return v.map(value).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return v as Value;
}

function props(p: Record<string, unknown>): Record<string, Value> {
  return Object.fromEntries(Object.entries(p).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, value(v)]));
}

const order = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

const kept = { labels: BOOKKEEPING.labels as readonly string[], types: BOOKKEEPING.types as readonly string[] };

export async function snapshot(session: Session): Promise<Snapshot> {
  const nodes = (await session.run('MATCH (n) WHERE none(l IN labels(n) WHERE l IN $labels) RETURN labels(n) AS labels, properties(n) AS props', kept)).records
    .map((r) => ({ labels: (r.get('labels') as string[]).sort(), props: props(r.get('props')) }))
    .map((n) => (n.labels.includes('Article') ? { ...n, props: Object.fromEntries(Object.entries(n.props).filter(([k]) => !(BOOKKEEPING.articleProps as readonly string[]).includes(k))) } : n))
    .sort(order);
  const relationships = (await session.run('MATCH (s)-[r]->(o) WHERE NOT type(r) IN $types RETURN type(r) AS type, s.id AS from, o.id AS to, properties(r) AS props', kept)).records
    .map((r) => ({ type: r.get('type') as string, from: r.get('from') as string, to: r.get('to') as string, props: props(r.get('props')) })).sort(order);
  return { nodes, relationships };
}
