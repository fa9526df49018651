import type { EntityRecord } from '../extract/lexicon/types.ts';
import type { ArticleGraph } from '../store/graph-store.ts';
import { searchKeys } from '../store/name-search.ts';
import { ENTITY_LABELS, FACT_TYPES, LINK_TYPES } from '../store/neo4j/cypher-files.ts';

export type PropValue = string | number | boolean | string[];

/** A node as the graph model stores it (Neo4j labels, properties without nulls). */
export interface DumpNode {
  id: string;
  labels: string[];
  props: Record<string, PropValue>;
}

export interface DumpEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, PropValue>;
}

/**
 * The whole graph in the shape the Neo4j store holds it, whichever store it came from: one fact
 * relationship per (fact, supporting article), so every export keeps each source's provenance and a
 * rebuilt Neo4j database is one shabaka can serve.
 */
export interface GraphDump {
  nodes: DumpNode[];
  edges: DumpEdge[];
}

export const NODE_LABELS = [...ENTITY_LABELS, 'Event', 'Article'] as const;
export const EDGE_TYPES = [...FACT_TYPES, ...LINK_TYPES] as const;

/**
 * Drops null, undefined and empty lists: Neo4j stores no nulls, and neo4j-admin reads an empty cell as
 * no property, so "no aliases" is written the one way every format can carry.
 */
function props(o: object): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v as PropValue;
  return out;
}

/** The search keys are part of the model: a Neo4j rebuilt from an export answers name searches as the store did. */
function entityProps(e: EntityRecord & { searchKeys?: string[] }, aliases: Set<string>): Record<string, PropValue> {
  const { state: _state, ...rest } = e;
  const list = [...aliases].filter((a) => a !== e.nameAr).sort();
  return props({ ...rest, aliases: list, searchKeys: e.searchKeys ?? searchKeys({ ...e, aliases: list }) });
}

/** Builds the graph from stored articles; an entity several articles mention is one node whose aliases are the union of theirs. */
export async function buildDump(docs: AsyncIterable<ArticleGraph>): Promise<GraphDump> {
  const entities = new Map<string, { record: EntityRecord; aliases: Set<string> }>();
  const nodes: DumpNode[] = [];
  const edges: Omit<DumpEdge, 'id'>[] = [];
  const located = new Map<string, string>();
  for await (const doc of docs) {
    const article = doc.article;
    nodes.push({ id: article.id, labels: ['Article'], props: props(article) });
    for (const e of doc.entities) {
      const seen = entities.get(e.id) ?? { record: e, aliases: new Set<string>() };
      for (const a of e.aliases) seen.aliases.add(a);
      entities.set(e.id, seen);
      edges.push({ type: 'MENTIONS', source: article.id, target: e.id, props: {} });
      if (e.type === 'Place' && e.countryCode) located.set(e.id, `country:${e.countryCode}`);
    }
    for (const ev of doc.events) {
      const { participants, place, ...rest } = ev;
      nodes.push({ id: ev.id, labels: ['Event'], props: props(rest) });
      for (const p of new Set(participants)) edges.push({ type: 'PARTICIPATED_IN', source: p, target: ev.id, props: {} });
      if (place) edges.push({ type: 'HELD_IN', source: ev.id, target: place, props: {} });
    }
    for (const f of doc.facts) {
      const { predicate, subject, object, ...rest } = f;
      edges.push({ type: predicate, source: subject, target: object, props: props(rest) });
    }
  }
  for (const { record, aliases } of entities.values()) nodes.push({ id: record.id, labels: ['Entity', record.type], props: entityProps(record, aliases) });
  const ids = new Set(nodes.map((n) => n.id));
  for (const [place, country] of located) {
    // A place's country may be named by no article: the store still holds it as a bare Country node.
    if (!ids.has(country)) nodes.push({ id: country, labels: ['Entity', 'Country'], props: { id: country } });
    ids.add(country);
    edges.push({ type: 'LOCATED_IN', source: place, target: country, props: {} });
  }
  // Relationships to entities the store dropped (a fact whose end no article mentions) are not in the graph either.
  const kept = unique(edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target));
  nodes.sort((a, b) => cmp(a.id, b.id));
  kept.sort((a, b) => cmp(a.type, b.type) || cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(String(a.props.key ?? ''), String(b.props.key ?? '')) || cmp(String(a.props.articleId ?? ''), String(b.props.articleId ?? '')));
  return { nodes, edges: kept.map((e) => ({ id: edgeId(e), ...e })) };
}

/**
 * A key that names the same relationship in every export of the same graph, whatever was ingested
 * first: a fact source is its fact key and the article that reports it; a structural link, which the
 * store merges once per pair, is its type and ends.
 */
export function edgeId(e: Omit<DumpEdge, 'id'>): string {
  return typeof e.props.key === 'string' ? `${e.props.key}@${e.props.articleId}` : `${e.type}|${e.source}|${e.target}`;
}

/** Structural relationships (MENTIONS, PARTICIPATED_IN, ...) are merged in the store: once per pair. */
function unique(edges: Omit<DumpEdge, 'id'>[]): Omit<DumpEdge, 'id'>[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const k = `${e.type}|${e.source}|${e.target}|${e.props.key ?? ''}|${e.props.articleId ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The label a node is filed under (Person for :Entity:Person): one CSV file, one script statement per label. */
export function primaryLabel(n: DumpNode): string {
  return n.labels[n.labels.length - 1]!;
}

export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
