import neo4j from 'neo4j-driver';
import type { EntityRecord } from '../../extract/lexicon/types.ts';
import type { Predicate } from '../../extract/types.ts';
import type { ArticleGraph, ArticleRecord, EventRecord, FactGroup, FactQuery, FactSource, GraphPath, GraphStore, NeighbourhoodQuery, PutResult, StoreStats, Subgraph } from '../graph-store.ts';
import { MAX_DEPTH, MAX_HOPS, MAX_PAGE, MAX_SUBGRAPH_FACTS } from '../graph-store.ts';
import { groupFacts, matchesEnds } from '../fact-query.ts';
import { cypher, ENTITY_LABELS, FACT_TYPES, statements, template } from './cypher-files.ts';
import { createDriver, toNative, type DriverLike, type TxLike } from './driver.ts';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  batchSize: number;
}

/** Upper bound of fact relationships one query reads before grouping in code. */
const FACT_SCAN_CAP = 50_000;

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

  private read<T>(work: (tx: TxLike) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  private write<T>(work: (tx: TxLike) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  async init(): Promise<void> {
    await this.driver.verifyConnectivity?.({ database: this.database });
    for (const statement of statements('schema')) await this.write((tx) => tx.run(statement));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async putArticle(doc: ArticleGraph): Promise<PutResult> {
    const old = await this.getArticle(doc.article.id);
    if (old && old.hash === doc.article.hash) return 'unchanged';
    const articleId = doc.article.id;
    // One transaction per article: it is written whole or not at all, and retried whole on transient errors.
    await this.write(async (tx) => {
      for (const rel of FACT_TYPES) await tx.run(template('article-delete-facts', { REL: rel, LABEL: undefined }), { articleId });
      await tx.run(cypher('article-clear'), { articleId });
      await tx.run(cypher('article-put'), { article: doc.article });
      for (const label of ENTITY_LABELS) {
        const rows = doc.entities.filter((e) => e.type === label).map(entityRow);
        for (const batch of chunks(rows, this.batchSize)) await tx.run(template('entities-merge', { LABEL: label, REL: undefined }), { rows: batch });
      }
      for (const batch of chunks(doc.entities.map((e) => e.id), this.batchSize)) await tx.run(cypher('mentions-merge'), { articleId, ids: batch });
      const located = doc.entities.filter((e) => e.type === 'Place' && e.countryCode).map((e) => ({ place: e.id, country: `country:${e.countryCode}` }));
      if (located.length) await tx.run(cypher('places-locate'), { rows: located });
      for (const batch of chunks(doc.events, this.batchSize)) await tx.run(cypher('events-merge'), { rows: batch });
      for (const rel of FACT_TYPES) {
        const rows = doc.facts.filter((f) => f.predicate === rel).map(factRow);
        for (const batch of chunks(rows, this.batchSize)) await tx.run(template('facts-merge', { REL: rel, LABEL: undefined }), { rows: batch });
      }
    });
    return old ? 'updated' : 'created';
  }

  async retractArticle(id: string): Promise<boolean> {
    if (!(await this.getArticle(id))) return false;
    await this.write(async (tx) => {
      for (const rel of FACT_TYPES) await tx.run(template('article-delete-facts', { REL: rel, LABEL: undefined }), { articleId: id });
      await tx.run(cypher('article-retract'), { articleId: id });
    });
    return true;
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    const res = await this.read((tx) => tx.run(cypher('article-get'), { id }));
    return res.records.length ? (toNative(res.records[0]!.get('article')) as ArticleRecord) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<ArticleRecord[]> {
    const limit = Math.min(MAX_PAGE, Math.max(1, opts.limit ?? MAX_PAGE));
    const offset = Math.max(0, opts.offset ?? 0);
    const res = await this.read((tx) => tx.run(cypher('article-list'), { limit: int(limit), offset: int(offset) }));
    return res.records.map((r) => toNative(r.get('article')) as ArticleRecord);
  }

  async getEntity(id: string): Promise<EntityRecord | null> {
    const res = await this.read((tx) => tx.run(cypher('entity-get'), { id }));
    const rec = res.records[0];
    if (!rec || !rec.get('entity')) return null;
    return { ...(toNative(rec.get('entity')) as EntityRecord), mentionCount: toNative(rec.get('mentionCount')) } as EntityRecord;
  }

  async searchEntities(query: string, limit = 20): Promise<EntityRecord[]> {
    // Lucene syntax in user text is escaped: the query is data.
    const escaped = query.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').trim();
    if (!escaped) return [];
    const res = await this.read((tx) => tx.run(cypher('entity-search'), { query: escaped, limit: int(Math.min(limit, MAX_PAGE)) }));
    return res.records.map((r) => toNative(r.get('entity')) as EntityRecord);
  }

  async facts(q: FactQuery): Promise<FactGroup[]> {
    const types = q.predicates?.length ? q.predicates : [...FACT_TYPES];
    const anchor = q.either ?? q.subject ?? q.object ?? null;
    const res = await this.read((tx) => tx.run(cypher('facts-query'), { types, anchor, articleId: q.articleId ?? null, cap: int(FACT_SCAN_CAP) }));
    const sources = res.records.map((r) => fromRow(toNative(r.get('source')) as Record<string, unknown>));
    return groupFacts(sources.filter((f) => matchesEnds(f, q)), q);
  }

  async getEntities(ids: string[]): Promise<Map<string, EntityRecord>> {
    const out = new Map<string, EntityRecord>();
    if (!ids.length) return out;
    const res = await this.read((tx) => tx.run(cypher('entities-get'), { ids }));
    for (const r of res.records) {
      const e = { ...(toNative(r.get('entity')) as EntityRecord), mentionCount: toNative(r.get('mentionCount')) } as EntityRecord;
      out.set(e.id, e);
    }
    return out;
  }

  async getEvent(id: string): Promise<EventRecord | null> {
    const res = await this.read((tx) => tx.run(cypher('event-get'), { id }));
    const r = res.records[0];
    if (!r) return null;
    const ev = toNative(r.get('event')) as Omit<EventRecord, 'participants' | 'place'>;
    return { ...ev, participants: toNative(r.get('participants')) as string[], place: (toNative(r.get('place')) as string | null) ?? null };
  }

  async articlesMentioning(id: string, opts: { limit?: number; offset?: number } = {}): Promise<ArticleRecord[]> {
    const limit = Math.min(MAX_PAGE, Math.max(1, opts.limit ?? MAX_PAGE));
    const res = await this.read((tx) => tx.run(cypher('articles-mentioning'), { id, limit: int(limit), offset: int(Math.max(0, opts.offset ?? 0)) }));
    return res.records.map((r) => toNative(r.get('article')) as ArticleRecord);
  }

  async neighbourhood(id: string, q: NeighbourhoodQuery): Promise<Subgraph> {
    const types = q.predicates?.length ? q.predicates : [...FACT_TYPES];
    const file = q.depth >= MAX_DEPTH ? 'neighbourhood-2' : 'neighbourhood-1';
    const res = await this.read((tx) => tx.run(cypher(file), { id, types, cap: int(FACT_SCAN_CAP) }));
    const sources = res.records.map((r) => fromRow(toNative(r.get('source')) as Record<string, unknown>));
    const edges = groupFacts(sources, { from: q.from, to: q.to, statuses: q.statuses, limit: Number.MAX_SAFE_INTEGER })
      .sort((a, b) => b.sourceCount - a.sourceCount || b.confidence - a.confidence)
      .slice(0, Math.min(MAX_SUBGRAPH_FACTS, q.limit ?? MAX_SUBGRAPH_FACTS));
    const ids = new Set([id, ...edges.flatMap((e) => [e.subject, e.object])]);
    return { nodes: [...(await this.getEntities([...ids])).values()], edges };
  }

  async paths(from: string, to: string, maxHops: number, limit = 10): Promise<GraphPath[]> {
    const hops = Math.min(Math.max(1, maxHops), MAX_HOPS);
    const res = await this.read((tx) => tx.run(cypher('paths'), { from, to, types: [...FACT_TYPES], limit: int(Math.min(limit, MAX_PAGE) * 10) }));
    // Parallel relationships give the same node sequence many times: keep each sequence once.
    const sequences = [...new Set(res.records.map((r) => JSON.stringify(toNative(r.get('nodes')))))].map((s) => JSON.parse(s) as string[]);
    const out: GraphPath[] = [];
    for (const nodes of sequences.filter((n) => n.length - 1 <= hops).slice(0, limit)) {
      const edges = [];
      for (let k = 1; k < nodes.length; k++) edges.push((await this.facts({ subject: nodes[k - 1], object: nodes[k], limit: 1 }))[0] ?? (await this.facts({ subject: nodes[k], object: nodes[k - 1], limit: 1 }))[0]!);
      out.push({ nodes, edges });
    }
    return out;
  }

  async stats(): Promise<StoreStats> {
    const res = await this.read((tx) => tx.run(cypher('stats'), { types: [...FACT_TYPES] }));
    const rec = res.records[0];
    const entities: StoreStats['entities'] = {};
    const facts: StoreStats['facts'] = {};
    if (!rec) return { articles: 0, entities, facts };
    for (const row of toNative(rec.get('entityRows')) as { type: keyof StoreStats['entities'] }[]) entities[row.type] = (entities[row.type] ?? 0) + 1;
    const events = toNative(rec.get('events')) as number;
    if (events) entities.Event = events;
    for (const row of toNative(rec.get('factKeys')) as { predicate: Predicate }[]) facts[row.predicate] = (facts[row.predicate] ?? 0) + 1;
    return { articles: toNative(rec.get('articles')) as number, entities, facts };
  }

  async *documents(): AsyncIterable<ArticleGraph> {
    let after = '';
    for (;;) {
      const res = await this.read((tx) => tx.run(cypher('article-documents'), { after, limit: int(DOCUMENT_PAGE), types: [...FACT_TYPES] }));
      for (const r of res.records) {
        const article = toNative(r.get('article')) as ArticleRecord;
        const entities = (toNative(r.get('entities')) as EntityRecord[]).map((e) => ({ ...e, nameAr: e.nameAr ?? null, aliases: e.aliases ?? [] }));
        const events = (toNative(r.get('events')) as EventRecord[]).map((e) => ({ ...e, place: e.place ?? null }));
        const facts = (toNative(r.get('facts')) as Record<string, unknown>[]).map(fromRow);
        yield { article, entities, events, facts };
        after = article.id;
      }
      if (res.records.length < DOCUMENT_PAGE) return;
    }
  }
}

/** Articles per read when walking the whole store (exports). */
const DOCUMENT_PAGE = 200;

/** LIMIT and SKIP take Neo4j integers: a JavaScript number would arrive as a float. */
function int(n: number): unknown {
  return neo4j.int(n);
}

function entityRow(e: EntityRecord): Record<string, unknown> {
  return { id: e.id, type: e.type, name: e.name, nameAr: e.nameAr, aliases: e.aliases, code: e.code ?? null, countryCode: e.countryCode ?? null, role: e.role ?? null, known: e.known };
}

function factRow(f: FactSource): Record<string, unknown> {
  const { key, articleId, subject, object, predicate: _p, ...props } = f;
  return { key, articleId, subject, object, props };
}

function fromRow(r: Record<string, unknown>): FactSource {
  return {
    key: r.key as string, predicate: r.predicate as Predicate, subject: r.subject as string, object: r.object as string,
    articleId: r.articleId as string, date: (r.date as string) ?? null, precision: (r.precision as FactSource['precision']) ?? null,
    status: r.status as FactSource['status'], evidence: r.evidence as string, evidenceStart: r.evidenceStart as number,
    evidenceEnd: r.evidenceEnd as number, confidence: r.confidence as number, rule: r.rule as string,
    role: (r.role as string) ?? null, eventId: (r.eventId as string) ?? null,
  };
}
