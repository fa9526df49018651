import type { EntityRecord } from '../../extract/lexicon/types.ts';
import { phraseKey } from '../../extract/text/normalize.ts';
import type { Counts } from './counts.ts';
import type { Db } from './database.ts';

/**
 * Entities and their MENTIONS as articles come and go. An entity's record is the first article's;
 * its aliases are every form some stored article gives it, counted, so a retract removes only the
 * forms no other article still uses. An entity no article mentions any more is deleted.
 */
export class EntityWriter {
  private readonly q;
  /**
   * Within one write transaction: rowids of the entities seen, and the mentions to add to each,
   * written by flush() as one update per entity. A bulk batch names each country in hundreds of
   * articles; an update (and its index lookup) per mention was a quarter of bulk ingest.
   */
  private readonly rowids = new Map<string, number>();
  private readonly added = new Map<number, number>();
  /**
   * The mention rows of this transaction, written by flush() in the order of the mentions key
   * (entity, newest first, article): a bulk batch's 39,000 mentions land on pages in key order, each
   * page fetched while still in cache, where writing each as it came landed on a random page.
   */
  private readonly pending: Mention[] = [];

  constructor(db: Db, private readonly counts: Counts) {
    this.q = {
      rowid: db.prepare<[string], number>('SELECT rowid FROM entities WHERE id = ?').pluck(),
      addMentions: db.prepare<[number, number]>('UPDATE entities SET mentions = mentions + ? WHERE rowid = ?'),
      insert: db.prepare(`INSERT INTO entities (id, type, name, name_ar, code, country_code, role, known, state, mentions)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`),
      dropMention: db.prepare<[number], number>('UPDATE entities SET mentions = mentions - 1 WHERE rowid = ? RETURNING mentions').pluck(),
      deleteEntity: db.prepare<[number], string>('DELETE FROM entities WHERE rowid = ? RETURNING type').pluck(),
      addForm: db.prepare<[number, string], number>(`INSERT INTO entity_forms (entity, form, articles) VALUES (?, ?, 1)
        ON CONFLICT (entity, form) DO UPDATE SET articles = articles + 1 RETURNING articles`).pluck(),
      dropForm: db.prepare<[number, string], number>('UPDATE entity_forms SET articles = articles - 1 WHERE entity = ? AND form = ? RETURNING articles').pluck(),
      deleteForm: db.prepare('DELETE FROM entity_forms WHERE entity = ? AND form = ?'),
      insertMention: db.prepare('INSERT OR IGNORE INTO mentions (entity, published, article, forms) VALUES (?, ?, ?, ?)'),
      mentionsOf: db.prepare<[string], { entity: number; forms: string | null }>('SELECT entity, forms FROM mentions WHERE article = ?'),
      deleteMentions: db.prepare('DELETE FROM mentions WHERE article = ?'),
      names: db.prepare<[number], { name: string; name_ar: string | null }>('SELECT name, name_ar FROM entities WHERE rowid = ?'),
      forms: db.prepare<[number], string>('SELECT form FROM entity_forms WHERE entity = ? ORDER BY rowid').pluck(),
      unindex: db.prepare('DELETE FROM entity_search WHERE rowid = ?'),
      index: db.prepare('INSERT INTO entity_search (rowid, forms) VALUES (?, ?)'),
    };
  }

  /** Records that an article mentions an entity, creating the entity on its first mention. */
  mention(e: EntityRecord, articleId: string, published: string | null): void {
    const found = this.rowids.get(e.id) ?? this.q.rowid.get(e.id);
    const entity = found ?? Number(this.q.insert.run(e.id, e.type, e.name, e.nameAr, e.code ?? null, e.countryCode ?? null, e.role ?? null, e.known ? 1 : 0, e.state === undefined ? null : e.state ? 1 : 0).lastInsertRowid);
    if (found === undefined) this.counts.add(`entity:${e.type}`, 1);
    this.rowids.set(e.id, entity);
    this.added.set(entity, (this.added.get(entity) ?? 0) + 1);
    const forms = e.aliases.length ? [...new Set([...e.aliases, ...(e.nameAr ? [e.nameAr] : [])])] : e.nameAr ? [e.nameAr] : [];
    let changed = found === undefined;
    for (const form of forms) if (this.q.addForm.get(entity, form) === 1) changed = true;
    this.pending.push({ entity, published: published ?? '', article: articleId, forms: forms.length ? JSON.stringify(forms) : null });
    if (changed) this.reindex(entity, found === undefined);
  }

  /** Writes the mentions added in this transaction: before the transaction commits, and before any are taken back. */
  flush(): void {
    this.pending.sort(byMentionKey);
    for (const m of this.pending) this.q.insertMention.run(m.entity, m.published, m.article, m.forms);
    this.pending.length = 0;
    for (const [entity, n] of this.added) this.q.addMentions.run(n, entity);
    this.added.clear();
  }

  /** At the end of a transaction, committed or rolled back: another process may change entities before the next. */
  discard(): void {
    this.pending.length = 0;
    this.added.clear();
    this.rowids.clear();
  }

  /** Takes back every mention one article made. */
  forget(articleId: string): void {
    // The counts below must be the stored ones, and an entity deleted here must not be found by rowid later.
    this.flush();
    this.rowids.clear();
    const mentions = this.q.mentionsOf.all(articleId);
    this.q.deleteMentions.run(articleId);
    for (const { entity, forms } of mentions) {
      if (this.q.dropMention.get(entity) === 0) {
        this.q.unindex.run(entity);
        this.counts.add(`entity:${this.q.deleteEntity.get(entity)}`, -1);
        continue;
      }
      let changed = false;
      for (const form of forms ? (JSON.parse(forms) as string[]) : []) {
        if (this.q.dropForm.get(entity, form) !== 0) continue;
        this.q.deleteForm.run(entity, form);
        changed = true;
      }
      if (changed) this.reindex(entity, false);
    }
  }

  /** The search row of an entity: every name and form, normalised as the extractor matches names. */
  private reindex(entity: number, isNew: boolean): void {
    const names = this.q.names.get(entity)!;
    const forms = [names.name, names.name_ar ?? '', ...(this.q.forms.all(entity) as unknown as string[])].map(phraseKey).filter(Boolean);
    if (!isNew) this.q.unindex.run(entity);
    this.q.index.run(entity, [...new Set(forms)].join(' ; '));
  }
}

interface Mention {
  entity: number;
  published: string;
  article: string;
  forms: string | null;
}

/** The mentions primary key's order: entity, published newest first, article (SQLite compares text by bytes, as < does by UTF-16 units here: close enough for locality). */
function byMentionKey(a: Mention, b: Mention): number {
  return a.entity - b.entity || (a.published < b.published ? 1 : a.published > b.published ? -1 : 0) || (a.article < b.article ? -1 : a.article > b.article ? 1 : 0);
}
