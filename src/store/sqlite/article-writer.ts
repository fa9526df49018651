import type { EntityRecord } from '../../extract/lexicon/types.ts';
import type { ArticleGraph, FactSource, PutResult } from '../graph-store.ts';
import { sha256 } from '../article-graph.ts';
import { Counts } from './counts.ts';
import type { Db } from './database.ts';
import { DuplicateFinder, signed, type Signed } from './duplicate-finder.ts';
import { EntityWriter } from './entity-writer.ts';
import { EventResolver } from './event-resolver.ts';
import { FactResolver } from './fact-resolver.ts';

/** Every field of a fact source but its evidence, which is stored as offsets into the text when it can be. */
const COMPARED = ['key', 'predicate', 'subject', 'object', 'articleId', 'date', 'precision', 'status', 'evidenceStart', 'evidenceEnd', 'confidence', 'rule', 'role', 'eventId'] as const satisfies readonly (keyof FactSource)[];

/** What the facts of a document say, evidence aside: the same text with the same facts is an unchanged article. */
export function factsHash(facts: readonly FactSource[]): string {
  return sha256(JSON.stringify(facts.map((f) => COMPARED.map((k) => f[k]))));
}

/** A document's facts hash and text signature (null: not computed yet), from ArticleWriter.prepare. */
export interface Prepared {
  factsHash: string;
  text: Signed | null;
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
  private readonly facts: FactResolver;
  private readonly events: EventResolver;
  private readonly duplicates: DuplicateFinder;
  private readonly q;
  /**
   * The fact reports of this transaction's articles, written by writeFacts() in the order of the
   * triple (subject, object, predicate, date): a bulk batch's 20,000 new facts then go into the subject
   * and triple indexes in key order and into each (predicate, date) range of the others in subject
   * order, each page fetched while still in cache; written as each article came, every one of the four
   * index entries of a fact landed on a random page. Resolution reads and writes whole triples and
   * depends on the set of a triple's reports, not on their order, so it runs once per triple after.
   */
  private readonly pending: PendingFact[] = [];

  constructor(private readonly db: Db) {
    this.counts = new Counts(db);
    this.entities = new EntityWriter(db, this.counts);
    this.facts = new FactResolver(db, this.counts);
    this.events = new EventResolver(db, this.counts);
    this.duplicates = new DuplicateFinder(db);
    this.q = {
      find: db.prepare<[string], { rowid: number; hash: string; facts_hash: string }>('SELECT rowid, hash, facts_hash FROM articles WHERE id = ?'),
      insert: db.prepare(`INSERT INTO articles (id, file, url, source, published, title, language, hash, facts_hash, text, ingested_at, dup_group, minhash)
        VALUES (@id, @file, @url, @source, @published, @title, @language, @hash, @factsHash, @text, @ingestedAt, @group, @minhash)`),
      deleteArticle: db.prepare('DELETE FROM articles WHERE rowid = ?'),
      insertEvent: db.prepare('INSERT INTO events (id, article, kind, date, precision, status, place, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      insertParticipant: db.prepare('INSERT INTO event_participants (event, position, entity) VALUES (?, ?, ?)'),
      factsOfArticle: db.prepare<[number], { fact: number }>('SELECT DISTINCT fact FROM fact_sources WHERE article = ?').pluck(),
      deleteSources: db.prepare('DELETE FROM fact_sources WHERE article = ?'),
    };
  }

  /** Runs work in one IMMEDIATE transaction (the write lock from the start: no deadlock between two writers), counts included. */
  write<T>(work: () => T): T {
    try {
      return this.db.transaction(() => {
        const result = work();
        this.writeFacts();
        this.entities.flush();
        this.counts.flush();
        return result;
      }).immediate();
    } finally {
      this.pending.length = 0;
      this.entities.discard();
      this.counts.discard();
    }
  }

  /**
   * What put needs that depends on the document only, computed before the write transaction so the
   * lock is held for the writing alone: its facts' hash and its text's signature. The signature is
   * left out when the stored article is already this one (a re-ingest): put decides again inside.
   */
  prepare(doc: ArticleGraph): Prepared {
    const hash = factsHash(doc.facts);
    const old = this.q.find.get(doc.article.id);
    return { factsHash: hash, text: old && old.hash === doc.article.hash && old.facts_hash === hash ? null : signed(doc.article.text) };
  }

  put(doc: ArticleGraph, prepared: Prepared = { factsHash: factsHash(doc.facts), text: null }): PutResult {
    const a = doc.article;
    const hash = prepared.factsHash;
    const old = this.q.find.get(a.id);
    if (old && old.hash === a.hash && old.facts_hash === hash) return 'unchanged';
    const text = prepared.text ?? signed(a.text);
    if (old) this.remove(a.id, old.rowid);
    const dup = this.duplicates.find(a.id, text);
    const article = Number(this.q.insert.run({ ...a, factsHash: hash, group: dup.group, minhash: dup.minhash }).lastInsertRowid);
    this.duplicates.index(article, text.bands);
    this.counts.add('articles', 1);
    // Each report counts as an event until resolution merges it (EventResolver.added).
    this.counts.add('entity:Event', doc.events.length);
    const mentioned = new Map<string, EntityRecord>();
    for (const e of doc.entities) if (!mentioned.has(e.id)) mentioned.set(e.id, e);
    for (const e of mentioned.values()) this.entities.mention(e, a.id, a.published);
    for (const ev of doc.events) {
      const event = Number(this.q.insertEvent.run(ev.id, article, ev.kind, ev.date, ev.precision, ev.status, ev.place, ev.id).lastInsertRowid);
      ev.participants.forEach((p, i) => this.q.insertParticipant.run(event, i, p));
    }
    if (doc.events.length) this.events.added(doc.events);
    const offsetsHold = !ASTRAL.test(a.text);
    for (const f of doc.facts) {
      // A fact between an entity and itself, or to an entity the article does not name, has no place in the graph.
      if (f.subject === f.object || !mentioned.has(f.subject) || !mentioned.has(f.object)) continue;
      const evidence = offsetsHold && a.text.slice(f.evidenceStart, f.evidenceEnd) === f.evidence ? null : f.evidence;
      this.pending.push({ f, article, evidence });
    }
    return old ? 'updated' : 'created';
  }

  /** Writes the fact reports put() gathered, then resolves and summarises the facts they touched: before the transaction commits, and before any are taken back. */
  private writeFacts(): void {
    if (!this.pending.length) return;
    const pending = this.pending.splice(0).sort(byTriple);
    const touched = new Set<number>();
    const unresolved = new Map<string, NonNullable<ReturnType<FactResolver['add']>>>();
    for (const { f, article, evidence } of pending) {
      const triple = this.facts.add(f, article, evidence, touched);
      if (triple) unresolved.set(`${triple.predicate}|${triple.subject}|${triple.object}`, triple);
    }
    for (const t of unresolved.values()) this.facts.resolve(t, touched);
    // A copy of a stored story counts its facts' independent sources again, even those it only joined.
    for (const fact of touched) this.facts.summarise(fact);
  }

  /** Removes an article and the support it gave; facts and entities nothing else supports go with it. */
  retract(id: string): boolean {
    const old = this.q.find.get(id);
    if (!old) return false;
    this.remove(id, old.rowid);
    return true;
  }

  /** Removes an article, then resolves again the facts and events it was part of from the reports left. */
  private remove(id: string, article: number): void {
    // An earlier article of this transaction may share facts with this one: its reports are written first.
    this.writeFacts();
    const facts = this.q.factsOfArticle.all(article) as unknown as number[];
    const triples = facts.map((f) => this.facts.tripleOf(f)!);
    const events = this.events.groupsOf(article);
    this.q.deleteSources.run(article);
    const touched = new Set<number>(facts);
    for (const t of new Map(triples.map((t) => [`${t.predicate}|${t.subject}|${t.object}`, t])).values()) this.facts.resolve(t, touched);
    for (const fact of touched) this.facts.summarise(fact);
    this.entities.forget(id);
    this.counts.add('articles', -1);
    this.duplicates.unindex(article);
    // Events, participants and mentions go with the article (ON DELETE CASCADE).
    this.q.deleteArticle.run(article);
    if (events.length) this.events.removed(events);
  }
}

/** One article's report of a fact, waiting for writeFacts(). */
interface PendingFact {
  f: FactSource;
  article: number;
  evidence: string | null;
}

/** Subject, object, predicate, date: the key order of the subject and triple indexes (code units: close enough for page locality). */
function byTriple(a: PendingFact, b: PendingFact): number {
  const x = a.f;
  const y = b.f;
  return cmp(x.subject, y.subject) || cmp(x.object, y.object) || cmp(x.predicate, y.predicate) || cmp(x.date ?? '', y.date ?? '') || a.article - b.article;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
