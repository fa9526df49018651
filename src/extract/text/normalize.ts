// Arabic normalisation for matching. Offsets are never computed on normalised text: tokens keep
// their place in the original and carry a normalised copy, so evidence always points at the source.

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// Zero-width joiners, bidi marks and BOMs hide inside copied Arabic text and split matches.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function normalizeArabic(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ی/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ة/g, 'ه')
    .replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .toLowerCase();
}

/**
 * A looser key for names: transliterations of foreign g, p and ch vary between writers
 * (سيرغي/سيرجي, بيونغ/بيونج), so they are folded together for gazetteer lookups only.
 */
export function foldName(norm: string): string {
  return norm.replace(/[غگ]/g, 'ج').replace(/پ/g, 'ب').replace(/چ/g, 'تش').replace(/ڤ/g, 'ف');
}

/** Normalise a whole phrase to the space-separated key the gazetteer uses. */
export function phraseKey(text: string): string {
  return foldName(normalizeArabic(text))
    .replace(/[-‐–—_.'"“”«»()،,؛;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function hasArabic(text: string): boolean {
  return /[\u0600-\u06FF]/.test(text);
}
