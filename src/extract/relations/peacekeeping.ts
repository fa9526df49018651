import { clauseAt } from './clauses.ts';
import { countriesOf, countryId, placesIn, prepositionBefore } from './arguments.ts';
import { evidence, type ArticleContext, type RawFact, type SentenceContext } from './context.ts';
import { deploymentDate } from './deploy.ts';
import { negated, statusAt } from './modality.ts';

/** Taking part: "تشارك"، "شاركت"، "مشاركة"، "تساهم"، "مساهمة". */
const TAKE_PART = /^[وف]?(ت|ي|س)?(شارك|تشارك|يشارك|شاركت|مشارك|المشارك|ساهم|تساهم|يساهم|ساهمت|مساهم|المساهم)(ه|ة|ها|ته)?$/;
const PEACEKEEPING = /^[وبل]?(ل|ال)?(حفظ|حفظه)$/;

/**
 * "وتساهم السنغال منذ 2014 في مهام حفظ السلام بدولة مالي"، "المشاركة المصرية في قوات
 * حفظ السلام في الصومال": a country taking part in peacekeeping in another has troops there. The country
 * is the subject before the verb or a nationality after the noun; the place follows "حفظ السلام".
 */
export function readPeacekeeping(ctx: SentenceContext, art: ArticleContext): RawFact[] {
  // Most sentences say nothing of peacekeeping: a look at the text spares the per-word tests.
  if (!ctx.sentence.text.includes('حفظ')) return [];
  const toks = ctx.tokens;
  const out: RawFact[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!TAKE_PART.test(toks[i]!.key)) continue;
    const pk = toks.findIndex((t, k) => k > i && k <= i + 8 && PEACEKEEPING.test(t.key) && /^ال?سلام$/.test(toks[k + 1]?.key ?? ''));
    if (pk < 0) continue;
    const clause = clauseAt(ctx.clauses, i);
    if (negated(toks, i, clause[0], art.lx)) continue;
    const source = participant(ctx, art, i, clause);
    const place = placesIn(ctx, pk + 2, Math.min(toks.length, pk + 9), art).find((m) => m.kind !== 'nisba' && /^(في|ب)$/.test(prepositionBefore(ctx, m) ?? '') && countriesOf(m, art).length === 1);
    const dest = place ? countriesOf(place, art)[0]! : null;
    if (!source || !dest || source === dest) continue;
    const status = statusAt(ctx, i, clause, art.lx);
    out.push({
      predicate: 'DEPLOYED_TROOPS_TO', subject: countryId(source), object: countryId(dest), status,
      date: deploymentDate(ctx, art, i, clause, status),
      sentence: ctx.sentence.index, evidence: evidence(ctx, i, pk + 2), rule: 'deploy:peacekeeping', confidence: 0.75,
    });
  }
  return out;
}

/** Who takes part: a nationality right after the noun ("المشاركة المصرية"), else the last country before it in its clause. */
function participant(ctx: SentenceContext, art: ArticleContext, cue: number, clause: [number, number]): string | null {
  const nisba = ctx.mentions.find((m) => m.from === cue + 1 && m.kind === 'nisba');
  if (nisba) return countriesOf(nisba, art)[0] ?? null;
  const before = placesIn(ctx, clause[0], cue + 3, art).filter((m) => m.type === 'Country' && (m.to <= cue || m.from > cue) && !prepositionBefore(ctx, m) && (m.to <= cue || m.from <= cue + 2));
  return before.length ? countriesOf(before.at(-1)!, art)[0] ?? null : null;
}
