import type { Predicate, Status } from '../../extract/types.ts';
import type { FactSource } from '../graph-store.ts';
import { factKey } from '../article-graph.ts';

/**
 * A fact source as the embedded store holds it. Its key (predicate|subject|object|date) repeats its
 * own fields, so it is derived when read instead of held: a key string per fact was a tenth of the
 * heap. A key that does not follow that form (none is written today) is kept as given.
 */
export class StoredFact {
  predicate: Predicate;
  subject: string;
  object: string;
  articleId: string;
  date: string | null;
  precision: FactSource['precision'];
  status: Status;
  /** Empty when it is the text between the offsets, which is read back from the article. */
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  confidence: number;
  rule: string;
  role: string | null;
  eventId: string | null;
  private readonly givenKey: string | undefined;

  constructor(f: FactSource) {
    this.predicate = f.predicate;
    this.subject = f.subject;
    this.object = f.object;
    this.articleId = f.articleId;
    this.date = f.date;
    this.precision = f.precision;
    this.status = f.status;
    this.evidence = f.evidence;
    this.evidenceStart = f.evidenceStart;
    this.evidenceEnd = f.evidenceEnd;
    this.confidence = f.confidence;
    this.rule = f.rule;
    this.role = f.role;
    this.eventId = f.eventId;
    this.givenKey = f.key === factKey(f.predicate, f.subject, f.object, f.date) ? undefined : f.key;
  }

  get key(): string {
    return this.givenKey ?? factKey(this.predicate, this.subject, this.object, this.date);
  }

  /** The plain record the store's interface returns, with the evidence sentence filled in. */
  toSource(evidence: string): FactSource {
    return {
      key: this.key, predicate: this.predicate, subject: this.subject, object: this.object, articleId: this.articleId,
      date: this.date, precision: this.precision, status: this.status, evidence: this.evidence || evidence,
      evidenceStart: this.evidenceStart, evidenceEnd: this.evidenceEnd, confidence: this.confidence, rule: this.rule,
      role: this.role, eventId: this.eventId,
    };
  }
}
