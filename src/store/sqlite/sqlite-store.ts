import type { EntityRecord } from '../../extract/lexicon/types.ts';
import type { ArticleGraph, ArticleRecord, EventRecord, FactGroup, FactQuery, GraphPath, GraphStore, NeighbourhoodQuery, PutResult, StoreStats, Subgraph } from '../graph-store.ts';
import { MAX_DEPTH, MAX_PAGE } from '../graph-store.ts';
import { ArticleWriter } from './article-writer.ts';
import { openDatabase, type Db } from './database.ts';
import { EntityReader } from './entity-reader.ts';
import { EventResolver } from './event-resolver.ts';
import { FactReader } from './fact-reader.ts';
import { GraphWalk } from './graph-walk.ts';
import { Counts } from './counts.ts';
import { asWritten } from '../resolve/as-written.ts';
import { hasLegacyStore, importLegacyStore, retireLegacyStore } from './legacy-import.ts';
import { toArticle, toEvent, type ArticleRow, type EntityRow } from './rows.ts';

export interface SqliteOptions {
  /** Folder of the database file (shabaka.db); null keeps the store in memory (tests). */
  dataDir: string | null;
  /** Refuse writes: commands that only read say so if they are asked to write. */
  readOnly?: boolean;
  /** Told what opening did that the user should know (a converted DATA_DIR). */
  notice?: (message: string) => void;
}

/** Articles per read when walking the whole store (exports). */
const DOCUMENT_PAGE = 200;

/**
 * The embedded store: one SQLite database (better-sqlite3) in DATA_DIR. Any number of processes read
 * it while one at a time writes (WAL); every article is written in one transaction, and a batch of
 * articles in one transaction, whole or not at all.
 */
export class SqliteStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly db: Db;
  private readonly writer: ArticleWriter;
  private readonly entities: EntityReader;
  private readonly reader: FactReader;
  private readonly walk: GraphWalk;
  private readonly events: EventResolver;
  private readonly q: ReturnType<SqliteStore['prepare']>;

  /** Opens (or creates) the database at once: better-sqlite3 is synchronous. */
  constructor(private readonly opts: SqliteOptions) {
    this.db = openDatabase(opts.dataDir);
    this.writer = new ArticleWriter(this.db);
    this.entities = new EntityReader(this.db);
    this.reader = new FactReader(this.db);
    this.walk = new GraphWalk(this.db, this.reader);
    this.events = new EventResolver(this.db, new Counts(this.db));
    this.q = this.prepare(this.db);
  }

  /** Converts a DATA_DIR of the earlier embedded store, if that is what it holds. */
  async init(): Promise<void> {
    const dir = this.opts.dataDir;
    if (dir && hasLegacyStore(dir)) {
      const { skipped } = this.write(() => importLegacyStore(dir, this.writer));
      retireLegacyStore(dir);
      this.opts.notice?.(`converted the earlier embedded store in ${dir} to SQLite (${dir}/shabaka.db): ${this.q.count.get('articles') ?? 0} articles${skipped ? `, ${skipped} torn journal line skipped` : ''}; the old files are in ${dir}/legacy/`);
    }
  }

  private prepare(db: Db) {
    return {
      article: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?'),
      newest: db.prepare<[number, number], ArticleRow>('SELECT * FROM articles ORDER BY published DESC, id LIMIT ? OFFSET ?'),
      mentioning: db.prepare<[string, number, number], ArticleRow>(`SELECT a.* FROM mentions m JOIN articles a ON a.id = m.article
        WHERE m.entity = (SELECT rowid FROM entities WHERE id = ?) ORDER BY m.published DESC, m.article LIMIT ? OFFSET ?`),
      eventsOf: db.prepare<[string], Omit<EventRecord, 'participants'> & { rowid: number; event: string }>(`SELECT e.rowid, e.id, e.kind, a.id AS articleId, e.date, e.precision, e.status, e.place, e.event
        FROM events e JOIN articles a ON a.rowid = e.article WHERE a.id = ? ORDER BY e.rowid`),
      participants: db.prepare<[number], string>('SELECT entity FROM event_participants WHERE event = ? ORDER BY position').pluck(),
      entitiesOf: db.prepare<[string], EntityRow>('SELECT e.* FROM mentions m JOIN entities e ON e.rowid = m.entity WHERE m.article = ? ORDER BY e.id'),
      idsAfter: db.prepare<[string, number], string>('SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?').pluck(),
      counts: db.prepare<[], { name: string; n: number }>('SELECT name, n FROM counts WHERE n > 0 ORDER BY name'),
      count: db.prepare<[string], number>('SELECT n FROM counts WHERE name = ?').pluck(),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private writable(): void {
    if (this.opts.readOnly) throw new Error('the store was opened read-only');
  }

  async putArticle(doc: ArticleGraph): Promise<PutResult> {
    this.writable();
    // The facts' hash and the text's signature depend on the document only: computed before the write lock.
    const prepared = this.writer.prepare(doc);
    return this.write(() => this.writer.put(doc, prepared));
  }

  /** Many articles in one transaction (bulk ingest): all of them or none, each whole. */
  async putArticles(docs: ArticleGraph[]): Promise<PutResult[]> {
    this.writable();
    const prepared = docs.map((d) => this.writer.prepare(d));
    return this.write(() => docs.map((d, i) => this.writer.put(d, prepared[i])));
  }

  async retractArticle(id: string): Promise<boolean> {
    this.writable();
    return this.write(() => this.writer.retract(id));
  }

  /** One write transaction; the entity records kept for reads are dropped after it, committed or not. */
  private write<T>(work: () => T): T {
    try {
      return this.writer.write(work);
    } finally {
      this.entities.changed();
    }
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    const row = this.q.article.get(id);
    return row ? toArticle(row) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<ArticleRecord[]> {
    return this.q.newest.all(page(opts.limit), Math.max(0, opts.offset ?? 0)).map(toArticle);
  }

  async getEntity(id: string): Promise<EntityRecord | null> {
    return this.entities.get(id);
  }

  async searchEntities(query: string, limit = 20): Promise<EntityRecord[]> {
    return this.entities.search(query, limit);
  }

  async facts(query: FactQuery): Promise<FactGroup[]> {
    return this.reader.facts(query);
  }

  async getEntities(ids: string[]): Promise<Map<string, EntityRecord>> {
    return this.entities.many(ids);
  }

  /** The resolved event a report belongs to, with every article that reports it. */
  async getEvent(id: string): Promise<EventRecord | null> {
    return this.db.transaction(() => this.events.get(id))();
  }

  async articlesMentioning(id: string, opts: { limit?: number; offset?: number } = {}): Promise<ArticleRecord[]> {
    return this.q.mentioning.all(id, page(opts.limit), Math.max(0, opts.offset ?? 0)).map(toArticle);
  }

  async neighbourhood(id: string, q: NeighbourhoodQuery): Promise<Subgraph> {
    const depth = Math.min(MAX_DEPTH, Math.max(1, q.depth)) as 1 | 2;
    const edges = this.walk.neighbourhood(id, { ...q, depth });
    const ids = new Set([id, ...edges.flatMap((e) => [e.subject, e.object])]);
    return { nodes: [...(await this.getEntities([...ids])).values()], edges };
  }

  async paths(from: string, to: string, maxHops: number, limit = 10): Promise<GraphPath[]> {
    return this.walk.paths(from, to, maxHops, Math.min(limit, MAX_PAGE));
  }

  async ready(): Promise<void> {
    if (!this.db.open) throw new Error('the SQLite store is closed');
  }

  async stats(): Promise<StoreStats> {
    const stats: StoreStats = { articles: 0, entities: {}, facts: {} };
    for (const { name, n } of this.q.counts.all()) {
      if (name === 'articles') stats.articles = n;
      else if (name.startsWith('entity:')) stats.entities[name.slice(7) as keyof StoreStats['entities']] = n;
      else if (name.startsWith('fact:')) stats.facts[name.slice(5) as keyof StoreStats['facts']] = n;
    }
    return stats;
  }

  async *documents(): AsyncIterable<ArticleGraph> {
    let after = '';
    for (;;) {
      const ids = this.q.idsAfter.all(after, DOCUMENT_PAGE) as unknown as string[];
      for (const id of ids) {
        const doc = this.db.transaction(() => this.document(id))();
        if (doc) yield doc;
      }
      if (ids.length < DOCUMENT_PAGE) return;
      after = ids.at(-1)!;
    }
  }

  /** One article with what it contributed, read in one transaction so a concurrent write is seen whole or not at all. */
  private document(id: string): ArticleGraph | null {
    const row = this.q.article.get(id);
    if (!row) return null;
    const entities = this.q.entitiesOf.all(id).map((e) => this.entities.get(e.id)!).map(({ mentionCount: _m, ...e }) => e);
    const events = this.q.eventsOf.all(id).map((e) => ({ ...toEvent(e, this.q.participants.all(e.rowid) as unknown as string[]), event: e.event }));
    return { article: toArticle(row), entities, events, facts: this.reader.articleSources(id).map(asWritten) };
  }
}

function page(limit: number | undefined): number {
  return Math.min(MAX_PAGE, Math.max(1, limit ?? MAX_PAGE));
}
