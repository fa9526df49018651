import type { PersonRegistry } from './entities/registry.ts';
import type { EventMention, RawFact } from './relations/context.ts';

/**
 * Officials named without a nationality who meet a traveller in the one country he is reported
 * visiting are that country's: "... on an official visit to Nigeria, called on Defence Minister X",
 * "يصل الرئيس الإيراني إلى بيروت ... كما سيلتقي رئيس الحكومة سعد الحريري". Read after the article,
 * before any weaker guess (a wire story's dateline).
 */
function hostsOfVisits(raw: RawFact[], events: EventMention[], registry: PersonRegistry): void {
  for (const e of events) {
    if (e.kind !== 'meeting') continue;
    for (const guest of e.participants) {
      const trips = new Set(raw.filter((f) => f.predicate === 'VISITED' && f.subject === guest && f.object.startsWith('country:')).map((f) => f.object.slice(8)));
      if (trips.size !== 1) continue;
      const [country] = trips;
      // A meeting held somewhere else ("التقى ... في باماكو ... حيث يتوجه إلى نيامي") is not the trip's.
      const held = e.place ? registry.countryOfPlace(e.place) : null;
      if (held && held !== country) continue;
      for (const p of e.participants) {
        const host = registry.people.get(p);
        if (p !== guest && host?.official && !host.country) host.country = country!;
      }
    }
  }
}

/**
 * The countries of officials the article named without a nationality: the country a traveller they
 * meet is visiting, else the country of a wire dateline (`dateline`, when the article has one and names
 * that country; `mentioned` holds the ids the article's mentions name).
 */
export function fillUnstatedCountries(raw: RawFact[], events: EventMention[], registry: PersonRegistry, dateline: string | null, mentioned: ReadonlySet<string>): void {
  hostsOfVisits(raw, events, registry);
  // A correspondent files from where he sits: "SAO PAULO — The Argentine government ..." tells nothing
  // of Brazil. Only a dateline country the story itself names (its capital or name) is the officials'.
  if (!dateline || !mentioned.has(`country:${dateline}`)) return;
  const abroad = counterpartsOf(events, registry, dateline);
  for (const p of registry.people.values()) if (p.official && !p.country && !abroad.has(p.entity.id)) p.country = dateline;
}

/**
 * People who met someone introduced as their counterpart of the given country ("X and his Indonesian
 * counterpart Y" under a Jakarta dateline): a counterpart is of another state, so they are not that country's.
 */
function counterpartsOf(events: EventMention[], registry: PersonRegistry, country: string): Set<string> {
  const out = new Set<string>();
  for (const e of events) {
    if (e.kind !== 'meeting') continue;
    const theirs = e.participants.some((id) => {
      const p = registry.people.get(id);
      return p?.roleClass === 'counterpart' && p.country === country;
    });
    if (theirs) for (const id of e.participants) if (registry.people.get(id)?.roleClass !== 'counterpart') out.add(id);
  }
  return out;
}
