import type { ResolvedDate } from '../dates.ts';
import type { Mention } from '../entities/mention.ts';
import type { Status } from '../types.ts';
import type { ArticleContext, SentenceContext } from './context.ts';

/** Country codes a mention stands for: a country, a capital or seat, a place in a country, a group. */
export function countriesOf(m: Mention, art: ArticleContext): string[] {
  if (m.type === 'Country') return m.ids.map((id) => id.slice('country:'.length));
  if (m.type === 'Place') {
    const c = art.lx.entity(m.ids[0]!)?.countryCode;
    return c ? [c] : [];
  }
  return [];
}

export const countryId = (code: string) => `country:${code}`;

export function personsIn(ctx: SentenceContext, from: number, to: number): Mention[] {
  return ctx.mentions.filter((m) => m.type === 'Person' && m.from >= from && m.from < to);
}

export function placesIn(ctx: SentenceContext, from: number, to: number): Mention[] {
  return ctx.mentions.filter((m) => (m.type === 'Country' || m.type === 'Place') && m.from >= from && m.from < to);
}

export function personCountry(id: string, art: ArticleContext): string | null {
  return art.registry.people.get(id)?.country ?? art.lx.entity(id)?.countryCode ?? null;
}

/** The preposition in front of a mention: a clitic (ب ل ك) or the word before it (إلى، في، من ...). */
export function prepositionBefore(ctx: SentenceContext, m: Mention): string | null {
  if (m.prefix && /[بلك]$/.test(m.prefix)) return m.prefix.at(-1)!;
  let j = m.from - 1;
  // "إلى العاصمة بيونغ يانغ", "قبالة جزيرة ...": skip one descriptive noun.
  if (/^(ال)?(عاصمه|مدينه|جزيره|قاعده|ميناء|منطقه|اقليم)$/.test(ctx.tokens[j]?.key ?? '')) j--;
  const t = ctx.tokens[j];
  if (!t) return null;
  const k = t.key.replace(/^[وف](?=..)/, '');
  return ['الي', 'في', 'من', 'نحو', 'ضد', 'مع', 'بين', 'عن', 'علي', 'قبالة', 'قباله', 'لدي', 'صوب'].includes(k) ? k : null;
}

/**
 * The date of an event a cue reports: the nearest time expression in its clause, else in its sentence.
 * Planned events cannot lie before the day they were reported, so such a date belongs to the report.
 */
export function dateFor(ctx: SentenceContext, art: ArticleContext, cue: number, clause: [number, number], status: Status): ResolvedDate | null {
  const future = status === 'planned';
  const ranked = ctx.dates
    .map((d) => {
      const inClause = d.from >= clause[0] && d.from < clause[1];
      const reporting = ctx.tokens.slice(Math.max(0, d.from - 3), d.from).some((t) => art.lx.words.reporting.has(t, true));
      const distance = Math.min(Math.abs(d.from - cue), Math.abs(d.to - 1 - cue));
      return { d, score: distance + (inClause ? 0 : 40) + (reporting ? 100 : 0) };
    })
    .sort((a, b) => a.score - b.score);
  for (const { d } of ranked) {
    const r = d.resolve(art.published, future);
    if (!r) continue;
    if (future && art.published && r.value < isoPrefix(art.published, r.precision)) continue;
    return r;
  }
  return null;
}

function isoPrefix(p: { y: number; m: number; d: number }, precision: ResolvedDate['precision']): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return precision === 'year' ? String(p.y) : precision === 'month' ? `${p.y}-${pad(p.m)}` : `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}
