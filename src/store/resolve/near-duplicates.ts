/**
 * Near-duplicate articles (syndicated wire copy, one story lightly edited) by MinHash over word
 * shingles: the signature estimates the Jaccard similarity of two texts' shingle sets, and bands of
 * it (locality-sensitive hashing) find the few stored articles worth comparing without reading all.
 * The threshold was measured on the seeds and the development articles (docs/design.md).
 */
import { shingleHashes } from './shingles.ts';

/**
 * Hash functions in a signature; BANDS × ROWS of them are banded. Bands of two rows find a pair at
 * similarity 0.3 with probability 0.94 and at 0.4 with 0.995; unrelated pairs (≤ 0.07) are rarely compared.
 */
export const SIGNATURE_SIZE = 60;
export const BANDS = 30;
const ROWS = 2;
/** Estimated Jaccard similarity at or above which two articles are one story (measured: docs/design.md). */
export const DUPLICATE_THRESHOLD = 0.3;
/** Candidates a store reads per band (the newest): a copy shares most bands with its story, so a few per band find it, and a band every article shares (boilerplate) costs no more. */
export const PER_BAND = 8;

/** A 32-bit mixer (murmur3's finaliser): seeded, it gives the signature's independent hash functions. */
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

/** The MinHash signature of a text; an empty text gives an empty signature (never a duplicate). */
export function signature(text: string): number[] {
  const shingles = shingleHashes(text);
  if (!shingles.length) return [];
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i < shingles.length; i++) {
    const h = shingles[i]!;
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      // mix(h, SEEDS[k]), written out: this loop runs sixty times per distinct shingle of every article.
      let x = h ^ SEEDS[k]!;
      x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
      x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
      const v = (x ^ (x >>> 16)) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return Array.from(sig);
}

/** The share of positions where two signatures agree: an estimate of the texts' Jaccard similarity. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== SIGNATURE_SIZE || b.length !== SIGNATURE_SIZE) return 0;
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per band (a signed 32-bit integer, band number mixed in): two articles sharing a key are compared. */
export function bandKeys(sig: readonly number[]): number[] {
  if (sig.length !== SIGNATURE_SIZE) return [];
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix(b + 1, 0x27d4eb2f);
    for (let r = 0; r < ROWS; r++) h = mix(h, sig[b * ROWS + r]!);
    keys.push(h | 0);
  }
  return keys;
}

export interface StoredSignature {
  id: string;
  group: string;
  signature: ArrayLike<number>;
}

/**
 * The duplicate group an article joins: the group of the most similar candidate at or above the
 * threshold (ties to the smaller id), else a group of its own named by its id.
 */
export function duplicateGroup(id: string, sig: readonly number[], candidates: Iterable<StoredSignature>): string {
  let best: StoredSignature | null = null;
  let bestScore = DUPLICATE_THRESHOLD;
  for (const c of candidates) {
    if (c.id === id) continue;
    const s = similarity(sig, c.signature);
    if (s > bestScore || (s === bestScore && (!best || c.id < best.id))) {
      best = c;
      bestScore = s;
    }
  }
  return best ? best.group : id;
}
