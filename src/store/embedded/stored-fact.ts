import type { Predicate, Status } from '../../extract/types.ts';
import type { FactSource } from '../graph-store.ts';
import { factKey } from '../article-graph.ts';

/**
 * A fact source as the embedded store holds it. Its key (predicate|subject|object|date) repeats its
 * own fields, so it is derived when read instead of held: a key string per fact was a tenth of the
 * heap. A key that does not follow that form (none is written today) is kept as given.
 */
/**
 * The distinct confidence values facts carry (a handful: one per rule). A fact holds its value's
 * index, a small integer kept inside the object, instead of a boxed double elsewhere on the heap that
 * every read of a fact's confidence would have to fetch.
 */
const CONFIDENCES: number[] = [];
const CONFIDENCE_INDEX = new Map<number, number>();

function confidenceIndex(c: number): number {
  let i = CONFIDENCE_INDEX.get(c);
  if (i === undefined) {
    i = CONFIDENCES.push(c) - 1;
    CONFIDENCE_INDEX.set(c, i);
  }
  return i;
}

export class StoredFact {
  // The fields grouping and filtering read come first: they share the object's first cache lines.
  predicate: Predicate;
  subject: string;
  object: string;
  date: string | null;
  status: Status;
  private confidenceAt: number;
  articleId: string;
  precision: FactSource['precision'];
  /** Empty when it is the text between the offsets, which is read back from the article. */
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  rule: string;
  role: string | null;
  eventId: string | null;
  private readonly givenKey: string | undefined;

  constructor(f: FactSource) {
    this.predicate = f.predicate;
    this.subject = f.subject;
    this.object = f.object;
    this.date = f.date;
    this.status = f.status;
    this.confidenceAt = confidenceIndex(f.confidence);
    this.articleId = f.articleId;
    this.precision = f.precision;
    this.evidence = f.evidence;
    this.evidenceStart = f.evidenceStart;
    this.evidenceEnd = f.evidenceEnd;
    this.rule = f.rule;
    this.role = f.role;
    this.eventId = f.eventId;
    this.givenKey = f.key === factKey(f.predicate, f.subject, f.object, f.date) ? undefined : f.key;
  }

  get confidence(): number {
    return CONFIDENCES[this.confidenceAt]!;
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
