import { foldName, normalizeArabic } from './normalize.ts';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Text as written, including diacritics. */
  text: string;
  /** Normalised form (see normalizeArabic). */
  norm: string;
  /** normalised and name-folded form used for lexicon lookups. */
  key: string;
  kind: TokenKind;
  start: number;
  end: number;
}

// A word runs over letters, marks, digits, tatweel and the invisible characters that hide inside
// copied words; anything else that is not space is a punctuation token of its own.
const TOKEN = /[\p{L}\p{M}\p{N}\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]+|[^\s\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0];
    const end = Math.min(m.index + raw.length, to);
    const surface = text.slice(m.index, end);
    const norm = normalizeArabic(surface);
    if (!norm) continue;
    const kind: TokenKind = /^\d+$/.test(norm) ? 'number' : /[\p{L}\p{N}]/u.test(norm) ? 'word' : 'punct';
    tokens.push({ text: surface, norm, key: foldName(norm), kind, start: m.index, end });
  }
  return tokens;
}
