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
 * An article about two states only ("التعاون بين الجيشين التونسي والفرنسي"): an official without a
 * nationality who meets one of the other state's is of the first.
 */
function twoStates(events: EventMention[], registry: PersonRegistry, mentioned: ReadonlySet<string>): void {
  // (Only when some official still lacks a country: most articles have none.)
  if (!events.some((e) => e.kind === 'meeting' && e.participants.some((id) => { const p = registry.people.get(id); return p?.official && !p.country; }))) return;
  const states = [...mentioned].filter((id) => id.startsWith('country:')).map((id) => id.slice(8));
  if (states.length !== 2) return;
  for (const e of events) {
    if (e.kind !== 'meeting') continue;
    const people = e.participants.map((id) => registry.people.get(id));
    const known = new Set(people.map((p) => p?.country).filter((c): c is string => !!c));
    if (known.size !== 1) continue;
    const [theirs] = known;
    const other = states.find((c) => c !== theirs);
    if (!other || !states.includes(theirs!)) continue;
    for (const p of people) if (p?.official && !p.country) p.country = other;
  }
}

/**
 * The countries of officials the article named without a nationality: the country a traveller they
 * meet is visiting, else the country of a wire dateline (`dateline`, when the article has one and names
 * that country; `mentioned` holds the ids the article's mentions name).
 */
export function fillUnstatedCountries(raw: RawFact[], events: EventMention[], registry: PersonRegistry, dateline: string | null, mentioned: ReadonlySet<string>): void {
  // The lexicon's international officials (NATO's, the UN's chiefs) serve no state: nothing here gives them one.
  const stateless = [...registry.people.values()].filter((p) => !p.country && p.entity.known && p.entity.countryCode === null);
  hostsOfVisits(raw, events, registry);
  twoStates(events, registry, mentioned);
  // A correspondent files from where he sits: "SAO PAULO — The Argentine government ..." tells nothing
  // of Brazil. Only a dateline country the story itself names (its capital or name) is the officials'.
  if (dateline && mentioned.has(`country:${dateline}`)) {
    const abroad = counterpartsOf(events, registry, dateline);
    for (const p of registry.people.values()) if (p.official && !p.country && !abroad.has(p.entity.id)) p.country = dateline;
  }
  homeState(registry);
  for (const p of stateless) p.country = null;
}

/**
 * A story about one state's officials ("the president, with his finance minister X and defence minister
 * Y"): those still without a nationality are of the state most of its named officials serve, when at
 * least two do and no other state has as many.
 */
function homeState(registry: PersonRegistry): void {
  const people = [...registry.people.values()].filter((p) => p.official);
  if (!people.some((p) => !p.country)) return;
  const count = new Map<string, number>();
  for (const p of people) if (p.country) count.set(p.country, (count.get(p.country) ?? 0) + 1);
  const [first, second] = [...count.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 2 || second) return;
  for (const p of people) if (!p.country) p.country = first[0];
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
