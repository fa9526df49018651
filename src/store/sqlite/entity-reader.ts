import type { EntityRecord } from '../../extract/lexicon/types.ts';
import { phraseKey } from '../../extract/text/normalize.ts';
import { MAX_PAGE } from '../graph-store.ts';
import { byCodePoint } from '../fact-query.ts';
import type { Db } from './database.ts';
import { toEntity, type EntityRow } from './rows.ts';

/** Search hits scored in code: FTS5 finds the candidates, best ranked first, from its index. */
const CANDIDATES = 400;

/** Entities kept between reads; a full cache starts again (it holds the hubs again within a few requests). */
const CACHED = 20_000;

type Stored = EntityRecord & { mentionCount: number };

/** An entity row with its forms as a JSON list. */
type EntityFormsRow = EntityRow & { forms: string };

const record = (row: EntityFormsRow): Stored => toEntity(row, JSON.parse(row.forms) as string[]);

/**
 * Entity lookups and name search. Records read are kept, frozen, until the database changes: SQLite's
 * data_version tells a commit by another process (ingest while serving), and the store calls
 * changed() after its own writes. Every answer names its entities (twenty people and their
 * countries on a hub's first page), and the same countries and people recur from request to request.
 */
export class EntityReader {
  private readonly q;
  private readonly cache = new Map<string, Stored>();
  private version = -1;

  constructor(db: Db) {
    // An entity's forms come in its row, as a JSON list in the order they were first given: one
    // statement per lookup, where the record and its forms were two (each with its json_each list).
    const withForms = `SELECT e.*, (SELECT json_group_array(form ORDER BY rowid) FROM entity_forms WHERE entity = e.rowid) AS forms FROM entities e`;
    this.q = {
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
      byId: db.prepare<[string], EntityFormsRow>(`${withForms} WHERE e.id = ?`),
      // A page of answers names up to a hundred entities: one statement for all of them, not one each.
      byIds: db.prepare<[string], EntityFormsRow>(`${withForms} WHERE e.id IN (SELECT value FROM json_each(?))`),
      byRowids: db.prepare<[string], EntityFormsRow>(`${withForms} WHERE e.rowid IN (SELECT value FROM json_each(?))`),
      search: db.prepare<[string, number], number>('SELECT rowid FROM entity_search WHERE entity_search MATCH ? ORDER BY rank LIMIT ?').pluck(),
    };
  }

  /** Forgets every kept record: this connection wrote (which does not change its own data_version). */
  changed(): void {
    this.cache.clear();
  }

  /** The cache, emptied first if another connection has committed since the last read. */
  private current(): Map<string, Stored> {
    const v = this.q.dataVersion.get()!;
    if (v !== this.version) {
      this.cache.clear();
      this.version = v;
    }
    return this.cache;
  }

  private keep(e: Stored): Stored {
    if (this.cache.size >= CACHED) this.cache.clear();
    Object.freeze(e.aliases);
    this.cache.set(e.id, Object.freeze(e));
    return e;
  }

  get(id: string): Stored | null {
    const kept = this.current().get(id);
    if (kept) return kept;
    const row = this.q.byId.get(id);
    return row ? this.keep(record(row)) : null;
  }

  /** The entities of the given ids that the store holds, read together, in the order asked. */
  many(ids: readonly string[]): Map<string, Stored> {
    const out = new Map<string, Stored>();
    if (!ids.length) return out;
    const cache = this.current();
    const found = new Map<string, Stored>();
    for (const id of ids) {
      const e = cache.get(id);
      if (e) found.set(id, e);
    }
    const missing = found.size ? ids.filter((id) => !found.has(id)) : ids;
    // One id (the entity a question is about) without the json_each list.
    const rows = missing.length > 1 ? this.q.byIds.all(JSON.stringify(missing)) : missing.length ? [this.q.byId.get(missing[0]!)] : [];
    for (const row of rows) if (row) found.set(row.id, this.keep(record(row)));
    for (const id of ids) {
      const e = found.get(id);
      if (e) out.set(id, e);
    }
    return out;
  }

  /**
   * Names in Arabic or English, tolerant of diacritics and spelling variants (both sides are
   * normalised as the extractor matches names). Every word of the query must begin a word of a name;
   * an exact name ranks above a name it begins, and that above one it is inside; then the most
   * mentioned first, then the one more of whose spellings match.
   */
  search(query: string, limit: number): EntityRecord[] {
    const q = phraseKey(query);
    if (!q) return [];
    // Each word a quoted FTS5 string (quotes doubled) with a prefix star: user text is never FTS syntax.
    const words = q.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (!words.length) return [];
    const match = words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' ');
    const scored: { score: number; spellings: number; e: EntityRecord & { mentionCount: number } }[] = [];
    // The candidates' records in one statement, not two per candidate (up to 400 of them).
    const rowids = this.q.search.all(match, CANDIDATES) as unknown as number[];
    for (const row of rowids.length ? this.q.byRowids.all(JSON.stringify(rowids)) : []) {
      const e = record(row);
      const forms = [e.name, e.nameAr ?? '', ...e.aliases].map(phraseKey);
      const score = forms.some((f) => f === q) ? 3 : forms.some((f) => f.startsWith(q)) ? 2 : 1;
      // Between equal hits, the entity whose articles write it that way more often: "سيرغي" is Lavrov in more spellings than Shoigu.
      const spellings = forms.filter((f) => f.startsWith(q)).length;
      scored.push({ score, spellings, e });
    }
    scored.sort((a, b) => b.score - a.score || b.e.mentionCount - a.e.mentionCount || b.spellings - a.spellings || byCodePoint(a.e.id, b.e.id));
    return scored.slice(0, Math.min(limit, MAX_PAGE)).map((s) => s.e);
  }
}
