import { parseDay } from '../dates.ts';
import { PersonRegistry } from '../entities/registry.ts';
import { dateFromSentenceEvents, eventFacts, mergeEvents } from '../events.ts';
import { finalizeFacts } from '../finalize.ts';
import { dropFurniture } from '../furniture.ts';
import { dateLeadFacts } from '../lead-date.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { EntityRecord } from '../lexicon/types.ts';
import type { RawArticle } from '../read/read-article.ts';
import type { ArticleContext, EventMention, RawFact } from '../relations/context.ts';
import { readOffices } from '../relations/office.ts';
import type { Evidence, Extraction } from '../types.ts';
import { findEnglishDates } from './english-dates.ts';
import { datelineCountry } from './english-dateline.ts';
import { readEncounters } from './english-encounters.ts';
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

  for (const sentence of sentences) {
    const mentions = finder.find(sentence);
    const ctx: EnSentenceContext = {
      sentence, tokens: sentence.tokens, mentions, dates: findEnglishDates(sentence.tokens, en), en, registry, published: art.published, lastPerson: art.lastPerson,
    };
    for (const m of mentions) {
      for (const id of m.ids) mentioned.add(id);
      if (m.type !== 'Person') continue;
      const prev = firstSeen.get(m.ids[0]!);
      if (!prev || (m.roleClass && !prev.titled)) firstSeen.set(m.ids[0]!, { sentence: sentence.index, evidence: enEvidence(ctx, m.from, m.to), titled: !!m.roleClass });
    }
    const met = readEncounters(ctx);
    raw.push(...met.facts, ...readEnglishDeployments(ctx), ...readEnglishSupplies(ctx));
    eventMentions.push(...met.events, ...readEnglishExercises(ctx));
    const lastPerson = mentions.filter((m) => m.type === 'Person').at(-1);
    if (lastPerson) art.lastPerson = lastPerson.ids[0]!;
  }

  // Officials named without a nationality in a wire story belong to the country it was filed from.
  const home = datelineCountry(sentences, en);
  if (home) for (const p of registry.people.values()) if (p.official && !p.country) p.country = home;

  const events = mergeEvents(eventMentions, meta.file);
  raw.push(...eventFacts(events, art));
  dateFromSentenceEvents(raw, events);
  dateLeadFacts(raw, art.published);
  raw.push(...readOffices(art, firstSeen));
  const facts = finalizeFacts(raw);

  const ids = new Set<string>([...mentioned, ...facts.flatMap((f) => [f.subject, f.object])]);
  const entities: EntityRecord[] = [];
  for (const id of ids) {
    const base = lx.entity(id) ?? finder.found.get(id);
    if (!base) continue;
    const person = registry.people.get(id);
    const aliases = [...new Set([...base.aliases, ...[...(person?.surfaces ?? [])].filter((s) => s !== base.name)])];
    entities.push({ ...base, aliases, ...(person ? { countryCode: person.country, role: person.role ?? base.role } : {}) });
  }
  return {
    article: meta, text, language: 'en', entities, facts,
    events: events.map(({ id, kind, participants, date, precision, status, place, evidence: ev }) => ({ id, kind, participants, date, precision, status, place, evidence: ev })),
    dropped: furniture.dropped, lexiconVersions: { ...lx.versions, english: en.version },
  };
}
