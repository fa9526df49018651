// Arabic normalisation for matching. Offsets are never computed on normalised text: tokens keep
// their place in the original and carry a normalised copy, so evidence always points at the source.

// One table lookup per character: this runs on every token of every article.
const MAP = new Map<number, string>();
const drop = (from: number, to = from) => {
  for (let c = from; c <= to; c++) MAP.set(c, '');
};
drop(0x0610, 0x061a); // Quranic marks
drop(0x064b, 0x065f); // harakat, tanween, shadda, sukun
drop(0x0670); // superscript alef
drop(0x06d6, 0x06ed); // Quranic annotation signs
drop(0x0640); // tatweel
drop(0x200b, 0x200f); // zero-width and directional marks
drop(0x202a, 0x202e); // bidi embeddings
drop(0x2060, 0x2069); // word joiner, bidi isolates
drop(0xfeff); // BOM
drop(0x00ad); // soft hyphen
for (const ch of 'أإآٱ') MAP.set(ch.charCodeAt(0), 'ا');
MAP.set('ى'.charCodeAt(0), 'ي');
MAP.set('ی'.charCodeAt(0), 'ي');
MAP.set('ک'.charCodeAt(0), 'ك');
MAP.set('ة'.charCodeAt(0), 'ه');
// Maghrebi papers write the g of names with letters of their own (Algerian ڨ, Moroccan ڭ and ݣ) where
// others write ق or ك: "شنڨريحة" is "شنقريحة".
MAP.set('ڨ'.charCodeAt(0), 'ق');
MAP.set('ڭ'.charCodeAt(0), 'ك');
MAP.set('ݣ'.charCodeAt(0), 'ك');
for (let d = 0; d < 10; d++) {
  MAP.set(0x0660 + d, String(d)); // Arabic-Indic digits
  MAP.set(0x06f0 + d, String(d)); // Persian digits
}

// The Arabic block as an array: one index per character instead of a hash lookup.
const ARABIC: (string | undefined)[] = Array.from({ length: 0x100 }, (_, k) => MAP.get(0x600 + k));

/** Presentation forms and other compatibility characters need NFKC before the table applies. */
const NEEDS_NFKC = /[\uFB50-\uFDFF\uFE70-\uFEFC\uFF00-\uFFEF]/;

export function normalizeArabic(text: string): string {
  const src = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code >= 0x600 && code <= 0x6ff) {
      // "الشئون"، "مسئول" (Egyptian spelling) are "الشؤون"، "مسؤول": ئ before و is written ؤ elsewhere.
      if (code === 0x626 && src.charCodeAt(i + 1) === 0x648) {
        out += 'ؤ';
        continue;
      }
      const a = ARABIC[code - 0x600];
      out += a === undefined ? src[i] : a;
      continue;
    }
    const mapped = code < 0x80 ? undefined : MAP.get(code);
    if (mapped !== undefined) out += mapped;
    else if (code >= 0x41 && code <= 0x5a) out += String.fromCharCode(code + 32);
    else if (code < 0x80 || (code >= 0x0600 && code <= 0x06ff)) out += src[i];
    else out += src[i]!.toLowerCase();
  }
  return out;
}

/**
 * A looser key for names: transliterations of foreign g, p and ch vary between writers
 * (سيرغي/سيرجي, بيونغ/بيونج), so they are folded together for gazetteer lookups only.
 */
export function foldName(norm: string): string {
  return /[غگپچڤ]/.test(norm) ? norm.replace(/[غگ]/g, 'ج').replace(/پ/g, 'ب').replace(/چ/g, 'تش').replace(/ڤ/g, 'ف') : norm;
}

/** Normalise a whole phrase to the space-separated key the gazetteer uses. */
export function phraseKey(text: string): string {
  return foldName(normalizeArabic(text))
    .replace(/[-‐–—_.'"“”«»()،,؛;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(ABD_SPACED, '$1$2')
    .trim();
}

/**
 * "عبد الله" and "عبدالله" are one name part written two ways (Jordanian and Gulf papers join it,
 * others do not): phrases and tokens both take the joined form, so either spelling finds the other.
 */
const ABD_SPACED = /(^| )([وبل]?عبد) (?=\S)/g;
const ABD_HALF = /^[وبل]?عبد$/;
/** A token that is the first half of a spaced "عبد X" name part (with a clitic: "وعبد الله"). */
export function abdHalf(key: string): boolean {
  return ABD_HALF.test(key);
}
