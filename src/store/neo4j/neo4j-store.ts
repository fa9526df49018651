import type { EntityRecord } from '../../extract/lexicon/types.ts';
import { SYMMETRIC, type Predicate } from '../../extract/types.ts';
import { rankByName, searchKeysQuery } from '../name-search.ts';
import type { ArticleGraph, ArticleRecord, EventRecord, FactGroup, FactQuery, FactSource, GraphPath, GraphStore, NeighbourhoodQuery, PutResult, StoreStats, Subgraph } from '../graph-store.ts';
import { MAX_DEPTH, MAX_HOPS, MAX_PAGE, MAX_SUBGRAPH_FACTS } from '../graph-store.ts';
import { groupAll, groupFacts, matchesEnds } from '../fact-query.ts';
import { cypher, ENTITY_LABELS, FACT_TYPES, factTypes, statements, template } from './cypher-files.ts';
import { createDriver, isRetryable, toNative, type DriverLike, type TxLike } from './driver.ts';
import { articleOf, entityOf, entityRows, factRow, fromRow, int } from './rows.ts';
import { duplicateGroups, resolveEvents, resolveTriples, touch, type Pair } from './resolution.ts';
import { mergeReports } from '../resolve/events.ts';
import { asWritten } from '../resolve/as-written.ts';
import { addFactCounts, countChanges, keepFactCounts, lockFactCounts, noteDeleted, type DeletedKeys } from './fact-counts.ts';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  batchSize: number;
}

/** Upper bound of fact relationships one query reads before grouping in code. */
const FACT_SCAN_CAP = 50_000;
/** How long a failed read is retried: the driver's default for transactions (maxTransactionRetryTime). */
const READ_RETRY_MS = 30_000;
/** Full-text candidates a name search ranks. */
const SEARCH_CANDIDATES = 200;

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The production store: Neo4j through one driver, managed transactions, batched UNWIND writes. */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;

  constructor(private readonly driver: DriverLike, private readonly database: string, private readonly batchSize: number) {}

  static connect(o: Neo4jOptions): Neo4jStore {
    return new Neo4jStore(createDriver(o.uri, o.user, o.password), o.database, o.batchSize);
  }

  /** One managed transaction in its own session: the driver retries it whole on transient errors. */
  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: TxLike) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /**
   * Reads run as auto-commit statements: one network write each (RUN and PULL), where a managed
   * transaction sent BEGIN, RUN and COMMIT as three, each a system call and a Bolt message for Neo4j
   * (half of a one-hop question's CPU in the server was those writes). A read changes nothing, so
   * it is retried whole here on the errors the driver would retry a transaction on, for as long.
   */
  private async read<T>(work: (tx: TxLike) => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
      try {
        return await work({ run: (query, params) => Promise.resolve(session.run(query, params)) });
      } catch (e) {
        if (!isRetryable(e) || Date.now() - started > READ_RETRY_MS) throw e;
      } finally {
        await session.close();
      }
      await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
    }
  }

  private write<T>(work: (tx: TxLike) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  async init(): Promise<void> {
    await this.driver.verifyConnectivity?.({ database: this.database });
    for (const statement of statements('schema')) await this.write((tx) => tx.run(statement));
    await this.read((tx) => tx.run(cypher('schema-await')));
    await this.write((tx) => keepFactCounts(tx));
  }

  /**
   * Fact relationships of the article (their triples noted for resolution), its event reports (the
   * events they were part of formed again from the reports left) and its bands; returns the entities
   * it mentioned. The deleted facts' keys go to `deleted` (the kept counts had them).
   */
  private async clearArticle(tx: TxLike, articleId: string, pairs: Map<Predicate, Map<string, Pair>>, deleted: DeletedKeys): Promise<string[]> {
    for (const rel of FACT_TYPES) {
      const gone = await tx.run(template('article-delete-facts', { REL: rel }), { articleId });
      for (const r of gone.records) {
        touch(pairs, rel, r.get('subject') as string, r.get('object') as string);
        noteDeleted(deleted, rel, r.get('keys') as string[]);
      }
    }
    const events = ((await tx.run(cypher('event-reports-clear'), { articleId })).records[0]?.get('events') as string[] | undefined) ?? [];
    if (events.length) await resolveEvents(tx, [], events);
    await tx.run(cypher('article-bands-clear'), { articleId });
    const res = await tx.run(cypher('article-mentioned'), { articleId });
    return (res.records[0]?.get('ids') as string[] | undefined) ?? [];
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async putArticle(doc: ArticleGraph): Promise<PutResult> {
    return (await this.putArticles([doc]))[0]!;
  }

  /**
   * Several articles in one write transaction, written whole or not at all (and retried whole on
   * transient errors): Neo4j's cost is a round trip per statement, not per row, so ingest writes a
   * batch of articles with the statements of one.
   */
  async putArticles(docs: ArticleGraph[]): Promise<PutResult[]> {
    if (new Set(docs.map((d) => d.article.id)).size < docs.length) {
      // The same article twice in one batch: write them in order, the later one wins.
      const out: PutResult[] = [];
      for (const d of docs) out.push(await this.putArticle(d));
      return out;
    }
    const hashes = async (tx: TxLike, ds: ArticleGraph[]) => new Map((await tx.run(cypher('article-hashes'), { ids: ds.map((d) => d.article.id) })).records.map((r) => [r.get('id') as string, r.get('hash') as string]));
    const resultOf = (d: ArticleGraph, stored: Map<string, string>): PutResult => (!stored.has(d.article.id) ? 'created' : stored.get(d.article.id) === d.article.hash ? 'unchanged' : 'updated');
    // Unchanged articles are skipped without a write transaction.
    const seen = await this.read((tx) => hashes(tx, docs));
    const results = docs.map((d) => resultOf(d, seen));
    if (results.every((r) => r === 'unchanged')) return results;
    await this.write(async (tx) => {
      // The kept fact counts move by what this transaction changes between the pairs it touches (fact-counts.ts).
      const kept = await lockFactCounts(tx);
      // Read again under the lock every write transaction takes: another writer may have stored one of these
      // articles since, and the relationships below are created, not merged, so each must be new or cleared.
      const stored = await hashes(tx, docs);
      docs.forEach((d, i) => (results[i] = resultOf(d, stored)));
      const todo = docs.filter((_, i) => results[i] !== 'unchanged');
      if (!todo.length) return;
      const deleted: DeletedKeys = new Map();
      // A new article has nothing to clear; a changed one loses its old facts, mentions and events.
      const dropped = new Set<string>();
      const pairs = new Map<Predicate, Map<string, Pair>>();
      for (const doc of todo.filter((d) => stored.has(d.article.id))) {
        const before = await this.clearArticle(tx, doc.article.id, pairs, deleted);
        await tx.run(cypher('article-clear'), { articleId: doc.article.id });
        const mentioned = new Set(doc.entities.map((e) => e.id));
        for (const id of before) if (!mentioned.has(id)) dropped.add(id);
      }
      const run = async (query: string, rows: unknown[], key = 'rows') => {
        for (const batch of chunks(rows, this.batchSize)) await tx.run(query, { [key]: batch });
      };
      const groups = await duplicateGroups(tx, todo);
      await run(cypher('article-put'), todo.map((d) => ({ ...d.article, duplicateGroup: groups.get(d.article.id)!.group, minhash: groups.get(d.article.id)!.minhash })), 'articles');
      await run(cypher('article-bands'), todo.map((d) => ({ id: d.article.id, bands: [...new Set(groups.get(d.article.id)!.bands)] })));
      const entities = todo.flatMap((d) => d.entities);
      for (const label of ENTITY_LABELS) await run(template('entities-merge', { LABEL: label }), entityRows(entities.filter((e) => e.type === label)));
      await run(cypher('mentions-create'), todo.flatMap((d) => [...new Set(d.entities.map((e) => e.id))].map((id) => ({ articleId: d.article.id, id }))));
      await run(cypher('places-locate'), entities.filter((e) => e.type === 'Place' && e.countryCode).map((e) => ({ place: e.id, country: `country:${e.countryCode}` })));
      const reports = todo.flatMap((d) => d.events);
      if (reports.length) await resolveEvents(tx, reports, []);
      const origin = new Map(todo.map((d) => [d.article.id, { story: groups.get(d.article.id)!.group, outlet: d.article.source }]));
      // A fact from an entity to itself is no fact (the embedded store skips it too).
      const facts = todo.flatMap((d) => d.facts).filter((f) => f.subject !== f.object);
      for (const rel of FACT_TYPES) await run(template('facts-create', { REL: rel }), onePerKey(facts.filter((f) => f.predicate === rel).map((f) => factRow(f, origin.get(f.articleId)!))));
      for (const f of facts) touch(pairs, f.predicate, f.subject, f.object);
      const read = await resolveTriples(tx, pairs);
      if (dropped.size) await tx.run(cypher('entities-prune'), { ids: [...dropped] });
      if (kept) await addFactCounts(tx, countChanges(read, new Set(todo.map((d) => d.article.id)), deleted));
    });
    return results;
  }

  async retractArticle(id: string): Promise<boolean> {
    if (!(await this.getArticle(id))) return false;
    await this.write(async (tx) => {
      const kept = await lockFactCounts(tx);
      const deleted: DeletedKeys = new Map();
      const pairs = new Map<Predicate, Map<string, Pair>>();
      const mentioned = await this.clearArticle(tx, id, pairs, deleted);
      const read = await resolveTriples(tx, pairs);
      await tx.run(cypher('article-retract'), { articleId: id });
      if (mentioned.length) await tx.run(cypher('entities-prune'), { ids: mentioned });
      if (kept) await addFactCounts(tx, countChanges(read, new Set(), deleted));
    });
    return true;
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    const res = await this.read((tx) => tx.run(cypher('article-get'), { id }));
    return res.records.length ? articleOf(res.records[0]!.get('article')) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<ArticleRecord[]> {
    const limit = Math.min(MAX_PAGE, Math.max(1, opts.limit ?? MAX_PAGE));
    const offset = Math.max(0, opts.offset ?? 0);
    const res = await this.read((tx) => tx.run(cypher('article-list'), { limit: int(limit), offset: int(offset) }));
    return res.records.map((r) => articleOf(r.get('article')));
  }

  async getEntity(id: string): Promise<EntityRecord | null> {
    const res = await this.read((tx) => tx.run(cypher('entity-get'), { id }));
    const rec = res.records[0];
    if (!rec || !rec.get('entity')) return null;
    return entityOf(rec.get('entity'), rec.get('mentionCount'));
  }

  async searchEntities(query: string, limit = 20): Promise<EntityRecord[]> {
    // Lucene syntax in user text is escaped (searchKeysQuery): the query is data.
    const lucene = searchKeysQuery(query);
    if (!lucene) return [];
    const res = await this.read((tx) => tx.run(cypher('entity-search'), { query: lucene, candidates: int(SEARCH_CANDIDATES) }));
    return rankByName(query, res.records.map((r) => ({ entity: entityOf(r.get('entity'), r.get('mentionCount')), links: toNative(r.get('links')) as number })), Math.min(limit, MAX_PAGE));
  }

  async facts(q: FactQuery): Promise<FactGroup[]> {
    const types = q.predicates?.length ? q.predicates : [...FACT_TYPES];
    const anchor = q.either ?? q.subject ?? q.object ?? null;
    if (anchor && !q.articleId) return (await this.factsAt(q, anchor, types)).groups;
    const sources = q.articleId
      ? (await this.articleFacts([q.articleId])).filter((f) => types.includes(f.predicate))
      : await this.read(async (tx) => {
        const res = await tx.run(cypher('facts-query'), { types, cap: int(FACT_SCAN_CAP) });
        return res.records.map((r) => fromRow(toNative(r.get('source')) as Record<string, unknown>));
      });
    return groupFacts(sources.filter((f) => matchesEnds(f, q)), q);
  }

  /** A question at one entity (subject, object or either) with the records of that entity and of the facts' other ends, in one read. */
  async factsWithEntities(q: FactQuery): Promise<{ groups: FactGroup[]; entities: EntityRecord[] }> {
    const anchor = q.either ?? q.subject ?? q.object;
    if (!anchor || q.articleId) throw new Error('factsWithEntities asks at one entity: give subject, object or either, and no articleId');
    return this.factsAt(q, anchor, q.predicates?.length ? q.predicates : [...FACT_TYPES]);
  }

  private async factsAt(q: FactQuery, anchor: string, types: readonly string[]): Promise<{ groups: FactGroup[]; entities: EntityRecord[] }> {
    const res = await this.read((tx) => tx.run(template('facts-around', { RELS: factTypes(types) }), aroundParams(q, anchor)));
    const sources: FactSource[] = [];
    const entities = new Map<string, EntityRecord>();
    for (const r of res.records) {
      const source = r.get('source');
      if (source) sources.push(fromRow(toNative(source) as Record<string, unknown>));
      const raw = r.get('entity') as { id: string };
      if (!entities.has(raw.id)) entities.set(raw.id, entityOf(raw, r.get('mentionCount')));
    }
    return { groups: groupFacts(sources.filter((f) => matchesEnds(f, q)), q), entities: [...entities.values()] };
  }

  /** The fact relationships some articles wrote, through the per-type index on articleId. */
  private articleFacts(articleIds: string[]): Promise<FactSource[]> {
    return this.read(async (tx) => {
      const out: FactSource[] = [];
      for (const rel of FACT_TYPES) {
        const res = await tx.run(template('facts-of-articles', { REL: rel }), { articleIds });
        for (const r of res.records) out.push(fromRow(toNative(r.get('source')) as Record<string, unknown>));
      }
      return out;
    });
  }

  async getEntities(ids: string[]): Promise<Map<string, EntityRecord>> {
    const out = new Map<string, EntityRecord>();
    if (!ids.length) return out;
    const res = await this.read((tx) => tx.run(cypher('entities-get'), { ids }));
    for (const r of res.records) {
      const e = entityOf(r.get('entity'), r.get('mentionCount'));
      out.set(e.id, e);
    }
    return out;
  }

  /** The resolved event a report belongs to, merged from its reports as the embedded store merges them. */
  async getEvent(id: string): Promise<EventRecord | null> {
    const res = await this.read((tx) => tx.run(cypher('event-get'), { id }));
    const r = res.records[0];
    if (!r) return null;
    return mergeReports(r.get('event') as string, (toNative(r.get('reports')) as (EventRecord & { event?: string })[]).map(reportRecord));
  }

  async articlesMentioning(id: string, opts: { limit?: number; offset?: number } = {}): Promise<ArticleRecord[]> {
    const limit = Math.min(MAX_PAGE, Math.max(1, opts.limit ?? MAX_PAGE));
    const res = await this.read((tx) => tx.run(cypher('articles-mentioning'), { id, limit: int(limit), offset: int(Math.max(0, opts.offset ?? 0)) }));
    return res.records.map((r) => articleOf(r.get('article')));
  }

  /**
   * Facts grouped and ranked in Cypher: only the strongest (at most MAX_SUBGRAPH_FACTS) are sent, with
   * the records of their ends, in one read. A status filter needs every fact (a fact's status is its
   * sources' firmest): then all are sent and ranked here.
   */
  async neighbourhood(id: string, q: NeighbourhoodQuery): Promise<Subgraph> {
    const types = q.predicates?.length ? q.predicates : [...FACT_TYPES];
    const limit = Math.min(MAX_SUBGRAPH_FACTS, q.limit ?? MAX_SUBGRAPH_FACTS);
    const params = { id, depth: int(q.depth >= MAX_DEPTH ? 2 : 1), from: q.from ?? null, to: q.to ?? null, groups: int(q.statuses?.length ? FACT_SCAN_CAP : limit) };
    const res = await this.read((tx) => tx.run(template('neighbourhood', { RELS: factTypes(types) }), params));
    const row = res.records[0];
    if (!row) return { nodes: [], edges: [] };
    const sources = (toNative(row.get('groups')) as Record<string, unknown>[][]).flat().map(fromRow);
    const edges = groupAll(sources, { from: q.from, to: q.to, statuses: q.statuses })
      .sort((a, b) => b.sourceCount - a.sourceCount || b.confidence - a.confidence)
      .slice(0, limit);
    const records = new Map((row.get('entities') as { entity: unknown; mentionCount: unknown }[]).map((e) => entityOf(e.entity, e.mentionCount)).map((e) => [e.id, e]));
    const drawn = new Set([id, ...edges.flatMap((e) => [e.subject, e.object])]);
    return { nodes: [...drawn].flatMap((n) => records.get(n) ?? []), edges };
  }

  /** Two reads: the shortest sequences of entities, then every relationship between their consecutive entities. */
  async paths(from: string, to: string, maxHops: number, limit = 10): Promise<GraphPath[]> {
    const hops = Math.min(Math.max(1, maxHops), MAX_HOPS);
    const rels = factTypes(FACT_TYPES);
    const res = await this.read((tx) => tx.run(template('paths', { RELS: rels }), { from, to, limit: int(Math.min(limit, MAX_PAGE)) }));
    const sequences = res.records.map((r) => toNative(r.get('nodes')) as string[]).filter((n) => n.length - 1 <= hops).slice(0, limit);
    if (!sequences.length) return [];
    const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const pairs = new Map(sequences.flatMap((nodes) => nodes.slice(1).map((b, k) => [pairKey(nodes[k]!, b), { a: nodes[k]!, b }] as const)));
    const between = await this.read((tx) => tx.run(template('facts-between', { RELS: rels }), { pairs: [...pairs.values()] }));
    const byPair = new Map<string, FactSource[]>();
    for (const r of between.records) {
      const f = fromRow(toNative(r.get('source')) as Record<string, unknown>);
      const k = pairKey(f.subject, f.object);
      byPair.set(k, [...(byPair.get(k) ?? []), f]);
    }
    // As a question between the two ends chooses: the newest fact from the first to the second, else the other way round.
    const edge = (a: string, b: string) => {
      const sources = byPair.get(pairKey(a, b)) ?? [];
      const one = (subject: string, object: string) => groupFacts(sources.filter((f) => matchesEnds(f, { subject, object })), { subject, object, limit: 1 })[0];
      return one(a, b) ?? one(b, a)!;
    };
    return sequences.map((nodes) => ({ nodes, edges: nodes.slice(1).map((b, k) => edge(nodes[k]!, b)) }));
  }

  /** One trivial read in one session, no retries: a supervisor's probe must answer at once, whatever the size. */
  async ready(): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      await session.run(cypher('ready'));
    } finally {
      await session.close();
    }
  }

  /** Articles and events from Neo4j's count store, entities by type, facts from the kept counts (fact-counts.ts). */
  async stats(): Promise<StoreStats> {
    return this.read(async (tx) => {
      const rec = (await tx.run(cypher('stats'))).records[0];
      const entities: StoreStats['entities'] = {};
      const facts: StoreStats['facts'] = {};
      if (!rec) return { articles: 0, entities, facts };
      for (const row of toNative(rec.get('entityCounts')) as { type: keyof StoreStats['entities']; n: number }[]) entities[row.type] = row.n;
      const events = toNative(rec.get('events')) as number;
      if (events) entities.Event = events;
      const kept = toNative(rec.get('factCounts')) as Record<string, unknown> | null;
      for (const rel of FACT_TYPES) {
        // Without kept counts (a store whose init() has not run yet) the facts are counted the slow way.
        const n = kept?.kept === true ? (kept[rel] as number | undefined) : (toNative((await tx.run(template('facts-count', { REL: rel }))).records[0]?.get('n')) as number | undefined);
        if (n) facts[rel as Predicate] = n;
      }
      return { articles: toNative(rec.get('articles')) as number, entities, facts };
    });
  }

  async *documents(): AsyncIterable<ArticleGraph> {
    let after = '';
    for (;;) {
      const res = await this.read((tx) => tx.run(cypher('article-documents'), { after, limit: int(DOCUMENT_PAGE) }));
      const ids = res.records.map((r) => (r.get('article') as { id: string }).id);
      const byArticle = new Map<string, FactSource[]>(ids.map((id) => [id, []]));
      for (const f of await this.articleFacts(ids)) byArticle.get(f.articleId)?.push(asWritten(f));
      for (const r of res.records) {
        const article = articleOf(r.get('article'));
        const entities = (toNative(r.get('entities')) as EntityRecord[]).map((e) => ({ ...e, nameAr: e.nameAr ?? null, aliases: e.aliases ?? [] }));
        const events = (toNative(r.get('events')) as (EventRecord & { event?: string })[]).map(reportRecord);
        yield { article, entities, events, facts: byArticle.get(article.id)! };
        after = article.id;
      }
      if (res.records.length < DOCUMENT_PAGE) return;
    }
  }
}

/**
 * The parameters of facts-around for a question at one entity. The page's end (offset + limit) goes
 * to Cypher only when no filter on grouped facts (status, minimum sources) could drop some of them.
 */
function aroundParams(q: FactQuery, anchor: string): Record<string, unknown> {
  const [direction, other] = q.either ? ['BOTH', null]
    : q.subject ? ['OUT', q.object ?? null]
      : ['IN', null];
  const paged = !q.statuses?.length && !q.minSources;
  const end = Math.max(0, q.offset ?? 0) + Math.min(MAX_PAGE, Math.max(1, q.limit ?? MAX_PAGE));
  return {
    anchor, other, direction, symmetric: [...SYMMETRIC], from: q.from ?? null, to: q.to ?? null,
    groups: int(paged ? end : FACT_SCAN_CAP), cap: int(FACT_SCAN_CAP),
  };
}

/**
 * One row per (key, article), as MERGE on both and `SET r += props` made them: a later report of the
 * same fact in the same article adds its properties over the earlier one's.
 */
function onePerKey(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const byKey = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const k = `${row.key as string}\u0000${row.articleId as string}`;
    const seen = byKey.get(k);
    byKey.set(k, seen ? { ...row, props: { ...(seen.props as object), ...(row.props as object) } } : row);
  }
  return [...byKey.values()];
}

/** Articles per read when walking the whole store (exports). */
const DOCUMENT_PAGE = 200;

/** A report as written, from its EventReport node (Neo4j keeps no nulls), with the resolved event it is part of. */
function reportRecord(r: EventRecord): EventRecord {
  const report: EventRecord = { id: r.id, kind: r.kind, articleId: r.articleId, date: r.date ?? null, precision: r.precision ?? null, status: r.status, place: r.place ?? null, participants: r.participants ?? [] };
  return r.event ? { ...report, event: r.event } : report;
}
