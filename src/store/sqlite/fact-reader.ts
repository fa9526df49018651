import { PREDICATES, SYMMETRIC, type Predicate } from '../../extract/types.ts';
import type { FactGroup, FactQuery, FactSource } from '../graph-store.ts';
import { MAX_PAGE } from '../graph-store.ts';
import { byCodePoint, groupFacts } from '../fact-query.ts';
import type { Db } from './database.ts';
import { FilteredStatements, filterParams } from './fact-filters.ts';
import { StoredFact, type FactRow, type SourceRow } from './rows.ts';

/** Newest first, then predicate, subject and object in code-point order: the order of every fact list. */
export const newestFirst = (a: FactGroup, b: FactGroup): number =>
  byCodePoint(b.date ?? '', a.date ?? '') || byCodePoint(a.predicate, b.predicate) || byCodePoint(a.subject, b.subject) || byCodePoint(a.object, b.object);

/**
 * Fact questions over the facts table. A question is split into arms, one per predicate and end
 * (subject or object), each read off an index in the answer's order with LIMIT, so the first page of
 * a hub's visitors reads twenty rows, not the hub's thousands; the arms are merged in code.
 */
export class FactReader {
  private readonly q;

  constructor(db: Db) {
    const select = 'SELECT rowid, predicate, subject, object, date, precision, status, sources, independent, confidence FROM facts';
    this.q = {
      bySubject: new FilteredStatements<FactRow>(db, (and) => `${select} WHERE subject = @id AND predicate = @predicate${and} ORDER BY date DESC, object LIMIT @n`),
      byObject: new FilteredStatements<FactRow>(db, (and) => `${select} WHERE object = @id AND predicate = @predicate${and} ORDER BY date DESC, subject LIMIT @n`),
      byPair: new FilteredStatements<FactRow>(db, (and) => `${select} WHERE subject = @subject AND object = @object AND predicate = @predicate${and} ORDER BY date DESC LIMIT @n`),
      byPredicate: new FilteredStatements<FactRow>(db, (and) => `${select} WHERE predicate = @predicate${and} ORDER BY date DESC, subject, object LIMIT @n`),
      sources: db.prepare<[number], SourceRow>(`SELECT a.id AS article_id, s.status, s.confidence,
          coalesce(s.evidence, substr(a.text, s.evidence_start + 1, s.evidence_end - s.evidence_start)) AS evidence,
          s.evidence_start, s.evidence_end, s.rule, s.role, s.event_id, s.date AS reported_date
        FROM fact_sources s JOIN articles a ON a.rowid = s.article WHERE s.fact = ? ORDER BY a.id`),
      ofArticle: db.prepare<[string], FactRow & SourceRow>(`SELECT f.rowid, f.predicate, f.subject, f.object, f.date, f.precision, f.sources, f.independent, a.id AS article_id,
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
    const base = { ...filterParams(q), n: offset + limit };
    const rows: FactRow[] = [];
    for (const predicate of q.predicates?.length ? q.predicates : PREDICATES) {
      const p = { ...base, predicate };
      for (const arm of arms(q, predicate)) {
        if (arm.subject !== undefined && arm.object !== undefined) rows.push(...this.q.byPair.all({ ...p, subject: arm.subject, object: arm.object }));
        else if (arm.subject !== undefined) rows.push(...this.q.bySubject.all({ ...p, id: arm.subject }));
        else if (arm.object !== undefined) rows.push(...this.q.byObject.all({ ...p, id: arm.object }));
        else rows.push(...this.q.byPredicate.all(p));
      }
    }
    return rows.map(this.fact).sort(newestFirst).slice(offset, offset + limit);
  }

  /** The support one article gave, evidence included. */
  articleSources(articleId: string): FactSource[] {
    return this.q.ofArticle.all(articleId).map((r) => this.fact(r).source(r));
  }
}

/** The index reads a question needs for one predicate: MET and JOINT_EXERCISE are stored once and match either way round. */
function arms(q: FactQuery, predicate: Predicate): { subject?: string; object?: string }[] {
  const sym = SYMMETRIC.has(predicate);
  if (q.either) return [{ subject: q.either }, { object: q.either }];
  if (q.subject && q.object) return sym ? [{ subject: q.subject, object: q.object }, { subject: q.object, object: q.subject }] : [{ subject: q.subject, object: q.object }];
  if (q.subject) return sym ? [{ subject: q.subject }, { object: q.subject }] : [{ subject: q.subject }];
  if (q.object) return sym ? [{ object: q.object }, { subject: q.object }] : [{ object: q.object }];
  return [{}];
}
