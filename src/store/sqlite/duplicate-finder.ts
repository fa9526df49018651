import { BANDS, bandKeys, DUPLICATE_THRESHOLD, duplicateGroup, PER_BAND, signature, similarity } from '../resolve/near-duplicates.ts';
import type { Db } from './database.ts';

/** A text's signature and band keys: they depend on the text only, so callers compute them before the write transaction. */
export interface Signed {
  signature: number[];
  bands: number[];
}

export function signed(text: string): Signed {
  const sig = signature(text);
  return { signature: sig, bands: bandKeys(sig) };
}

/** The band keys as bound parameters, one row each: binding thirty integers costs less than a JSON list parsed by json_each. */
const KEYS = Array.from({ length: BANDS }, () => '(?)').join(', ');

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
      // statement for all the bands: each key's rows are read from the PER_BAND-th newest up (that
      // article found by an OFFSET seek, the range then read off the primary key), where thirty
      // "ORDER BY article DESC LIMIT" subqueries joined by UNION sorted each one in a temporary B-tree.
      // Raw rows (arrays, no object per row); a copy-heavy store has many candidates above the
      // threshold, so ids and groups come in the same statement rather than one lookup each.
      candidates: db.prepare<number[], [string, string, Buffer | null]>(`SELECT id, dup_group, minhash FROM articles WHERE rowid IN (
        SELECT b.article FROM (VALUES ${KEYS}) k JOIN article_bands b ON b.band = k.column1
        WHERE b.article >= coalesce((SELECT article FROM article_bands WHERE band = k.column1 ORDER BY article DESC LIMIT 1 OFFSET ${PER_BAND - 1}), 0))`).raw(),
      insertBands: db.prepare<number[]>(`INSERT OR IGNORE INTO article_bands (band, article) SELECT column1, ? FROM (VALUES ${KEYS})`),
      minhash: db.prepare<[number], Buffer | null>('SELECT minhash FROM articles WHERE rowid = ?').pluck(),
      deleteBands: db.prepare<[number, string]>('DELETE FROM article_bands WHERE article = ? AND band IN (SELECT value FROM json_each(?))'),
    };
  }

  /** The group a text joins and its signature as stored (bytes). */
  find(id: string, text: Signed): { group: string; minhash: Buffer | null } {
    const { signature: sig, bands } = text;
    if (!bands.length) return { group: id, minhash: null };
    // duplicateGroup looks only at candidates at or above the threshold: the others are left out here.
    const close = [];
    for (const [id, group, minhash] of this.q.candidates.all(...bands)) {
      if (!minhash) continue;
      const stored = fromBytes(minhash);
      if (similarity(sig, stored) >= DUPLICATE_THRESHOLD) close.push({ id, group, signature: stored });
    }
    return { group: duplicateGroup(id, sig, close), minhash: Buffer.from(Uint32Array.from(sig).buffer) };
  }

  index(article: number, bands: readonly number[]): void {
    if (bands.length) this.q.insertBands.run(article, ...bands);
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
