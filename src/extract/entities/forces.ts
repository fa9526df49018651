import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import type { Mention } from './mention.ts';

/**
 * A nisba on a military noun names the state whose forces act: "البحريتان الهندية والفرنسية"،
 * "قاذفات استراتيجية صينية وروسية"، "إلى الجيش السوداني". Such mentions stand for the country.
 */
export function markForces(toks: Token[], mentions: Mention[], lx: Lexicon): Mention[] {
  let prev: Mention | null = null;
  for (const m of mentions) {
    // Some country names are also their feminine nisba: "القوات البحرية السعودية".
    const nisbaLike = m.kind === 'nisba' || (m.kind === 'name' && m.type === 'Country' && m.to - m.from === 1 && /يه$/.test(toks[m.from]!.key));
    if (nisbaLike) {
      const head = [1, 2].map((d) => m.from - d).find((j) => j >= 0 && lx.words.forces.has(toks[j], true) && (j === m.from - 1 || toks[j + 1]!.kind === 'word'));
      const chained = prev?.kind === 'forces' && prev.to === m.from && m.prefix.startsWith('و');
      if (head !== undefined && !mentions.some((x) => x !== m && x.to > head && x.from < m.from)) {
        m.kind = 'forces';
        m.prefix = lx.words.forces.match(toks, head)?.prefix ?? '';
        m.from = head;
      } else if (chained) m.kind = 'forces';
    }
    prev = m;
  }
  return mentions;
}
