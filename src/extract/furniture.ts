import { normalizeArabic } from './text/normalize.ts';
import type { FurnitureRules } from './lexicon/types.ts';

const FURNITURE_MAX = 160;

export interface ContentLine {
  start: number;
  end: number;
  /** A short line without closing punctuation: a headline or section heading. */
  heading: boolean;
}

export interface FurnitureResult {
  lines: ContentLine[];
  dropped: { start: number; end: number; reason: string }[];
}

/**
 * Splits the article into lines and drops page furniture: share bars, "see also" teasers, related-news
 * blocks (everything after their heading), comment boxes, loaders, captcha notices, lines not in the article's script
 * (navigation, credits). Captions stay: they are content.
 */
export function dropFurniture(text: string, rules: FurnitureRules, script: 'arabic' | 'latin' = 'arabic'): FurnitureResult {
  const lines: ContentLine[] = [];
  const dropped: FurnitureResult['dropped'] = [];
  const lineRe = /[^\n]*(\n|$)/g;
  let restDropped = false;
  for (let m = lineRe.exec(text); m && m[0] !== ''; m = lineRe.exec(text)) {
    const raw = m[0].replace(/\r?\n$/, '');
    const lead = raw.length - raw.trimStart().length;
    const start = m.index + lead;
    const end = m.index + raw.trimEnd().length;
    if (end <= start) continue;
    const line = text.slice(start, end);
    // Furniture is short; a long paragraph is content whatever words it opens with.
    const probe = line.length <= FURNITURE_MAX ? (script === 'arabic' ? normalizeArabic(line) : line.toLowerCase()).replace(/^[#*>\-\s]+/, '') : '';
    const share = arabicShare(line);
    const reason = restDropped
      ? 'after related-news heading'
      : probe && rules.dropRest.some((r) => r.test(probe))
        ? 'related-news heading'
        : probe && rules.dropLine.some((r) => r.test(probe))
          ? 'page furniture'
          : (script === 'arabic' ? share < 0.5 : share > 0.5 || !/[A-Za-z]/.test(line))
            ? `not ${script === 'arabic' ? 'Arabic' : 'English'} text`
            : null;
    // Before the body has begun ("أخر الأخبار" in the site's top bar), such a heading is navigation: only its line goes.
    if (reason === 'related-news heading') restDropped = lines.some((l) => !l.heading);
    if (reason) {
      dropped.push({ start, end, reason });
      continue;
    }
    lines.push({ start, end, heading: fewWords(line, 12) && !/[.!؟?:"”»]\s*$/.test(line) });
  }
  return { lines, dropped };
}

/** At most n words, without splitting a long paragraph to find out. */
export function fewWords(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++words > n) return false;
    inWord = !space;
  }
  return true;
}

/** Share of Arabic letters among the letters of a line (Latin letters are counted, punctuation is not). */
export function arabicShare(line: string): number {
  let letters = 0;
  let arabic = 0;
  // The first few hundred characters tell a paragraph's script as well as all of them.
  for (let i = 0; i < Math.min(line.length, 400); i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) {
      arabic++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c < 0x0600) || (c > 0x06ff && c < 0x2000)) letters++;
  }
  return letters ? arabic / letters : 0;
}
