import type { DateExpr, Day, ResolvedDate } from '../dates.ts';
import type { Mention } from '../entities/mention.ts';
import type { PersonRegistry } from '../entities/registry.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokenize.ts';
import type { Evidence, Predicate, Status } from '../types.ts';

export type CueKind = 'visit' | 'meet' | 'deploy' | 'arms' | 'exercise';

export interface SentenceContext {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
  dates: DateExpr[];
  /** Token ranges [from, to) of clauses. */
  clauses: [number, number][];
  /** Tokens where some relation cue starts, with the kinds of relation it can signal; rules skip the others. */
  cueAt: Map<number, Set<CueKind>>;
}

export interface ArticleContext {
  lx: Lexicon;
  published: Day | null;
  registry: PersonRegistry;
  /** The last person named before the current sentence: the referent of a pronoun ("زيارته"). */
  lastPerson: string | null;
  /** The people of the last sentence that named any, in order: its subject usually first. */
  lastPeople?: string[];
  /** The host of the last reception (استقبل X ...): "كما استقبل Y" in a later sentence is the same host's. */
  lastHost?: string | null;
  /** The date of that reception, for the host's next ones told without a date. */
  lastHostDate?: ResolvedDate | null;
  /** The travellers of the last visit read, for "كان في استقبالهما" after it. */
  lastVisitors?: string[];
  /** The date of that visit: the host who receives those travellers next did so that day. */
  lastVisitDate?: ResolvedDate | null;
  /** Where that visit went: whoever receives those travellers next does so there, at home. */
  lastVisitCountry?: string | null;
  /** The last credentials ceremony ("تسلم أوراق اعتماد"): its host, day and sentence, for the envoys listed after it. */
  credentials?: { host: string; date: ResolvedDate | null; status: Status; sentence: number } | null;
}

/** A fact as a rule reads it from one sentence, before events and duplicates are merged. */
export interface RawFact {
  predicate: Predicate;
  subject: string;
  object: string;
  status: Status;
  date: ResolvedDate | null;
  sentence: number;
  evidence: Evidence;
  rule: string;
  confidence: number;
  role?: string;
  eventId?: string;
  /** Told as part of the occasion of the sentence before ("كما استقبل ..."): it shares that occasion's day. */
  continues?: boolean;
  /** A visit dated by its traveller's leaving ("غادر ... بعد زيارة"): its arrival, when told, dates it better. */
  leaving?: boolean;
  /** A later stop of a tour ("جولة ... يزور خلالها X"): dated by the month the tour began. */
  tourStop?: boolean;
}

/** An event mention (a meeting or an exercise) before it is merged with the article's other mentions. */
export interface EventMention {
  kind: 'meeting' | 'exercise';
  participants: string[];
  /** "ثلاثي" / "البلدين": how many take part, when the text says so. */
  arity: number | null;
  anaphoric: boolean;
  status: Status;
  date: ResolvedDate | null;
  place: string | null;
  sentence: number;
  evidence: Evidence;
  rule: string;
  /** Another reception by the host of the previous one, told next: the same day's programme. */
  continues?: boolean;
  /** The one who met each of the others separately (a verb's subject and its direct objects). */
  hub?: string;
  /**
   * Told with no tense of its own ("This multinational exercise includes navies from ..."): its status
   * is only the default, and it takes that of the event it describes.
   */
  tentative?: boolean;
}

export function evidence(ctx: SentenceContext, cue: number, cueTo = cue + 1): Evidence {
  const t = ctx.tokens;
  return {
    sentence: ctx.sentence.text,
    start: ctx.sentence.start,
    end: ctx.sentence.end,
    cueStart: t[cue]?.start ?? ctx.sentence.start,
    cueEnd: t[Math.max(cue, cueTo - 1)]?.end ?? ctx.sentence.end,
  };
}
