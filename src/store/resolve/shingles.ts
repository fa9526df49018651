/**
 * The word shingles of a text, hashed, as near-duplicate signatures read them (near-duplicates.ts):
 * the text folded (words()), cut into words, every run of SHINGLE words joined by a space and hashed
 * with FNV-1a. A signature is computed for every article ingested, so the common case (a text with no
 * character outside the Basic Multilingual Plane) is folded, cut and hashed in one pass over a table
 * of the 65,536 UTF-16 units, with no word string built: the regular expressions of words() cost most
 * of a signature. The answer is the same hash set either way (test/shingles.test.ts pins it against
 * words() on the seeds, the test articles and hostile strings).
 */

/** Words per shingle: three keeps a lightly edited copy close (one changed word spoils three shingles). */
export const SHINGLE = 3;

/** Arabic diacritics (harakat, superscript alef) and tatweel: dropped, so a vocalised copy reads the same. */
const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

/** Text folded so a copy's formatting does not count: Arabic diacritics and letter variants, case, punctuation. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(DIACRITICS, '')
    .replace(/[إأآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** FNV-1a over a string's UTF-16 units: a fast 32-bit hash, stable across runs and platforms. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The distinct hashes of a text's shingles, ascending; a text of fewer than SHINGLE words is one
 * shingle, an empty one none. A typed array sorted, not a Set: most hashes are above 2^31, numbers a
 * Set would hold one allocation each.
 */
export function shingleHashes(text: string): Uint32Array {
  const folded = text.normalize('NFKC').toLowerCase();
  // A surrogate (an emoji, a rare script) is a code point the table does not cover: the regular expressions read it.
  return SURROGATE.test(folded) ? hashWords(words(text)) : hashFolded(folded);
}

const SURROGATE = /[\uD800-\uDFFF]/;

function hashWords(w: string[]): Uint32Array {
  const out: number[] = [];
  for (let i = 0; w.length && i + SHINGLE <= Math.max(w.length, SHINGLE); i++) out.push(fnv1a(w.slice(i, i + SHINGLE).join(' ')));
  return distinct(Uint32Array.from(out));
}

/** The distinct values of hashes, ascending (sorted in place). */
function distinct(hashes: Uint32Array): Uint32Array {
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[n - 1]) hashes[n++] = hashes[i]!;
  return hashes.subarray(0, n);
}

/** What the table says of a UTF-16 unit: a separator between words, a unit dropped, or the unit a word keeps (>= 2). */
const SEPARATOR = 0;
const DROP = 1;
let table: Uint16Array | null = null;

/** Built on first use (about 10 ms): words()'s steps after case folding, for every unit outside the surrogates. */
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  const wordUnit = /^[\p{L}\p{N}]$/u;
  // U+0000 and U+0001 are control characters, separators anyway: their codes can mark SEPARATOR and DROP.
  for (let c = 0; c < 0x10000; c++) t[c] = c < 0xd800 || c > 0xdfff ? (wordUnit.test(String.fromCharCode(c)) ? c : SEPARATOR) : SEPARATOR;
  for (let c = 0x064b; c <= 0x065f; c++) t[c] = DROP;
  t[0x0670] = DROP;
  t[0x0640] = DROP;
  for (const c of 'إأآٱ') t[c.charCodeAt(0)] = 'ا'.charCodeAt(0);
  t['ى'.charCodeAt(0)] = 'ي'.charCodeAt(0);
  t['ة'.charCodeAt(0)] = 'ه'.charCodeAt(0);
  return (table = t);
}

/** Folded units of the words, end to end, and where each word ends; kept between calls, grown as texts need. */
let unitsKept = new Uint16Array(4096);
let endsKept = new Int32Array(1024);

/** One pass over a case-folded text without surrogates: words()'s words, hashed in shingles as hashWords does. */
function hashFolded(folded: string): Uint32Array {
  const t = foldTable();
  if (unitsKept.length < folded.length) unitsKept = new Uint16Array(folded.length * 2);
  // Every word is at least one unit and a separator follows it: at most half the text's length, plus one.
  if (endsKept.length <= folded.length >> 1) endsKept = new Int32Array(folded.length);
  const units = unitsKept;
  const ends = endsKept;
  let n = 0;
  let count = 0;
  let inWord = false;
  for (let i = 0, length = folded.length; i < length; i++) {
    const u = t[folded.charCodeAt(i)]!;
    if (u > DROP) {
      units[n++] = u;
      inWord = true;
    } else if (u === SEPARATOR && inWord) {
      ends[count++] = n;
      inWord = false;
    }
  }
  if (inWord) ends[count++] = n;
  const span = Math.min(SHINGLE, count);
  const out = new Uint32Array(count ? count - span + 1 : 0);
  for (let w = 0; w < out.length; w++) {
    // FNV-1a over the words joined by spaces, as fnv1a(words.join(' ')) reads them.
    let h = 0x811c9dc5;
    for (let p = w === 0 ? 0 : ends[w - 1]!, j = w; j < w + span; j++) {
      if (j > w) h = Math.imul(h ^ 0x20, 0x01000193);
      for (const end = ends[j]!; p < end; p++) h = Math.imul(h ^ units[p]!, 0x01000193);
    }
    out[w] = h;
  }
  return distinct(out);
}
