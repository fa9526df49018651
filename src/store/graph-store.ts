import type { EntityRecord, EntityType } from '../extract/lexicon/types.ts';
import type { Predicate, Status } from '../extract/types.ts';

/** An article as stored: its metadata, its text (for reindexing) and a hash of the text. */
export interface ArticleRecord {
  id: string;
  file: string;
  url: string | null;
  source: string | null;
  published: string | null;
  title: string | null;
  language: string;
  /** sha256 of the text: a changed article (same id, new text) replaces its facts. */
  hash: string;
  text: string;
  ingestedAt: string;
  /** The near-duplicate group the store put it in (its own id when no stored article is a copy); set by the store. */
  duplicateGroup?: string | null;
}

/** One article's support for a fact: the provenance every fact relationship carries. */
export interface FactSource {
  /** predicate|subject|object|date: the fact this supports; several articles share it. */
  key: string;
  predicate: Predicate;
  subject: string;
  object: string;
  articleId: string;
  /** Written: the date this article gives. Read from a fact: the fact's resolved date (reportedDate keeps the article's). */
  date: string | null;
  precision: 'day' | 'month' | 'year' | null;
  /** On read, the date this article gave before resolution merged it into the fact (2023 in a fact dated 2023-07). */
  reportedDate?: string | null;
  status: Status;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  confidence: number;
  rule: string;
  role: string | null;
  eventId: string | null;
}

export interface EventRecord {
  id: string;
  kind: 'meeting' | 'exercise';
  articleId: string;
  date: string | null;
  precision: 'day' | 'month' | 'year' | null;
  status: Status;
  place: string | null;
  participants: string[];
  /** Read from a store's documents(): the resolved event this report is part of. */
  event?: string;
  /** Read from a resolved event: every article that reports it, and the reports (one per article) it merges. */
  articleIds?: string[];
  reportIds?: string[];
}

/** Everything one article contributes to the graph; written and removed as a whole. */
export interface ArticleGraph {
  article: ArticleRecord;
  entities: EntityRecord[];
  events: EventRecord[];
  facts: FactSource[];
}

/** A fact with all the articles that support it. */
export interface FactGroup {
  key: string;
  predicate: Predicate;
  subject: string;
  object: string;
  date: string | null;
  precision: 'day' | 'month' | 'year' | null;
  /** The firmest status any source gives. */
  status: Status;
  /** Articles that report it. */
  sourceCount: number;
  /** Distinct stories by distinct outlets: near-copies of one story and one outlet's articles count once. */
  independentSources: number;
  /** The CAMEO event code of the predicate (GDELT's), null for OFFICIAL_OF. */
  cameo: string | null;
  confidence: number;
  sources: FactSource[];
  /** One page of sources, made without making the others (the API pages sources); else sources.slice. */
  sourcesPage?(offset: number, limit: number): FactSource[];
}

export interface FactQuery {
  predicates?: Predicate[];
  subject?: string;
  object?: string;
  /** Facts with this entity at either end. */
  either?: string;
  /** ISO date bounds, compared at the fact's precision. */
  from?: string;
  to?: string;
  statuses?: Status[];
  /** At least this many independent sources (independentSources). */
  minSources?: number;
  /** Only the support one article gave. */
  articleId?: string;
  limit?: number;
  offset?: number;
}

export interface NeighbourhoodQuery {
  depth: 1 | 2;
  predicates?: Predicate[];
  from?: string;
  to?: string;
  statuses?: Status[];
  /** At most this many facts (the strongest first). */
  limit?: number;
}

export interface Subgraph {
  nodes: EntityRecord[];
  edges: FactGroup[];
}

export interface GraphPath {
  /** Entity ids from start to end. */
  nodes: string[];
  /** One fact per hop, the best supported one. */
  edges: FactGroup[];
}

/** Hard caps that keep one request from walking the whole graph. */
export const MAX_DEPTH = 2;
export const MAX_HOPS = 6;
export const MAX_SUBGRAPH_FACTS = 500;

export interface StoreStats {
  articles: number;
  entities: Partial<Record<EntityType | 'Event', number>>;
  facts: Partial<Record<Predicate, number>>;
}

export type PutResult = 'created' | 'updated' | 'unchanged';

/**
 * The one storage interface: every read the API needs is a method here. Implemented by the embedded
 * store (SQLite, src/store/sqlite) and the Neo4j store; one contract suite runs against both.
 */
export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  init(): Promise<void>;
  close(): Promise<void>;
  /** Writes an article and its facts atomically, replacing what the same article id held before. The store may keep and trim the document it is given. */
  putArticle(doc: ArticleGraph): Promise<PutResult>;
  /** Several articles in one transaction where the store can (bulk ingest): each whole, all or none. */
  putArticles?(docs: ArticleGraph[]): Promise<PutResult[]>;
  /** Removes an article and the support it gave; facts no other article supports disappear. */
  retractArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  listArticles(opts?: { limit?: number; offset?: number }): Promise<ArticleRecord[]>;
  getEntity(id: string): Promise<EntityRecord | null>;
  searchEntities(query: string, limit?: number): Promise<EntityRecord[]>;
  facts(query: FactQuery): Promise<FactGroup[]>;
  /**
   * facts() at one entity (subject, object or either) with the records of that entity (none when no
   * entity has the id) and of the facts' other ends, in one read: for a store whose every read is a
   * round trip to a server (Neo4j), where a one-hop question was otherwise three reads.
   */
  factsWithEntities?(query: FactQuery): Promise<{ groups: FactGroup[]; entities: EntityRecord[] }>;
  getEntities(ids: string[]): Promise<Map<string, EntityRecord>>;
  getEvent(id: string): Promise<EventRecord | null>;
  articlesMentioning(id: string, opts?: { limit?: number; offset?: number }): Promise<ArticleRecord[]>;
  /** The entities within depth 1 or 2 of one entity and the facts between them, ready to draw. */
  neighbourhood(id: string, query: NeighbourhoodQuery): Promise<Subgraph>;
  /** Shortest connections between two entities over fact relationships, up to maxHops (capped at MAX_HOPS). */
  paths(from: string, to: string, maxHops: number, limit?: number): Promise<GraphPath[]>;
  stats(): Promise<StoreStats>;
  /** Throws unless the store answers: what /ready asks. Constant time at any size (never counts). */
  ready(): Promise<void>;
  /** Every stored article with what it contributed, evidence included, in id order: what exports read. */
  documents(): AsyncIterable<ArticleGraph>;
}

export const MAX_PAGE = 100;
