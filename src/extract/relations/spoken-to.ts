import { personsIn } from './arguments.ts';
import { clauseAt } from './clauses.ts';
import type { ArticleContext, EventMention, SentenceContext } from './context.ts';
import { meetingOf } from './meet.ts';

// ("أبلغ" is keyed "ابلج": keys fold غ to ج.)
const SAID_TO = /^[وف]?(قال|قالت|ابلج|ابلجت|اكد|اكدت)$/;

/**
 * "وقال رئيس وزراء الهند ناريندرا مودي للرئيس الروسي فلاديمير بوتين يوم الاثنين إن ...": words said to
 * someone face to face (or on the phone) are a meeting of the two. The speaker is the subject right
 * before or after the verb; the one spoken to follows him at once, behind ل.
 */
export function readSpokenTo(ctx: SentenceContext, art: ArticleContext): EventMention[] {
  const out: EventMention[] = [];
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!SAID_TO.test(toks[i]!.key)) continue;
    const clause = clauseAt(ctx.clauses, i);
    const after = personsIn(ctx, i + 1, Math.min(toks.length, i + 12));
    const speaker = personsIn(ctx, clause[0], i).at(-1) ?? (after[0] && after[0].from <= i + 6 ? after.shift() : undefined);
    const addressee = after.find((m) => m.from >= (speaker?.to ?? i + 1));
    if (!speaker || !addressee || addressee.ids[0] === speaker.ids[0]) continue;
    const gap = toks.slice(Math.max(speaker.to, i + 1), addressee.from);
    // "لـ" on the addressee or on the title before him ("للرئيس الروسي"), with nothing else between.
    const toHim = addressee.prefix === 'ل' || (gap.length >= 1 && gap.length <= 3 && /^لل?./.test(gap[0]!.key) && !!art.lx.anyTitle.match(toks, addressee.from - gap.length, true));
    if (!toHim || (addressee.prefix === 'ل' && gap.length > 0)) continue;
    out.push(...meetingOf(ctx, art, [speaker, addressee], i, { length: 1, phrase: toks[i]!.key }, clause, null, false, false));
  }
  return out;
}
