import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import type { Mention } from './mention.ts';

/**
 * Resolves "the three countries" / "the two sides" to the last list of that many countries the
 * article coordinated ("كوريا الجنوبية والولايات المتحدة واليابان"). Unresolvable groups are left out.
 */
export class GroupTracker {
  private readonly lastBySize = new Map<number, string[]>();

  constructor(private readonly lx: Lexicon) {}

  /** Adds group mentions to a sentence's mentions, then remembers the lists it coordinates. */
  apply(tokens: Token[], mentions: Mention[]): Mention[] {
    const out = [...mentions];
    for (const [size, set] of this.lx.groupAnaphora) {
      if (!this.lastBySize.has(size)) continue;
      for (let i = 0; i < tokens.length; i++) {
        const m = set.match(tokens, i);
        if (!m || mentions.some((x) => i >= x.from && i < x.to)) continue;
        const ids = this.lastBySize.get(size);
        if (ids) out.push({ ids, type: 'Country', kind: 'group', from: i, to: i + m.length, prefix: m.prefix });
      }
    }
    out.sort((a, b) => a.from - b.from);
    this.remember(tokens, mentions);
    return out;
  }

  private remember(tokens: Token[], mentions: Mention[]): void {
    const countries = mentions.filter((m) => m.type === 'Country' && m.kind !== 'group');
    let run: Mention[] = [];
    const flush = () => {
      const ids = [...new Set(run.map((m) => m.ids[0]!))];
      if (ids.length >= 2) this.lastBySize.set(ids.length, ids);
      run = [];
    };
    for (const m of countries) {
      const prev = run.at(-1);
      const between = prev ? tokens.slice(prev.to, m.from) : [];
      const separated = between.length > 0 && between.every((t) => t.text === '،' || t.text === ',' || t.key === 'و');
      const joined = prev && m.kind === prev.kind && (m.prefix.startsWith('و') || separated);
      if (prev && !(joined && between.length <= 1)) flush();
      run.push(m);
    }
    flush();
  }
}
