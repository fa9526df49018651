import { normalizeArabic } from './text/normalize.ts';
import type { FurnitureRules } from './lexicon/types.ts';

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
 * blocks (everything after their heading), comment boxes, loaders, captcha notices, lines without Arabic
 * (navigation, credits). Captions stay: they are content.
 */
export function dropFurniture(text: string, rules: FurnitureRules): FurnitureResult {
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
    const probe = normalizeArabic(line).replace(/^[#*>\-\s]+/, '');
    const reason = restDropped
      ? 'after related-news heading'
      : rules.dropRest.some((r) => r.test(probe))
        ? 'related-news heading'
        : rules.dropLine.find((r) => r.test(probe))
          ? 'page furniture'
          : arabicShare(line) < 0.5
            ? 'not Arabic text'
            : null;
    if (reason === 'related-news heading') restDropped = true;
    if (reason) {
      dropped.push({ start, end, reason });
      continue;
    }
    const words = line.split(/\s+/).length;
    lines.push({ start, end, heading: words <= 12 && !/[.!؟?:"”»]\s*$/.test(line) });
  }
  return { lines, dropped };
}

function arabicShare(line: string): number {
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 0;
  return (line.match(/[\u0600-\u06FF]/g)?.length ?? 0) / letters;
}
