import type { EntityRecord } from '../../extract/lexicon/types.ts';
import type { ArticleGraph, ArticleRecord, EventRecord, FactGroup, FactQuery, FactSource, GraphPath, GraphStore, NeighbourhoodQuery, PutResult, StoreStats, Subgraph } from '../graph-store.ts';
import { MAX_DEPTH, MAX_PAGE, MAX_SUBGRAPH_FACTS } from '../graph-store.ts';
import { groupFacts } from '../fact-query.ts';
import { Traversal } from './traversal.ts';
import { MemoryGraph } from './memory-graph.ts';
import { Persistence, type JournalOp } from './persistence.ts';

export interface EmbeddedOptions {
  /** Folder for snapshot and journal; null keeps everything in memory (tests). */
  dataDir: string | null;
  /** Open without the writer lock: reads only. */
  readOnly?: boolean;
  /** Journal operations after which the snapshot is rewritten. */
  compactEvery?: number;
  /** Told of every write once it is durable: a writer serving replicas sends it on. */
  onCommit?: (op: JournalOp) => void;
  /** A replica: opened read-only, its writes are done by the writer, which sends them back as operations. */
  writer?: RemoteWriter;
}

/** The process that holds DATA_DIR's writer lock, as a replica reaches it. */
export interface RemoteWriter {
  put(doc: ArticleGraph): Promise<PutResult>;
  retract(id: string): Promise<boolean>;
}

/** The default store: graphology in process, persisted under DATA_DIR. */
export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  readonly mem = new MemoryGraph();
  private readonly traversal = new Traversal(this.mem);
  private readonly persistence: Persistence | null;
  loadReport = { skipped: 0 };
  /** While a replica loads the files, the snapshot must not change under it. */
  private compactionHeld = false;

  constructor(private readonly opts: EmbeddedOptions) {
    this.persistence = opts.dataDir ? new Persistence(opts.dataDir) : null;
  }

  async init(): Promise<void> {
    if (!this.persistence) return;
    if (!this.opts.readOnly) this.persistence.lock();
    this.loadReport = this.persistence.load((op) => this.applyOp(op));
  }

  async close(): Promise<void> {
    if (!this.persistence || this.opts.readOnly) return;
    if (this.persistence.journalOps > 0) this.persistence.compact(this.mem.documents());
    this.persistence.unlock();
  }

  private applyOp(op: JournalOp): void {
    if (op.op === 'put') this.mem.apply(op.doc);
    else this.mem.remove(op.id);
  }

  private write(op: JournalOp): void {
    if (this.opts.readOnly) throw new Error('the store was opened read-only');
    // Journal first: once the line is on disk the article survives a crash; then memory.
    this.persistence?.append(op);
    this.applyOp(op);
    this.opts.onCommit?.(op);
    if (this.persistence && !this.compactionHeld && this.persistence.journalOps >= (this.opts.compactEvery ?? 2000)) this.persistence.compact(this.mem.documents());
  }

  /** A replica applies an operation the writer has made durable. Applying one twice changes nothing. */
  applyReplicated(op: JournalOp): void {
    this.applyOp(op);
  }

  holdCompaction(held: boolean): void {
    this.compactionHeld = held;
  }

  async putArticle(doc: ArticleGraph): Promise<PutResult> {
    if (this.opts.writer) return this.opts.writer.put(doc);
    const old = this.mem.articles.get(doc.article.id);
    // Same text and same facts (an unchanged lexicon): nothing to write.
    if (old && old.article.hash === doc.article.hash && sameFacts(old.facts, doc.facts)) return 'unchanged';
    this.write({ op: 'put', doc });
    return old ? 'updated' : 'created';
  }

  async retractArticle(id: string): Promise<boolean> {
    if (this.opts.writer) return this.opts.writer.retract(id);
    if (!this.mem.articles.has(id)) return false;
    this.write({ op: 'retract', id });
    return true;
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    return this.mem.articles.get(id)?.article ?? null;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<ArticleRecord[]> {
    return this.mem.listArticles(Math.min(MAX_PAGE, opts.limit ?? MAX_PAGE), Math.max(0, opts.offset ?? 0));
  }

  async getEntity(id: string): Promise<EntityRecord | null> {
    return this.mem.entity(id);
  }

  async searchEntities(query: string, limit = 20): Promise<EntityRecord[]> {
    return this.mem.search(query, limit);
  }

  async facts(query: FactQuery): Promise<FactGroup[]> {
    return this.mem.facts(query);
  }

  async getEntities(ids: string[]): Promise<Map<string, EntityRecord>> {
    const out = new Map<string, EntityRecord>();
    for (const id of ids) {
      const e = this.mem.entity(id);
      if (e) out.set(id, e);
    }
    return out;
  }

  async getEvent(id: string): Promise<EventRecord | null> {
    return this.mem.events.get(id) ?? null;
  }

  async articlesMentioning(id: string, opts: { limit?: number; offset?: number } = {}): Promise<ArticleRecord[]> {
    return this.mem.articlesMentioning(id, Math.min(MAX_PAGE, opts.limit ?? MAX_PAGE), Math.max(0, opts.offset ?? 0));
  }

  async neighbourhood(id: string, q: NeighbourhoodQuery): Promise<Subgraph> {
    const depth = Math.min(MAX_DEPTH, Math.max(1, q.depth)) as 1 | 2;
    const { sources } = this.traversal.neighbourhood(id, { ...q, depth });
    const edges = groupFacts(sources, { statuses: q.statuses, limit: Number.MAX_SAFE_INTEGER })
      .sort((a, b) => b.sourceCount - a.sourceCount || b.confidence - a.confidence)
      .slice(0, Math.min(MAX_SUBGRAPH_FACTS, q.limit ?? MAX_SUBGRAPH_FACTS));
    for (const e of edges) e.sources = e.sources.map((f) => this.mem.hydrate(f));
    const ids = new Set([id, ...edges.flatMap((e) => [e.subject, e.object])]);
    return { nodes: [...(await this.getEntities([...ids])).values()], edges };
  }

  async paths(from: string, to: string, maxHops: number, limit = 10): Promise<GraphPath[]> {
    const paths = this.traversal.paths(from, to, maxHops, Math.min(limit, MAX_PAGE));
    for (const p of paths) for (const e of p.edges) e.sources = e.sources.map((f) => this.mem.hydrate(f));
    return paths;
  }

  async stats(): Promise<StoreStats> {
    return this.mem.stats();
  }

  async *documents(): AsyncIterable<ArticleGraph> {
    yield* this.mem.documents([...this.mem.articles.keys()].sort());
  }
}

/** Every field of a fact source but its evidence, which the store may keep as offsets only. */
const COMPARED = ['key', 'predicate', 'subject', 'object', 'articleId', 'date', 'precision', 'status', 'evidenceStart', 'evidenceEnd', 'confidence', 'rule', 'role', 'eventId'] as const satisfies readonly (keyof FactSource)[];

function sameFacts(stored: FactSource[], fresh: FactSource[]): boolean {
  return stored.length === fresh.length && stored.every((f, i) => COMPARED.every((k) => f[k] === fresh[i]![k]));
}
