import type { EntityRecord } from '../extract/lexicon/types.ts';
import type { ArticleGraph, EventRecord, FactSource } from '../store/graph-store.ts';
import { factKey } from '../store/article-graph.ts';
import { searchKeys } from '../store/name-search.ts';
import { cameoOf } from '../store/resolve/cameo.ts';
import { mergeReports, reportRow } from '../store/resolve/events.ts';
import { precisionOf, resolveDates } from '../store/resolve/fact-dates.ts';
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
 * The whole graph in the shape the Neo4j store holds it, whichever store it came from: the resolved
 * graph. One fact relationship per (resolved fact, supporting article), dated and keyed as the
 * resolved fact with the date its article gave as reportedDate, so every export keeps each source's
 * provenance; one Event node per resolved event, and one EventReport node per article's report of it
 * (what a rebuilt store re-resolves from when an article is retracted; analystView leaves them out).
 * The near-duplicate index (BOOKKEEPING in src/store/neo4j/cypher-files.ts) is not part of it.
 */
export interface GraphDump {
  nodes: DumpNode[];
  edges: DumpEdge[];
}

export const NODE_LABELS = [...ENTITY_LABELS, 'Event', 'Article', 'EventReport'] as const;
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
  const reports = new Map<string, EventRecord[]>();
  const sources: { fact: FactSource; story: string; outlet: string | null }[] = [];
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
      const group = ev.event ?? ev.id;
      reports.set(group, [...(reports.get(group) ?? []), ev]);
    }
    for (const f of doc.facts) sources.push({ fact: f, story: article.duplicateGroup ?? article.id, outlet: article.source ?? null });
  }
  for (const [id, members] of reports) {
    for (const r of members) nodes.push({ id: r.id, labels: ['EventReport'], props: props(reportRow(r, id)) as Record<string, PropValue> });
    const { participants, place, event: _e, ...rest } = mergeReports(id, members);
    nodes.push({ id, labels: ['Event'], props: props(rest) });
    for (const p of new Set(participants)) edges.push({ type: 'PARTICIPATED_IN', source: p, target: id, props: {} });
    if (place) edges.push({ type: 'HELD_IN', source: id, target: place, props: {} });
  }
  edges.push(...factEdges(sources));
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
  kept.sort((a, b) => cmp(a.type, b.type) || cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(String(a.props.key ?? ''), String(b.props.key ?? '')) || cmp(String(a.props.articleId ?? ''), String(b.props.articleId ?? '')) || cmp(String(a.props.reportedDate ?? ''), String(b.props.reportedDate ?? '')));
  return { nodes, edges: kept.map((e) => ({ id: edgeId(e), ...e })) };
}

/** The graph an analyst reads (GraphML, JSON, GEXF): without the per-article EventReport nodes. */
export function analystView(dump: GraphDump): GraphDump {
  return { nodes: dump.nodes.filter((n) => !n.labels.includes('EventReport')), edges: dump.edges };
}

/**
 * The fact relationships as the stores hold them: each source as its article wrote it (reportedDate),
 * dated and keyed as the fact its date resolves to among all the sources of its triple (the rule of
 * src/store/resolve/fact-dates.ts, which depends on the set of dates only), with its story (duplicate
 * group), outlet and the predicate's CAMEO code.
 */
function factEdges(sources: { fact: FactSource; story: string; outlet: string | null }[]): Omit<DumpEdge, 'id'>[] {
  const dates = new Map<string, string[]>();
  const triple = (f: FactSource) => `${f.predicate}|${f.subject}|${f.object}`;
  for (const { fact } of sources) dates.set(triple(fact), [...(dates.get(triple(fact)) ?? []), fact.date ?? '']);
  const resolved = new Map([...dates].map(([k, list]) => [k, resolveDates(list)]));
  return sources.map(({ fact, story, outlet }) => {
    const { predicate, subject, object, key: _k, date, precision: _p, reportedDate: _r, ...rest } = fact;
    const to = resolved.get(triple(fact))!.get(date ?? '') || null;
    return {
      type: predicate, source: subject, target: object,
      props: props({ ...rest, key: factKey(predicate, subject, object, to), date: to, precision: precisionOf(to), reportedDate: date, story, outlet, cameo: cameoOf(predicate) }),
    };
  });
}

/**
 * A key that names the same relationship in every export of the same graph, whatever was ingested
 * first: a fact source is its fact key and the article that reports it; a structural link, which the
 * store merges once per pair, is its type and ends.
 */
export function edgeId(e: Omit<DumpEdge, 'id'>): string {
  if (typeof e.props.key !== 'string') return `${e.type}|${e.source}|${e.target}`;
  // One article may give a fact twice at two compatible dates (2023 and 2023-07): two sources.
  const reported = typeof e.props.reportedDate === 'string' ? e.props.reportedDate : '';
  return `${e.props.key}@${e.props.articleId}${reported && reported !== e.props.date ? `#${reported}` : ''}`;
}

/** Structural relationships (MENTIONS, PARTICIPATED_IN, ...) are merged in the store: once per pair. */
function unique(edges: Omit<DumpEdge, 'id'>[]): Omit<DumpEdge, 'id'>[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const k = `${e.type}|${e.source}|${e.target}|${e.props.key ?? ''}|${e.props.articleId ?? ''}|${e.props.reportedDate ?? ''}`;
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
