import type { ArticleContext, SentenceContext } from './context.ts';

/**
 * "حضر اللقاء من الجانب السعودي X، وY، ومن الجانب الأميركي Z": each side's nationality is that of the
 * people listed after it, up to the next side. Sets the country of those the article names without one.
 */
export function assignSides(ctx: SentenceContext, art: ArticleContext): void {
  const toks = ctx.tokens;
  let side: string | null = null;
  for (const m of ctx.mentions) {
    const opens = /^(ال)?جانب$/.test(toks[m.from - 1]?.key ?? '') && /^و?(من|عن)$/.test(toks[m.from - 2]?.key ?? '');
    if (m.type === 'Country' && m.kind === 'nisba' && opens) {
      side = m.ids[0]!.slice('country:'.length);
      continue;
    }
    // Another state named in the list ("وكذلك الملحق العسكري في السفارة المصرية ...") ends the side.
    if (m.type === 'Country') side = null;
    if (!side || m.type !== 'Person') continue;
    const p = art.registry.people.get(m.ids[0]!);
    if (p && !p.country) p.country = side;
  }
}
