import { PREDICATES, type Predicate } from '../../extract/types.ts';
import type { FactSource } from '../graph-store.ts';
import { precisionOf, resolveDates } from '../resolve/fact-dates.ts';
import { independentSources } from '../resolve/independence.ts';
import type { Counts } from './counts.ts';
import type { Db } from './database.ts';

/** The count key of each predicate, made once: a key string built per fact was hashed anew on every count. */
const COUNT_KEY = new Map<string, string>(PREDICATES.map((p) => [p, `fact:${p}`]));
const countKey = (p: string): string => COUNT_KEY.get(p) ?? `fact:${p}`;

interface Triple {
  predicate: Predicate;
  subject: string;
  object: string;
}

/**
 * The embedded store's side of fact resolution (src/store/resolve/fact-dates.ts): facts rows are
 * resolved facts, fact_sources rows keep each article's own date. A report whose date already has a
 * fact joins it at once (the set of dates, and so the resolution, is unchanged); a report that brings
 * a new date to a triple that has other facts re-resolves that triple, as a retract does.
 */
export class FactResolver {
  private readonly q;

  constructor(db: Db, private readonly counts: Counts) {
    this.q = {
      findFact: db.prepare<[string, string, string, string], number>('SELECT rowid FROM facts WHERE predicate = ? AND date = ? AND subject = ? AND object = ?').pluck(),
      // Most facts are new: one statement for them, a lookup only for a fact another article gave. It
      // also answers whether the triple has a fact at another date (to resolve): a subquery of
      // RETURNING, off the triple index the insert has just written, costs less than a statement of its own.
      insertFact: db.prepare<unknown[], [number, number]>(`INSERT OR IGNORE INTO facts (predicate, subject, object, date, precision, status, sources, confidence)
        VALUES (?, ?, ?, ?, ?, ?, 1, ?) RETURNING rowid, EXISTS (SELECT 1 FROM facts o
          WHERE o.subject = facts.subject AND o.object = facts.object AND o.predicate = facts.predicate AND o.rowid <> facts.rowid)`).raw(),
      insertSource: db.prepare(`INSERT INTO fact_sources (fact, article, status, confidence, evidence, evidence_start, evidence_end, rule, role, event_id, date, precision)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      sourcesOfTriple: db.prepare<[string, string, string], { source: number; date: string; fact: number; fact_date: string }>(`SELECT s.rowid AS source, s.date, s.fact, f.date AS fact_date
        FROM facts f JOIN fact_sources s ON s.fact = f.rowid WHERE f.subject = ? AND f.object = ? AND f.predicate = ?`),
      move: db.prepare('UPDATE fact_sources SET fact = ? WHERE rowid = ?'),
      deleteIfUnsupported: db.prepare<[{ fact: number }], string>('DELETE FROM facts WHERE rowid = @fact AND NOT EXISTS (SELECT 1 FROM fact_sources WHERE fact = @fact) RETURNING predicate').pluck(),
      // The firmest status (occurred, planned, possible), the articles, the best confidence.
      summarise: db.prepare<[{ fact: number }], number>(`UPDATE facts SET
          sources = (SELECT count(DISTINCT article) FROM fact_sources WHERE fact = @fact),
          confidence = (SELECT max(confidence) FROM fact_sources WHERE fact = @fact),
          status = (SELECT status FROM fact_sources WHERE fact = @fact
            ORDER BY CASE status WHEN 'occurred' THEN 0 WHEN 'planned' THEN 1 ELSE 2 END LIMIT 1)
        WHERE rowid = @fact RETURNING sources`).pluck(),
      origins: db.prepare<[number], { articleId: string; story: string | null; outlet: string | null }>(`SELECT DISTINCT a.id AS articleId, a.dup_group AS story, a.source AS outlet
        FROM fact_sources s JOIN articles a ON a.rowid = s.article WHERE s.fact = ?`),
      setIndependent: db.prepare('UPDATE facts SET independent = ? WHERE rowid = ?'),
      tripleOf: db.prepare<[number], Triple>('SELECT predicate, subject, object FROM facts WHERE rowid = ?'),
    };
  }

  /**
   * Writes one article's report of a fact. Returns the triple when it needs resolving (a new date next
   * to other facts of it), else null; facts it joined are added to touched (to summarise).
   */
  add(f: FactSource, article: number, evidence: string | null, touched: Set<number>): Triple | null {
    const date = f.date ?? '';
    const inserted = this.q.insertFact.get(f.predicate, f.subject, f.object, date, f.precision, f.status, f.confidence);
    let fact: number;
    let resolve = false;
    if (inserted === undefined) touched.add((fact = this.q.findFact.get(f.predicate, date, f.subject, f.object)!));
    else {
      this.counts.add(countKey(f.predicate), 1);
      fact = inserted[0];
      resolve = inserted[1] === 1;
    }
    this.q.insertSource.run(fact, article, f.status, f.confidence, evidence, f.evidenceStart, f.evidenceEnd, f.rule, f.role, f.eventId, date, f.precision);
    return resolve ? { predicate: f.predicate, subject: f.subject, object: f.object } : null;
  }

  /** The triple a fact row is of (read before its sources go). */
  tripleOf(fact: number): Triple | undefined {
    return this.q.tripleOf.get(fact);
  }

  /** Moves each source of the triple to the fact its date resolves to; facts left without sources go. */
  resolve(t: Triple, touched: Set<number>): void {
    const rows = this.q.sourcesOfTriple.all(t.subject, t.object, t.predicate);
    const target = resolveDates(rows.map((r) => r.date));
    const emptied = new Set<number>();
    for (const r of rows) {
      const date = target.get(r.date)!;
      if (date === r.fact_date) continue;
      let fact = this.q.insertFact.get(t.predicate, t.subject, t.object, date, precisionOf(date), 'possible', 0)?.[0];
      if (fact === undefined) fact = this.q.findFact.get(t.predicate, date, t.subject, t.object)!;
      else this.counts.add(countKey(t.predicate), 1);
      this.q.move.run(fact, r.source);
      touched.add(fact);
      emptied.add(r.fact);
    }
    for (const fact of emptied) {
      if (this.q.deleteIfUnsupported.get({ fact })) {
        this.counts.add(countKey(t.predicate), -1);
        touched.delete(fact);
      } else touched.add(fact);
    }
  }

  /** A fact whose sources changed: its status, counts and confidence again; gone if it has no source left. */
  summarise(fact: number): void {
    const gone = this.q.deleteIfUnsupported.get({ fact });
    if (gone) {
      this.counts.add(`fact:${gone}`, -1);
      return;
    }
    const sources = this.q.summarise.get({ fact });
    if (sources === undefined) return;
    this.q.setIndependent.run(sources <= 1 ? sources : independentSources(this.q.origins.all(fact)), fact);
  }
}
