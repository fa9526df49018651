import { bandKeys, duplicateGroup, PER_BAND, signature } from '../resolve/near-duplicates.ts';
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
      // the newest few per band are read, a bounded cost per article whatever the store's size.
      inBand: db.prepare<[number, number], number>('SELECT article FROM article_bands WHERE band = ? ORDER BY article DESC LIMIT ?').pluck(),
      article: db.prepare<[number], { id: string; dup_group: string; minhash: Buffer | null }>('SELECT id, dup_group, minhash FROM articles WHERE rowid = ?'),
      insertBand: db.prepare('INSERT OR IGNORE INTO article_bands (band, article) VALUES (?, ?)'),
    };
  }

  /** The group a text joins and what to store for it (signature as bytes, band keys). */
  find(id: string, text: string): { group: string; minhash: Buffer | null; bands: number[] } {
    const sig = signature(text);
    const bands = bandKeys(sig);
    if (!bands.length) return { group: id, minhash: null, bands };
    const rowids = new Set(bands.flatMap((b) => this.q.inBand.all(b, PER_BAND) as unknown as number[]));
    const candidates = [...rowids].map((r) => this.q.article.get(r)!).filter((c) => c.minhash).map((c) => ({ id: c.id, group: c.dup_group, signature: fromBytes(c.minhash!) }));
    return { group: duplicateGroup(id, sig, candidates), minhash: Buffer.from(Uint32Array.from(sig).buffer), bands };
  }

  index(article: number, bands: readonly number[]): void {
    for (const b of bands) this.q.insertBand.run(b, article);
  }
}

function fromBytes(b: Buffer): number[] {
  // Copied first: a Buffer may sit at an offset a Uint32Array cannot start from.
  return [...new Uint32Array(Uint8Array.from(b).buffer)];
}
