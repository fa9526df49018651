import type { Mention } from '../entities/mention.ts';
import type { EventMention } from '../relations/context.ts';
import type { ResolvedDate } from '../dates.ts';
import type { Status } from '../types.ts';
import { dateAt, enEvidence, statusAt, type EnSentenceContext } from './english-signals.ts';

/** How many sentences after the ceremony its envoys may still be listed, one paragraph each. */
const LIST_SENTENCES = 8;
const CREDENTIALS = /^(credentials|credence)$/;
const ENVOY = /ambassador|envoy|high commissioner|chargé|charge d/i;

interface Ceremony { host: string; date: ResolvedDate | null; status: Status; sentence: number }

/**
 * A credentials ceremony told in English: "X accepted the credentials of four new envoys", then each
 * envoy in a sentence of his own ("Likewise, Chile's Ambassador, Y, was welcomed", "credentials were
 * handed over by Z, Ambassador of Jordan"). The host met each envoy, on the ceremony's day; the envoys
 * did not meet one another. One reader per article: it remembers the ceremony across sentences.
 */
export class EnglishCredentials {
  private ceremony: Ceremony | null = null;

  read(ctx: EnSentenceContext): EventMention[] {
    const toks = ctx.tokens;
    const cue = toks.findIndex((t) => CREDENTIALS.test(t.key));
    if (cue >= 0) {
      const host = hostBefore(ctx, cue) ?? this.ceremony?.host ?? null;
      const status = statusAt(ctx, cue);
      if (host) this.ceremony = { host, date: dateAt(ctx, cue, status) ?? this.ceremony?.date ?? null, status, sentence: ctx.sentence.index };
    }
    const c = this.ceremony;
    if (!c || ctx.sentence.index - c.sentence > LIST_SENTENCES) return [];
    const envoys = ctx.mentions.filter((m) => m.type === 'Person' && ENVOY.test(m.role ?? '') && m.ids[0] !== c.host);
    if (!envoys.length) return [];
    return [{
      kind: 'meeting', participants: [c.host, ...new Set(envoys.map((m: Mention) => m.ids[0]!))], arity: null, anaphoric: false, status: c.status, date: c.date,
      place: null, sentence: ctx.sentence.index, evidence: enEvidence(ctx, envoys[0]!.from, envoys.at(-1)!.to), rule: 'en:meet:credentials', hub: c.host,
      // One ceremony: its envoys listed later share its day.
      continues: true,
    }];
  }
}

/** The one who receives credentials: the last person named before the cue who is no envoy. */
function hostBefore(ctx: EnSentenceContext, cue: number): string | null {
  return ctx.mentions.filter((m) => m.type === 'Person' && m.to <= cue && !ENVOY.test(m.role ?? '')).at(-1)?.ids[0] ?? null;
}
