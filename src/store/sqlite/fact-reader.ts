import { PREDICATES, SYMMETRIC, type Predicate } from '../../extract/types.ts';
import type { FactGroup, FactQuery, FactSource } from '../graph-store.ts';
import { MAX_PAGE } from '../graph-store.ts';
import { byCodePoint, groupFacts } from '../fact-query.ts';
import type { Db } from './database.ts';
import { FilteredStatements, filterParams, type FilterParams } from './fact-filters.ts';
import { FACT_COLUMNS, StoredFact, type FactRow, type SourceRow } from './rows.ts';

/** Newest first, then predicate, subject and object in code-point order: the order of every fact list. */
export const newestFirst = (a: FactGroup, b: FactGroup): number =>
  byCodePoint(b.date ?? '', a.date ?? '') || byCodePoint(a.predicate, b.predicate) || byCodePoint(a.subject, b.subject) || byCodePoint(a.object, b.object);

const SELECT = `SELECT ${FACT_COLUMNS} FROM facts`;

/**
 * The fact reads, given the filter conditions a question adds (fact-filters.ts). By subject and by
 * object, a page is one range of a covering index in the answer's order. A pair is read off the
 * triple index: the planner, without statistics, took the object index, which for a hub country
 * scans every fact of the hub; a triple holds a few dated facts, sorted after.
 */
export const FACT_READS = {
  bySubject: (and: string) => `${SELECT} WHERE subject = @id AND predicate = @predicate${and} ORDER BY date DESC, object LIMIT @n`,
  byObject: (and: string) => `${SELECT} WHERE object = @id AND predicate = @predicate${and} ORDER BY date DESC, subject LIMIT @n`,
  byPair: (and: string) => `${SELECT} INDEXED BY facts_by_triple WHERE subject = @subject AND object = @object AND predicate = @predicate${and} ORDER BY date DESC LIMIT @n`,
  byPredicate: (and: string) => `${SELECT} WHERE predicate = @predicate${and} ORDER BY date DESC, subject, object LIMIT @n`,
};

/**
 * Fact questions over the facts table. A question is split into arms, one per predicate and end
 * (subject or object), each read off an index in the answer's order with LIMIT, so the first page of
 * a hub's visitors reads twenty rows, not the hub's thousands; the arms are merged in code.
 */
export class FactReader {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      bySubject: new FilteredStatements<FactRow>(db, FACT_READS.bySubject),
      byObject: new FilteredStatements<FactRow>(db, FACT_READS.byObject),
      byPair: new FilteredStatements<FactRow>(db, FACT_READS.byPair),
      byPredicate: new FilteredStatements<FactRow>(db, FACT_READS.byPredicate),
      sources: db.prepare<[number], SourceRow>(`SELECT a.id AS article_id, s.status, s.confidence,
          coalesce(s.evidence, substr(a.text, s.evidence_start + 1, s.evidence_end - s.evidence_start)) AS evidence,
          s.evidence_start, s.evidence_end, s.rule, s.role, s.event_id, s.date AS reported_date
        FROM fact_sources s JOIN articles a ON a.rowid = s.article WHERE s.fact = ? ORDER BY a.id`),
      ofArticle: db.prepare<[string], ArticleFactRow>(`SELECT f.rowid, f.predicate, f.subject, f.object, f.date, f.precision, f.sources, f.independent, a.id AS article_id,
          s.status, s.confidence, coalesce(s.evidence, substr(a.text, s.evidence_start + 1, s.evidence_end - s.evidence_start)) AS evidence,
          s.evidence_start, s.evidence_end, s.rule, s.role, s.event_id, s.date AS reported_date
        FROM articles a JOIN fact_sources s ON s.article = a.rowid JOIN facts f ON f.rowid = s.fact WHERE a.id = ?`),
    };
  }

  /** A fact row as the interface returns it; its sources are read when asked for. */
  fact = (row: FactRow): StoredFact => new StoredFact(row, this.readSources);

  private readSources = (fact: StoredFact, rowid: number): FactSource[] => this.q.sources.all(rowid).map((r) => fact.source(r));

  facts(q: FactQuery): FactGroup[] {
    if (q.articleId) return groupFacts(this.articleSources(q.articleId), q);
    const offset = Math.max(0, q.offset ?? 0);
    const limit = Math.min(MAX_PAGE, Math.max(1, q.limit ?? MAX_PAGE));
    // One parameter object for every arm, filled in place: spread copies per arm were garbage on
    // the request path (statements ignore the parameters they do not name).
    const p = filterParams(q) as ArmParams;
    p.n = offset + limit;
    const facts: StoredFact[] = [];
    let arms = 0;
    for (const predicate of q.predicates?.length ? q.predicates : PREDICATES) {
      p.predicate = predicate;
      for (const arm of armsOf(q, predicate)) {
        arms++;
        let rows: FactRow[];
        if (arm.subject !== undefined && arm.object !== undefined) {
          p.subject = arm.subject;
          p.object = arm.object;
          rows = this.q.byPair.all(p);
        } else if (arm.subject !== undefined || arm.object !== undefined) {
          p.id = (arm.subject ?? arm.object)!;
          rows = (arm.subject !== undefined ? this.q.bySubject : this.q.byObject).all(p);
        } else rows = this.q.byPredicate.all(p);
        for (const row of rows) facts.push(this.fact(row));
      }
    }
    // One arm is read in the answer's order already (SQLite compares text by its UTF-8 bytes, which
    // is code-point order); several are merged.
    if (arms > 1) facts.sort(newestFirst);
    return offset > 0 || facts.length > limit ? facts.slice(offset, offset + limit) : facts;
  }

  /** The support one article gave, evidence included. */
  articleSources(articleId: string): FactSource[] {
    return this.q.ofArticle.all(articleId).map((r) => this.fact([r.rowid, r.predicate, r.subject, r.object, r.date, r.precision, r.status, r.sources, r.independent, r.confidence]).source(r));
  }
}

/** The parameters of one arm's statement: the filters, the page's end and the arm's predicate and ends. */
type ArmParams = FilterParams & { n: number; predicate: Predicate; id?: string; subject?: string; object?: string };

/** A fact with one article's support for it (the source's status and confidence). */
type ArticleFactRow = SourceRow & { rowid: number; predicate: Predicate; subject: string; object: string; date: string; precision: FactSource['precision']; sources: number; independent: number };

/** The index reads a question needs for one predicate: MET and JOINT_EXERCISE are stored once and match either way round. */
function armsOf(q: FactQuery, predicate: Predicate): { subject?: string; object?: string }[] {
  const sym = SYMMETRIC.has(predicate);
  if (q.either) return [{ subject: q.either }, { object: q.either }];
  if (q.subject && q.object) return sym ? [{ subject: q.subject, object: q.object }, { subject: q.object, object: q.subject }] : [{ subject: q.subject, object: q.object }];
  if (q.subject) return sym ? [{ subject: q.subject }, { object: q.subject }] : [{ subject: q.subject }];
  if (q.object) return sym ? [{ object: q.object }, { subject: q.object }] : [{ object: q.object }];
  return [{}];
}
