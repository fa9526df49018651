import { assembleExtraction, headingsOf } from './assemble.ts';
import { findDates, parseDay } from './dates.ts';
import { arabicDatelineCountry } from './dateline.ts';
import { GroupTracker } from './entities/groups.ts';
import { MentionFinder } from './entities/find-mentions.ts';
import { fillUnstatedCountries } from './hosts.ts';
import { extractEnglish } from './english/extract-english.ts';
import { dropFurniture } from './furniture.ts';
import { defaultLexicon, type Lexicon } from './lexicon/lexicon.ts';
import { InputError } from './read/errors.ts';
import { detectLanguage } from './read/language.ts';
import type { RawArticle } from './read/read-article.ts';
import { splitClauses } from './relations/clauses.ts';
import { cuePositions } from './relations/cue-kinds.ts';
import { evidence, type ArticleContext, type EventMention, type RawFact, type SentenceContext } from './relations/context.ts';
import { readDeployments } from './relations/deploy.ts';
import { readExercises } from './relations/exercise.ts';
import { readAttendance } from './relations/attendance.ts';
import { readCredentials } from './relations/credentials.ts';
import { readInvitedVisits } from './relations/invitation.ts';
import { readMeetings } from './relations/meet.ts';
import { readPeacekeeping } from './relations/peacekeeping.ts';
import { readSpokenTo } from './relations/spoken-to.ts';
import { assignSides } from './relations/sides.ts';
import { readSupplies } from './relations/supply.ts';
import { readEntourage } from './relations/entourage.ts';
import { readVisits } from './relations/visit.ts';
import { splitSentences } from './text/sentences.ts';
import type { Evidence, Extraction } from './types.ts';

export const SUPPORTED_LANGUAGES = new Set(['ar', 'en']);

/** Reads one article into entities, events and facts with evidence. Throws InputError for a language it does not read. */
export function extractArticle(article: RawArticle, lexicon: Lexicon = defaultLexicon()): Extraction {
  const { meta, text } = article;
  const language = detectLanguage(text);
  if (!SUPPORTED_LANGUAGES.has(language)) {
    throw new InputError(meta.file, `language "${language}" is not handled (the extractor reads Arabic and English)${meta.language && meta.language !== language ? `; metadata says "${meta.language}"` : ''}`);
  }
  if (language === 'en') return extractEnglish(article, lexicon);
  const furniture = dropFurniture(text, lexicon.furniture);
  const sentences = splitSentences(text, furniture.lines);
  // "عمان" is Amman or Oman: the article's other words decide.
  const lx = lexicon.forArticle(sentences.map((s) => s.tokens));
  const finder = new MentionFinder(lx, meta.published?.slice(0, 7) ?? null);
  const groups = new GroupTracker(lx);
  const art: ArticleContext = { lx, published: parseDay(meta.published), registry: finder.registry, lastPerson: null };
  const raw: RawFact[] = [];
  const eventMentions: EventMention[] = [];
  const firstSeen = new Map<string, { sentence: number; evidence: Evidence; titled: boolean }>();
  const mentioned = new Set<string>();

  for (const sentence of sentences) {
    const mentions = groups.apply(sentence.tokens, finder.find(sentence));
    const cueAt = cuePositions(sentence.tokens, lx);
    const ctx: SentenceContext = { sentence, tokens: sentence.tokens, mentions, dates: findDates(sentence.tokens, lx), clauses: splitClauses(sentence.tokens, lx, mentions.filter((m) => m.type === 'Person')), cueAt };
    for (const m of mentions) {
      for (const id of m.ids) mentioned.add(id);
      if (m.type !== 'Person') continue;
      // OFFICIAL_OF cites the sentence that gives the title, else the first mention.
      const prev = firstSeen.get(m.ids[0]!);
      if (!prev || (m.roleClass && !prev.titled)) firstSeen.set(m.ids[0]!, { sentence: sentence.index, evidence: evidence(ctx, m.from, m.to), titled: !!m.roleClass });
    }
    assignSides(ctx, art);
    const visits = readVisits(ctx, art);
    raw.push(...visits, ...readAttendance(ctx, art), ...readEntourage(ctx, art, visits), ...readDeployments(ctx, art), ...readPeacekeeping(ctx, art), ...readSupplies(ctx, art));
    eventMentions.push(...readMeetings(ctx, art), ...readSpokenTo(ctx, art), ...readInvitedVisits(ctx, art, visits), ...readCredentials(ctx, art), ...readExercises(ctx, art));
    const people = mentions.filter((m) => m.type === 'Person');
    if (people.length) {
      art.lastPerson = people.at(-1)!.ids[0]!;
      art.lastPeople = people.map((m) => m.ids[0]!);
    }
  }

  fillUnstatedCountries(raw, eventMentions, finder.registry, arabicDatelineCountry(sentences, lx), mentioned);
  return assembleExtraction(
    { art, raw, eventMentions, firstSeen, mentioned, found: finder.found, canonical: (e) => e.nameAr, headings: headingsOf(sentences) },
    { article: meta, text, language, dropped: furniture.dropped, lexiconVersions: lx.versions },
  );
}
