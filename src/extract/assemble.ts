import { dateContinued, dateFromSentenceEvents, dateFromTrips, dateTourStops, eventFacts, mergeEvents } from './events.ts';
import { finalizeFacts } from './finalize.ts';
import { plannedWhenFuture } from './future-planned.ts';
import { dateLeadFacts } from './lead-date.ts';
import { datePresence } from './presence-date.ts';
import type { EntityRecord } from './lexicon/types.ts';
import type { ArticleContext, EventMention, RawFact } from './relations/context.ts';
import { readOffices } from './relations/office.ts';
import type { Evidence, Extraction } from './types.ts';

/** What a language's reader collected over an article, before the steps both languages share. */
export interface ArticleReading {
  art: ArticleContext;
  raw: RawFact[];
  eventMentions: EventMention[];
  firstSeen: Map<string, { sentence: number; evidence: Evidence; titled: boolean }>;
  mentioned: Set<string>;
  /** People found in the text (not in the lexicon), by id. */
  found: Map<string, EntityRecord>;
  /** The name a surface form is compared with to tell an alias: the Arabic or the English canonical name. */
  canonical: (e: EntityRecord) => string | null;
  /** Indices of the sentences that are headlines, not body. */
  headings?: ReadonlySet<number>;
}

/** The indices of the sentences that are headlines: a headline announces; the body's first event is the lead. */
export function headingsOf(sentences: readonly { index: number; heading: boolean }[]): Set<number> {
  return new Set(sentences.filter((s) => s.heading).map((s) => s.index));
}

/**
 * The steps after reading, the same in Arabic and English: events merged across the article and their
 * pairwise facts, dates shared within a sentence, the lead-day rule, offices, one fact per relation and
 * date, and the entities the facts and mentions name with the surface forms the article used.
 */
export function assembleExtraction(r: ArticleReading, base: Omit<Extraction, 'entities' | 'facts' | 'events'>): Extraction {
  const { art, raw } = r;
  const events = mergeEvents(r.eventMentions, base.article.file);
  raw.push(...eventFacts(events, art, raw));
  dateFromSentenceEvents(raw, events);
  dateFromTrips(raw);
  dateLeadFacts(raw, art.published, r.headings);
  dateTourStops(raw);
  // A trip dated only now by the lead dates the meetings told with it.
  dateFromTrips(raw);
  dateContinued(raw);
  plannedWhenFuture(raw, art.published);
  datePresence(raw, art.published);
  raw.push(...readOffices(art, r.firstSeen));
  const facts = finalizeFacts(raw);

  const entities: EntityRecord[] = [];
  for (const id of new Set<string>([...r.mentioned, ...facts.flatMap((f) => [f.subject, f.object])])) {
    const known = art.lx.entity(id) ?? r.found.get(id);
    if (!known) continue;
    const person = art.registry.people.get(id);
    const aliases = [...new Set([...known.aliases, ...[...(person?.surfaces ?? [])].filter((s) => s !== r.canonical(known))])];
    entities.push({ ...known, aliases, ...(person ? { countryCode: person.country, role: person.role ?? known.role } : {}) });
  }
  return {
    ...base, entities, facts,
    events: events.map(({ id, kind, participants, date, precision, status, place, evidence: ev }) => ({ id, kind, participants, date, precision, status, place, evidence: ev })),
  };
}
