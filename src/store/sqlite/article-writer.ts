import type { EntityRecord } from '../../extract/lexicon/types.ts';
import type { ArticleGraph, FactSource, PutResult } from '../graph-store.ts';
import { sha256 } from '../article-graph.ts';
import { Counts } from './counts.ts';
import type { Db } from './database.ts';
import { EntityWriter } from './entity-writer.ts';

/** Every field of a fact source but its evidence, which is stored as offsets into the text when it can be. */
const COMPARED = ['key', 'predicate', 'subject', 'object', 'articleId', 'date', 'precision', 'status', 'evidenceStart', 'evidenceEnd', 'confidence', 'rule', 'role', 'eventId'] as const satisfies readonly (keyof FactSource)[];

/** What the facts of a document say, evidence aside: the same text with the same facts is an unchanged article. */
export function factsHash(facts: readonly FactSource[]): string {
  return sha256(JSON.stringify(facts.map((f) => COMPARED.map((k) => f[k]))));
}

/** A text in which JavaScript's offsets (UTF-16) and SQLite's substr (code points) agree. */
const ASTRAL = /[\uD800-\uDFFF]/;

/**
 * Writes and removes whole articles. put and retract run inside a transaction opened by write(): an
 * article, or a batch of them, is written whole or not at all.
 */
export class ArticleWriter {
  private readonly counts: Counts;
  private readonly entities: EntityWriter;
  private readonly q;

  constructor(private readonly db: Db) {
    this.counts = new Counts(db);
    this.entities = new EntityWriter(db, this.counts);
    this.q = {
      find: db.prepare<[string], { rowid: number; hash: string; facts_hash: string }>('SELECT rowid, hash, facts_hash FROM articles WHERE id = ?'),
      insert: db.prepare(`INSERT INTO articles (id, file, url, source, published, title, language, hash, facts_hash, text, ingested_at)
        VALUES (@id, @file, @url, @source, @published, @title, @language, @hash, @factsHash, @text, @ingestedAt)`),
      deleteArticle: db.prepare('DELETE FROM articles WHERE rowid = ?'),
      insertEvent: db.prepare('INSERT INTO events (id, article, kind, date, precision, status, place) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertParticipant: db.prepare('INSERT INTO event_participants (event, position, entity) VALUES (?, ?, ?)'),
      findFact: db.prepare<[string, string, string, string], number>('SELECT rowid FROM facts WHERE predicate = ? AND date = ? AND subject = ? AND object = ?').pluck(),
      // Most facts are new: one statement for them, a lookup only for a fact another article gave.
      insertFact: db.prepare<unknown[], number>(`INSERT OR IGNORE INTO facts (predicate, subject, object, date, precision, status, sources, confidence)
        VALUES (?, ?, ?, ?, ?, ?, 1, ?) RETURNING rowid`).pluck(),
      eventsOf: db.prepare<[number], number>('SELECT count(*) FROM events WHERE article = ?').pluck(),
      insertSource: db.prepare(`INSERT INTO fact_sources (fact, article, status, confidence, evidence, evidence_start, evidence_end, rule, role, event_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      factsOfArticle: db.prepare<[number], { fact: number }>('SELECT DISTINCT fact FROM fact_sources WHERE article = ?').pluck(),
      deleteSources: db.prepare('DELETE FROM fact_sources WHERE article = ?'),
      deleteFactIfUnsupported: db.prepare<[{ fact: number }], string>('DELETE FROM facts WHERE rowid = @fact AND NOT EXISTS (SELECT 1 FROM fact_sources WHERE fact = @fact) RETURNING predicate').pluck(),
      // A fact with several sources: the firmest status (occurred, planned, possible), the articles, the best confidence.
      summarise: db.prepare(`UPDATE facts SET
          sources = (SELECT count(DISTINCT article) FROM fact_sources WHERE fact = @fact),
          confidence = (SELECT max(confidence) FROM fact_sources WHERE fact = @fact),
          status = (SELECT status FROM fact_sources WHERE fact = @fact
            ORDER BY CASE status WHEN 'occurred' THEN 0 WHEN 'planned' THEN 1 ELSE 2 END LIMIT 1)
        WHERE rowid = @fact`),
    };
  }

  /** Runs work in one IMMEDIATE transaction (the write lock from the start: no deadlock between two writers), counts included. */
  write<T>(work: () => T): T {
    try {
      return this.db.transaction(() => {
        const result = work();
        this.entities.flush();
        this.counts.flush();
        return result;
      }).immediate();
    } finally {
      this.entities.discard();
      this.counts.discard();
    }
  }

  put(doc: ArticleGraph): PutResult {
    const a = doc.article;
    const hash = factsHash(doc.facts);
    const old = this.q.find.get(a.id);
    if (old && old.hash === a.hash && old.facts_hash === hash) return 'unchanged';
    if (old) this.remove(a.id, old.rowid);
    const article = Number(this.q.insert.run({ ...a, factsHash: hash }).lastInsertRowid);
    this.counts.add('articles', 1);
    this.counts.add('entity:Event', doc.events.length);
    const mentioned = new Map<string, EntityRecord>();
    for (const e of doc.entities) if (!mentioned.has(e.id)) mentioned.set(e.id, e);
    for (const e of mentioned.values()) this.entities.mention(e, a.id, a.published);
    for (const ev of doc.events) {
      const event = Number(this.q.insertEvent.run(ev.id, article, ev.kind, ev.date, ev.precision, ev.status, ev.place).lastInsertRowid);
      ev.participants.forEach((p, i) => this.q.insertParticipant.run(event, i, p));
    }
    const offsetsHold = !ASTRAL.test(a.text);
    const touched = new Set<number>();
    for (const f of doc.facts) {
      // A fact between an entity and itself, or to an entity the article does not name, has no place in the graph.
      if (f.subject === f.object || !mentioned.has(f.subject) || !mentioned.has(f.object)) continue;
      const date = f.date ?? '';
      let fact = this.q.insertFact.get(f.predicate, f.subject, f.object, date, f.precision, f.status, f.confidence);
      if (fact === undefined) touched.add((fact = this.q.findFact.get(f.predicate, date, f.subject, f.object)!));
      else this.counts.add(`fact:${f.predicate}`, 1);
      const evidence = offsetsHold && a.text.slice(f.evidenceStart, f.evidenceEnd) === f.evidence ? null : f.evidence;
      this.q.insertSource.run(fact, article, f.status, f.confidence, evidence, f.evidenceStart, f.evidenceEnd, f.rule, f.role, f.eventId);
    }
    for (const fact of touched) this.q.summarise.run({ fact });
    return old ? 'updated' : 'created';
  }

  /** Removes an article and the support it gave; facts and entities nothing else supports go with it. */
  retract(id: string): boolean {
    const old = this.q.find.get(id);
    if (!old) return false;
    this.remove(id, old.rowid);
    return true;
  }

  private remove(id: string, article: number): void {
    const facts = this.q.factsOfArticle.all(article) as unknown as number[];
    this.q.deleteSources.run(article);
    for (const fact of facts) {
      const gone = this.q.deleteFactIfUnsupported.get({ fact });
      if (gone) this.counts.add(`fact:${gone}`, -1);
      else this.q.summarise.run({ fact });
    }
    this.entities.forget(id);
    this.counts.add('articles', -1);
    this.counts.add('entity:Event', -this.q.eventsOf.get(article)!);
    // Events, participants and mentions go with the article (ON DELETE CASCADE).
    this.q.deleteArticle.run(article);
  }
}
