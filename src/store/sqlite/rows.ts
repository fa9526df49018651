import type { EntityRecord, EntityType } from '../../extract/lexicon/types.ts';
import type { Predicate, Status } from '../../extract/types.ts';
import type { ArticleRecord, EventRecord, FactGroup, FactSource } from '../graph-store.ts';
import { factKey } from '../article-graph.ts';
import { cameoOf } from '../resolve/cameo.ts';

/** Rows as SQLite returns them, and the records the GraphStore interface returns. */

/**
 * The columns every fact read selects, in FactRow's order. Fact statements run in better-sqlite3's
 * raw mode: a row is an array, not an object with ten named properties built per row (a quarter of
 * a one-hop read's time, measured in isolation).
 */
export const FACT_COLUMNS = 'rowid, predicate, subject, object, date, precision, status, sources, independent, confidence';

export type FactRow = [
  rowid: number, predicate: Predicate, subject: string, object: string, date: string, precision: FactSource['precision'],
  status: Status, sources: number, independent: number, confidence: number,
];

/** FactRow's fields by position. */
export const F = { rowid: 0, predicate: 1, subject: 2, object: 3, date: 4, precision: 5, status: 6, sources: 7, independent: 8, confidence: 9 } as const;

export interface SourceRow {
  article_id: string;
  status: Status;
  confidence: number;
  evidence: string;
  evidence_start: number;
  evidence_end: number;
  rule: string;
  role: string | null;
  event_id: string | null;
  /** The date this article gave ('' undated), before resolution. */
  reported_date: string;
}

export interface EntityRow {
  rowid: number;
  id: string;
  type: EntityType;
  name: string;
  name_ar: string | null;
  code: string | null;
  country_code: string | null;
  role: string | null;
  known: number;
  state: number | null;
  mentions: number;
}

export interface ArticleRow {
  id: string;
  file: string;
  url: string | null;
  source: string | null;
  published: string | null;
  title: string | null;
  language: string;
  hash: string;
  text: string;
  ingested_at: string;
  dup_group: string | null;
}

export function toArticle(r: ArticleRow): ArticleRecord {
  return {
    id: r.id, file: r.file, url: r.url, source: r.source, published: r.published, title: r.title, language: r.language, hash: r.hash, text: r.text,
    ingestedAt: r.ingested_at, duplicateGroup: r.dup_group ?? r.id,
  };
}

/** An entity as the interface returns it, with the number of articles that mention it; optional fields only when set. */
export function toEntity(r: EntityRow, forms: string[]): EntityRecord & { mentionCount: number } {
  const e = { id: r.id, type: r.type, name: r.name, nameAr: r.name_ar, aliases: forms.filter((f) => f !== r.name_ar), known: r.known === 1 } as EntityRecord & { mentionCount: number };
  if (r.code !== null) e.code = r.code;
  if (r.country_code !== null) e.countryCode = r.country_code;
  if (r.role !== null) e.role = r.role;
  if (r.state !== null) e.state = r.state === 1;
  e.mentionCount = r.mentions;
  return e;
}

export function toEvent(r: Omit<EventRecord, 'participants'>, participants: string[]): EventRecord {
  return { id: r.id, kind: r.kind, articleId: r.articleId, date: r.date, precision: r.precision, status: r.status, place: r.place, participants };
}

/**
 * A fact row as a FactGroup. Its sources (with evidence) are read only when asked for: a question
 * that returns counts and ends never reads them.
 */
export class StoredFact implements FactGroup {
  readonly predicate: Predicate;
  readonly subject: string;
  readonly object: string;
  readonly date: string | null;
  readonly precision: FactSource['precision'];
  readonly status: Status;
  readonly sourceCount: number;
  readonly independentSources: number;
  readonly cameo: string | null;
  readonly confidence: number;
  private read: FactSource[] | undefined;

  constructor(row: FactRow, private readonly readSources: (fact: StoredFact, rowid: number) => FactSource[], readonly rowid = row[F.rowid]) {
    this.predicate = row[F.predicate];
    this.subject = row[F.subject];
    this.object = row[F.object];
    this.date = row[F.date] === '' ? null : row[F.date];
    this.precision = row[F.precision];
    this.status = row[F.status];
    this.sourceCount = row[F.sources];
    this.independentSources = row[F.independent];
    this.cameo = cameoOf(row[F.predicate]);
    this.confidence = row[F.confidence];
  }

  get key(): string {
    return factKey(this.predicate, this.subject, this.object, this.date);
  }

  get sources(): FactSource[] {
    return (this.read ??= this.readSources(this, this.rowid));
  }

  /** A source of this fact as the interface returns it. */
  source(r: SourceRow): FactSource {
    return {
      key: this.key, predicate: this.predicate, subject: this.subject, object: this.object, articleId: r.article_id, date: this.date,
      precision: this.precision, reportedDate: r.reported_date === '' ? null : r.reported_date, status: r.status, evidence: r.evidence, evidenceStart: r.evidence_start, evidenceEnd: r.evidence_end,
      confidence: r.confidence, rule: r.rule, role: r.role, eventId: r.event_id,
    };
  }

  toJSON(): FactGroup {
    const { key, predicate, subject, object, date, precision, status, sourceCount, independentSources, cameo, confidence, sources } = this;
    return { key, predicate, subject, object, date, precision, status, sourceCount, independentSources, cameo, confidence, sources };
  }
}
