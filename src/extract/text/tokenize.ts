import { cliticReadings, type CliticReading } from './clitics.ts';
import { abdHalf, foldName, normalizeArabic } from './normalize.ts';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Clitic readings of the key (و/ف/ب/ل/ك stripped where possible), shared by every token with this spelling. */
  readings: CliticReading[];
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

const enum C {
  Space,
  Word,
  Punct,
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;

/**
 * Character classes: a word runs over letters, marks, digits, tatweel and the invisible characters
 * that hide inside copied words; anything else that is not space is a punctuation token of its own.
 * Arabic and ASCII are decided by range, the rest by Unicode property (rare in Arabic news).
 */
function classOf(code: number, ch: string): C {
  if (code >= 0x0621 && code <= 0x065f) return C.Word; // Arabic letters, tatweel, harakat
  if (code >= 0x0660 && code <= 0x0669) return C.Word; // Arabic-Indic digits
  if (code >= 0x0670 && code <= 0x06ff) return code === 0x06d4 ? C.Punct : C.Word; // Persian letters and marks
  if (code >= 0x0600 && code <= 0x0620) return C.Punct; // ، ؛ ؟ and Arabic signs
  if (code >= 0x066a && code <= 0x066d) return C.Punct; // Arabic percent, separators, star
  if (code <= 0x20) return C.Space;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? C.Word : C.Punct;
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2069) || code === 0xfeff) return C.Word;
  if (SPACE.test(ch)) return C.Space;
  return LETTER.test(ch) ? C.Word : C.Punct;
}

type Analysis = { norm: string; key: string; kind: TokenKind; readings: CliticReading[] };
// News vocabulary repeats: a word is normalised once per process, not once per occurrence.
const seen = new Map<string, Analysis>();
const SEEN_LIMIT = 300_000;

function analyse(surface: string): Analysis {
  let a = seen.get(surface);
  if (!a) {
    const norm = normalizeArabic(surface);
    const kind: TokenKind = /^\d+$/.test(norm) ? 'number' : /[\p{L}\p{N}]/u.test(norm) ? 'word' : 'punct';
    const key = foldName(norm);
    a = { norm, key, kind, readings: cliticReadings(key) };
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(surface, a);
  }
  return a;
}

/** An Arabic or Latin comma: Arabic news sets names, titles and asides off with either. */
export const isComma = (text: string | undefined) => text === '،' || text === ',';

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number) => {
    const surface = text.slice(start, end);
    const { norm, key, kind, readings } = analyse(surface);
    if (norm) tokens.push({ text: surface, norm, key, kind, readings, start, end });
  };
  let wordStart = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (an emoji, a rare letter) is one character.
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < to;
    const ch = wide ? text.slice(i, i + 2) : text[i]!;
    const c = classOf(wide ? ch.codePointAt(0)! : code, ch);
    if (c === C.Word) {
      if (wordStart < 0) wordStart = i;
    } else {
      if (wordStart >= 0) push(wordStart, i);
      wordStart = -1;
      if (c === C.Punct) push(i, i + ch.length);
    }
    if (wide) i++;
  }
  if (wordStart >= 0) push(wordStart, to);
  return joinAbd(text, tokens);
}

/** "عبد الله" becomes one token, as "عبدالله" is (see phraseKey): one name part, however it is spaced. */
function joinAbd(text: string, tokens: Token[]): Token[] {
  if (!tokens.some((t) => abdHalf(t.key))) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (abdHalf(t.key) && next?.kind === 'word' && /^\s+$/.test(text.slice(t.end, next.start))) {
      const a = analyse(t.text + next.text);
      out.push({ text: text.slice(t.start, next.end), norm: a.norm, key: a.key, kind: a.kind, readings: a.readings, start: t.start, end: next.end });
      i++;
    } else out.push(t);
  }
  return out;
}
