import { dayValue } from '../dates.ts';
import type { Mention } from '../entities/mention.ts';
import { personsIn } from './arguments.ts';
import { clauseAt } from './clauses.ts';
import type { ArticleContext, EventMention, RawFact, SentenceContext } from './context.ts';
import { meetingOf } from './meet.ts';

/** "بدعوة من"، "تلبية لدعوة من"، "بناء على دعوة من": the words before the one who invited. */
const INVITED_BY = /^[بل]?دعوه$/;

/**
 * "وصل X إلى باريس في زيارة رسمية بدعوة من نظيره الفرنسي Y": a trip made at someone's invitation
 * meets the one who invited, who hosts it; as the English reader does for "at the invitation of".
 * The visits are those readVisits found in this sentence.
 */
export function readInvitedVisits(ctx: SentenceContext, art: ArticleContext, visits: RawFact[]): EventMention[] {
  const toks = ctx.tokens;
  if (!ctx.sentence.text.includes('دعو')) return [];
  const travellers = [...new Set(visits.filter((f) => f.predicate === 'VISITED' && f.sentence === ctx.sentence.index && f.subject.startsWith('person:')).map((f) => f.subject))];
  if (!travellers.length) return [];
  const out: EventMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!INVITED_BY.test(toks[i]!.key) || toks[i + 1]?.key !== 'من') continue;
    const inviter = personsIn(ctx, i + 2, Math.min(toks.length, i + 14))[0];
    if (!inviter) continue;
    for (const guest of travellers) {
      if (guest === inviter.ids[0]) continue;
      const visitor: Mention = { ids: [guest], type: 'Person', kind: 'title', from: i, to: i + 1, prefix: '' };
      const trip = visits.find((f) => f.subject === guest)!;
      // A trip that begins the day it is reported has not yet brought the two together: that is ahead.
      const begun = trip.status === 'occurred' && !!trip.date && !!art.published && trip.date.value === dayValue(art.published).value;
      for (const m of meetingOf(ctx, art, [inviter, visitor], i, { length: 1, phrase: toks[i]!.key }, clauseAt(ctx.clauses, i), null, false, true)) {
        out.push({ ...m, status: begun ? 'planned' : trip.status });
      }
    }
  }
  return out;
}
