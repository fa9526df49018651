import { BANDS, bandKeys, duplicateGroup, PER_BAND, signature } from '../resolve/near-duplicates.ts';
import type { Db } from './database.ts';

/**
 * The embedded store's side of near-duplicate grouping (src/store/resolve/near-duplicates.ts): each
 * article keeps its MinHash signature and bands; a new article is compared with the articles sharing
 * a band and joins the group of the closest one above the threshold. A group is a name, never
 * rewritten: retracting the article it is named after leaves its copies together.
 */
export class DuplicateFinder {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      // A band every article shares (boilerplate, a common phrase) would make every article a candidate:
      // the newest few per band are read, a bounded cost per article whatever the store's size. One
      // statement for all the bands (BANDS is a constant of the code): ingest makes it once per article.
      candidates: db.prepare<number[], { id: string; dup_group: string; minhash: Buffer | null }>(`SELECT id, dup_group, minhash FROM articles WHERE rowid IN (
        ${Array.from({ length: BANDS }, () => `SELECT * FROM (SELECT article FROM article_bands WHERE band = ? ORDER BY article DESC LIMIT ${PER_BAND})`).join('\n        UNION ')})`),
      insertBands: db.prepare<[number, string]>('INSERT OR IGNORE INTO article_bands (band, article) SELECT value, ? FROM json_each(?)'),
      minhash: db.prepare<[number], Buffer | null>('SELECT minhash FROM articles WHERE rowid = ?').pluck(),
      deleteBands: db.prepare<[number, string]>('DELETE FROM article_bands WHERE article = ? AND band IN (SELECT value FROM json_each(?))'),
    };
  }

  /** The group a text joins and what to store for it (signature as bytes, band keys). */
  find(id: string, text: string): { group: string; minhash: Buffer | null; bands: number[] } {
    const sig = signature(text);
    const bands = bandKeys(sig);
    if (!bands.length) return { group: id, minhash: null, bands };
    const candidates = this.q.candidates.all(...bands).filter((c) => c.minhash).map((c) => ({ id: c.id, group: c.dup_group, signature: fromBytes(c.minhash!) }));
    return { group: duplicateGroup(id, sig, candidates), minhash: Buffer.from(Uint32Array.from(sig).buffer), bands };
  }

  index(article: number, bands: readonly number[]): void {
    if (bands.length) this.q.insertBands.run(article, JSON.stringify(bands));
  }

  /** Before an article goes: its band rows, found by their keys (its bands, from its stored signature). */
  unindex(article: number): void {
    const minhash = this.q.minhash.get(article);
    if (minhash) this.q.deleteBands.run(article, JSON.stringify(bandKeys([...fromBytes(minhash)])));
  }
}

function fromBytes(b: Buffer): Uint32Array {
  // Copied first when it must be: a Uint32Array cannot start at an offset that is not a multiple of 4.
  return b.byteOffset % 4 === 0 ? new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4) : new Uint32Array(Uint8Array.from(b).buffer);
}
