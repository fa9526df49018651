import type { EntityRecord } from '../../extract/lexicon/types.ts';
import type { ArticleGraph, ArticleRecord, FactGroup, FactQuery, FactSource, GraphStore, PutResult, StoreStats } from '../graph-store.ts';
import { MAX_PAGE } from '../graph-store.ts';
import { MemoryGraph } from './memory-graph.ts';
import { Persistence, type JournalOp } from './persistence.ts';

export interface EmbeddedOptions {
  /** Folder for snapshot and journal; null keeps everything in memory (tests). */
  dataDir: string | null;
  /** Open without the writer lock: reads only. */
  readOnly?: boolean;
  /** Journal operations after which the snapshot is rewritten. */
  compactEvery?: number;
}

/** The default store: graphology in process, persisted under DATA_DIR. */
export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  readonly mem = new MemoryGraph();
  private readonly persistence: Persistence | null;
  loadReport = { skipped: 0 };

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
    if (this.persistence && this.persistence.journalOps >= (this.opts.compactEvery ?? 2000)) this.persistence.compact(this.mem.documents());
  }

  async putArticle(doc: ArticleGraph): Promise<PutResult> {
    const old = this.mem.articles.get(doc.article.id);
    // Same text and same facts (an unchanged lexicon): nothing to write.
    if (old && old.article.hash === doc.article.hash && sameFacts(old.facts, doc.facts)) return 'unchanged';
    this.write({ op: 'put', doc });
    return old ? 'updated' : 'created';
  }

  async retractArticle(id: string): Promise<boolean> {
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

  async stats(): Promise<StoreStats> {
    return this.mem.stats();
  }

  /** Every stored article, for reindexing. */
  allArticles(): ArticleRecord[] {
    return [...this.mem.articles.values()].map((d) => d.article);
  }
}

function sameFacts(stored: FactSource[], fresh: FactSource[]): boolean {
  if (stored.length !== fresh.length) return false;
  // Stored evidence may be kept as offsets only (empty string): compare everything else.
  const strip = (f: FactSource) => JSON.stringify({ ...f, evidence: undefined });
  return stored.every((f, i) => strip(f) === strip(fresh[i]!));
}
