import { assembleExtraction, headingsOf } from '../assemble.ts';
import { parseDay } from '../dates.ts';
import { PersonRegistry } from '../entities/registry.ts';
import { dropFurniture } from '../furniture.ts';
import { fillUnstatedCountries } from '../hosts.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { RawArticle } from '../read/read-article.ts';
import type { ArticleContext, EventMention, RawFact } from '../relations/context.ts';
import type { Evidence, Extraction } from '../types.ts';
import { findEnglishDates } from './english-dates.ts';
import { datelineCountry } from './english-dateline.ts';
import { EnglishCredentials } from './english-credentials.ts';
import { readEncounters } from './english-encounters.ts';
import { readEnglishEntourage } from './english-entourage.ts';
import { englishLexicon } from './english-lexicon.ts';
import { EnglishMentions } from './english-mentions.ts';
import { readEnglishDeployments, readEnglishExercises, readEnglishSupplies } from './english-military.ts';
import { enEvidence, type EnSentenceContext } from './english-signals.ts';
import { englishSentences } from './english-text.ts';

/**
 * The English reader: its own sentences, names, cues and dates, and the same events, finalisation,
 * offices and entities as the Arabic one, so both languages give one graph ("Sergey Lavrov" is
 * the lexicon's one person whichever script named him).
 */
export function extractEnglish(article: RawArticle, lx: Lexicon): Extraction {
  const { meta, text } = article;
  const en = englishLexicon(lx);
  const furniture = dropFurniture(text, en.furniture, 'latin');
  const sentences = englishSentences(text, furniture.lines);
  const registry = new PersonRegistry(lx);
  const finder = new EnglishMentions(en, registry, meta.published?.slice(0, 7) ?? null);
  const art: ArticleContext = { lx, published: parseDay(meta.published), registry, lastPerson: null };
  const raw: RawFact[] = [];
  const eventMentions: EventMention[] = [];
  const firstSeen = new Map<string, { sentence: number; evidence: Evidence; titled: boolean }>();
  const mentioned = new Set<string>();
  let lastActor: string | null = null;
  let previousActor: string | null = null;
  // The trip last read: those who accompany its traveller go with him.
  let lastTrip: RawFact | null = null;
  const dateline = datelineCountry(sentences, en);
  const credentials = new EnglishCredentials();

  for (const sentence of sentences) {
    const mentions = finder.find(sentence);
    const ctx: EnSentenceContext = {
      sentence, tokens: sentence.tokens, mentions, dates: findEnglishDates(sentence.tokens, en), en, registry, published: art.published, lastPerson: art.lastPerson, lastActor, previousActor, dateline,
    };
    for (const m of mentions) {
      for (const id of m.ids) mentioned.add(id);
      if (m.type !== 'Person') continue;
      const prev = firstSeen.get(m.ids[0]!);
      if (!prev || (m.roleClass && !prev.titled)) firstSeen.set(m.ids[0]!, { sentence: sentence.index, evidence: enEvidence(ctx, m.from, m.to), titled: !!m.roleClass });
    }
    const met = readEncounters(ctx);
    lastActor = met.actor ?? lastActor;
    // "The minister called on X, the Prime Minister. He also held talks with ...": he is the one who called, not X.
    previousActor = met.actor;
    lastTrip = met.facts.filter((f) => f.predicate === 'VISITED').at(-1) ?? lastTrip;
    raw.push(...met.facts, ...readEnglishEntourage(ctx, lastTrip), ...readEnglishDeployments(ctx), ...readEnglishSupplies(ctx));
    eventMentions.push(...met.events, ...readEnglishExercises(ctx), ...credentials.read(ctx));
    const lastPerson = mentions.filter((m) => m.type === 'Person').at(-1);
    if (lastPerson) art.lastPerson = lastPerson.ids[0]!;
  }

  // Officials named without a nationality: the country of the visit they host, else the one a wire story was filed from.
  fillUnstatedCountries(raw, eventMentions, registry, dateline, mentioned);

  return assembleExtraction(
    { art, raw, eventMentions, firstSeen, mentioned, found: finder.found, canonical: (e) => e.name, headings: headingsOf(sentences) },
    { article: meta, text, language: 'en', dropped: furniture.dropped, lexiconVersions: { ...lx.versions, english: en.version } },
  );
}
